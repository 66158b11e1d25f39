/**
 * What each operation of the app costs in HighLevel requests, counted by the sandbox, run through
 * zapier-platform-core's runtime by the runner. Operations are discovered from the app definition,
 * so triggers and actions added later are measured without changing the bench.
 */
import App from '../index';
import { CUSTOM_INPUT_PREFIX } from '../lib/fields/custom';
import type { RecordedRequest, Sandbox } from '../sandbox';
import { capturedLogs, type ZapierRunner } from '../scripts/zapier-runner';
import { requiredInput, staticFields, uniqueEmail } from './inputs';

type Input = Record<string, unknown>;
type Kind = 'triggers' | 'creates' | 'searches';

interface OperationLike {
  key: string;
  display: { label: string; hidden?: boolean };
  operation: { inputFields?: unknown[] };
}

const operationsOf = (kind: Kind): OperationLike[] =>
  Object.values(
    (App as unknown as Record<Kind, Record<string, OperationLike> | undefined>)[kind] ?? {},
  );

export const searchOrCreatesOf = (): Array<{ key: string; search: string; create: string }> =>
  Object.values(
    (
      App as unknown as {
        searchOrCreates?: Record<string, { key: string; search: string; create: string }>;
      }
    ).searchOrCreates ?? {},
  );

/** Polls after the first, once the custom-field definitions are cached. */
const LATER_POLLS = 3;

export interface Cost {
  /** Requests of the first run with nothing cached. */
  cold: number;
  /** Of those, requests for the custom-field definitions. */
  coldDefinitions: number;
  /** Requests of each later run, with the definitions cached. */
  warm: number[];
  error?: string;
}

export interface TriggerCost extends Cost {
  key: string;
  label: string;
  hidden: boolean;
  input: Input;
}

export interface ActionCost extends Cost {
  name: string;
}

const isDefinitions = (request: RecordedRequest) => /\/customFields$/.test(request.path);

const counted = async (sandbox: Sandbox, work: () => Promise<unknown>) => {
  // The sandbox keeps the last 10,000 requests; emptying the log first makes its length a count.
  sandbox.requests.length = 0;
  await work();
  capturedLogs.length = 0;
  return [...sandbox.requests];
};

/**
 * Empties Zapier's cache of the custom-field definitions, as for a Zap's first run in an hour.
 * The key is the one lib/fields/custom.ts uses; `run` checks a cold run fetched them again.
 */
const forgetDefinitions = (zap: ZapierRunner) =>
  zap.call(
    (z: { cache: { delete(key: string): Promise<boolean> } }, bundle: { authData: Input }) =>
      z.cache.delete(`custom-fields:${String(bundle.authData.locationId)}`),
    {},
  );

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);

/** One run with the definitions forgotten, then `runs` more with them cached. */
const cost = async (
  zap: ZapierRunner,
  sandbox: Sandbox,
  runs: number,
  run: () => Promise<unknown>,
): Promise<Cost> => {
  try {
    await forgetDefinitions(zap);
    const cold = await counted(sandbox, run);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push((await counted(sandbox, run)).length);
    return { cold: cold.length, coldDefinitions: cold.filter(isDefinitions).length, warm };
  } catch (error) {
    return { cold: NaN, coldDefinitions: NaN, warm: [], error: errorText(error) };
  }
};

export const measureTriggers = async (zap: ZapierRunner, sandbox: Sandbox) => {
  const results: TriggerCost[] = [];
  for (const trigger of operationsOf('triggers')) {
    let input: Input = {};
    try {
      input = await requiredInput(trigger.operation.inputFields, zap, sandbox);
    } catch (error) {
      results.push({
        key: trigger.key,
        label: trigger.display.label,
        hidden: Boolean(trigger.display.hidden),
        input,
        cold: NaN,
        coldDefinitions: NaN,
        warm: [],
        error: `no input could be picked: ${errorText(error)}`,
      });
      continue;
    }
    const measured = await cost(zap, sandbox, LATER_POLLS, () =>
      zap.run('triggers', trigger.key, input),
    );
    results.push({
      key: trigger.key,
      label: trigger.display.label,
      hidden: Boolean(trigger.display.hidden),
      input,
      ...measured,
    });
  }
  return results;
};

