import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ quiet: true });
});

afterAll(() => sandbox.close());

beforeEach(() => sandbox.reset());

const locationPath = () => `/locations/${sandbox.locationId}`;

describe('injected faults', () => {
  it('answer with the given status and body, then expire after `times`', async () => {
    const { call } = await signIn(sandbox);
    sandbox.inject({
      path: '/locations/{locationId}',
      status: 401,
      body: { statusCode: 401, message: 'Invalid JWT' },
      times: 2,
    });

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('GET', locationPath())).status);

    expect(statuses).toEqual([401, 401, 200]);
  });

  it('add headers to a normal answer', async () => {
    const { call } = await signIn(sandbox);
    sandbox.inject({
      method: 'GET',
      path: /^\/locations\//,
      headers: { 'X-RateLimit-Remaining': '0' },
    });

    const reply = await call('GET', locationPath());

    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  // A fault's header used to be sent beside the sandbox's own when their letter case differed.
  it("replace the sandbox's own header however either spells its name", async () => {
    const { call } = await signIn(sandbox);
    sandbox.inject({ path: /^\/locations\//, headers: { 'x-ratelimit-daily-remaining': '0' } });

    const reply = await call('GET', locationPath());

    expect(reply.headers.get('X-RateLimit-Daily-Remaining')).toBe('0');
  });

  it('cut the body short so it no longer parses', async () => {
    const { call } = await signIn(sandbox);
    sandbox.inject({ path: '/locations/{locationId}', truncateBody: true });

    const reply = await call('GET', locationPath());

    expect(typeof reply.body).toBe('string');
    expect(() => JSON.parse(reply.body)).toThrow();
  });

  it('hold the answer back for delayMs', async () => {
    const { call } = await signIn(sandbox);
    sandbox.inject({ path: '/locations/{locationId}', delayMs: 5_000 });
    const res = fetch(`${sandbox.url}${locationPath()}`, { signal: AbortSignal.timeout(100) });

    await expect(res).rejects.toThrow();
    expect((await call('GET', locationPath())).status).toBe(200);
  });

  it('expire the access token used on the faulted request', async () => {
    const { call } = await signIn(sandbox);
    sandbox.inject({ path: '/locations/{locationId}', expireToken: true });

    const first = await call('GET', locationPath());
    const second = await call('GET', locationPath());

    expect([first.status, second.status]).toEqual([401, 401]);
    expect(first.body.message).toBe('Invalid JWT');
  });

  it('can be switched on and cleared over the /__sandbox/ control API', async () => {
    const { call } = await signIn(sandbox);
    const post = (path: string, body: unknown) =>
      fetch(`${sandbox.url}/__sandbox/${path}`, { method: 'POST', body: JSON.stringify(body) });

    await post('faults', { pathRegex: '^/locations/', status: 503, times: 5 });
    const faulted = await call('GET', locationPath());
    await post('faults/clear', {});
    const cleared = await call('GET', locationPath());

    expect(faulted.status).toBe(503);
    expect(cleared.status).toBe(200);
  });
});
