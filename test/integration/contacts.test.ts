import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

// The default seed: the location refuses duplicate contacts.
const connected = useSandbox({ seed: { contacts: 150 }, rateLimit: false });

const seeded = (index: number) => [...connected.sandbox.store.contacts.values()][index]!;

describe('create_contact', () => {
  it('creates the contact with its tags in one request', async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'create_contact', {
        email: 'new.patient@example.test',
        phone: '(555) 010-2020',
        first_name: 'Nora',
        last_name: 'Quinn',
        company_name: 'Example Corp',
        tags: 'new-patient, webinar',
      }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.contacts.get(result.id)).toMatchObject({
      email: 'new.patient@example.test',
      phone: '+15550102020',
      firstName: 'Nora',
      lastName: 'Quinn',
      companyName: 'Example Corp',
      tags: ['new-patient', 'webinar'],
    });
    expect(result).toMatchObject({ name: 'Nora Quinn', tags_text: 'new-patient, webinar' });
  });

  it('names the existing contact when its email is taken, and creates nothing', async () => {
    const { zap, sandbox } = connected;
    const existing = seeded(3);
    const countBefore = sandbox.store.contacts.size;

    const failure = await failureOf(
      zap.run('creates', 'create_contact', { email: existing.email, first_name: 'Copy' }),
    );

    expect(failure.message).toMatch(
      new RegExp(`contact with the same email already exists .*contact ID ${existing.id}`),
    );
    expect(failure.message).toMatch(/Create or Update Contact/);
    expect(sandbox.store.contacts.size).toBe(countBefore);
  });

  it('names the existing contact when its phone is taken', async () => {
    const { zap } = connected;
    const existing = seeded(4);

    const failure = await failureOf(
      zap.run('creates', 'create_contact', { phone: existing.phone, first_name: 'Copy' }),
    );

    expect(failure.message).toMatch(
      new RegExp(`contact with the same phone already exists .*contact ID ${existing.id}`),
    );
  });
});

describe('create_or_update_contact', () => {
  it('updates the contact with that email instead of adding a second one', async () => {
    const { zap, sandbox } = connected;
    const existing = seeded(5);
    const countBefore = sandbox.store.contacts.size;

    const result = await zap.run('creates', 'create_or_update_contact', {
      email: existing.email!.toUpperCase(),
      city: 'Dayton',
    });

    expect(result).toMatchObject({ id: existing.id, created: false, city: 'Dayton' });
    expect(sandbox.store.contacts.size).toBe(countBefore);
    expect(sandbox.store.contacts.get(existing.id)!.city).toBe('Dayton');
  });

  it('creates the contact when nobody has its email or phone', async () => {
    const { zap, sandbox } = connected;

    const result = await zap.run('creates', 'create_or_update_contact', {
      email: 'brand.new@example.test',
      first_name: 'Bram',
    });

    expect(result.created).toBe(true);
    expect(sandbox.store.contacts.get(result.id)).toMatchObject({
      email: 'brand.new@example.test',
      firstName: 'Bram',
    });
  });

  it('costs 3 requests when it also adds tags (duplicate check, write, tags)', async () => {
    const { zap, sandbox } = connected;
    await zap.run('triggers', 'new_contact'); // caches the custom field names

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'create_or_update_contact', {
        email: seeded(6).email,
        city: 'Akron',
        tags: 'vip',
      }),
    );

    expect(requests.map((r) => r.route)).toEqual([
      '/contacts/search/duplicate',
      '/contacts/upsert',
      '/contacts/{contactId}/tags',
    ]);
  });
});

describe('update_contact', () => {
  it('changes the fields filled in with one request, and adds tags with a second', async () => {
    const { zap, sandbox } = connected;
    const contact = seeded(12);
    const tagsBefore = [...contact.tags];
    await zap.run('triggers', 'new_contact'); // caches the custom field names

    const { requests: withoutTags } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_contact', { contact_id: contact.id, city: 'Dayton' }),
    );
    const { requests: withTags } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_contact', { contact_id: contact.id, tags: 'fall-promo' }),
    );

    expect(withoutTags).toHaveLength(1);
    expect(withTags).toHaveLength(2);
    const stored = sandbox.store.contacts.get(contact.id)!;
    expect(stored.city).toBe('Dayton');
    expect([...stored.tags].sort()).toEqual([...tagsBefore, 'fall-promo'].sort());
  });
});

describe('delete_contact', () => {
  it('deletes the contact with its notes and tasks, in one request', async () => {
    const { zap, sandbox } = connected;
    const contact = await zap.run('creates', 'create_contact', { email: 'leaving@example.test' });
    await zap.run('creates', 'create_note', { contact_id: contact.id, body: 'Moving away.' });

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'delete_contact', { contact_id: contact.id }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.contacts.has(contact.id)).toBe(false);
    const notes = [...sandbox.store.notes.values()].filter((n) => n.contactId === contact.id);
    expect(notes).toEqual([]);
    expect(result).toEqual({ id: contact.id, deleted: true });
  });

  it('says which contact was not found', async () => {
    const { zap } = connected;

    const failure = await failureOf(
      zap.run('creates', 'delete_contact', { contact_id: 'NoSuchContact0000000' }),
    );

    expect(failure.message).toMatch(/No contact with ID NoSuchContact0000000 was found/);
  });
});

