import App from '../index';
import definitions from './fixtures/custom-field-definitions.json';
import { appTester, performOf, bundleWith, useNock } from './support/app';

const highLevel = useNock();
const perform = performOf('triggers', 'updated_contact');

const contact = (dateUpdated: string) => ({
  id: 'c-102',
  firstName: 'Ben',
  dateAdded: '2026-01-20T08:00:00.000Z',
  dateUpdated,
});

describe('updated_contact', () => {
  beforeEach(() => {
    highLevel()
      .get('/locations/loc-test-1/customFields')
      .query(true)
      .optionally()
      .reply(200, definitions);
  });

  it('sorts the search by the time of the last change', async () => {
    const search = highLevel()
      .post(
        '/contacts/search',
        (body) => body.sort[0].field === 'dateUpdated' && body.sort[0].direction === 'desc',
      )
      .reply(200, { contacts: [], total: 0 });

    await appTester(perform, bundleWith());

    search.done();
  });

  // Ids built from the clock were never stable, so Zapier fired on every poll.
  it('gives the same change the same id on every poll', async () => {
    const unchanged = contact('2026-02-01T09:00:00.000Z');
    highLevel()
      .post('/contacts/search')
      .twice()
      .reply(200, { contacts: [unchanged], total: 1 });

    const [first] = await appTester(perform, bundleWith());
    const [second] = await appTester(perform, bundleWith());

    expect(first.id).toBe('c-102:2026-02-01T09:00:00.000Z');
    expect(second.id).toBe(first.id);
  });

  it('gives two changes of one contact two ids, each carrying the contact id', async () => {
    highLevel()
      .post('/contacts/search')
      .reply(200, { contacts: [contact('2026-02-01T09:00:00.000Z')] });
    highLevel()
      .post('/contacts/search')
      .reply(200, { contacts: [contact('2026-02-02T11:30:00.000Z')] });

    const [first] = await appTester(perform, bundleWith());
    const [second] = await appTester(perform, bundleWith());

    expect(second.id).not.toBe(first.id);
    expect([first.contact_id, second.contact_id]).toEqual(['c-102', 'c-102']);
  });

  it('does not fire for a contact that was never changed after it was added', async () => {
    const untouched = contact('2026-01-20T08:00:00.000Z');
    highLevel()
      .post('/contacts/search')
      .reply(200, { contacts: [untouched], total: 1 });

    const items = await appTester(perform, bundleWith());

    expect(items).toEqual([]);
  });

  it('offers the contact id in its sample, for mapping into later steps', () => {
    const { sample } = App.triggers.updated_contact.operation;

    expect(sample).toMatchObject({ contact_id: expect.any(String) });
    expect((sample as { id: string }).id).toContain(':');
  });
});
