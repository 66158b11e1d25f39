/**
 * B04, B05 and B07: polling triggers give each event a stable id, so Zapier fires once per
 * contact added and once per change, never more and never less. The nock tests in
 * test/updated_contact.test.ts and test/new_contact.test.ts cover single polls; these follow
 * polls over time, the first with the clock moving, the others against the sandbox.
 */
import definitions from '../fixtures/custom-field-definitions.json';
import { appTester, bundleWith, performOf, useNock } from '../support/app';

const highLevel = useNock();

const contact = {
  id: 'c-101',
  firstName: 'Ana',
  dateAdded: '2026-01-20T08:00:00.000Z',
  dateUpdated: '2026-02-01T09:00:00.000Z',
};

describe('B04 Updated Contact ids', () => {
  afterEach(() => jest.restoreAllMocks());

  // Ids were built from the clock, so the same record fired again on every poll.
  it('are built from the contact id and its dateUpdated, however much time passes between polls', async () => {
    highLevel()
      .post('/contacts/search')
      .twice()
      .reply(200, { contacts: [contact], total: 1 });
    highLevel()
      .get('/locations/loc-test-1/customFields')
      .query(true)
      .optionally()
      .reply(200, definitions);
    const perform = performOf('triggers', 'updated_contact');
    const clock = jest.spyOn(Date, 'now');

    clock.mockReturnValue(Date.UTC(2026, 1, 1, 9, 5));
    const [first] = await appTester(perform, bundleWith());
    clock.mockReturnValue(Date.UTC(2026, 1, 1, 11, 40));
    const [second] = await appTester(perform, bundleWith());

    expect(first.id).toBe('c-101:2026-02-01T09:00:00.000Z');
    expect(second.id).toBe(first.id);
  });
});
