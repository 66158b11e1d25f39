/**
 * Input for operations the bench discovers in the app rather than knows: a dropdown field gets
 * the first choice its dropdown trigger offers, and other required fields get a value from the
 * sandbox's store by what their key names.
 */
import type { Sandbox } from '../sandbox';
import type { ZapierRunner } from '../scripts/zapier-runner';

export interface FieldLike {
  key: string;
  required?: boolean;
  dynamic?: string;
  list?: boolean;
}

type Input = Record<string, unknown>;

let unique = 0;
export const uniqueEmail = (): string => `bench.${Date.now()}.${++unique}@example.test`;

/** The static input fields of an operation; dynamic ones (functions) are left out. */
export const staticFields = (inputFields: unknown[] = []): FieldLike[] =>
  inputFields.filter(
    (field): field is FieldLike => typeof field === 'object' && field !== null && 'key' in field,
  );

/** A seeded contact that is not among the newest, so writes to it change what polls see. */
const someContact = (sandbox: Sandbox) => sandbox.store.byAdded.items[0]!;

const fromStore = (key: string, sandbox: Sandbox): unknown => {
  const { store } = sandbox;
  if (/^contact_?ids?$/.test(key)) return someContact(sandbox).id;
  if (/tag/.test(key)) return store.tags[0]?.name;
  if (/calendar/.test(key)) return store.calendars[0]?.id;
  if (/(user|owner|assigned|follower)/.test(key)) return store.users[0]?.id;
  if (/campaign/.test(key)) return store.campaigns[0]?.id;
  if (/workflow/.test(key)) return store.workflows[0]?.id;
  if (/business/.test(key)) return store.businesses[0]?.id;
  if (/task_?id/.test(key)) return [...store.tasks.values()][0]?.id;
  if (/note_?id/.test(key)) return [...store.notes.values()][0]?.id;
  if (/email/.test(key)) return uniqueEmail();
  if (/phone/.test(key)) return `+1555019${String(unique++ % 10000).padStart(4, '0')}`;
  if (/(date|due)/.test(key)) return '2026-03-01T10:00:00Z';
  return 'Bench value';
};

/**
 * The first choice a dropdown trigger (`trigger.idField.labelField`) offers, asked of the app
 * itself once per sandbox and remembered, so asking again costs no request.
 */
const dropdownChoices = new Map<string, unknown>();

const fromDropdown = async (dynamic: string, zap: ZapierRunner, sandbox: Sandbox) => {
  const remembered = `${sandbox.url} ${dynamic}`;
  if (!dropdownChoices.has(remembered)) {
    const [trigger, idField] = dynamic.split('.');
    const choices: Array<Record<string, unknown>> = await zap.run('triggers', trigger!);
    dropdownChoices.set(remembered, choices[0]?.[idField ?? 'id']);
  }
  return dropdownChoices.get(remembered);
};

/** Values for every required field, so the operation can run; optional fields stay empty. */
export const requiredInput = async (
  inputFields: unknown[] | undefined,
  zap: ZapierRunner,
  sandbox: Sandbox,
): Promise<Input> => {
  const input: Input = {};
  for (const field of staticFields(inputFields)) {
    if (!field.required) continue;
    const value = field.dynamic
      ? await fromDropdown(field.dynamic, zap, sandbox)
      : fromStore(field.key, sandbox);
    input[field.key] = field.list && value !== undefined ? [value] : value;
  }
  return input;
};
