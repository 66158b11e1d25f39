/**
 * `npm run bench`: what the app costs in HighLevel requests and in time, against the local
 * sandbox only, printed as one Markdown table (kept in docs/benchmarks.md). Every timing is a
 * median, and every ratio is measured side by side in the same run.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { installLoopbackGuard, assertLoopbackUrl } from './loopback-guard';
import { API_VERSION } from '../lib/config';
import { startSandbox, type Sandbox } from '../sandbox';
import { searchContacts } from '../sandbox/contact-search';
import { capturedLogs, ZapierRunner } from '../scripts/zapier-runner';
import { measureActions, measureTriggers, type ActionCost, type TriggerCost } from './app-costs';
import { measureBuilds, measureLoad, ROOT } from './processes';
import { bytes, interleaved, median, ms, timed, times } from './stats';

const bareFetch = installLoopbackGuard();

const SIZES = [1_000, 100_000];
const POLLS_PER_DAY = 288; // one Zap polling every 5 minutes
const DAILY_LIMIT = 200_000; // HighLevel's requests per day per location

/** Triggers that must cost exactly one request per poll once the definitions are cached. */
const ONE_REQUEST_TRIGGERS = ['new_contact', 'updated_contact', 'contact_tag_added'];
/** New Note reads one contact search and the notes of its 10 most recently changed contacts. */
const NEW_NOTE_KEY = 'new_note';
const NEW_NOTE_CAP = 11;
const APP_POLL_TARGET = 1.5;
const LOAD_TARGET = 1.25;

const POLL_ROUNDS = 25;
const SEARCH_RUNS = 30;
const LOAD_ROUNDS = 15;

interface SizeResult {
  contacts: number;
  seedMs: number;
  triggers: TriggerCost[];
  actions: ActionCost[];
  poll: { appPoll: number; bareCall: number; coreNoop: number; coreRequest: number; ratio: number };
  searchMs: number;
  violations: number;
}

const followAuthorize = async (url: string): Promise<string> => {
  const response = await fetch(assertLoopbackUrl(url), { redirect: 'manual' });
  return response.headers.get('location') ?? '';
};

const pointAppAt = (sandbox: Sandbox) => {
  process.env.HIGHLEVEL_API_URL = assertLoopbackUrl(sandbox.url);
  process.env.HIGHLEVEL_MARKETPLACE_URL = sandbox.url;
  process.env.CLIENT_ID = sandbox.clientId;
  process.env.CLIENT_SECRET = sandbox.clientSecret;
};

/** New Contact's own search, once through the app and once as one plain fetch, interleaved. */
const appPollAgainstBareCall = async (zap: ZapierRunner, sandbox: Sandbox) => {
  await zap.run('triggers', 'new_contact');
  sandbox.requests.length = 0;
  await zap.run('triggers', 'new_contact');
  const search = sandbox.requests.find((request) => request.path === '/contacts/search');
  if (!search || sandbox.requests.length !== 1) {
    throw new Error('New Contact did not poll with exactly one contact search');
  }
  const body = JSON.stringify(search.body);
  const headers = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    Version: API_VERSION,
    Authorization: `Bearer ${zap.authData.access_token}`,
  };
  const bareCall = async () => {
    const response = await bareFetch(`${sandbox.url}/contacts/search`, {
      method: 'POST',
      headers,
      body,
    });
    if (!response.ok) throw new Error(`The bare search answered ${response.status}`);
    return response.json();
  };
  const appPoll = async () => {
    const items = await zap.run('triggers', 'new_contact');
    capturedLogs.length = 0;
    return items;
  };
  // Where the difference goes: a step that does nothing, and the same search as a bare
  // z.request with no app code around it, both through zapier-platform-core.
  const coreNoop = () => zap.call(async () => [], {});
  const coreRequest = () =>
    zap.call(async (z: { request: (options: object) => Promise<unknown> }) => {
      await z.request({ url: `${sandbox.url}/contacts/search`, method: 'POST', body: search.body });
      capturedLogs.length = 0;
      return [];
    }, {});
  const workloads = { appPoll, bareCall, coreNoop, coreRequest };
  for (let i = 0; i < 3; i++) for (const work of Object.values(workloads)) await work();
  const medians = await interleaved(POLL_ROUNDS, workloads);
  return { ...medians, ratio: medians.appPoll / medians.bareCall };
};

