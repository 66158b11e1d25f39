import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { getContact } from '../lib/contacts';
import { contactIdField, contactOutputFields, contactResults } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { readId } from '../lib/input';
import { sampleContact } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  return contactResults(z, bundle, [await getContact(z, contactId)]);
};

export default defineSearch({
  key: 'get_contact',
  noun: 'Contact',

  display: {
    label: 'Get Contact by ID',
    description: 'Gets every detail of a contact whose ID you have, for example from a trigger.',
  },

  operation: {
    inputFields: [{ ...contactIdField, search: undefined }],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
