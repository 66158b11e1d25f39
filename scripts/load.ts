/**
 * The load run: many concurrent polls and writes for one location, through the runner, against
 * the sandbox with its rate limit on (loopback only). A throttled step waits the delay the app
 * asked for and is retried, as Zapier does. Bounded in count, attempts and time; it then checks
 * that every write is stored exactly once with what was sent, and prints the figures.
 *
 *   npm run load                      (defaults below)
 *   npm run load -- --writes 40 --polls 20 --concurrency 8 --max 20 --interval-ms 1000 --no-jitter
 */
import { startSandbox, type Sandbox } from '../sandbox';
import { ZapierRunner } from './zapier-runner';

export interface LoadOptions {
  writes: number;
  polls: number;
  concurrency: number;
  /** The sandbox's burst limit: `max` requests per `intervalMs` (HighLevel: 100 per 10 s). */
  max: number;
  intervalMs: number;
  /** No step is started or retried after this; the run is bounded whatever happens. */
  deadlineMs: number;
  maxAttempts: number;
  seedContacts: number;
  /**
   * Spread each retry over one more delay at random, as a scheduler retrying many runs does.
   * Without it every throttled run wakes at the same moment (the worst case).
   */
  jitter: boolean;
}

export const DEFAULT_LOAD: LoadOptions = {
  writes: 60,
  polls: 40,
  concurrency: 10,
  max: 20,
  intervalMs: 1000,
  deadlineMs: 90_000,
  maxAttempts: 30,
  seedContacts: 200,
  jitter: true,
};

export interface LoadReport {
  options: LoadOptions;
  steps: number;
  succeeded: number;
  failed: string[];
  throttles: number;
  waitedTooLittle: number;
  maxAttempts: number;
  refreshes: number;
  requests: number;
  rateLimited: number;
  violations: number;
  durationMs: number;
  problems: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const followAuthorize = async (url: string): Promise<string> => {
  const response = await fetch(url, { redirect: 'manual' });
  return response.headers.get('location') ?? '';
};

/** The wait a ThrottledError asks for; the runtime serialises it into the message as JSON. */
const delaySecondsOf = (error: unknown): number => {
  const { delay, message } = error as { delay?: number; message?: string };
  if (typeof delay === 'number') return delay;
  try {
    const parsed = JSON.parse(message ?? '') as { delay?: number };
    if (typeof parsed.delay === 'number') return parsed.delay;
  } catch {
    // Not the runtime's JSON: fall back to Zapier's own default wait.
  }
  return 60;
};

/** One Zap run: its actions run in order, and each is retried on its own, as Zapier does. */
interface Step {
  name: string;
  actions: Array<() => Promise<unknown>>;
}

/** Runs one action, retrying it after the delay each ThrottledError asks for; false if it failed. */
const runAction = async (
  name: string,
  action: () => Promise<unknown>,
  options: LoadOptions,
  started: number,
  report: LoadReport,
): Promise<boolean> => {
  for (let attempt = 1; ; attempt++) {
    report.maxAttempts = Math.max(report.maxAttempts, attempt);
    try {
      await action();
      return true;
    } catch (error) {
      const { name: kind, message } = error as { name?: string; message: string };
      const late = Date.now() - started > options.deadlineMs;
      if (kind !== 'ThrottledError' || attempt >= options.maxAttempts || late) {
        report.failed.push(`${name}: ${kind} ${message}`);
        return false;
      }
      report.throttles += 1;
      const wantMs = delaySecondsOf(error) * 1000;
      const waitedFrom = Date.now();
      await sleep(wantMs + (options.jitter ? Math.random() * wantMs : 0));
      if (Date.now() - waitedFrom < wantMs - 5) report.waitedTooLittle += 1;
    }
  }
};

/** Runs the Zap runs with a fixed number in flight. */
const runSteps = async (
  steps: Step[],
  options: LoadOptions,
  started: number,
  report: LoadReport,
) => {
  const queue = [...steps];
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      let ok = true;
      for (const action of step.actions) {
        ok = ok && (await runAction(step.name, action, options, started, report));
      }
      if (ok) report.succeeded += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
};

const emailOf = (i: number) => `load.${i}@example.test`;
const phoneOf = (i: number) =>
  `(555) 02${String(i).padStart(1, '0').slice(-1)}-${String(1000 + i).slice(-4)}`;

/** What the sandbox holds must be exactly what was written: one contact per write, as sent. */
const checkStore = (sandbox: Sandbox, options: LoadOptions, seeded: number, problems: string[]) => {
  const contacts = [...sandbox.store.contacts.values()];
  if (contacts.length !== seeded + options.writes) {
    problems.push(`${contacts.length} contacts stored, expected ${seeded + options.writes}`);
  }
  for (let i = 0; i < options.writes; i++) {
    const matches = contacts.filter((c) => c.email === emailOf(i));
    if (matches.length !== 1) {
      problems.push(`${emailOf(i)} is stored ${matches.length} times`);
      continue;
    }
    const [stored] = matches;
    const expectedPhone = `+1${phoneOf(i).replace(/\D/g, '')}`;
    if (stored!.firstName !== `Load${i}`)
      problems.push(`${emailOf(i)}: first name ${stored!.firstName}`);
    if (stored!.phone !== expectedPhone) problems.push(`${emailOf(i)}: phone ${stored!.phone}`);
    if (!stored!.tags.includes('load-test')) problems.push(`${emailOf(i)}: tag load-test missing`);
    if (i % 2 === 0 && stored!.city !== `City ${i}`)
      problems.push(`${emailOf(i)}: city ${stored!.city}`);
  }
};

export const runLoad = async (overrides: Partial<LoadOptions> = {}): Promise<LoadReport> => {
  const options = { ...DEFAULT_LOAD, ...overrides };
  const sandbox = await startSandbox({
    quiet: true,
    seed: { contacts: options.seedContacts },
    rateLimit: { max: options.max, intervalMs: options.intervalMs },
  });
  process.env.HIGHLEVEL_API_URL = sandbox.url;
  process.env.HIGHLEVEL_MARKETPLACE_URL = sandbox.url;
  process.env.CLIENT_ID = sandbox.clientId;
  process.env.CLIENT_SECRET = sandbox.clientSecret;
  const report: LoadReport = {
    options,
    steps: 0,
    succeeded: 0,
    failed: [],
    throttles: 0,
    waitedTooLittle: 0,
    maxAttempts: 0,
    refreshes: 0,
    requests: 0,
    rateLimited: 0,
    violations: 0,
    durationMs: 0,
    problems: [],
  };

  try {
    const zap = new ZapierRunner();
    await zap.connect('https://zapier.example/oauth/return', followAuthorize);
    const seeded = sandbox.store.contacts.size;
    const requestsBefore = sandbox.requests.length;
    const started = Date.now();

    const write = (i: number): Step => {
      let contactId = '';
      const upsert = async () => {
        const contact = await zap.run('creates', 'create_or_update_contact', {
          email: emailOf(i),
          phone: phoneOf(i),
          first_name: `Load${i}`,
          tags: 'load-test',
        });
        contactId = contact.id;
      };
      // Every other Zap changes the contact again in a second step.
      const update = () =>
        zap.run('creates', 'update_contact', { contact_id: contactId, city: `City ${i}` });
      return { name: `write ${i}`, actions: i % 2 === 0 ? [upsert, update] : [upsert] };
    };
    const poll = (i: number): Step => ({
      name: `poll ${i}`,
      actions: [() => zap.poll(i % 2 ? 'updated_contact' : 'new_contact')],
    });
    const steps: Step[] = [];
    for (let i = 0; i < Math.max(options.writes, options.polls); i++) {
      if (i < options.writes) steps.push(write(i));
      if (i < options.polls) steps.push(poll(i));
    }
    report.steps = steps.length;

    // Half way through, the access token expires under all the steps in flight.
    const expiry = setTimeout(() => sandbox.expireAccessTokens(), 1500);
    await runSteps(steps, options, started, report);
    clearTimeout(expiry);

    report.durationMs = Date.now() - started;
    report.refreshes = zap.refreshes;
    const requests = sandbox.requests.slice(requestsBefore);
    report.requests = requests.length;
    report.rateLimited = requests.filter((r) => r.status === 429).length;
    report.violations = sandbox.violations.length;
    checkStore(sandbox, options, seeded, report.problems);
    if (report.failed.length) report.problems.push(`${report.failed.length} steps failed`);
    if (report.waitedTooLittle)
      report.problems.push(`${report.waitedTooLittle} retries came early`);
    if (report.violations) report.problems.push(`${report.violations} requests broke the spec`);
    if (report.refreshes > 1) report.problems.push(`${report.refreshes} refreshes for one expiry`);
  } finally {
    await sandbox.close();
  }
  return report;
};

const argValue = (name: string): number | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : undefined;
};

