import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { createContactFromInput } from '../lib/contact-writes';
import {
  contactOutputFields,
  contactWriteFields,
  emailField,
  phoneField,
} from '../lib/fields/contact';
import { customFieldInputsFor, customFieldOutputsFor } from '../lib/fields/custom';
import { sampleContact } from '../lib/samples';

/**
 * Always creates. When the location refuses duplicates, HighLevel names the existing contact and
 * lib/errors.ts turns that into a message pointing to Create or Update Contact.
 */
const perform = async (z: ZObject, bundle: Bundle) =>
  createContactFromInput(z, bundle, bundle.inputData);

export default defineCreate({
  key: 'create_contact',
  noun: 'Contact',

  display: {
    label: 'Create Contact',
    description:
      'Creates a new contact. To avoid duplicates, use Create or Update Contact instead.',
  },

  operation: {
    inputFields: [
      {
        ...emailField,
        helpText:
          "The contact's email address, for example jane@example.com. If your location does not " +
          'allow duplicates and this email is taken, the step stops and names that contact.',
      },
      phoneField,
      ...contactWriteFields,
      customFieldInputsFor,
    ],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
