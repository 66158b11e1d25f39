import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

// These tests run steps back to back far faster than Zaps do; HighLevel's burst limit is
// covered by the sandbox's own tests.
const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

let people = 0;
/** A new contact of its own for each test; being new, it is also the most recently changed. */
const newContact = async (): Promise<string> => {
  people += 1;
  const contact = await connected.zap.run('creates', 'create_contact', {
    email: `note.person.${people}@example.test`,
    first_name: 'Nia',
  });
  return contact.id;
};

const createNote = (contactId: string, body: string, title?: string) =>
  connected.zap.run('creates', 'create_note', { contact_id: contactId, body, title });

describe('create_note', () => {
  it('adds the note to the contact in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();

    const { result: note, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'create_note', {
        contact_id: contactId,
        body: 'Asked for a quote; call back Friday.',
        title: 'Call summary',
        user_id: sandbox.userId,
      }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.notes.get(note.id)).toMatchObject({
      contactId,
      body: 'Asked for a quote; call back Friday.',
      title: 'Call summary',
      userId: sandbox.userId,
    });
    expect(note).toMatchObject({ contact_id: contactId, title: 'Call summary' });
  });
});

describe('update_note', () => {
  it('changes the title and keeps the text, in two requests', async () => {
    const { zap, sandbox } = connected;
    const note = await createNote(await newContact(), 'Prefers mornings.', 'Preferences');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_note', {
        contact_id: note.contact_id,
        note_id: note.id,
        title: 'Scheduling',
      }),
    );

    expect(requests).toHaveLength(2);
    expect(sandbox.store.notes.get(note.id)).toMatchObject({
      title: 'Scheduling',
      body: 'Prefers mornings.',
    });
    expect(result).toMatchObject({ title: 'Scheduling', body: 'Prefers mornings.' });
  });

  it('changes the text in one request', async () => {
    const { zap, sandbox } = connected;
    const note = await createNote(await newContact(), 'Prefers mornings.');

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_note', {
        contact_id: note.contact_id,
        note_id: note.id,
        body: 'Prefers afternoons now.',
      }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.notes.get(note.id)!.body).toBe('Prefers afternoons now.');
  });
});

describe('delete_note', () => {
  it("removes the note and leaves the contact's other notes", async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const doomed = await createNote(contactId, 'Old phone number.');
    const kept = await createNote(contactId, 'Moved from Ohio.');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'delete_note', { contact_id: contactId, note_id: doomed.id }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.notes.has(doomed.id)).toBe(false);
    expect(sandbox.store.notes.has(kept.id)).toBe(true);
    expect(result).toEqual({ id: doomed.id, contact_id: contactId, deleted: true });
  });

  it('says which note was not found', async () => {
    const { zap } = connected;
    const contactId = await newContact();

    const failure = await failureOf(
      zap.run('creates', 'delete_note', { contact_id: contactId, note_id: 'NoSuchNote0000000000' }),
    );

    expect(failure.message).toMatch(/No note with ID NoSuchNote0000000000 was found/);
  });
});

describe('get_note', () => {
  it('returns the full text of the note in one request', async () => {
    const { zap, sandbox } = connected;
    const note = await createNote(await newContact(), 'Allergic to latex.\nPrefers mornings.');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'get_note', { contact_id: note.contact_id, note_id: note.id }),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual([
      expect.objectContaining({ id: note.id, body: 'Allergic to latex.\nPrefers mornings.' }),
    ]);
  });
});

describe('find_notes', () => {
  it('finds the notes containing the text in any case, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const quote = await createNote(contactId, 'Asked for a QUOTE on whitening.');
    await createNote(contactId, 'Moved from Ohio.');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_notes', { contact_id: contactId, text: 'quote' }),
    );

    expect(requests).toHaveLength(1);
    expect(result.map((note: { id: string }) => note.id)).toEqual([quote.id]);
  });

  it('returns an empty list when no note contains the text', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await createNote(contactId, 'Moved from Ohio.');

    const found = await zap.run('searches', 'find_notes', { contact_id: contactId, text: 'x-ray' });

    expect(found).toEqual([]);
  });
});

describe('find or create note', () => {
  it('uses the note with that text and adds no second one', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const existing = await createNote(contactId, 'Signed up at the spring fair.');

    const { result, created } = await zap.searchOrCreate(
      'find_notes',
      { contact_id: contactId, text: 'spring fair' },
      { contact_id: contactId, body: 'Signed up at the spring fair.' },
    );

    expect(created).toBe(false);
    expect(result.id).toBe(existing.id);
    const own = [...sandbox.store.notes.values()].filter((note) => note.contactId === contactId);
    expect(own).toHaveLength(1);
  });

  it('adds the note when the contact has none with that text', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    await createNote(contactId, 'Moved from Ohio.');

    const { result, created } = await zap.searchOrCreate(
      'find_notes',
      { contact_id: contactId, text: 'spring fair' },
      { contact_id: contactId, body: 'Signed up at the spring fair.' },
    );

    expect(created).toBe(true);
    expect(sandbox.store.notes.get(result.id)).toMatchObject({
      contactId,
      body: 'Signed up at the spring fair.',
    });
  });
});

describe('note_list', () => {
  it("names the chosen contact's notes by title, or by the start of their text", async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const titled = await createNote(contactId, 'Prefers mornings.', 'Preferences');
    const untitled = await createNote(contactId, 'Moved from Ohio.');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'note_list', { contact_id: contactId }),
    );

    expect(requests).toHaveLength(1);
    expect(result).toHaveLength(2);
    expect(result).toEqual(
      expect.arrayContaining([
        { id: titled.id, name: 'Preferences' },
        { id: untitled.id, name: 'Moved from Ohio.' },
      ]),
    );
  });
});

describe('new_note', () => {
  it('fires once for a note added to a recently changed contact, and not again', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await zap.poll('new_note');

    const note = await createNote(contactId, 'Asked about whitening.');
    const afterAdd = await zap.poll('new_note');
    const afterNothing = await zap.poll('new_note');

    expect(afterAdd.map((item) => item.id)).toEqual([note.id]);
    expect(afterAdd[0]).toMatchObject({ contact_id: contactId, body: 'Asked about whitening.' });
    expect(afterNothing).toEqual([]);
  });

  it('does not fire again for a note that was only edited', async () => {
    const { zap } = connected;
    const note = await createNote(await newContact(), 'Prefers mornings.');
    await zap.poll('new_note');

    await zap.run('creates', 'update_note', {
      contact_id: note.contact_id,
      note_id: note.id,
      body: 'Prefers afternoons.',
    });
    const afterEdit = await zap.poll('new_note');

    expect(afterEdit).toEqual([]);
  });

  it('watches only contacts with the chosen tag', async () => {
    const { zap } = connected;
    const tagged = await newContact();
    const untagged = await newContact();
    await zap.run('creates', 'add_tags', { contact_id: tagged, tags: 'vip-notes' });
    await zap.poll('new_note', { tag: 'vip-notes' });

    const wanted = await createNote(tagged, 'VIP asked for a callback.');
    await createNote(untagged, 'Regular asked for a callback.');
    const fired = await zap.poll('new_note', { tag: 'vip-notes' });

    expect(fired.map((item) => item.id)).toEqual([wanted.id]);
  });

  it('reads the notes of the 10 most recently changed contacts in 11 requests', async () => {
    const { zap, sandbox } = connected;

    const { requests } = await requestsDuring(sandbox, () => zap.run('triggers', 'new_note'));

    expect(requests).toHaveLength(11);
  });
});
