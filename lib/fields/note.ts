/**
 * Note fields as a marketer sees them, and a HighLevel note as later Zap steps see it.
 */
import { invalidInput } from '../errors';
import { readId, readText, requireText } from '../input';
import type { NoteBody } from '../notes';
import type { Note } from '../schemas';

/** Picks one of the chosen contact's notes; the dropdown reads the Contact field above it. */
export const noteIdField = {
  key: 'note_id',
  label: 'Note',
  type: 'string',
  required: true,
  dynamic: 'note_list.id.name',
  helpText:
    "Pick one of the contact's notes (choose the Contact first), or map the Note ID from an " +
    'earlier step such as New Note or Find Note.',
} as const;

export const noteBodyField = {
  key: 'body',
  label: 'Note Text',
  type: 'text',
  helpText: 'The text of the note, for example "Asked for a quote for 3 seats; call back Friday."',
} as const;

export const noteTitleField = {
  key: 'title',
  label: 'Title',
  type: 'string',
  placeholder: 'Call summary',
  helpText: 'Optional. A short heading for the note, for example "Call summary".',
} as const;

export const noteAuthorField = {
  key: 'user_id',
  label: 'Written By',
  type: 'string',
  dynamic: 'user_list.id.name',
  helpText: 'Optional. The HighLevel user shown as the author of the note.',
} as const;

export const noteOutput = (note: Note) => ({
  id: note.id,
  title: note.title ?? null,
  body: note.body ?? null,
  user_id: note.userId ?? null,
  contact_id: note.contactId ?? null,
  date_added: note.dateAdded ?? null,
  pinned: note.pinned ?? false,
});

export const noteOutputFields = [
  { key: 'id', label: 'Note ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'body', label: 'Note Text', type: 'string' },
  { key: 'user_id', label: 'Author User ID', type: 'string' },
  { key: 'contact_id', label: 'Contact ID', type: 'string' },
  { key: 'date_added', label: 'Date Added', type: 'datetime' },
  { key: 'pinned', label: 'Pinned', type: 'boolean' },
] as const;

/** HighLevel's note body from what the user filled in; the text is required on create. */
export const noteBodyFromInput = (
  input: Record<string, unknown>,
  mode: 'create' | 'update',
): NoteBody => {
  const body: NoteBody = {
    body:
      mode === 'create'
        ? requireText(input.body, noteBodyField.label, 'Asked for a quote; call back Friday.')
        : readText(input.body),
    title: readText(input.title),
    userId: readId(input.user_id, 'Written By', false),
  };
  const filled = Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  );
  if (mode === 'update' && !Object.keys(filled).length) {
    throw invalidInput(
      noteBodyField.label,
      'and the other note fields are all empty, so there is nothing to change',
      undefined,
      'fill in the new text or title',
    );
  }
  return filled as NoteBody;
};
