import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

const seeded = (index: number) => [...connected.sandbox.store.contacts.values()][index]!;

describe('api_request', () => {
  it("reads HighLevel's answer for a path with a query, in one request", async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'api_request', {
        method: 'GET',
        path: '/contacts/',
        query: { locationId: sandbox.locationId, limit: '5' },
      }),
    );

    expect(requests).toHaveLength(1);
    expect(result.contacts).toHaveLength(5);
    expect(result.count).toBe(sandbox.store.contacts.size);
  });

  it('changes HighLevel with the JSON body as written', async () => {
    const { zap, sandbox } = connected;
    const contact = seeded(45);

    const result = await zap.run('creates', 'api_request', {
      method: 'POST',
      path: `/contacts/${contact.id}/notes`,
      body: '{"body": "Written through the API step.", "title": "From a Zap"}',
    });

    expect(sandbox.store.notes.get(result.note.id)).toMatchObject({
      contactId: contact.id,
      body: 'Written through the API step.',
      title: 'From a Zap',
    });
  });

  it('sends a DELETE with its body, as the tags endpoint needs', async () => {
    const { zap, sandbox } = connected;
    const contact = seeded(46);
    contact.tags = ['vip', 'webinar'];

    const result = await zap.run('creates', 'api_request', {
      method: 'DELETE',
      path: `/contacts/${contact.id}/tags`,
      body: '{"tags": ["webinar"]}',
    });

    expect(sandbox.store.contacts.get(contact.id)!.tags).toEqual(['vip']);
    expect(result).toEqual({ tags: ['vip'] });
  });

  it('accepts a full address on the HighLevel host', async () => {
    const { zap, sandbox } = connected;
    const contact = seeded(47);

    const result = await zap.run('creates', 'api_request', {
      method: 'GET',
      path: `${sandbox.url}/contacts/${contact.id}`,
    });

    expect(result.contact).toMatchObject({ id: contact.id, email: contact.email });
  });

  it('refuses an address on another host without sending anything', async () => {
    const { zap, sandbox } = connected;
    // A second local server of the test's own stands in for the other host and counts visits.
    let visits = 0;
    const elsewhere = createServer((_req, res) => {
      visits += 1;
      res.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const { port } = elsewhere.address() as AddressInfo;

    const { result: failure, requests } = await requestsDuring(sandbox, () =>
      failureOf(
        zap.run('creates', 'api_request', { method: 'GET', path: `http://127.0.0.1:${port}/x` }),
      ),
    ).finally(() => new Promise((resolve) => elsewhere.close(resolve)));

    expect(failure.message).toMatch(/"Path" field points outside HighLevel's API/);
    expect(requests).toEqual([]);
    expect(visits).toBe(0);
  });

  it('passes on why HighLevel refused, like any other step', async () => {
    const { zap } = connected;

    const failure = await failureOf(
      zap.run('creates', 'api_request', { method: 'GET', path: '/contacts/NoSuchContact0000000' }),
    );

    expect(failure.message).toMatch(/No contact was found in this HighLevel location/);
  });
});
