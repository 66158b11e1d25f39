import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: { contacts: 100_000 }, rateLimit: false });
});

afterAll(() => sandbox.close());

describe('a 100,000-contact location', () => {
  it('holds every seeded contact', () => {
    expect(sandbox.store.contacts.size).toBe(100_000);
  });

  it('answers dateUpdated-sorted pages of 500 with the full total', async () => {
    const { call } = await signIn(sandbox);
    const target = [...sandbox.store.contacts.values()][99_000]!;
    await call('PUT', `/contacts/${target.id}`, { city: 'Albany' });

    const reply = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      pageLimit: 500,
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
    });

    expect(reply.body.total).toBe(100_000);
    expect(reply.body.contacts).toHaveLength(500);
    expect(reply.body.contacts[0].id).toBe(target.id);
    expect(sandbox.violations).toEqual([]);
  });

  it('walks past the 10,000-record page window with searchAfter', async () => {
    const { call } = await signIn(sandbox);
    let searchAfter: unknown[] | undefined;
    let seen = 0;

    // 25 pages of 500 = 12,500 contacts, beyond what page-based paging may reach.
    for (let round = 0; round < 25; round++) {
      const reply = await call('POST', '/contacts/search', {
        locationId: sandbox.locationId,
        pageLimit: 500,
        sort: [{ field: 'dateAdded', direction: 'desc' }],
        ...(searchAfter ? { searchAfter } : {}),
      });
      seen += reply.body.contacts.length;
      searchAfter = reply.body.contacts.at(-1).sort;
    }
    const tooFar = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      page: 21,
      pageLimit: 500,
    });

    expect(seen).toBe(12_500);
    expect(tooFar.status).toBe(422);
  });
});
