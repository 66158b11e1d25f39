/**
 * The location's custom fields: loaded once per run (and cached for an hour), offered as typed
 * input fields, converted to the value shape HighLevel accepts for each type, and shown on read
 * under the field's own name.
 *
 * Write shape: `customFields: [{ id, field_value }]`, as the v2 contacts spec (the API version
 * this app sends) defines for every field type. Values come back as `[{ id, value }]`.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from '../client';
import { invalidInput, looksPersonal, readableMessage } from '../errors';
import {
  isBlank,
  locationCountryOf,
  readDate,
  readList,
  readNumber,
  readPhone,
  readText,
} from '../input';
import { customFieldListSchema, type Contact, type CustomFieldDefinition } from '../schemas';
import { yesNo } from './yes-no';

export const CUSTOM_INPUT_PREFIX = 'custom_field__';
export const CUSTOM_OUTPUT_PREFIX = 'custom__';

/** Renamed or new fields show up within this time; an unknown field id refreshes at once. */
const CACHE_SECONDS = 3600;

export interface Definitions {
  list: CustomFieldDefinition[];
  byId: Map<string, CustomFieldDefinition>;
  /** Why the definitions could not be loaded, in words, when they could not. */
  problem?: string;
}

const index = (list: CustomFieldDefinition[], problem?: string): Definitions => ({
  list,
  byId: new Map(list.map((definition) => [definition.id, definition])),
  problem,
});

const cacheKey = (bundle: Bundle) => `custom-fields:${locationIdOf(bundle)}`;

const fetchDefinitions = async (z: ZObject, bundle: Bundle): Promise<CustomFieldDefinition[]> => {
  const { customFields } = await callHighLevel(z, {
    method: 'GET',
    route: '/locations/{locationId}/customFields',
    pathParams: { locationId: locationIdOf(bundle) },
    params: { model: 'contact' },
    schema: customFieldListSchema,
    resource: 'list of custom fields',
  });
  return [...customFields].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
};

const readCache = async (z: ZObject, bundle: Bundle): Promise<CustomFieldDefinition[] | null> => {
  try {
    const cached: unknown = await z.cache.get(cacheKey(bundle));
    return Array.isArray(cached) ? (cached as CustomFieldDefinition[]) : null;
  } catch {
    return null;
  }
};

const writeCache = async (z: ZObject, bundle: Bundle, list: CustomFieldDefinition[]) => {
  try {
    await z.cache.set(cacheKey(bundle), list, CACHE_SECONDS);
  } catch {
    // The cache only saves requests; without it the definitions are fetched each run.
  }
};

const isTransient = (error: unknown): boolean =>
  ['ThrottledError', 'RefreshAuthError'].includes((error as Error | undefined)?.name ?? '');

/**
 * The definitions, at most one request per run. `knownIds` are field ids seen on contacts: one
 * missing from the cached list means a field was added since, so the list is fetched again.
 * Any other failure never stops the run: standard fields still work and `problem` says what is
 * missing.
 */
export const loadDefinitions = async (
  z: ZObject,
  bundle: Bundle,
  knownIds: Iterable<string> = [],
): Promise<Definitions> => {
  const cached = await readCache(z, bundle);
  if (cached) {
    const byId = new Set(cached.map((definition) => definition.id));
    if ([...knownIds].every((id) => byId.has(id))) return index(cached);
  }
  try {
    const list = await fetchDefinitions(z, bundle);
    await writeCache(z, bundle, list);
    return index(list);
  } catch (error) {
    // A throttle or a rejected token fails the run, so Zapier retries it whole, rather than
    // firing items without their custom fields (never fired again) or refusing a write's input.
    if (isTransient(error)) throw error;
    const reason = readableMessage(error);
    z.console.log(`Custom field definitions could not be loaded: ${reason}`);
    return index(cached ?? [], reason);
  }
};

/** The readable output key of a custom field: "contact.budget" becomes "custom__budget". */
export const outputKeyOf = (definition: CustomFieldDefinition): string => {
  const key = (definition.fieldKey ?? definition.id).replace(/^contact\./, '');
  return CUSTOM_OUTPUT_PREFIX + key.replace(/[^\w]+/g, '_');
};

