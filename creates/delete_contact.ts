import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { deleteContact } from '../lib/contacts';
import { contactIdField } from '../lib/fields/contact';
import { readId } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  await deleteContact(z, contactId);
  return { id: contactId, deleted: true };
};

export default defineCreate({
  key: 'delete_contact',
  noun: 'Contact',

  display: {
    label: 'Delete Contact',
    description:
      'Deletes a contact from your HighLevel location, with its notes and tasks. ' +
      'This cannot be undone.',
  },

  operation: {
    inputFields: [
      {
        ...contactIdField,
        helpText:
          'The contact to delete, for example one found with Find Contact. This cannot be undone.',
      },
    ],
    perform,
    sample: { id: 'seD4PfOuKoVMLkEZqohJ', deleted: true },
    outputFields: [
      { key: 'id', label: 'Deleted Contact ID', type: 'string' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
    ],
  },
});
