import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { upsertContactFromInput } from '../lib/contact-writes';
import {
  contactOutputFields,
  contactWriteFields,
  emailField,
  phoneField,
} from '../lib/fields/contact';
import { customFieldInputsFor, customFieldOutputsFor } from '../lib/fields/custom';
import { yesNo } from '../lib/fields/yes-no';
import { sampleContact } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) =>
  upsertContactFromInput(z, bundle, bundle.inputData);

export default defineCreate({
  key: 'create_or_update_contact',
  noun: 'Contact',

  display: {
    label: 'Create or Update Contact',
    description: 'Updates the contact with the same email or phone, or creates one if none exists.',
  },

  operation: {
    inputFields: [
      {
        ...emailField,
        helpText:
          "The contact's email, for example jane@example.com. If a contact with this email " +
          'already exists, it is updated instead of duplicated. Fill in Email, Phone or both.',
      },
      {
        ...phoneField,
        helpText:
          'The phone number, for example +1 555 010 9999, used like Email to find the contact. ' +
          "A number without a country code is read as one of your location's country.",
      },
      ...contactWriteFields,
      {
        key: 'replace_primary_email',
        label: 'Replace Primary Email?',
        ...yesNo,
        default: 'no',
        helpText:
          "When the email is one of an existing contact's additional emails, No (the default) " +
          'updates that contact and keeps its primary email. Yes makes this email the primary.',
      },
      customFieldInputsFor,
    ],
    perform,
    sample: { ...sampleContact, created: false },
    outputFields: [
      ...contactOutputFields,
      { key: 'created', label: 'Was Created (Not Updated)', type: 'boolean' },
      customFieldOutputsFor,
    ],
  },
});
