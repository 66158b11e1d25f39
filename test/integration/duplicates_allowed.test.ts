import { useSandbox } from '../support/sandbox';

// A location whose settings allow duplicate contacts.
const connected = useSandbox({ seed: { contacts: 20, allowDuplicates: true }, rateLimit: false });

const seeded = (index: number) => [...connected.sandbox.store.contacts.values()][index]!;

describe('create_contact in a location that allows duplicates', () => {
  it('creates a second contact with an email already in use', async () => {
    const { zap, sandbox } = connected;
    const existing = seeded(0);

    const created = await zap.run('creates', 'create_contact', {
      email: existing.email,
      first_name: 'Second',
    });

    expect(created.id).not.toBe(existing.id);
    const sharing = [...sandbox.store.contacts.values()].filter((c) => c.email === existing.email);
    expect(sharing.map((c) => c.id).sort()).toEqual([existing.id, created.id].sort());
  });
});

describe('create_or_update_contact in a location that allows duplicates', () => {
  it('still updates the contact with that email rather than adding one', async () => {
    const { zap, sandbox } = connected;
    const existing = seeded(1);
    const countBefore = sandbox.store.contacts.size;

    const result = await zap.run('creates', 'create_or_update_contact', {
      email: existing.email,
      city: 'Dayton',
    });

    expect(result).toMatchObject({ id: existing.id, created: false });
    expect(sandbox.store.contacts.size).toBe(countBefore);
    expect(sandbox.store.contacts.get(existing.id)!.city).toBe('Dayton');
  });
});
