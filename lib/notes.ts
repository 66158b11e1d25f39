/**
 * Note requests. Limit: HighLevel lists notes only per contact; there is no location-wide list.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel } from './client';
import { searchContacts } from './contacts';
import { noteEnvelopeSchema, noteListSchema, succededSchema, type Note } from './schemas';

export interface NoteBody {
  body?: string;
  title?: string;
  userId?: string;
  pinned?: boolean;
}

/** A note's fields as its steps label them, for refusals that name one. */
const NOTE_FIELD_LABELS = { body: 'Note Text', title: 'Title', userId: 'Written By' };

export const listNotes = async (z: ZObject, contactId: string): Promise<Note[]> => {
  const { notes } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/{contactId}/notes',
    pathParams: { contactId },
    schema: noteListSchema,
    resource: 'contact',
  });
  return notes;
};

export const getNote = async (z: ZObject, contactId: string, noteId: string): Promise<Note> => {
  const { note } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/{contactId}/notes/{noteId}',
    pathParams: { contactId, noteId },
    schema: noteEnvelopeSchema,
    resource: 'note',
  });
  return note;
};

export const createNote = async (z: ZObject, contactId: string, body: NoteBody): Promise<Note> => {
  const { note } = await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/{contactId}/notes',
    pathParams: { contactId },
    body,
    schema: noteEnvelopeSchema,
    resource: 'note',
    fieldLabels: NOTE_FIELD_LABELS,
  });
  return note;
};

export const updateNote = async (
  z: ZObject,
  contactId: string,
  noteId: string,
  body: NoteBody,
): Promise<Note> => {
  const { note } = await callHighLevel(z, {
    method: 'PUT',
    route: '/contacts/{contactId}/notes/{noteId}',
    pathParams: { contactId, noteId },
    body,
    schema: noteEnvelopeSchema,
    resource: 'note',
    fieldLabels: NOTE_FIELD_LABELS,
  });
  return note;
};

export const deleteNote = async (z: ZObject, contactId: string, noteId: string): Promise<void> => {
  await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/notes/{noteId}',
    pathParams: { contactId, noteId },
    schema: succededSchema,
    resource: 'note',
  });
};

/** How many recently changed contacts New Note reads the notes of, each poll. */
export const NOTE_POLL_CONTACTS = 10;

/**
 * Notes of the contacts changed most recently, newest note first: one contact search, then one
 * notes request per contact, so at most 1 + NOTE_POLL_CONTACTS requests. Limit: HighLevel does
 * not always mark a contact as changed when a note is added, so a note on a contact nobody
 * otherwise touched may not be seen.
 */
export const pollRecentNotes = async (
  z: ZObject,
  bundle: Bundle,
  onlyTag?: string,
): Promise<Note[]> => {
  const { contacts } = await searchContacts(z, bundle, {
    pageLimit: NOTE_POLL_CONTACTS,
    sort: { field: 'dateUpdated', direction: 'desc' },
    filters: onlyTag ? [{ field: 'tags', operator: 'eq', value: onlyTag }] : undefined,
  });
  const notes: Note[] = [];
  for (const contact of contacts.slice(0, NOTE_POLL_CONTACTS)) {
    const own = await listNotes(z, contact.id);
    notes.push(...own.map((note) => ({ ...note, contactId: note.contactId ?? contact.id })));
  }
  const at = (note: Note) => Date.parse(note.dateAdded ?? '') || 0;
  return notes.sort((a, b) => at(b) - at(a));
};

/**
 * Changes only what the user filled in. The note is read first and its text sent again when
 * unchanged, so an update of the title alone cannot blank the note (2 requests).
 */
export const updateNoteKeeping = async (
  z: ZObject,
  contactId: string,
  noteId: string,
  changes: NoteBody,
): Promise<Note> => {
  const stored = changes.body ? undefined : await getNote(z, contactId, noteId);
  const body: NoteBody = { ...changes };
  if (!body.body && stored?.body) body.body = stored.body;
  return updateNote(z, contactId, noteId, body);
};

/** A contact's notes containing the text in title or body, newest first. */
export const findContactNotes = async (
  z: ZObject,
  contactId: string,
  text?: string,
): Promise<Note[]> => {
  const wanted = text?.toLowerCase();
  const at = (note: Note) => Date.parse(note.dateAdded ?? '') || 0;
  return (await listNotes(z, contactId))
    .filter(
      (note) => !wanted || `${note.title ?? ''}\n${note.body ?? ''}`.toLowerCase().includes(wanted),
    )
    .sort((a, b) => at(b) - at(a));
};
