/**
 * What polls and actions cost in HighLevel requests at 1,000 contacts. Counts are exact, so they
 * are asserted here; timings live in `npm run bench`, never in the test suite.
 */
import App from '../../index';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 1000 }, rateLimit: false });

const definitionRequests = (requests: Array<{ path: string }>) =>
  requests.filter((request) => request.path.endsWith('/customFields'));

describe('requests per poll at 1,000 contacts', () => {
  beforeAll(async () => {
    // The first poll also fetches the custom-field definitions, which are then cached.
    await connected.zap.run('triggers', 'new_contact');
  });

  it.each(['new_contact', 'updated_contact'])('%s costs exactly one request', async (key) => {
    const { sandbox, zap } = connected;

    const { requests } = await requestsDuring(sandbox, () => zap.run('triggers', key));

    expect(requests.map((request) => request.path)).toEqual(['/contacts/search']);
  });

  // zapier-platform-core copies the whole definition on every run, so 663 static choices slowed
  // every poll and action.
  it('offers Country and Timezone when the fields are shown, not in the definition', async () => {
    const { zap } = connected;

    const fields: Array<{ key: string; choices?: unknown[] }> = await zap.call(
      App.creates.create_or_update_contact.operation.inputFields,
      {},
    );

    const definition = JSON.stringify(App.creates);
    expect(definition).not.toContain('America/New_York');
    expect(fields.find((field) => field.key === 'country')?.choices?.length).toBeGreaterThan(200);
    expect(fields.find((field) => field.key === 'timezone')?.choices).toContainEqual(
      expect.objectContaining({ value: 'America/New_York' }),
    );
  });
});

describe('custom-field definitions per action', () => {
  const budgetInput = () => {
    const budget = connected.sandbox.store.customFields.find((field) => field.name === 'Budget')!;
    return { [`custom_field__${budget.id}`]: '1250' };
  };

  it('fetches them at most once when Create or Update Contact runs with nothing cached', async () => {
    const { sandbox, zap } = connected;
    await zap.call(
      (z: any, bundle: any) => z.cache.delete(`custom-fields:${bundle.authData.locationId}`),
      {},
    );

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'create_or_update_contact', {
        email: 'costs.once@example.test',
        tags: 'bench',
        ...budgetInput(),
      }),
    );

    expect(definitionRequests(requests)).toHaveLength(1);
    // The definitions, the duplicate lookup, and one upsert carrying the new lead's tags.
    expect(requests).toHaveLength(3);
  });

  it('fetches none once they are cached', async () => {
    const { sandbox, zap } = connected;

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'create_or_update_contact', {
        email: 'costs.cached@example.test',
        ...budgetInput(),
      }),
    );

    expect(definitionRequests(requests)).toHaveLength(0);
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /contacts/search/duplicate',
      'POST /contacts/upsert',
    ]);
  });
});
