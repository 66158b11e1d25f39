/**
 * A small version of `npm run load`: concurrent polls and writes for one location against the
 * sandbox with a tight rate limit and a token expiring mid-run. Every write must be stored once,
 * as sent, with every throttled step retried after its delay.
 */
import App from '../index';
import { runLoad } from '../scripts/load';

// As in test/support/sandbox.ts: keep zapier-platform-core off Node's shared http module.
(App as unknown as { flags: Record<string, unknown> }).flags.skipHttpPatch = true;

describe('the load run', () => {
  it('stores every write exactly once as sent, retrying each throttled step after its delay', async () => {
    const report = await runLoad({
      writes: 10,
      polls: 6,
      concurrency: 5,
      max: 12,
      intervalMs: 1000,
      seedContacts: 20,
      deadlineMs: 25_000,
    });

    expect(report.problems).toEqual([]);
    expect(report.succeeded).toBe(report.steps);
    expect(report.rateLimited).toBeGreaterThan(0);
    expect(report.throttles).toBeGreaterThan(0);
    expect(report.refreshes).toBe(1);
  }, 40_000);
});