/** Each custom field under its own name, beside the raw id/value list HighLevel sends. */
export const labelledCustomFields = (
  contact: Contact,
  definitions: Definitions,
): Record<string, unknown> => {
  const labelled: Record<string, unknown> = {};
  for (const definition of definitions.list) labelled[outputKeyOf(definition)] = null;
  for (const { id, value } of contact.customFields ?? []) {
    const definition = definitions.byId.get(id);
    if (definition) labelled[outputKeyOf(definition)] = value ?? null;
  }
  return labelled;
};

export const customOutputFields = (definitions: Definitions) =>
  definitions.list.map((definition) => ({
    key: outputKeyOf(definition),
    label: definition.name,
  }));

const optionsOf = (definition: CustomFieldDefinition): string[] => definition.picklistOptions ?? [];

const optionsHelp = (definition: CustomFieldDefinition): string => {
  const options = optionsOf(definition);
  if (!options.length) return '';
  // A text box list's options name its boxes; the values fill them in that order.
  return definition.dataType === 'TEXTBOX_LIST'
    ? ` One value per box, in order: ${options.join(', ')}.`
    : ` Choices: ${options.join(', ')}.`;
};

/**
 * One Zap input field per custom field, shaped by its HighLevel type: choices as dropdowns,
 * lists as lists, long text as a text box. Numbers, dates and yes/no are text fields with an
 * example: Zapier's own number, date and boolean types convert a mapped value before the app
 * sees it ("$1,250.50" arrives as 1, "off" as true, "when they sign" as today), and the app's
 * readers refuse what they cannot read instead, naming the field.
 */
export const customInputFields = (definitions: Definitions) => {
  if (definitions.problem) {
    return [
      {
        key: `${CUSTOM_INPUT_PREFIX}unavailable`,
        label: 'Custom Fields',
        type: 'copy' as const,
        helpText:
          "This location's custom fields could not be loaded, so only the standard fields are " +
          `shown. HighLevel said: ${definitions.problem}`,
      },
    ];
  }
  return definitions.list.map((definition) => {
    const base = {
      key: CUSTOM_INPUT_PREFIX + definition.id,
      label: definition.name,
      required: false,
      helpText:
        `HighLevel custom field "${definition.name}". Leave empty to keep its current value.` +
        optionsHelp(definition),
    };
    const options = optionsOf(definition);
    switch (definition.dataType) {
      case 'LARGE_TEXT':
        return { ...base, type: 'text' as const };
      case 'NUMERICAL':
        return {
          ...base,
          type: 'string' as const,
          placeholder: '42',
          helpText: `A number. ${base.helpText}`,
        };
      case 'MONETORY':
        return {
          ...base,
          type: 'string' as const,
          placeholder: '1,250.50',
          helpText: `An amount, for example 1,250.50. ${base.helpText}`,
        };
      case 'DATE':
        return {
          ...base,
          type: 'string' as const,
          placeholder: '2026-03-15',
          helpText: `A date, for example 2026-03-15. ${base.helpText}`,
        };
      case 'SINGLE_OPTIONS':
      case 'RADIO':
        return { ...base, type: 'string' as const, choices: options };
      case 'MULTIPLE_OPTIONS':
        return { ...base, type: 'string' as const, choices: options, list: true };
      case 'CHECKBOX':
        return options.length === 1
          ? { ...base, ...yesNo }
          : { ...base, type: 'string' as const, choices: options, list: true };
      case 'TEXTBOX_LIST':
        return { ...base, type: 'string' as const, list: true };
      case 'FILE_UPLOAD':
        return {
          ...base,
          type: 'copy' as const,
          helpText:
            `"${definition.name}" is a file upload field. HighLevel only accepts files uploaded ` +
            'through its own forms, so this Zap cannot set it.',
        };
      default:
        return { ...base, type: 'string' as const };
    }
  });
};

