import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: { contacts: 230 } });
});

afterAll(() => sandbox.close());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('POST /contacts/search', () => {
  it('pages over 230 contacts with pageLimit 100 and returns all 230 once', async () => {
    const { call } = await signIn(sandbox);
    const ids: string[] = [];
    const sizes: number[] = [];

    for (let page = 1; page <= 4; page++) {
      const reply = await call('POST', '/contacts/search', {
        locationId: sandbox.locationId,
        page,
        pageLimit: 100,
        sort: [{ field: 'dateAdded', direction: 'desc' }],
      });
      sizes.push(reply.body.contacts.length);
      ids.push(...reply.body.contacts.map((c: { id: string }) => c.id));
    }

    expect(sizes).toEqual([100, 100, 30, 0]);
    expect(new Set(ids).size).toBe(230);
  });

  it("pages with searchAfter using each hit's sort cursor", async () => {
    const { call } = await signIn(sandbox);
    const ids: string[] = [];
    let searchAfter: unknown[] | undefined;

    for (let round = 0; round < 5; round++) {
      const reply = await call('POST', '/contacts/search', {
        locationId: sandbox.locationId,
        pageLimit: 100,
        sort: [{ field: 'dateUpdated', direction: 'asc' }],
        ...(searchAfter ? { searchAfter } : {}),
      });
      const hits = reply.body.contacts;
      if (!hits.length) break;
      ids.push(...hits.map((c: { id: string }) => c.id));
      searchAfter = hits[hits.length - 1].sort;
    }

    expect(new Set(ids).size).toBe(230);
  });

  it('puts the contact updated last first when sorted by dateUpdated desc', async () => {
    const { call } = await signIn(sandbox);
    const target = [...sandbox.store.contacts.values()][17]!;
    await call('PUT', `/contacts/${target.id}`, { city: 'Albany' });

    const reply = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      pageLimit: 3,
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
    });

    expect(reply.body.contacts[0].id).toBe(target.id);
    expect(reply.body.total).toBe(230);
  });

  it('filters dateAdded by a range of ms-epoch numbers', async () => {
    const { call } = await signIn(sandbox);
    const gte = Date.UTC(2025, 6, 1);

    const reply = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      pageLimit: 500,
      filters: [{ field: 'dateAdded', operator: 'range', value: { gte } }],
    });

    const expected = [...sandbox.store.contacts.values()].filter((c) => c.addedMs >= gte).length;
    expect(reply.body.total).toBe(expected);
    expect(
      reply.body.contacts.every((c: { dateAdded: string }) => Date.parse(c.dateAdded) >= gte),
    ).toBe(true);
  });

  it('finds a contact by exact email and by full-text query', async () => {
    const { call } = await signIn(sandbox);
    const target = [...sandbox.store.contacts.values()][5]!;

    const byEmail = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      pageLimit: 10,
      filters: [{ field: 'email', operator: 'eq', value: target.email }],
    });
    const byQuery = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      pageLimit: 10,
      query: target.email!,
    });

    expect(byEmail.body.contacts.map((c: { id: string }) => c.id)).toEqual([target.id]);
    expect(byQuery.body.contacts.map((c: { id: string }) => c.id)).toEqual([target.id]);
  });
});