/** The sandbox's search on its own, in process: 100 contacts sorted by dateUpdated. */
const sandboxSearchMs = (sandbox: Sandbox): number => {
  const body = {
    locationId: sandbox.locationId,
    pageLimit: 100,
    sort: [{ field: 'dateUpdated', direction: 'desc' as const }],
  };
  const runs: number[] = [];
  for (let i = 0; i < SEARCH_RUNS + 3; i++) {
    const started = performance.now();
    searchContacts(sandbox.store, body);
    if (i >= 3) runs.push(performance.now() - started);
  }
  return median(runs);
};

const measureSize = async (contacts: number): Promise<SizeResult> => {
  // Each size is its own location (its own seed), so nothing cached for one serves the other.
  const seeded = await timed(() =>
    startSandbox({
      seed: { contacts, activity: contacts, randomSeed: contacts },
      rateLimit: false,
      quiet: true,
    }),
  );
  const sandbox = seeded.result;
  try {
    pointAppAt(sandbox);
    const zap = new ZapierRunner();
    await zap.connect('https://zapier.example/oauth/return', followAuthorize);
    const triggers = await measureTriggers(zap, sandbox);
    // The other actions cost the same at any size; measuring them once keeps the large run under
    // zapier-platform-core's limit of 250 steps per process above 450 MB.
    const actions = await measureActions(zap, sandbox, { generic: contacts <= 1_000 });
    const poll = await appPollAgainstBareCall(zap, sandbox);
    const searchMs = sandboxSearchMs(sandbox);
    capturedLogs.length = 0;
    return {
      contacts,
      seedMs: seeded.ms,
      triggers,
      actions,
      poll,
      searchMs,
      violations: sandbox.violations.length,
    };
  } finally {
    await sandbox.close();
  }
};

// ---- the table ----

const count = (value: number) => value.toLocaleString('en-US');

const costText = (cost: { cold: number; warm: number[]; error?: string }) => {
  if (cost.error) return `failed: ${cost.error}`;
  if (!cost.warm.length) return `${cost.cold}`;
  const low = Math.min(...cost.warm);
  const high = Math.max(...cost.warm);
  return `${cost.cold} → ${low === high ? low : `${low}–${high}`}`;
};

const worstWarm = (cost: { warm: number[]; error?: string }) =>
  cost.error || !cost.warm.length ? NaN : Math.max(...cost.warm);

const verdict = (passes: boolean[]) => (passes.every(Boolean) ? 'pass' : '**fail**');

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

const triggerRows = (results: SizeResult[], hidden: boolean): string[] => {
  const first = results[0]!;
  return first.triggers
    .filter((trigger) => trigger.hidden === hidden)
    .map((trigger) => {
      const perSize = results.map((r) => r.triggers.find((t) => t.key === trigger.key)!);
      const worst = perSize.map(worstWarm);
      let target = '–';
      let result = worst.every((w) => w === 1) ? 'at the floor' : 'above the floor';
      if (ONE_REQUEST_TRIGGERS.includes(trigger.key)) {
        target = '1 per poll';
        result = verdict(worst.map((w) => w === 1));
      } else if (trigger.key === NEW_NOTE_KEY) {
        target = `≤ ${NEW_NOTE_CAP} per poll`;
        result = verdict(worst.map((w) => w <= NEW_NOTE_CAP));
      }
      if (perSize.some((cost) => cost.error)) result = '**fail** (did not run)';
      const input = Object.keys(trigger.input).length
        ? ` (${Object.keys(trigger.input).join(', ')} from the sandbox)`
        : '';
      return row([
        `${hidden ? 'Dropdown' : 'Poll'}: ${trigger.label} \`${trigger.key}\`${input}`,
        ...perSize.map(costText),
        target,
        result,
      ]);
    });
};