const main = async () => {
  const overrides: Partial<LoadOptions> = {};
  for (const [flag, key] of [
    ['writes', 'writes'],
    ['polls', 'polls'],
    ['concurrency', 'concurrency'],
    ['max', 'max'],
    ['interval-ms', 'intervalMs'],
    ['deadline-ms', 'deadlineMs'],
  ] as const) {
    const value = argValue(flag);
    if (value !== undefined) overrides[key] = value;
  }
  if (process.argv.includes('--no-jitter')) overrides.jitter = false;
  const r = await runLoad(overrides);
  const o = r.options;
  console.log(
    `Load run against the sandbox (loopback), rate limit ${o.max} per ${o.intervalMs} ms, ` +
      `retries ${o.jitter ? 'spread over one more delay' : 'all at once (no jitter)'}`,
  );
  console.log(
    `  ${r.steps} steps (${o.writes} writes, ${o.polls} polls), ${o.concurrency} at a time`,
  );
  console.log(
    `  ${r.succeeded} succeeded, ${r.failed.length} failed, in ${(r.durationMs / 1000).toFixed(1)} s`,
  );
  console.log(`  ${r.requests} HighLevel requests, ${r.rateLimited} answered 429`);
  console.log(
    `  ${r.throttles} throttled steps retried after their delay; at most ${r.maxAttempts} attempts for a step`,
  );
  console.log(
    `  ${r.refreshes} token refresh(es) for one expiry during the run; ${r.violations} spec violations`,
  );
  for (const failure of r.failed.slice(0, 10)) console.log(`  failed: ${failure}`);
  if (r.problems.length) {
    console.log(`FAILED: ${r.problems.slice(0, 20).join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('OK: every write stored exactly once as sent, no step lost, throttles honoured');
  }
};

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`The load run failed: ${error.message}`);
    process.exitCode = 1;
  });
}
