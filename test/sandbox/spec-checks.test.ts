import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ quiet: true });
});

afterAll(() => sandbox.close());

beforeEach(() => sandbox.reset());

describe('requests that break the spec', () => {
  it('refuses a search without pageLimit with 422 and records the violation', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call('POST', '/contacts/search', { locationId: sandbox.locationId });

    expect(reply.status).toBe(422);
    expect(reply.body).toEqual({
      statusCode: 422,
      message: ['pageLimit should not be empty'],
      error: 'Unprocessable Entity',
    });
    expect(sandbox.violations).toEqual([
      expect.objectContaining({ direction: 'request', route: 'post /contacts/search' }),
    ]);
  });

  it('answers 422 naming an unknown body property', async () => {
    const { call } = await signIn(sandbox);
    const contact = [...sandbox.store.contacts.values()][0]!;

    const reply = await call('PUT', `/contacts/${contact.id}`, {
      firstName: 'Kim',
      locationId: sandbox.locationId,
      companyName: 'Example Corp',
    });

    expect(reply.status).toBe(422);
    expect(reply.body.message).toEqual([
      'property locationId should not exist',
      'property companyName should not exist',
    ]);
  });

  it('refuses pageSize on search, as HighLevel renamed it to pageLimit', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call('POST', '/contacts/search', {
      locationId: sandbox.locationId,
      pageLimit: 10,
      pageSize: 10,
    });

    expect(reply.body.message).toEqual(['property pageSize should not exist']);
  });

  it('refuses an empty email like a real invalid email', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call('POST', '/contacts/', {
      locationId: sandbox.locationId,
      firstName: 'Rae',
      email: '',
    });

    expect(reply.status).toBe(422);
    expect(reply.body.message).toEqual(['email must be an email']);
  });

  it('answers 401 "version header was not found." without a Version header', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call('GET', `/locations/${sandbox.locationId}`, undefined, { Version: '' });

    expect(reply.status).toBe(401);
    expect(reply.body.message).toBe('version header was not found.');
    expect(sandbox.violations).toHaveLength(1);
  });

  it('answers 403 when locationId is missing from a list call', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call('GET', '/contacts/?limit=100');

    expect(reply.status).toBe(403);
    expect(reply.body.message).toBe('The token does not have access to this location.');
  });

  it('refuses a token that lacks the scope the route needs', async () => {
    const { call } = await signIn(sandbox, ['contacts.readonly']);

    const reply = await call('POST', '/contacts/', { locationId: sandbox.locationId });

    expect(reply.status).toBe(401);
    expect(reply.body.message).toMatch(/^This authClass type is not allowed to access this scope/);
  });

  it('answers 404 and records a call to a route outside the spec', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call('GET', '/contacts/search/everything');

    expect(reply.status).toBe(404);
    expect(sandbox.violations).toHaveLength(1);
  });
});

describe('answers the sandbox gives', () => {
  it('match the spec on every served route used by a typical session', async () => {
    const { call } = await signIn(sandbox);
    const l = sandbox.locationId;
    const contact = [...sandbox.store.contacts.values()][0]!;

    await call('POST', '/contacts/search', { locationId: l, pageLimit: 5, query: 'a' });
    await call('GET', `/contacts/${contact.id}`);
    await call('POST', '/contacts/upsert', { locationId: l, email: 'new.person@example.com' });
    await call('GET', `/contacts/search/duplicate?locationId=${l}&email=new.person%40example.com`);
    await call('POST', `/contacts/${contact.id}/tasks`, {
      title: 'Call back',
      dueDate: '2026-03-10T17:00:00Z',
      completed: false,
    });
    await call('POST', `/contacts/${contact.id}/notes`, { body: 'Asked about whitening.' });
    await call('GET', `/locations/${l}/customFields?model=contact`);
    await call('GET', `/users/search?companyId=${sandbox.companyId}&locationId=${l}`);
    await call('GET', `/calendars/?locationId=${l}`);

    expect(sandbox.violations).toEqual([]);
    expect(sandbox.requests.every((r) => r.status < 300)).toBe(true);
  });

  it('redacts the Authorization header in recorded requests', async () => {
    const { call, tokens } = await signIn(sandbox);

    await call('GET', `/locations/${sandbox.locationId}`);

    expect(JSON.stringify(sandbox.requests)).not.toContain(tokens.access_token);
  });
});
