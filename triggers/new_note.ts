import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { noteOutput, noteOutputFields } from '../lib/fields/note';
import { readText } from '../lib/input';
import { NOTE_POLL_CONTACTS, pollRecentNotes } from '../lib/notes';
import { sampleNote } from '../lib/samples';

/**
 * Cost: 1 contact search plus 1 notes request for each of the 10 most recently changed
 * contacts: at most 11 requests per poll. HighLevel has no location-wide list of notes.
 */
const perform = async (z: ZObject, bundle: Bundle) =>
  (await pollRecentNotes(z, bundle, readText(bundle.inputData.tag))).map(noteOutput);

export default defineTrigger({
  key: 'new_note',
  noun: 'Note',

  display: {
    label: 'New Note',
    description:
      `Triggers when a note is added to one of the ${NOTE_POLL_CONTACTS} most recently changed ` +
      'contacts. A note on a contact that was not otherwise changed may be missed.',
  },

  operation: {
    type: 'polling',
    inputFields: [
      {
        key: 'tag',
        label: 'Only Contacts With Tag',
        type: 'string',
        dynamic: 'tag_list.name.name',
        helpText:
          `Optional. Watch only contacts with this tag, for example "vip". Each check reads the ` +
          `notes of the ${NOTE_POLL_CONTACTS} most recently changed contacts, because ` +
          'HighLevel lists notes one contact at a time; HighLevel does not always count a new ' +
          'note as a change, so a note on an otherwise untouched contact can be missed.',
      },
    ],
    perform,
    sample: sampleNote,
    outputFields: [...noteOutputFields],
  },
});
