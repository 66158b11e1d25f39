import definitions from './fixtures/custom-field-definitions.json';
import {
  appTester,
  performOf,
  bundleWith,
  failureOf,
  stubDefinitions,
  useNock,
} from './support/app';

const highLevel = useNock();
const perform = performOf('searches', 'find_contact');
const run = (input: Record<string, unknown>) => appTester(perform, bundleWith(input));

describe('find_contact', () => {
  beforeEach(() => stubDefinitions(definitions));

  it('finds a contact by email', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', email: 'ana@example.test' })
      .reply(200, { contact: { id: 'c-101', email: 'ana@example.test' } });

    const results = await run({ email: 'ana@example.test' });

    expect(results.map((r: { id: string }) => r.id)).toEqual(['c-101']);
  });

  it('finds a contact by phone, sent in E.164 with the plus encoded', async () => {
    const lookup = highLevel()
      .get('/contacts/search/duplicate?locationId=loc-test-1&number=%2B15550100101')
      .reply(200, { contact: { id: 'c-101', phone: '+15550100101' } });

    const results = await run({ phone: '555-010-0101' });

    lookup.done();
    expect(results[0].id).toBe('c-101');
  });

  it('tries the phone when the email finds nobody', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', email: 'x@example.test' })
      .reply(200, { contact: null });
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', number: '+15550100101' })
      .reply(200, { contact: { id: 'c-101' } });

    const results = await run({ email: 'x@example.test', phone: '+15550100101' });

    expect(results[0].id).toBe('c-101');
  });

  it('returns an empty list, not an error, when nobody matches', async () => {
    highLevel().get('/contacts/search/duplicate').query(true).reply(200, { contact: null });

    expect(await run({ email: 'nobody@example.test' })).toEqual([]);
  });

  it('refuses a search with neither email nor phone', async () => {
    const failure = await failureOf(run({}));

    expect(failure.message).toMatch(/"Email" field is empty, and so are Phone and Search Text/);
  });
});
