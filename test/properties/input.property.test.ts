/**
 * Property tests of the readers that turn Zap input into HighLevel values: for thousands of
 * generated inputs, each value is either read into the shape HighLevel takes or refused with an
 * InvalidInput error naming the field.
 */
import fc from 'fast-check';

import { InvalidInputError } from '../../lib/errors';
import { contactBody } from '../../lib/fields/contact';
import { customFieldsBody, customFieldValue, type Definitions } from '../../lib/fields/custom';
import {
  readBoolean,
  readDate,
  readDateTime,
  readEmail,
  readId,
  readList,
  readNumber,
  readPhone,
} from '../../lib/input';
import { bundleWith } from '../support/app';
import { E164 } from '../support/spec';
import {
  anyText,
  blank,
  contactInput,
  customValueFor,
  dateLike,
  definitions,
  emailLike,
  numberLike,
  phoneLike,
  text,
} from './generators';
import { bodyProblems, customValueProblem, expectRefusal } from './oracle';

const runs = { numRuns: 1000 };
const bundle = bundleWith() as any;
const index: Definitions = { list: definitions, byId: new Map(definitions.map((d) => [d.id, d])) };

/** Runs a reader: its value, or undefined after checking it refused with the field's name. */
const readOrRefuse = <T>(read: () => T, label: string): T | undefined => {
  try {
    return read();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expectRefusal(error, new Set([label]));
    return undefined;
  }
};

describe('the input readers', () => {
  it('read nothing from a blank value, whatever kind of blank', () => {
    fc.assert(
      fc.property(blank, (value) => {
        expect(readEmail(value)).toBeUndefined();
        expect(readPhone(value, 'US')).toBeUndefined();
        expect(readNumber(value, 'Budget')).toBeUndefined();
        expect(readDate(value, 'Start')).toBeUndefined();
        expect(readBoolean(value, 'Opt In')).toBeUndefined();
        expect(readList(value)).toEqual([]);
      }),
      runs,
    );
  });

  it('read an email as a trimmed address, or refuse it naming Email', () => {
    fc.assert(
      fc.property(fc.oneof(emailLike, anyText), fc.constantFrom('', ' '), (value, pad) => {
        const email = readOrRefuse(() => readEmail(pad + value + pad), 'Email');
        if (email === undefined) return;
        expect(email).toBe(value.trim());
        expect(email).toMatch(/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/);
      }),
      runs,
    );
  });

  it('accept every well-formed email address', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (value) => expect(readEmail(value)).toBe(value)),
      runs,
    );
  });

  it('read a phone as E.164, or refuse it naming Phone', () => {
    fc.assert(
      fc.property(
        fc.oneof(phoneLike, anyText),
        fc.constantFrom('US', 'GB', undefined),
        (value, country) => {
          const phone = readOrRefuse(() => readPhone(value, country), 'Phone');
          if (phone !== undefined) expect(phone).toMatch(E164);
        },
      ),
      runs,
    );
  });

  it('read a North American number however it is written, keeping its digits', () => {
    fc.assert(
      fc.property(
        phoneLike.filter((p) => /^(\(555\)|\+1 |555\.)/.test(p)),
        (value) => {
          const digits = value.replace(/\D/g, '').replace(/^1/, '');
          expect(readPhone(value, 'US')).toBe(`+1${digits}`);
        },
      ),
      runs,
    );
  });

  it('read a number as a finite number, or refuse it naming the field', () => {
    fc.assert(
      fc.property(fc.oneof(numberLike, anyText), (value) => {
        const number = readOrRefuse(() => readNumber(value, 'Budget'), 'Budget');
        if (number !== undefined) expect(Number.isFinite(number)).toBe(true);
      }),
      runs,
    );
  });

  it('read grouped and plain amounts as the amount written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const written = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
          expect(readNumber(written, 'Budget')).toBeCloseTo(whole + cents / 100, 6);
          expect(readNumber(`$${written}`, 'Budget')).toBeCloseTo(whole + cents / 100, 6);
        },
      ),
      runs,
    );
  });

  it('read a date as the same calendar day, or refuse it naming the field', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, anyText), (value) => {
        const date = readOrRefuse(() => readDate(value, 'Start Date'), 'Start Date');
        if (date === undefined) return;
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }),
      runs,
    );
  });

  it('read a moment with its own offset as the same instant, in UTC', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom('America/Los_Angeles', 'Asia/Kolkata', undefined),
        (date, zone) => {
          const instant = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const read = readDateTime(instant.toISOString(), 'Due Date', zone);
          expect(read).toMatch(/Z$/);
          expect(Date.parse(read!)).toBe(instant.getTime());
        },
      ),
      runs,
    );
  });

  it('read yes/no words as booleans, or refuse them naming the field', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('yes', 'No', 'TRUE', ' 0 ', 'checked'), text),
        (value) => {
          const flag = readOrRefuse(() => readBoolean(value, 'Opt In'), 'Opt In');
          if (flag !== undefined) expect(typeof flag).toBe('boolean');
        },
      ),
      runs,
    );
  });

  it('read a list as trimmed, non-empty items without commas', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.array(text, { maxLength: 4 }), blank), (value) => {
        for (const item of readList(value)) {
          expect(item).toBe(item.trim());
          expect(item).not.toBe('');
          expect(item).not.toContain(',');
        }
      }),
      runs,
    );
  });

  it('read an id as a HighLevel id, or refuse it naming the field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{20}$/), anyText), (value) => {
        const id = readOrRefuse(() => readId(value, 'Contact'), 'Contact');
        if (id !== undefined) expect(id).toMatch(/^[\w-]{1,64}$/);
      }),
      runs,
    );
  });
});

