/**
 * What property tests hold every contact write to: a value is either sent in the shape
 * HighLevel's spec gives it, or refused with an InvalidInput error naming its field.
 */
import type { CustomFieldDefinition } from '../../lib/schemas';
import { errorOf } from '../support/app';
import { allowedKeysOf, E164 } from '../support/spec';
import { definitions } from './generators';

export const STANDARD_LABELS = [
  'Email',
  'Phone',
  'Country',
  'Timezone',
  'Website',
  'Date of Birth',
  'Do Not Disturb',
];
const LABELS = new Set([
  ...STANDARD_LABELS,
  ...definitions.map((d) => d.name),
  'Contact',
  'Owner (Assigned User)',
  'Replace Primary Email?',
  'Company Name',
]);

/** The one refusal that concerns every field at once rather than naming one. */
const NOTHING_TO_UPDATE = /^Every field of this step is empty/;

/** An InvalidInput refusal whose message starts by naming one of the step's fields. */
export const expectRefusal = (error: unknown, labels: Set<string> = LABELS): void => {
  const { code, message } = errorOf(error);
  if (code !== 'InvalidInput') throw error;
  if (NOTHING_TO_UPDATE.test(message)) return;
  const named = /^The "([^"]+)" field/.exec(message)?.[1];
  if (!named || !labels.has(named)) throw new Error(`Refusal names no field: ${message}`);
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: unknown): boolean =>
  typeof value === 'string' &&
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'string' && item.trim() !== '' && item === item.trim());

/** Why a custom field value is not in the JSON shape its type takes, or undefined if it is. */
export const customValueProblem = (
  definition: CustomFieldDefinition,
  value: unknown,
): string | undefined => {
  const options = definition.picklistOptions ?? [];
  const ok = (() => {
    switch (definition.dataType) {
      case 'NUMERICAL':
      case 'MONETORY':
        return typeof value === 'number' && Number.isFinite(value);
      case 'DATE':
        return isCalendarDate(value);
      case 'PHONE':
        return typeof value === 'string' && E164.test(value);
      case 'CHECKBOX':
        return isStringList(value) && value.every((item) => options.includes(item));
      case 'MULTIPLE_OPTIONS':
        return (
          isStringList(value) && value.length > 0 && value.every((item) => options.includes(item))
        );
      case 'SINGLE_OPTIONS':
      case 'RADIO':
        return typeof value === 'string' && options.includes(value);
      case 'TEXTBOX_LIST':
        return isStringList(value) && value.length > 0;
      default:
        return typeof value === 'string' && value.trim() !== '' && value === value.trim();
    }
  })();
  return ok
    ? undefined
    : `${definition.name} (${definition.dataType}) sent as ${JSON.stringify(value)}`;
};

type Mode = 'create' | 'update' | 'upsert';
const DTO = {
  create: 'CreateContactDto',
  update: 'UpdateContactDto',
  upsert: 'UpsertContactDto',
} as const;

/** Every way a contact write body can break HighLevel's spec or the user's data. */
export const bodyProblems = (body: Record<string, unknown>, mode: Mode): string[] => {
  const problems: string[] = [];
  const allowed = allowedKeysOf(DTO[mode]);
  for (const [key, value] of Object.entries(body)) {
    if (!allowed.has(key)) problems.push(`${key} is not a property of ${DTO[mode]}`);
    if (value === '' || value === null || value === undefined) problems.push(`${key} is empty`);
    if (typeof value === 'string' && value !== value.trim()) problems.push(`${key} is not trimmed`);
  }
  if (body.phone !== undefined && !E164.test(String(body.phone)))
    problems.push(`phone ${body.phone} is not E.164`);
  if (
    body.email !== undefined &&
    !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/.test(String(body.email))
  ) {
    problems.push(`email ${body.email} is not an address`);
  }
  if (body.dateOfBirth !== undefined && !isCalendarDate(body.dateOfBirth))
    problems.push('dateOfBirth is not a date');
  if (body.dnd !== undefined && typeof body.dnd !== 'boolean')
    problems.push('dnd is not a boolean');
  if (mode !== 'create' && 'tags' in body) problems.push('tags would replace the contact tags');
  if ('tags' in body && !isStringList(body.tags)) problems.push('tags is not a list of words');
  if (mode === 'update' && 'locationId' in body) problems.push('locationId on an update');
  if (body.customFields !== undefined) {
    const entries = body.customFields as Array<{ id: string; field_value: unknown }>;
    for (const entry of entries) {
      if (Object.keys(entry).sort().join() !== 'field_value,id')
        problems.push(`custom field entry ${JSON.stringify(entry)}`);
      const definition = definitions.find((d) => d.id === entry.id);
      const problem = definition
        ? customValueProblem(definition, entry.field_value)
        : `unknown field ${entry.id}`;
      if (problem && !(definition?.dataType === 'CHECKBOX' && Array.isArray(entry.field_value)))
        problems.push(problem);
    }
  }
  return problems;
};
