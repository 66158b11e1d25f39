import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { updateContactFromInput } from '../lib/contact-writes';
import {
  contactIdField,
  contactOutputFields,
  contactUpdateFields,
  emailField,
  phoneField,
} from '../lib/fields/contact';
import { customFieldInputsFor, customFieldOutputsFor } from '../lib/fields/custom';
import { readId } from '../lib/input';
import { sampleContact } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  return updateContactFromInput(z, bundle, contactId, bundle.inputData);
};

export default defineCreate({
  key: 'update_contact',
  noun: 'Contact',

  display: {
    label: 'Update Contact',
    description:
      'Changes the fields you fill in on an existing contact and adds tags; empty fields keep ' +
      'their values.',
  },

  operation: {
    inputFields: [
      contactIdField,
      emailField,
      phoneField,
      ...contactUpdateFields,
      customFieldInputsFor,
    ],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
