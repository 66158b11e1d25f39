import { labelForApiField } from '../../lib/fields/labels';
import { appTester, authData } from '../support/app';
import { app, customFieldNames, useHighLevel } from './support';

useHighLevel();

type Field = { key: string; label?: string };
type Kind = 'triggers' | 'creates' | 'searches';

/** Every field an operation shows, with field functions run as the Zap editor runs them. */
const fieldsOf = async (definitions: unknown[] = []): Promise<Field[]> => {
  const fields: Field[] = [];
  for (const definition of definitions) {
    if (typeof definition !== 'function') {
      fields.push(definition as Field);
      continue;
    }
    customFieldNames();
    fields.push(...(await appTester(definition, { authData: { ...authData }, inputData: {} })));
  }
  return fields;
};

/** Labels that more than one of the fields carries, so a user cannot tell them apart. */
const repeatedLabels = (fields: Field[]): string[] => {
  const labels = fields.map((field) => field.label ?? field.key);
  return [...new Set(labels.filter((label, index) => labels.indexOf(label) !== index))];
};

const operations = (['triggers', 'creates', 'searches'] as Kind[]).flatMap((kind) =>
  Object.values(app[kind]).map((operation) => [`${kind}.${operation.key}`, operation] as const),
);

describe.each(operations)('%s', (_name, operation) => {
  it('labels each input field differently', async () => {
    const fields = await fieldsOf(operation.operation.inputFields);

    expect(repeatedLabels(fields)).toEqual([]);
  });

  it('labels each output field differently', async () => {
    const fields = await fieldsOf(operation.operation.outputFields);

    expect(repeatedLabels(fields)).toEqual([]);
  });
});

describe('labelForApiField', () => {
  // HighLevel's names for the fields a contact step shows; errors name them with these labels.
  const contactApiFields = [
    'firstName',
    'lastName',
    'email',
    'phone',
    'companyName',
    'address1',
    'city',
    'state',
    'postalCode',
    'country',
    'website',
    'timezone',
    'dateOfBirth',
    'source',
    'assignedTo',
    'dnd',
  ];

  it('names each contact field with the label the contact step shows', async () => {
    const shown = new Set(
      (await fieldsOf(app.creates.create_or_update_contact.operation.inputFields)).map(
        (field) => field.label,
      ),
    );

    expect(contactApiFields.map(labelForApiField).filter((label) => !shown.has(label))).toEqual([]);
  });
});
