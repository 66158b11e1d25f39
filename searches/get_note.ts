import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { noteIdField, noteOutput, noteOutputFields } from '../lib/fields/note';
import { readId } from '../lib/input';
import { getNote } from '../lib/notes';
import { sampleNote } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const noteId = readId(bundle.inputData.note_id, 'Note') as string;
  return [noteOutput(await getNote(z, contactId, noteId))];
};

export default defineSearch({
  key: 'get_note',
  noun: 'Note',

  display: {
    label: 'Get Note by ID',
    description: 'Gets the full text of one note of a contact.',
  },

  operation: {
    inputFields: [contactIdField, noteIdField],
    perform,
    sample: sampleNote,
    outputFields: [...noteOutputFields],
  },
});
