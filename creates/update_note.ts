import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import {
  noteAuthorField,
  noteBodyField,
  noteBodyFromInput,
  noteIdField,
  noteOutput,
  noteOutputFields,
  noteTitleField,
} from '../lib/fields/note';
import { readId } from '../lib/input';
import { updateNoteKeeping } from '../lib/notes';
import { sampleNote } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const noteId = readId(bundle.inputData.note_id, 'Note') as string;
  const changes = noteBodyFromInput(bundle.inputData, 'update');
  return noteOutput(await updateNoteKeeping(z, contactId, noteId, changes));
};

const keep = 'Leave empty to keep the current one.';

export default defineCreate({
  key: 'update_note',
  noun: 'Note',

  display: {
    label: 'Update Note',
    description: "Changes a note's text or title; what you leave empty stays as it is.",
  },

  operation: {
    inputFields: [
      contactIdField,
      noteIdField,
      { ...noteBodyField, helpText: `The new text of the note. ${keep}` },
      {
        ...noteTitleField,
        helpText: `A new heading for the note, for example "Call summary". ${keep}`,
      },
      noteAuthorField,
    ],
    perform,
    sample: sampleNote,
    outputFields: [...noteOutputFields],
  },
});
