/**
 * B01 and B20: every contact search the app makes names the location and the page size, on the
 * first page and on every page after it, since HighLevel answers 403 or 422 without them.
 */
import { appTester, bundleWith, performOf, useNock } from '../support/app';
import { jsonOf } from '../support/spec';

const highLevel = useNock();

const contacts = Array.from({ length: 230 }, (_, i) => ({
  id: `c-${String(i).padStart(3, '0')}`,
  firstName: 'Ana',
  dateAdded: '2026-02-01T10:00:00.000Z',
  dateUpdated: '2026-02-02T10:00:00.000Z',
}));

/** HighLevel's search as the reports describe it: 403 without the location, 422 without a size. */
const strictSearch = (seen: Array<Record<string, any>>) =>
  highLevel()
    .post('/contacts/search')
    .times(10)
    .optionally()
    .reply((_uri, raw) => {
      const body = jsonOf(raw);
      seen.push(body);
      if (body.locationId !== 'loc-test-1') {
        return [
          403,
          { statusCode: 403, message: 'The token does not have access to this location.' },
        ];
      }
      if (typeof body.pageLimit !== 'number') {
        return [422, { statusCode: 422, message: ['pageLimit must be a number'] }];
      }
      const page = body.page ?? 1;
      const slice = contacts.slice((page - 1) * body.pageLimit, page * body.pageLimit);
      return [200, { contacts: slice, total: contacts.length }];
    });

describe('B01 paging through contacts', () => {
  // Page 2 of "get many contacts" was sent without locationId and failed with 403.
  it('sends the location and page size with every page of the contact dropdown', async () => {
    const seen: Array<Record<string, any>> = [];
    strictSearch(seen);
    const perform = performOf('triggers', 'contact_list');

    const pages = [];
    for (let page = 0; page < 3; page++) {
      pages.push(await appTester(perform, bundleWith({}, { page })));
    }

    expect(pages.map((items) => items.length)).toEqual([100, 100, 30]);
    const ids = new Set(pages.flat().map((item: { id: string }) => item.id));
    expect(ids.size).toBe(230);
    expect(seen.map((body) => [body.locationId, body.pageLimit, body.page])).toEqual([
      ['loc-test-1', 100, 1],
      ['loc-test-1', 100, 2],
      ['loc-test-1', 100, 3],
    ]);
  });
});

describe('B20 contact searches', () => {
  it.each(['new_contact', 'updated_contact', 'contact_list'])(
    'sends the location from the connection and a page size in the %s search',
    async (key) => {
      const seen: Array<Record<string, any>> = [];
      strictSearch(seen);
      highLevel()
        .get('/locations/loc-test-1/customFields')
        .query(true)
        .optionally()
        .reply(200, { customFields: [] });

      await appTester(performOf('triggers', key), bundleWith());

      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ locationId: 'loc-test-1', pageLimit: expect.any(Number) });
    },
  );

  it('sends the location from the connection when Find Contact looks up an email', async () => {
    const lookup = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', email: 'ana@example.test' })
      .reply(200, { contact: { id: 'c-101', email: 'ana@example.test' } });
    highLevel()
      .get('/locations/loc-test-1/customFields')
      .query(true)
      .optionally()
      .reply(200, { customFields: [] });

    const found = await appTester(
      performOf('searches', 'find_contact'),
      bundleWith({ email: 'ana@example.test' }),
    );

    lookup.done();
    expect(found.map((contact: { id: string }) => contact.id)).toEqual(['c-101']);
  });
});
