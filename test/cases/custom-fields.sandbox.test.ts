/**
 * B12, B14 and B15 against the sandbox, whose custom field definitions cover every type and
 * whose writes are checked against HighLevel's spec: values are stored in each type's shape,
 * read back under each field's own name, and the definitions cost at most one request a poll.
 */
import { errorOf } from '../support/app';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 20 } });

const fieldId = (name: string) =>
  connected.sandbox.store.customFields.find((field) => field.name === name)!.id;
const input = (name: string) => `custom_field__${fieldId(name)}`;
const definitionRequests = (requests: Array<{ path: string }>) =>
  requests.filter((r) => r.path.endsWith('/customFields')).length;

const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error('Expected the step to fail, but it succeeded');
};

describe('B12 a custom field written to the sandbox', () => {
  it('is stored by HighLevel and leaves the standard fields as they were', async () => {
    const { zap, sandbox } = connected;
    const contact = [...sandbox.store.contacts.values()][3]!;
    const before = { email: contact.email, phone: contact.phone, firstName: contact.firstName };

    const result = await zap.run('creates', 'update_contact', {
      contact_id: contact.id,
      [input('Budget')]: '5000',
    });

    expect(sandbox.store.contacts.get(contact.id)!.customFields[fieldId('Budget')]).toBe(5000);
    expect(sandbox.store.contacts.get(contact.id)).toMatchObject(before);
    expect(result.custom__budget).toBe(5000);
  });
});

describe('B14 custom fields on trigger items', () => {
  it('are labelled with the field name, with the definitions loaded at most once per poll', async () => {
    const { zap, sandbox } = connected;

    const first = await requestsDuring(sandbox, () => zap.run('triggers', 'new_contact'));
    const second = await requestsDuring(sandbox, () => zap.run('triggers', 'updated_contact'));

    expect(definitionRequests(first.requests)).toBeLessThanOrEqual(1);
    expect(definitionRequests(second.requests)).toBeLessThanOrEqual(1);
    const withBudget = first.result.find(
      (item: { custom_fields: unknown[] }) => item.custom_fields.length,
    );
    const stored = sandbox.store.contacts.get(withBudget.id)!.customFields[fieldId('Budget')];
    expect(withBudget.custom__budget).toBe(stored);
    expect(withBudget).toHaveProperty('custom__interests');
  });
});

describe('B15 custom fields of every type', () => {
  // Custom field writes failed whatever the type: the conversions were never exercised.
  it('are sent in the shape each type takes and stored as such', async () => {
    const { zap, sandbox } = connected;

    const lead = await zap.run('creates', 'create_or_update_contact', {
      email: 'typed.fields@example.test',
      [input('Interests')]: 'Yoga, Pilates',
      [input('Budget')]: '1,250.50',
      [input('Opt In')]: 'true',
      [input('Start Date')]: '03/15/2026',
      [input('Employees')]: '42',
      [input('Plan')]: 'premium',
      [input('Socials')]: 'Instagram, LinkedIn',
    });

    expect(sandbox.store.contacts.get(lead.id)!.customFields).toEqual({
      [fieldId('Interests')]: ['Yoga', 'Pilates'],
      [fieldId('Budget')]: 1250.5,
      [fieldId('Opt In')]: ['Yes'],
      [fieldId('Start Date')]: '2026-03-15',
      [fieldId('Employees')]: 42,
      [fieldId('Plan')]: 'Premium',
      [fieldId('Socials')]: ['Instagram', 'LinkedIn'],
    });
  });

  it('refuses a value that is not among the options, naming the field, before sending anything', async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      failureOf(
        zap.run('creates', 'create_or_update_contact', {
          email: 'bad.choice@example.test',
          [input('Interests')]: 'Yoga, Boxing',
        }),
      ),
    );

    expect(result.code).toBe('InvalidInput');
    expect(result.message).toMatch(/"Interests" field has no choice "Boxing"/);
    expect(result.message).toMatch(/Yoga, Pilates, Spin/);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it("passes on HighLevel's reason, naming the field, when HighLevel refuses a value", async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({
      path: '/contacts/upsert',
      status: 422,
      body: {
        statusCode: 422,
        message: ['customFields must contain valid values'],
        error: 'Unprocessable Entity',
      },
    });

    const failure = await failureOf(
      zap.run('creates', 'create_or_update_contact', {
        email: 'refused@example.test',
        [input('Budget')]: '10',
      }),
    );

    expect(failure.code).toBe('InvalidRequest');
    expect(failure.message).toMatch(/Custom Fields: customFields must contain valid values/);
  });
});
