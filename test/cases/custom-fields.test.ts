/**
 * B12: a custom field is written in the flat shape HighLevel's v2 contacts spec defines,
 * `customFields: [{ id, field_value }]`. The sandbox validates writes against that spec, and
 * test/cases/custom-fields.sandbox.test.ts checks the value is stored.
 */
import definitions from '../fixtures/custom-field-definitions.json';
import { appTester, bundleWith, performOf, useNock } from '../support/app';
import { jsonOf } from '../support/spec';

const highLevel = useNock();

/** HighLevel's answer to any custom field entry that is not a flat {id, field_value} pair. */
const flatShapeProblems = (customFields: unknown): string[] => {
  if (customFields === undefined) return [];
  if (!Array.isArray(customFields)) return ['customFields must be an array'];
  return customFields.flatMap((entry, i) => {
    const keys = Object.keys(entry ?? {}).sort();
    const value = entry?.field_value;
    const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
    return keys.join() !== 'field_value,id' || typeof entry.id !== 'string' || nested
      ? [`customFields.${i} request invalid`]
      : [];
  });
};

describe('B12 updating a contact with a custom field', () => {
  // Any custom field update failed: a nested field-id object and a placeholder key were sent.
  it('sends a flat [{id, field_value}] list and nothing else', async () => {
    highLevel().get('/locations/loc-test-1/customFields').query(true).reply(200, definitions);
    let sent: Record<string, any> = {};
    const put = highLevel()
      .put('/contacts/c-110')
      .reply((_uri, raw) => {
        sent = jsonOf(raw);
        const problems = flatShapeProblems(sent.customFields);
        if (problems.length) return [422, { statusCode: 422, message: problems }];
        return [
          200,
          {
            succeded: true,
            contact: { id: 'c-110', customFields: [{ id: 'cf-budget', value: 5000 }] },
          },
        ];
      });

    const result = await appTester(
      performOf('creates', 'update_contact'),
      bundleWith({ contact_id: 'c-110', 'custom_field__cf-budget': '5000' }),
    );

    put.done();
    expect(sent).toEqual({ customFields: [{ id: 'cf-budget', field_value: 5000 }] });
    expect(JSON.stringify(sent)).not.toMatch(/default_key|fieldId|"key"/);
    expect(result.custom__budget).toBe(5000);
  });
});