describe('custom field values', () => {
  it.each(definitions.map((d) => [d.dataType, d] as const))(
    'of a %s field are sent in the JSON type the field takes, or refused naming it',
    (_type, definition) => {
      fc.assert(
        fc.property(customValueFor(definition), (raw) => {
          const body = readOrRefuse(
            () => customFieldsBody({ [`custom_field__${definition.id}`]: raw }, index, bundle),
            definition.name,
          );
          if (body === undefined || body.length === 0) return;
          const [entry] = body;
          const unchecking =
            definition.dataType === 'CHECKBOX' &&
            Array.isArray(entry!.field_value) &&
            (entry!.field_value as unknown[]).length === 0;
          if (!unchecking)
            expect(customValueProblem(definition, entry!.field_value)).toBeUndefined();
        }),
        runs,
      );
    },
  );

  it('are left out entirely when blank, so HighLevel keeps the stored value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...definitions), blank, (definition, raw) => {
        expect(
          customFieldsBody({ [`custom_field__${definition.id}`]: raw }, index, bundle),
        ).toEqual([]);
      }),
      runs,
    );
  });

  it('read by customFieldValue agree with what customFieldsBody sends', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...definitions),
        fc.constantFrom('5', 'Yoga', '2026-03-15', 'yes'),
        (definition, raw) => {
          let direct: unknown;
          try {
            direct = customFieldValue(definition, raw, bundle);
          } catch {
            return;
          }
          expect(
            customFieldsBody({ [`custom_field__${definition.id}`]: raw }, index, bundle),
          ).toEqual([{ id: definition.id, field_value: direct }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('contact bodies', () => {
  it.each(['create', 'update', 'upsert'] as const)(
    'for a %s hold only spec properties in their spec shape, or the input is refused naming a field',
    (mode) => {
      fc.assert(
        fc.property(contactInput, (input) => {
          let body: Record<string, unknown>;
          try {
            body = contactBody(input, bundle, mode);
            const customFields = customFieldsBody(input, index, bundle);
            if (customFields.length) body.customFields = customFields;
          } catch (error) {
            expectRefusal(error);
            return;
          }
          expect(bodyProblems(body, mode)).toEqual([]);
        }),
        runs,
      );
    },
  );
});
