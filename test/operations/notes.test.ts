import contact from '../fixtures/contact.json';
import note from '../fixtures/note.json';
import { CONTACT, LOCATION, failureOf, highLevel, run, useHighLevel } from './support';

useHighLevel();

const notePath = `/contacts/${CONTACT}/notes`;

describe('create_note', () => {
  it('sends only the fields filled in', async () => {
    const scope = highLevel()
      .post(notePath, {
        body: 'Asked for a quote for 3 seats; call back Friday.',
        title: 'Call summary',
      })
      .reply(201, { note });

    const result = await run('creates', 'create_note', {
      contact_id: CONTACT,
      body: 'Asked for a quote for 3 seats; call back Friday.',
      title: 'Call summary',
      user_id: '',
    });

    scope.done();
    expect(result).toMatchObject({ id: 'n-1', title: 'Call summary', contact_id: CONTACT });
  });

  it('refuses an empty note before calling HighLevel', async () => {
    expect(
      await failureOf(run('creates', 'create_note', { contact_id: CONTACT, body: '' })),
    ).toMatch(/"Note Text" field is required/);
  });
});

describe('update_note', () => {
  it('keeps the note text when only the title changes', async () => {
    const scope = highLevel()
      .get(`${notePath}/n-1`)
      .reply(200, { note })
      .put(`${notePath}/n-1`, { title: 'Quote call', body: note.body })
      .reply(200, { note: { ...note, title: 'Quote call' } });

    const result = await run('creates', 'update_note', {
      contact_id: CONTACT,
      note_id: 'n-1',
      title: 'Quote call',
    });

    scope.done();
    expect(result.title).toBe('Quote call');
  });

  it('changes the text in one request when the text is given', async () => {
    const scope = highLevel()
      .put(`${notePath}/n-1`, { body: 'New text' })
      .reply(200, { note: { ...note, body: 'New text' } });

    await run('creates', 'update_note', { contact_id: CONTACT, note_id: 'n-1', body: 'New text' });

    scope.done();
  });

  it('refuses a step with nothing to change', async () => {
    expect(
      await failureOf(run('creates', 'update_note', { contact_id: CONTACT, note_id: 'n-1' })),
    ).toMatch(/nothing to change/);
  });
});

describe('delete_note', () => {
  it('deletes the note and says so', async () => {
    const scope = highLevel().delete(`${notePath}/n-1`).reply(200, { succeded: true });

    const result = await run('creates', 'delete_note', { contact_id: CONTACT, note_id: 'n-1' });

    scope.done();
    expect(result).toEqual({ id: 'n-1', contact_id: CONTACT, deleted: true });
  });

  it('says which note was not found', async () => {
    highLevel().delete(`${notePath}/n-9`).reply(404, { statusCode: 404, message: 'Not found' });

    expect(
      await failureOf(run('creates', 'delete_note', { contact_id: CONTACT, note_id: 'n-9' })),
    ).toMatch(/No note with ID n-9/);
  });
});

describe('find_notes', () => {
  it('finds notes containing the text, newest first', async () => {
    const older = { ...note, id: 'n-0', body: 'Quote sent', dateAdded: '2026-01-01T00:00:00.000Z' };
    const other = { ...note, id: 'n-2', title: 'Visit', body: 'Came by the office' };
    const scope = highLevel()
      .get(notePath)
      .reply(200, { notes: [older, other, note] });

    const result = await run('searches', 'find_notes', { contact_id: CONTACT, text: 'QUOTE' });

    scope.done();
    expect(result.map((found: { id: string }) => found.id)).toEqual(['n-1', 'n-0']);
  });
});

describe('get_note', () => {
  it('returns the note', async () => {
    const scope = highLevel().get(`${notePath}/n-1`).reply(200, { note });

    const result = await run('searches', 'get_note', { contact_id: CONTACT, note_id: 'n-1' });

    scope.done();
    expect(result).toEqual([
      expect.objectContaining({ id: 'n-1', body: note.body, pinned: false }),
    ]);
  });
});

describe('note_list', () => {
  it("names the contact's notes by title", async () => {
    highLevel()
      .get(notePath)
      .reply(200, { notes: [note] });

    expect(await run('triggers', 'note_list', { contact_id: CONTACT })).toEqual([
      { id: 'n-1', name: 'Call summary' },
    ]);
  });
});

describe('new_note', () => {
  it('reads notes of the 10 most recently changed contacts in at most 11 requests', async () => {
    const contacts = Array.from({ length: 10 }, (_, n) => ({ ...contact, id: `c-${n}` }));
    const scope = highLevel()
      .post('/contacts/search', {
        locationId: LOCATION,
        pageLimit: 10,
        sort: [{ field: 'dateUpdated', direction: 'desc' }],
      })
      .reply(200, { contacts, total: 10 });
    contacts.forEach((found, n) =>
      scope.get(`/contacts/${found.id}/notes`).reply(200, {
        notes: n === 3 ? [{ ...note, id: 'n-3', contactId: undefined }] : [],
      }),
    );

    const result = await run('triggers', 'new_note');

    scope.done();
    expect(result).toEqual([expect.objectContaining({ id: 'n-3', contact_id: 'c-3' })]);
  });

  it('watches only contacts with the chosen tag', async () => {
    const scope = highLevel()
      .post(
        '/contacts/search',
        (body) => body.filters?.[0]?.value === 'vip' && body.pageLimit === 10,
      )
      .reply(200, { contacts: [] });

    expect(await run('triggers', 'new_note', { tag: 'vip' })).toEqual([]);
    scope.done();
  });
});
