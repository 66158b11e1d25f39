import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { readId } from '../lib/input';
import { listNotes } from '../lib/notes';

/** Notes often have no title; the start of the text names them instead. */
const nameOf = (note: { id: string; title?: string | null; body?: string | null }): string => {
  const text = note.title || note.body || note.id;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact', false);
  if (!contactId) return [];
  return (await listNotes(z, contactId)).map((note) => ({ id: note.id, name: nameOf(note) }));
};

export default defineTrigger({
  key: 'note_list',
  noun: 'Note',

  display: {
    label: 'List Notes',
    description: "Lists a contact's notes, for dropdowns.",
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: 'n-1', name: 'Call summary' },
  },
});
