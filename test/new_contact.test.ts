import definitions from './fixtures/custom-field-definitions.json';
import page from './fixtures/search-page.json';
import { appTester, performOf, bundleWith, useNock } from './support/app';

const highLevel = useNock();
const perform = performOf('triggers', 'new_contact');

describe('new_contact', () => {
  it('asks for the newest contacts of the connected location in one search', async () => {
    const search = highLevel()
      .post('/contacts/search', {
        locationId: 'loc-test-1',
        pageLimit: 100,
        sort: [{ field: 'dateAdded', direction: 'desc' }],
      })
      .reply(200, page);
    highLevel()
      .get('/locations/loc-test-1/customFields')
      .query({ model: 'contact' })
      .reply(200, definitions);

    const items = await appTester(perform, bundleWith());

    search.done();
    expect(items.map((item: { id: string }) => item.id)).toEqual(['c-101', 'c-102']);
  });

  it('shows each custom field under its own name', async () => {
    highLevel().post('/contacts/search').reply(200, page);
    highLevel().get('/locations/loc-test-1/customFields').query(true).reply(200, definitions);

    const [first] = await appTester(perform, bundleWith());

    expect(first.custom__budget).toBe('5000');
    expect(first.custom__interests).toBeNull();
    expect(first.custom_fields).toEqual([{ id: 'cf-budget', value: '5000' }]);
  });

  it('loads the custom field definitions once per poll, however many contacts it returns', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({
      id: `c-${i}`,
      dateAdded: '2026-02-01T10:00:00.000Z',
      customFields: [{ id: 'cf-budget', value: String(i) }],
    }));
    highLevel().post('/contacts/search').reply(200, { contacts: many, total: 100 });
    const definitionsCall = highLevel()
      .get('/locations/loc-test-1/customFields')
      .query(true)
      .times(1)
      .reply(200, definitions);

    const items = await appTester(perform, bundleWith());

    definitionsCall.done();
    expect(items).toHaveLength(100);
    expect(items[42].custom__budget).toBe('42');
  });

  // A source that only kept contacts strictly newer than the last one seen missed a contact
  // added in the same second.
  it('returns a contact added in the same second as one already seen', async () => {
    const earlier = { id: 'c-104', dateAdded: '2026-02-01T10:00:00.000Z' };
    const sameSecond = { id: 'c-105', dateAdded: '2026-02-01T10:00:00.000Z' };
    highLevel()
      .post('/contacts/search')
      .reply(200, { contacts: [earlier], total: 1 });
    highLevel()
      .post('/contacts/search')
      .reply(200, { contacts: [sameSecond, earlier], total: 2 });
    highLevel().get('/locations/loc-test-1/customFields').query(true).reply(200, definitions);

    const first = await appTester(perform, bundleWith());
    const second = await appTester(perform, bundleWith());

    const seen = new Set(first.map((item: { id: string }) => item.id));
    const fresh = second.filter((item: { id: string }) => !seen.has(item.id));
    expect(fresh.map((item: { id: string }) => item.id)).toEqual(['c-105']);
  });

  it('still returns contacts when the custom field definitions cannot be loaded', async () => {
    highLevel().post('/contacts/search').reply(200, page);
    highLevel().get('/locations/loc-test-1/customFields').query(true).reply(401, {
      statusCode: 401,
      message: 'This authClass type is not allowed to access this scope',
    });

    const items = await appTester(perform, bundleWith());

    expect(items).toHaveLength(2);
    expect(items[0].custom_fields).toEqual([{ id: 'cf-budget', value: '5000' }]);
  });
});
