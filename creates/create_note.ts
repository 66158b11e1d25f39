import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import {
  noteAuthorField,
  noteBodyField,
  noteBodyFromInput,
  noteOutput,
  noteOutputFields,
  noteTitleField,
} from '../lib/fields/note';
import { readId } from '../lib/input';
import { createNote } from '../lib/notes';
import { sampleNote } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  return noteOutput(await createNote(z, contactId, noteBodyFromInput(bundle.inputData, 'create')));
};

export default defineCreate({
  key: 'create_note',
  noun: 'Note',

  display: {
    label: 'Create Note',
    description: 'Adds a note to a contact, such as a call summary or form answers.',
  },

  operation: {
    inputFields: [
      contactIdField,
      { ...noteBodyField, required: true },
      noteTitleField,
      noteAuthorField,
    ],
    perform,
    sample: sampleNote,
    outputFields: [...noteOutputFields],
  },
});