describe('get_contact', () => {
  it('returns the contact with its custom fields under their names', async () => {
    const { zap, sandbox } = connected;
    const contact = seeded(0);
    const plan = sandbox.store.customFields.find((f) => f.name === 'Plan')!;

    const found = await zap.run('searches', 'get_contact', { contact_id: contact.id });

    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: contact.id,
      email: contact.email,
      custom__plan: contact.customFields[plan.id],
    });
  });

  it('costs one request once the custom field names are cached', async () => {
    const { zap, sandbox } = connected;
    await zap.run('searches', 'get_contact', { contact_id: seeded(0).id });

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'get_contact', { contact_id: seeded(2).id }),
    );

    expect(requests).toHaveLength(1);
  });
});

describe('find_contact', () => {
  it('finds a contact by its phone typed another way, in one request', async () => {
    const { zap, sandbox } = connected;
    const contact = seeded(7);
    await zap.run('triggers', 'new_contact'); // caches the custom field names
    const typed = contact.phone!.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_contact', { phone: typed }),
    );

    expect(requests).toHaveLength(1);
    expect(result.map((c: { id: string }) => c.id)).toEqual([contact.id]);
  });

  it('finds contacts by name when email and phone are empty', async () => {
    const { zap } = connected;
    const contact = await zap.run('creates', 'create_contact', {
      email: 'zebulon.unique@example.test',
      first_name: 'Zebulon',
      last_name: 'Uniquely',
    });

    const found = await zap.run('searches', 'find_contact', { query: 'Zebulon Uniquely' });

    expect(found.map((c: { id: string }) => c.id)).toEqual([contact.id]);
  });

  it('returns an empty list when no email, phone or text matches, in 3 requests', async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_contact', {
        email: 'nobody@example.test',
        phone: '+1 555 019 9999',
        query: 'Nobody Atall',
      }),
    );

    expect(result).toEqual([]);
    expect(requests).toHaveLength(3);
  });
});

describe('find_duplicate_contact', () => {
  it('finds the contact HighLevel matches by email before phone, in one request', async () => {
    const { zap, sandbox } = connected;
    const byEmail = seeded(8);
    const byPhone = seeded(9);

    await zap.run('triggers', 'new_contact'); // caches the custom field names

    const { result: found, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_duplicate_contact', { email: byEmail.email, phone: byPhone.phone }),
    );

    expect(requests).toHaveLength(1);
    expect(found.map((c: { id: string }) => c.id)).toEqual([byEmail.id]);
  });

  it('returns an empty list when there is no duplicate', async () => {
    const { zap } = connected;

    const found = await zap.run('searches', 'find_duplicate_contact', {
      email: 'unique.person@example.test',
    });

    expect(found).toEqual([]);
  });
});

describe('find or create contact', () => {
  it('uses the contact with that email and creates no second one', async () => {
    const { zap, sandbox } = connected;
    const existing = seeded(10);
    const countBefore = sandbox.store.contacts.size;

    const { result, created } = await zap.searchOrCreate(
      'find_contact',
      { email: existing.email },
      { email: existing.email, first_name: 'Other' },
    );

    expect(created).toBe(false);
    expect(result.id).toBe(existing.id);
    expect(sandbox.store.contacts.size).toBe(countBefore);
    expect(sandbox.store.contacts.get(existing.id)!.firstName).toBe(existing.firstName);
  });

  it('creates the contact when none has that email', async () => {
    const { zap, sandbox } = connected;

    const { result, created } = await zap.searchOrCreate(
      'find_contact',
      { email: 'walk.in@example.test' },
      { email: 'walk.in@example.test', first_name: 'Walker' },
    );

    expect(created).toBe(true);
    expect(sandbox.store.contacts.get(result.id)).toMatchObject({
      email: 'walk.in@example.test',
      firstName: 'Walker',
    });
  });
});

describe('new_contact', () => {
  it('fires once for a contact added to the location, and not again', async () => {
    const { zap } = connected;
    await zap.poll('new_contact');

    const added = await zap.run('creates', 'create_contact', { email: 'fresh.lead@example.test' });
    const afterAdd = await zap.poll('new_contact');
    await zap.run('creates', 'update_contact', { contact_id: added.id, city: 'Dayton' });
    const afterChange = await zap.poll('new_contact');

    expect(afterAdd.map((item) => item.id)).toEqual([added.id]);
    expect(afterChange).toEqual([]);
  });
});

describe('updated_contact', () => {
  it('polls with one request once the custom field names are cached', async () => {
    const { zap, sandbox } = connected;
    await zap.run('triggers', 'updated_contact');

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'updated_contact'),
    );

    expect(requests).toHaveLength(1);
  });
});

describe('contact_list', () => {
  it('lists the most recently changed contacts first, by name and email', async () => {
    const { zap, sandbox } = connected;
    const touched = seeded(11);
    await zap.run('creates', 'update_contact', { contact_id: touched.id, city: 'Toledo' });

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'contact_list'),
    );

    expect(requests).toHaveLength(1);
    expect(result[0]).toEqual({
      id: touched.id,
      name: `${touched.firstName} ${touched.lastName} · ${touched.email}`,
    });
  });

  it('pages on to the next contacts as the dropdown scrolls', async () => {
    const { zap, sandbox } = connected;

    const first = await zap.run('triggers', 'contact_list', {}, { page: 0 });
    const second = await zap.run('triggers', 'contact_list', {}, { page: 1 });

    const ids = [...first, ...second].map((item: { id: string }) => item.id);
    expect(first).toHaveLength(100);
    expect(new Set(ids).size).toBe(sandbox.store.contacts.size);
  });
});
