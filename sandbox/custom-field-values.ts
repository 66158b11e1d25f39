// Checks custom-field writes against the location's field definitions and merges them into the
// contact. HighLevel stores values per field id; a write touches only the fields it names.
import { unprocessable } from './api-error';
import type { Contact, CustomFieldDefinition, Store } from './store';

export interface CustomFieldInput {
  id?: string;
  key?: string;
  field_value: unknown;
}

function findDefinition(store: Store, input: CustomFieldInput): CustomFieldDefinition | undefined {
  if (input.id) return store.customFields.find((f) => f.id === input.id);
  // `key` may be given with or without the "contact." prefix of fieldKey.
  const key = input.key?.replace(/^contact\./, '');
  return store.customFields.find((f) => f.fieldKey === `contact.${key}`);
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((item) => typeof item === 'string');

// Returns the value to store, or a problem description.
function checkValue(field: CustomFieldDefinition, value: unknown): { value: unknown } | string {
  const options = field.picklistOptions;
  switch (field.dataType) {
    case 'TEXT':
    case 'LARGE_TEXT':
    case 'PHONE':
      return typeof value === 'string' ? { value } : 'must be a string';
    case 'NUMERICAL':
    case 'MONETORY': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? { value: n } : 'must be a number';
    }
    case 'CHECKBOX':
    case 'MULTIPLE_OPTIONS': {
      if (!isStringList(value)) return 'must be an array of strings';
      const wrong = value.filter((v) => !options.includes(v));
      return wrong.length
        ? `${quote(wrong)} not among the options ${options.join(', ')}`
        : { value };
    }
    case 'SINGLE_OPTIONS':
    case 'RADIO':
      if (typeof value !== 'string') return 'must be a string';
      return options.includes(value)
        ? { value }
        : `"${value}" is not among the options ${options.join(', ')}`;
    case 'DATE':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? { value }
        : 'must be a date such as 2026-03-15';
    case 'TEXTBOX_LIST':
      return isStringList(value) || (typeof value === 'object' && value !== null)
        ? { value }
        : 'must be a list of strings';
    case 'FILE_UPLOAD':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { value }
        : 'must be an object of uploaded files keyed by uuid';
  }
}

const quote = (list: string[]) => list.map((v) => `"${v}"`).join(', ');

// Validates every entry first, so a refused write changes nothing.
export function mergeCustomFields(
  store: Store,
  contact: Contact,
  inputs: CustomFieldInput[],
): void {
  const problems: string[] = [];
  const changes: [string, unknown][] = [];

  inputs.forEach((input, i) => {
    const field = findDefinition(store, input);
    if (!field) {
      problems.push(
        `customFields.${i} ${input.id ?? input.key} is not a custom field of this location`,
      );
      return;
    }
    // Empty values clear the field.
    if (input.field_value === null || input.field_value === '') {
      changes.push([field.id, undefined]);
      return;
    }
    const checked = checkValue(field, input.field_value);
    if (typeof checked === 'string') {
      problems.push(`customFields.${i} ${field.name} (${field.dataType}) ${checked}`);
    } else {
      changes.push([field.id, checked.value]);
    }
  });
  if (problems.length) throw unprocessable(problems);

  for (const [id, value] of changes) {
    if (value === undefined) delete contact.customFields[id];
    else contact.customFields[id] = value;
  }
}

export function checkCustomFields(store: Store, inputs: CustomFieldInput[] | undefined): void {
  if (inputs) mergeCustomFields(store, { customFields: {} } as Contact, inputs);
}
