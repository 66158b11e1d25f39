import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ quiet: true });
});

afterAll(() => sandbox.close());

beforeEach(() => sandbox.reset());

const field = (name: string) => sandbox.store.customFields.find((f) => f.name === name)!;

describe('custom field writes', () => {
  it('offers a field of every HighLevel type', () => {
    const types = sandbox.store.customFields.map((f) => f.dataType).sort();

    expect(types).toEqual([
      'CHECKBOX',
      'DATE',
      'FILE_UPLOAD',
      'LARGE_TEXT',
      'MONETORY',
      'MULTIPLE_OPTIONS',
      'NUMERICAL',
      'PHONE',
      'RADIO',
      'SINGLE_OPTIONS',
      'TEXT',
      'TEXTBOX_LIST',
    ]);
  });

  it('answers 422 naming the field when an option is not among its options', async () => {
    const { call } = await signIn(sandbox);
    const contact = [...sandbox.store.contacts.values()][0]!;
    const before = { ...contact.customFields };

    const reply = await call('PUT', `/contacts/${contact.id}`, {
      customFields: [{ id: field('Interests').id, field_value: ['Yoga', 'Zumba'] }],
    });

    expect(reply.status).toBe(422);
    expect(reply.body.message[0]).toContain('Interests');
    expect(reply.body.message[0]).toContain('"Zumba"');
    expect(contact.customFields).toEqual(before);
  });

  it('merges a write by field id and keeps the other fields', async () => {
    const { call } = await signIn(sandbox);
    const contact = [...sandbox.store.contacts.values()][0]!;
    const plan = contact.customFields[field('Plan').id];

    const reply = await call('PUT', `/contacts/${contact.id}`, {
      customFields: [
        { id: field('Budget').id, field_value: '5000' },
        { key: 'opt_in', field_value: ['Yes'] },
      ],
    });

    const values = Object.fromEntries(
      reply.body.contact.customFields.map((f: { id: string; value: unknown }) => [f.id, f.value]),
    );
    expect(reply.status).toBe(200);
    expect(values[field('Budget').id]).toBe(5000);
    expect(values[field('Opt In').id]).toEqual(['Yes']);
    expect(values[field('Plan').id]).toBe(plan);
    expect(sandbox.violations).toEqual([]);
  });

  it('refuses the read shape {id, value} on writes, naming the property', async () => {
    const { call } = await signIn(sandbox);
    const contact = [...sandbox.store.contacts.values()][0]!;

    const reply = await call('PUT', `/contacts/${contact.id}`, {
      customFields: [{ id: field('Budget').id, value: 5000 }],
    });

    expect(reply.status).toBe(422);
    expect(reply.body.message).toContain('customFields.0.property value should not exist');
  });
});
