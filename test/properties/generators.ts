/**
 * What marketers type or map into Zap fields, for property tests: well-formed values in the
 * shapes people write them, blanks of every kind, and arbitrary text.
 */
import fc from 'fast-check';

import definitionsFixture from '../fixtures/custom-field-definitions.json';
import type { CustomFieldDefinition } from '../../lib/schemas';

export const definitions = definitionsFixture.customFields as CustomFieldDefinition[];

export const blank = fc.constantFrom<unknown>(
  '',
  ' ',
  '\t',
  '  \n',
  null,
  undefined,
  [],
  ['', ' '],
);
export const text = fc.string({ maxLength: 24 });
export const anyText = fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 12 }));

const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));

/** North American numbers written the ways people write them, and a few from elsewhere. */
export const phoneLike = fc.oneof(
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `(555) ${a}-${b}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `+1 555 ${a} ${b}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `555.${a}.${b}`),
  digits(4).map((d) => `+44 20 7946 ${d}`),
  digits(3).map((d) => `+49 30 901820${d.slice(0, 2)}`),
);

export const numberLike = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => n.toFixed(2)),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 100_000 }).map((n) => `$${n.toLocaleString('en-US')}.50`),
  fc.constantFrom('12,50', '1.2.3', 'ten', '1e5', '--1', '∞'),
);

export const dateLike = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .chain((date) => {
    const [y, m, d] = date.toISOString().slice(0, 10).split('-');
    return fc.constantFrom(
      `${y}-${m}-${d}`,
      `${m}/${d}/${y}`,
      `${y}/${m}/${d}`,
      `${m}-${d}-${y}`,
      date.toISOString(),
    );
  });

export const emailLike = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('a@b', 'ana at example.test', 'a@.b.cc', 'a@b..cc', 'a@@b.cc'),
);

const choiceLike = (options: string[]): fc.Arbitrary<unknown> =>
  options.length === 0
    ? text
    : fc.oneof(
        fc.subarray(options, { minLength: 1 }).map((list) => list.join(', ')),
        fc.subarray(options, { minLength: 1 }),
        fc.constantFrom(...options).map((option) => option.toLowerCase()),
        fc.constantFrom('Gold', 'Boxing', ',', ' , ', 'true', 'no'),
      );

/** A value for one custom field, typed for it most of the time. */
export const customValueFor = (definition: CustomFieldDefinition): fc.Arbitrary<unknown> => {
  const options = definition.picklistOptions ?? [];
  const typed: Record<string, fc.Arbitrary<unknown>> = {
    NUMERICAL: numberLike,
    MONETORY: numberLike,
    DATE: dateLike,
    PHONE: phoneLike,
    CHECKBOX: fc.oneof(choiceLike(options), fc.constantFrom('true', 'false', 'yes', 'off')),
    MULTIPLE_OPTIONS: choiceLike(options),
    SINGLE_OPTIONS: choiceLike(options),
    RADIO: choiceLike(options),
    TEXTBOX_LIST: fc.oneof(text, fc.array(text, { maxLength: 3 })),
  };
  return fc.oneof({ arbitrary: typed[definition.dataType] ?? anyText, weight: 3 }, blank, anyText);
};

const digitsNA = fc.tuple(digits(3), digits(4)).map(([a, b]) => `(555) ${a}-${b}`);

/** A value for one custom field that its type accepts, written as people write it. */
const goodCustomValueFor = (definition: CustomFieldDefinition): fc.Arbitrary<unknown> => {
  const options = definition.picklistOptions ?? [];
  switch (definition.dataType) {
    case 'NUMERICAL':
    case 'MONETORY':
      return fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US'));
    case 'DATE':
      return dateLike;
    case 'PHONE':
      return digitsNA;
    case 'CHECKBOX':
    case 'MULTIPLE_OPTIONS':
      return fc.subarray(options, { minLength: 1 }).map((list) => list.join(', '));
    case 'SINGLE_OPTIONS':
    case 'RADIO':
      return fc.constantFrom(...options);
    default:
      return fc.string({ minLength: 1, maxLength: 20 });
  }
};

const customInputs = (valueFor: (d: CustomFieldDefinition) => fc.Arbitrary<unknown>) =>
  Object.fromEntries(definitions.map((d) => [`custom_field__${d.id}`, valueFor(d)]));

/** A whole Zap input for a contact write, any field possibly malformed. */
const anyContactInput = fc.record(
  {
    first_name: fc.oneof(anyText, blank),
    last_name: fc.oneof(anyText, blank),
    email: fc.oneof({ arbitrary: emailLike, weight: 3 }, blank, text),
    phone: fc.oneof({ arbitrary: phoneLike, weight: 3 }, blank, text),
    company_name: fc.oneof(anyText, blank),
    address: fc.oneof(anyText, blank),
    city: fc.oneof(anyText, blank),
    state: fc.oneof(anyText, blank),
    postal_code: fc.oneof(anyText, blank),
    country: fc.oneof(fc.constantFrom('US', 'gb', 'Canada', 'Narnia', 'XX'), blank, text),
    website: fc.oneof(fc.webUrl(), fc.domain(), blank, text),
    timezone: fc.oneof(fc.constantFrom('America/New_York', 'Europe/Berlin', 'Mars/Base'), blank),
    date_of_birth: fc.oneof(dateLike, blank, text),
    source: fc.oneof(anyText, blank),
    assigned_to: fc.oneof(fc.constantFrom('y0BeYjuRIlDwsDcOHOJo'), blank),
    dnd: fc.oneof(fc.constantFrom<unknown>('true', 'no', 'maybe', true, false), blank),
    tags: fc.oneof(text, fc.array(text, { maxLength: 3 }), blank),
    ...customInputs(customValueFor),
  },
  { requiredKeys: [] },
);

/** A Zap input whose filled-in fields are all well formed, blanks included. */
const goodContactInput = fc.record(
  {
    first_name: fc.oneof(anyText, blank),
    email: fc.oneof(fc.emailAddress(), blank),
    phone: fc.oneof(phoneLike, blank),
    company_name: fc.oneof(anyText, blank),
    city: fc.oneof(anyText, blank),
    country: fc.constantFrom('US', 'gb', 'Canada'),
    website: fc.oneof(fc.webUrl(), blank),
    timezone: fc.constantFrom('America/New_York', 'Europe/Berlin'),
    date_of_birth: fc.oneof(dateLike, blank),
    dnd: fc.constantFrom<unknown>('true', 'no', true, false),
    tags: fc.oneof(text, fc.array(text, { maxLength: 3 }), blank),
    ...customInputs((d) => fc.oneof(goodCustomValueFor(d), blank)),
  },
  { requiredKeys: [] },
);

export const contactInput = fc.oneof(anyContactInput, goodContactInput);
