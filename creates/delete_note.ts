import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { noteIdField } from '../lib/fields/note';
import { readId } from '../lib/input';
import { deleteNote } from '../lib/notes';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const noteId = readId(bundle.inputData.note_id, 'Note') as string;
  await deleteNote(z, contactId, noteId);
  return { id: noteId, contact_id: contactId, deleted: true };
};

export default defineCreate({
  key: 'delete_note',
  noun: 'Note',

  display: {
    label: 'Delete Note',
    description: 'Deletes a note from a contact. This cannot be undone.',
  },

  operation: {
    inputFields: [contactIdField, noteIdField],
    perform,
    sample: { id: 'n-1', contact_id: 'seD4PfOuKoVMLkEZqohJ', deleted: true },
    outputFields: [
      { key: 'id', label: 'Deleted Note ID', type: 'string' },
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
    ],
  },
});
