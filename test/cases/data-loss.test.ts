/**
 * B17 (b): an email that is only one of a contact's additional emails must not silently become
 * its primary email. test/create_or_update_contact.test.ts shows the default keeps the primary;
 * this shows the user can still choose to replace it.
 */
import { appTester, bundleWith, performOf, useNock } from '../support/app';
import { jsonOf } from '../support/spec';

const highLevel = useNock();

describe('B17 an email that is another address of an existing contact', () => {
  it("replaces the contact's primary email only when the user chose to", async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(200, { contact: { id: 'c-120', email: 'kim@example.test' } });
    let sent: Record<string, unknown> = {};
    const upsert = highLevel()
      .post('/contacts/upsert')
      .reply((_uri, raw) => {
        sent = jsonOf(raw);
        return [200, { new: false, contact: { id: 'c-120', email: 'kim.work@example.test' } }];
      });

    const result = await appTester(
      performOf('creates', 'create_or_update_contact'),
      bundleWith({ email: 'kim.work@example.test', replace_primary_email: 'true' }),
    );

    upsert.done();
    expect(sent).toEqual({ email: 'kim.work@example.test', locationId: 'loc-test-1' });
    expect(result).toMatchObject({ id: 'c-120', email: 'kim.work@example.test', created: false });
  });
});