const missingTargetRows = (results: SizeResult[]): string[] => {
  const present = new Set(results[0]!.triggers.map((trigger) => trigger.key));
  return [...ONE_REQUEST_TRIGGERS, NEW_NOTE_KEY]
    .filter((key) => !present.has(key))
    .map((key) =>
      row([
        `Poll: \`${key}\``,
        'not in this app',
        'not in this app',
        key === NEW_NOTE_KEY ? `≤ ${NEW_NOTE_CAP} per poll` : '1 per poll',
        'not measured',
      ]),
    );
};

/**
 * A generic action the harness could not give a valid input (a task of the contact it picked,
 * a method, a contact a previous step deleted) is not measured, rather than reported as failed.
 */
const notMeasured = (cost: ActionCost): boolean =>
  !/contact, |find_contact then/.test(cost.name) && /InvalidInput|NotFound/.test(cost.error ?? '');

const actionRows = (results: SizeResult[]): string[] =>
  results[0]!.actions.map((action) => {
    // Actions whose cost does not depend on the location's size run at the first size only.
    const perSize = results.map((r) => r.actions.find((a) => a.name === action.name));
    const measured = perSize.filter((cost): cost is ActionCost => cost !== undefined);
    const definitionsOk = measured.map((cost) => !cost.error && cost.coldDefinitions <= 1);
    if (measured.some(notMeasured)) {
      return row([
        action.name,
        ...perSize.map(() => 'needs an input the bench cannot pick'),
        '–',
        'not measured',
      ]);
    }
    return row([
      action.name,
      ...perSize.map((cost) =>
        cost === undefined
          ? '(same)'
          : `${costText(cost)}${cost.error ? '' : ` (${cost.coldDefinitions} for definitions)`}`,
      ),
      'definitions ≤ 1 per run',
      measured.some((cost) => cost.error) ? '**fail** (did not run)' : verdict(definitionsOk),
    ]);
  });

const requestsPerDay = (result: SizeResult) => {
  const zaps = result.triggers.filter((trigger) => !trigger.hidden);
  const perDay = zaps.reduce((sum, trigger) => sum + worstWarm(trigger) * POLLS_PER_DAY, 0);
  return { zaps: zaps.length, perDay };
};

const machine = () => {
  const cpu =
    /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  return [
    `- Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  ];
};

const RESULT_MARK = 'BENCH_SIZE_RESULT ';

/**
 * Each size runs in a fresh process of its own: the in-process sandbox at 100,000 contacts holds
 * a few hundred MB, and zapier-platform-core ends a process past 450 MB after 250 runs, as it
 * would on Zapier's servers.
 */
const measureSizeInChild = (contacts: number): Promise<SizeResult> =>
  new Promise((resolve, reject) => {
    const bin = path.join(ROOT, 'node_modules', '.bin');
    const child = spawn(path.join(bin, 'tsx'), [__filename, '--size', String(contacts)], {
      cwd: ROOT,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        // zapier-platform-core ends a process that has run 250 steps while its memory is above
        // 450 MB; a smaller heap makes V8 collect sooner, keeping the 100,000-contact run below.
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=300`.trim(),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = output.split('\n').find((text) => text.startsWith(RESULT_MARK));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARK.length)) as SizeResult);
      else reject(new Error(`Measuring ${count(contacts)} contacts failed (exit ${code})`));
    });
  });