const customFieldInput = (sandbox: Sandbox): Input => {
  const text = sandbox.store.customFields.find((field) => field.dataType === 'TEXT');
  return text ? { [CUSTOM_INPUT_PREFIX + text.id]: 'Benchy' } : {};
};

/** A seeded contact with an email, for updates and searches that must find someone. */
const existingContact = (sandbox: Sandbox) =>
  sandbox.store.byAdded.items.find((contact) => contact.email)!;

const NAMED_RUNS = 3;

/**
 * The writes and searches the issue names, each with one custom field filled in so the
 * definitions are needed, plus every other create and search the app has, run generically.
 */
export const measureActions = async (
  zap: ZapierRunner,
  sandbox: Sandbox,
  { generic }: { generic: boolean },
) => {
  const custom = () => customFieldInput(sandbox);
  const named: Array<[string, () => Promise<unknown>]> = [
    [
      'Create: create_or_update_contact, new email',
      () =>
        zap.run('creates', 'create_or_update_contact', {
          email: uniqueEmail(),
          first_name: 'Bench',
          tags: 'bench',
          ...custom(),
        }),
    ],
    [
      'Upsert: create_or_update_contact, existing email',
      () =>
        zap.run('creates', 'create_or_update_contact', {
          email: existingContact(sandbox).email,
          city: `Bench ${Date.now()}`,
          ...custom(),
        }),
    ],
    [
      'Update: update_contact',
      () =>
        zap.run('creates', 'update_contact', {
          contact_id: existingContact(sandbox).id,
          city: `Bench ${Date.now()}`,
          ...custom(),
        }),
    ],
    [
      'Search: find_contact, found',
      () => zap.run('searches', 'find_contact', { email: existingContact(sandbox).email }),
    ],
  ];
  for (const pair of searchOrCreatesOf()) {
    named.push([
      `Search or create: ${pair.search} then ${pair.create}, not found`,
      async () => {
        const input = { email: uniqueEmail(), first_name: 'Bench', ...custom() };
        const found: unknown[] = await zap.run('searches', pair.search, input);
        return found.length ? found : zap.run('creates', pair.create, input);
      },
    ]);
  }

  const results: ActionCost[] = [];
  for (const [name, run] of named) {
    results.push({ name, ...(await cost(zap, sandbox, NAMED_RUNS, run)) });
  }

  const measuredKeys = new Set(['create_or_update_contact', 'update_contact', 'find_contact']);
  if (!generic) return results;
  // Searches first and Delete Contact last: the others work on the contact it deletes.
  for (const kind of ['searches', 'creates'] as const) {
    // Deleting the contact the other steps work on goes last.
    const ordered = [...operationsOf(kind)].sort(
      (a, b) => Number(a.key === 'delete_contact') - Number(b.key === 'delete_contact'),
    );
    for (const operation of ordered) {
      if (measuredKeys.has(operation.key) || operation.display.hidden) continue;
      const run = async () =>
        zap.run(kind, operation.key, {
          ...(await requiredInput(operation.operation.inputFields, zap, sandbox)),
        });
      try {
        await requiredInput(operation.operation.inputFields, zap, sandbox); // dropdowns, uncounted
      } catch {
        // run() meets the same failure inside cost() and reports it.
      }
      const fields = staticFields(operation.operation.inputFields).filter((f) => f.required);
      const name =
        `${kind === 'creates' ? 'Create' : 'Search'} (generic): ${operation.key}` +
        (fields.length ? ` [${fields.map((f) => f.key).join(', ')}]` : '');
      const again = operation.key === 'delete_contact' ? 0 : 1; // a contact is deleted once
      results.push({ name, ...(await cost(zap, sandbox, again, run)) });
    }
  }
  return results;
};