const matchOption = (definition: CustomFieldDefinition, value: string): string => {
  const options = optionsOf(definition);
  const match = options.find((option) => option.toLowerCase() === value.toLowerCase());
  if (match === undefined) {
    throw invalidInput(
      definition.name,
      looksPersonal(value) ? 'has no such choice' : `has no choice "${value}"`,
      options.length ? `one of ${options.join(', ')}` : undefined,
    );
  }
  return match;
};

/** A list of separators only (", ,") is as empty as a blank field: nothing is sent for it. */
const listOrNothing = (items: string[]): string[] | undefined => (items.length ? items : undefined);

const checkboxValue = (definition: CustomFieldDefinition, raw: unknown): string[] | undefined => {
  const options = optionsOf(definition);
  const items = readList(raw);
  if (!items.length) return undefined;
  const [only] = options;
  if (options.length === 1 && only !== undefined && items.length === 1) {
    const word = items[0]!.toLowerCase();
    if (['true', 'yes', '1', 'on', 'checked'].includes(word)) return [only];
    if (['false', 'no', '0', 'off', 'unchecked'].includes(word)) return [];
  }
  return items.map((item) => matchOption(definition, item));
};

/**
 * The value HighLevel accepts for one custom field, or a clear error naming it; undefined when
 * the input holds nothing to send.
 */
export const customFieldValue = (
  definition: CustomFieldDefinition,
  raw: unknown,
  bundle: Bundle,
): unknown => {
  const label = definition.name;
  switch (definition.dataType) {
    case 'NUMERICAL':
    case 'MONETORY':
      return readNumber(raw, label);
    case 'DATE':
      return readDate(raw, label, locationCountryOf(bundle));
    case 'PHONE':
      return readPhone(raw, locationCountryOf(bundle), label);
    case 'CHECKBOX':
      return checkboxValue(definition, raw);
    case 'MULTIPLE_OPTIONS':
      return listOrNothing(readList(raw).map((item) => matchOption(definition, item)));
    case 'SINGLE_OPTIONS':
    case 'RADIO':
      return matchOption(definition, readText(raw) ?? '');
    case 'TEXTBOX_LIST':
      return listOrNothing(readList(raw));
    case 'FILE_UPLOAD':
      throw invalidInput(label, 'is a file upload field, which a Zap cannot set');
    default:
      return readText(raw);
  }
};

/**
 * The custom fields the user filled in, and only those: HighLevel merges them into the
 * contact's values by id, so fields left empty here keep what they hold.
 */
export const customFieldsBody = (
  input: Record<string, unknown>,
  definitions: Definitions,
  bundle: Bundle,
): Array<{ id: string; field_value: unknown }> => {
  const body: Array<{ id: string; field_value: unknown }> = [];
  if (definitions.problem && hasCustomInput(input)) {
    throw invalidInput(
      'Custom Fields',
      'could not be checked because the custom fields of the location did not load ' +
        `(${definitions.problem})`,
      undefined,
      'reconnect HighLevel, or leave the custom fields empty',
    );
  }
  for (const [key, raw] of Object.entries(input)) {
    if (!key.startsWith(CUSTOM_INPUT_PREFIX) || isBlank(raw)) continue;
    const id = key.slice(CUSTOM_INPUT_PREFIX.length);
    const definition = definitions.byId.get(id);
    if (!definition) {
      throw invalidInput(
        `Custom field ${id}`,
        'no longer exists in this HighLevel location',
        undefined,
        'refresh the fields of this step and map the value again',
      );
    }
    const value = customFieldValue(definition, raw, bundle);
    if (value !== undefined) body.push({ id, field_value: value });
  }
  return body;
};

export const hasCustomInput = (input: Record<string, unknown>): boolean =>
  Object.entries(input).some(([key, raw]) => key.startsWith(CUSTOM_INPUT_PREFIX) && !isBlank(raw));

/** Dynamic input fields of every contact write: one per custom field of the location. */
export const customFieldInputsFor = async (z: ZObject, bundle: Bundle) =>
  customInputFields(await loadDefinitions(z, bundle));

/** Dynamic output fields of every step that returns a contact. */
export const customFieldOutputsFor = async (z: ZObject, bundle: Bundle) =>
  customOutputFields(await loadDefinitions(z, bundle));
