import { errorOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 10 } });

type Field = { key: string; label: string; type: string; choices?: string[]; list?: boolean };

/** The custom fields the Zap editor shows on Create or Update Contact, by label. */
const editorFields = async (): Promise<Record<string, Field>> => {
  const { zap } = connected;
  const inputFields = zap.operation('creates', 'create_or_update_contact').operation
    .inputFields as unknown[];
  const fields: Field[] = [];
  for (const field of inputFields) {
    fields.push(...(typeof field === 'function' ? await zap.call(field, {}) : [field]));
  }
  return Object.fromEntries(fields.map((field) => [field.label, field]));
};

describe('custom fields', () => {
  it('offers each custom field of the location, typed as HighLevel types it', async () => {
    const fields = await editorFields();

    // Numbers, dates and yes/no are text with an example, read by the app rather than by Zapier.
    expect(fields.Budget).toMatchObject({ type: 'string', placeholder: '1,250.50' });
    expect(fields.Employees).toMatchObject({ type: 'string', placeholder: '42' });
    expect(fields.Notes).toMatchObject({ type: 'text' });
    expect(fields['Start Date']).toMatchObject({ type: 'string', placeholder: '2026-03-15' });
    expect(fields['Opt In']).toMatchObject({
      choices: [
        expect.objectContaining({ value: 'yes' }),
        expect.objectContaining({ value: 'no' }),
      ],
    });
    expect(fields.Plan).toMatchObject({ type: 'string', choices: ['Basic', 'Plus', 'Premium'] });
    expect(fields.Interests).toMatchObject({ list: true, choices: ['Yoga', 'Pilates', 'Spin'] });
    expect(fields['Preferred Contact']).toMatchObject({ choices: ['Email', 'Phone', 'SMS'] });
    expect(fields.Contract).toMatchObject({ type: 'copy' });
  });

  it('writes every type in the shape HighLevel takes and reads it back under its name', async () => {
    const { zap } = connected;
    const fields = await editorFields();
    const input = (label: string, value: unknown) => ({ [fields[label]!.key]: value });

    const lead = await zap.run('creates', 'create_or_update_contact', {
      email: 'every.type@example.test',
      ...input('Nickname', 'Evie'),
      ...input('Notes', 'Prefers mornings.\nAllergic to latex.'),
      ...input('Employees', '42'),
      ...input('Alt Phone', '(555) 010-3333'),
      ...input('Budget', '1,250.50'),
      ...input('Opt In', 'true'),
      ...input('Plan', 'premium'),
      ...input('Interests', 'Yoga, Pilates'),
      ...input('Start Date', '03/15/2026'),
      ...input('Socials', ['@evie', 'linkedin.com/in/evie']),
      ...input('Preferred Contact', 'SMS'),
    });
    const [found] = await zap.run('searches', 'find_contact', { email: 'every.type@example.test' });

    const expected = {
      custom__nickname: 'Evie',
      custom__notes: 'Prefers mornings.\nAllergic to latex.',
      custom__employees: 42,
      custom__alt_phone: '+15550103333',
      custom__budget: 1250.5,
      custom__opt_in: ['Yes'],
      custom__plan: 'Premium',
      custom__interests: ['Yoga', 'Pilates'],
      custom__start_date: expect.stringMatching(/^2026-03-15/),
      custom__socials: ['@evie', 'linkedin.com/in/evie'],
      custom__preferred_contact: 'SMS',
    };
    expect(lead).toMatchObject(expected);
    expect(found).toMatchObject(expected);
  });

  it('leaves the custom fields an update does not map as they were', async () => {
    const { zap, sandbox } = connected;
    const fields = await editorFields();
    const lead = await zap.run('creates', 'create_or_update_contact', {
      email: 'two.fields@example.test',
      [fields.Nickname!.key]: 'Tee',
      [fields.Plan!.key]: 'Basic',
    });

    await zap.run('creates', 'update_contact', { contact_id: lead.id, [fields.Plan!.key]: 'Plus' });

    const stored = sandbox.store.contacts.get(lead.id)!.customFields;
    expect(stored[fields.Nickname!.key.replace('custom_field__', '')]).toBe('Tee');
    expect(stored[fields.Plan!.key.replace('custom_field__', '')]).toBe('Plus');
  });

  it('refuses a wrong choice or a date that is not one before sending anything', async () => {
    const { zap, sandbox } = connected;
    const fields = await editorFields();

    const { requests: wrongChoice } = await requestsDuring(sandbox, () =>
      zap
        .run('creates', 'create_or_update_contact', {
          email: 'x@example.test',
          [fields.Plan!.key]: 'Gold',
        })
        .catch((error: Error) => error),
    );
    const dateError = await zap
      .run('creates', 'create_or_update_contact', {
        email: 'x@example.test',
        [fields['Start Date']!.key]: 'next Tuesday-ish',
      })
      .catch((error: Error) => error);

    expect(wrongChoice.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(errorOf(dateError).message).toMatch(/"Start Date" field is not a date/);
  });

  it('makes one definitions request for a poll of 100 contacts', async () => {
    const { zap, sandbox } = connected;
    for (let i = 0; i < 100; i += 1) {
      sandbox.store.addContact({
        ...sandbox.store.contacts.values().next().value!,
        id: `bulk${String(i).padStart(16, '0')}`,
        addedMs: Date.now() + i,
        updatedMs: Date.now() + i,
      });
    }
    await zap.call(async (z: any) => z.cache.delete(`custom-fields:${sandbox.locationId}`), {});

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'new_contact'),
    );

    expect(result).toHaveLength(100);
    expect(requests.filter((r) => r.route?.includes('customFields'))).toHaveLength(1);
  });
});
