import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: { max: 5, intervalMs: 60_000 } });
});

afterAll(() => sandbox.close());

describe('rate limiting', () => {
  it('answers 429 past the burst limit, with the X-RateLimit headers', async () => {
    const { call } = await signIn(sandbox);

    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await call('GET', `/locations/${sandbox.locationId}`));

    const last = replies[5]!;
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(replies[0]!.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(last.headers.get('x-ratelimit-max')).toBe('5');
    expect(last.headers.get('x-ratelimit-interval-milliseconds')).toBe('60000');
    expect(last.headers.get('x-ratelimit-limit-daily')).toBe('200000');
    expect(last.headers.get('x-ratelimit-daily-remaining')).toBe('199994');
  });

  it('lets everything through once disabled, still sending headers', async () => {
    const { call } = await signIn(sandbox);
    sandbox.setRateLimit(false);

    const replies = [];
    for (let i = 0; i < 8; i++) replies.push(await call('GET', `/locations/${sandbox.locationId}`));

    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies[7]!.headers.get('x-ratelimit-max')).toBe('100');
  });
});
