/**
 * B24 against the sandbox, which sends HighLevel's X-RateLimit-* headers on every answer: a
 * burst over the limit and a spent daily quota become Zapier throttles with the right wait.
 * test/errors.test.ts checks the same mapping on hand-written headers.
 */
import { errorOf } from '../support/app';
import { useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 5 } });

const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error('Expected the step to fail, but it succeeded');
};

describe('B24 rate limits', () => {
  afterEach(() => {
    connected.sandbox.clearFaults();
    connected.sandbox.setRateLimit({ max: 100, intervalMs: 10_000 });
  });

  // Bursty Zaps got 429s that surfaced as hard failures.
  it('turn a burst over the limit into a throttle for the window HighLevel names', async () => {
    const { zap, sandbox } = connected;
    await zap.run('triggers', 'new_contact'); // loads and caches the custom field definitions
    sandbox.setRateLimit({ max: 2, intervalMs: 10_000 });
    await zap.run('triggers', 'new_contact');
    await zap.run('triggers', 'new_contact');

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.name).toBe('ThrottledError');
    expect(failure.delay).toBe(10);
    expect(failure.message).toMatch(/too many requests/);
  });

  it('turn a spent daily quota into a longer throttle that says so', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({
      path: '/contacts/search',
      status: 429,
      headers: { 'X-RateLimit-Daily-Remaining': '0', 'X-RateLimit-Remaining': '57' },
    });

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.name).toBe('ThrottledError');
    expect(failure.delay).toBeGreaterThanOrEqual(3600);
    expect(failure.message).toMatch(/daily API quota/);
  });
});