const main = async () => {
  const started = performance.now();
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    console.error(`Seeding and measuring ${count(size)} contacts…`);
    results.push(await measureSizeInChild(size));
  }
  console.error('Building the app and a minimal app with the Zapier CLI (offline)…');
  const builds = await measureBuilds();
  console.error('Timing cold requires in fresh processes…');
  const load = await measureLoad(LOAD_ROUNDS);

  const header = ['Measure', ...SIZES.map((size) => `${count(size)} contacts`), 'Target', 'Result'];
  const lines = [
    row(header),
    row(header.map(() => '---')),
    row(['**Requests per poll** (first poll, nothing cached → each later poll)', '', '', '', '']),
    ...triggerRows(results, false),
    ...missingTargetRows(results),
    ...triggerRows(results, true),
    row([
      '**Requests per action** (first run, definitions not cached → later runs)',
      '',
      '',
      '',
      '',
    ]),
    ...actionRows(results),
    row(['**Time**', '', '', '', '']),
    row([
      `App poll (New Contact, through zapier-platform-core) vs the same search as one bare fetch; median of ${POLL_ROUNDS}`,
      ...results.map(
        (r) => `${ms(r.poll.appPoll)} vs ${ms(r.poll.bareCall)} = ${times(r.poll.ratio)}`,
      ),
      `≤ ${APP_POLL_TARGET}×`,
      verdict(results.map((r) => r.poll.ratio <= APP_POLL_TARGET)),
    ]),
    row([
      'Of the app poll: zapier-platform-core running a step that does nothing',
      ...results.map((r) => ms(r.poll.coreNoop)),
      '–',
      'for reference',
    ]),
    row([
      'Of the app poll: the same search as a bare `z.request` (core, no app code), vs the bare fetch',
      ...results.map(
        (r) => `${ms(r.poll.coreRequest)} = ${times(r.poll.coreRequest / r.poll.bareCall)}`,
      ),
      '–',
      'for reference',
    ]),
    row([
      "The app's own share: app poll vs that bare `z.request` in the same runtime",
      ...results.map((r) => times(r.poll.appPoll / r.poll.coreRequest)),
      '–',
      'for reference',
    ]),
    row([
      `Cold \`require('./dist/index.js')\` vs \`require('zapier-platform-core')\`, fresh node each; median of ${LOAD_ROUNDS}`,
      `${ms(load.subjectMs)} vs ${ms(load.baselineMs)} = ${times(load.ratio)}`,
      '(same)',
      `≤ ${LOAD_TARGET}×`,
      verdict([load.ratio <= LOAD_TARGET]),
    ]),
    row([
      `Sandbox search on its own, 100 contacts sorted by dateUpdated, in process; median of ${SEARCH_RUNS}`,
      ...results.map((r) => ms(r.searchMs)),
      '–',
      'for reference',
    ]),
    row(['Sandbox start and seed', ...results.map((r) => ms(r.seedMs)), '–', 'for reference']),
    row(['**Size and quota**', '', '', '', '']),
    row([
      'build/build.zip (`zapier-platform build --skip-dep-install --skip-validation`) vs a one-trigger app on the same core',
      `${bytes(builds.app)} vs ${bytes(builds.minimal)} = ${times(builds.app / builds.minimal)}`,
      '(same)',
      '–',
      'for reference',
    ]),
    row([
      `Requests per day, one Zap of each trigger polling every 5 minutes (${POLLS_PER_DAY} polls each)`,
      ...results.map((r) => {
        const { zaps, perDay } = requestsPerDay(r);
        return `${zaps} Zaps: ${count(perDay)} = ${((perDay / DAILY_LIMIT) * 100).toFixed(2)}% of ${count(DAILY_LIMIT)}`;
      }),
      '–',
      'for reference',
    ]),
  ];
  const violations = results.reduce((sum, r) => sum + r.violations, 0);
  console.log(lines.join('\n'));
  console.log('');
  console.log(machine().join('\n'));
  console.log(`- Spec violations seen by the sandbox: ${violations}`);
  console.log(`- Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (violations) process.exitCode = 1;
};

const sizeArgument = process.argv.indexOf('--size');
const job =
  sizeArgument > 0
    ? measureSize(Number(process.argv[sizeArgument + 1])).then((result) => {
        process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
      })
    : main();

job.catch((error: Error) => {
  // Written directly: the runner may still be holding console output of an unfinished run.
  process.stderr.write(`The bench failed: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
