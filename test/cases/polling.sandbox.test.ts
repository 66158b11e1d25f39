/**
 * B04, B05 and B07 against the sandbox, through the runner, which fires only items whose id
 * Zapier has not seen before.
 */
import App from '../../index';
import type { Contact } from '../../sandbox/store';
import { useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 30 } });

/** A contact added straight into the sandbox's store, at a moment the test chooses. */
const addContact = (id: string, addedMs: number): void => {
  const { store } = connected.sandbox;
  const stored: Contact = {
    id,
    locationId: store.location.id,
    firstName: 'Quinn',
    email: `${id}@example.test`,
    dnd: false,
    type: 'lead',
    tags: [],
    customFields: {},
    followers: [],
    campaigns: [],
    workflows: [],
    addedMs,
    updatedMs: addedMs,
  };
  store.addContact(stored);
};

describe('B04 Updated Contact over several polls', () => {
  // A contact seen by the trigger for the first time never fired.
  it('fires once for a contact changed for the first time, and not again without a change', async () => {
    const { zap, sandbox } = connected;
    await zap.poll('updated_contact');
    const [target] = [...sandbox.store.contacts.values()];

    await zap.run('creates', 'update_contact', { contact_id: target!.id, city: 'Dayton' });
    const afterChange = await zap.poll('updated_contact');
    const afterNothing = await zap.poll('updated_contact');

    expect(afterChange.map((item) => item.contact_id)).toEqual([target!.id]);
    expect(afterNothing).toEqual([]);
  });
});

describe('B05 the contact id of an Updated Contact item', () => {
  it('is a separate contact_id beside the composite item id, in output and sample', async () => {
    const { zap, sandbox } = connected;
    await zap.poll('updated_contact');
    const target = [...sandbox.store.contacts.values()][1]!;
    await zap.run('creates', 'update_contact', { contact_id: target.id, city: 'Toledo' });

    const [item] = await zap.poll('updated_contact');

    expect(item.contact_id).toBe(target.id);
    expect(item.id).toBe(`${target.id}:${new Date(target.updatedMs).toISOString()}`);
    expect(App.triggers.updated_contact.operation.sample).toMatchObject({
      id: expect.stringContaining(':'),
      contact_id: expect.any(String),
    });
  });

  it('can be mapped into Update Contact, which then succeeds', async () => {
    const { zap, sandbox } = connected;
    await zap.poll('updated_contact');
    const target = [...sandbox.store.contacts.values()][2]!;
    await zap.run('creates', 'update_contact', { contact_id: target.id, city: 'Akron' });
    const [item] = await zap.poll('updated_contact');

    const updated = await zap.run('creates', 'update_contact', {
      contact_id: item.contact_id,
      source: 'mapped from Updated Contact',
    });

    expect(updated.id).toBe(target.id);
    expect(sandbox.store.contacts.get(target.id)!.source).toBe('mapped from Updated Contact');
  });
});

describe('B07 New Contact in the same millisecond', () => {
  // A source that kept only records strictly newer than the last timestamp missed c-105.
  it('fires for a contact added at the very moment of one already seen', async () => {
    const { zap } = connected;
    const moment = Date.UTC(2026, 1, 1, 10);
    await zap.poll('new_contact');
    addContact('c-104', moment);
    const first = await zap.poll('new_contact');

    addContact('c-105', moment);
    const second = await zap.poll('new_contact');

    expect(first.map((item) => item.id)).toEqual(['c-104']);
    expect(second.map((item) => item.id)).toEqual(['c-105']);
  });
});
