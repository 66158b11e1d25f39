import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { noteOutput, noteOutputFields } from '../lib/fields/note';
import { readId, readText } from '../lib/input';
import { findContactNotes } from '../lib/notes';
import { sampleNote } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const text = readText(bundle.inputData.text);
  return (await findContactNotes(z, contactId, text)).map(noteOutput);
};

export default defineSearch({
  key: 'find_notes',
  noun: 'Note',

  display: {
    label: 'Find Note',
    description: "Finds a contact's notes, newest first, optionally by the text they contain.",
  },

  operation: {
    inputFields: [
      contactIdField,
      {
        key: 'text',
        label: 'Text Contains',
        type: 'string',
        helpText:
          'Optional. Only notes whose title or text contains this (any case), for example ' +
          '"quote".',
      },
    ],
    perform,
    sample: sampleNote,
    outputFields: [...noteOutputFields],
  },
});
