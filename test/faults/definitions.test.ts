/**
 * A throttle while loading the location's custom field definitions. Before a write it must
 * delay the write; after one it must not make Zapier replay a write that was saved.
 */
import { appTester, bundleWith, failureOf, performOf, useNock } from '../support/app';

const highLevel = useNock();

const throttled = () =>
  highLevel()
    .get('/locations/loc-test-1/customFields')
    .query(true)
    .reply(
      429,
      { statusCode: 429, message: 'Too Many Requests' },
      { 'X-RateLimit-Interval-Milliseconds': '10000' },
    );

describe('a throttled custom field definitions request', () => {
  // The throttle was swallowed and the write was refused as if its custom fields were wrong.
  it('before a write throttles the step, sending nothing, instead of refusing its input', async () => {
    throttled();

    const failure = await failureOf(
      appTester(
        performOf('creates', 'create_or_update_contact'),
        bundleWith({ email: 'ana@example.test', 'custom_field__cf-budget': '100' }),
      ),
    );

    expect(failure.name).toBe('ThrottledError');
    expect(failure.delay).toBe(10);
  });

  it('after a saved update returns the contact rather than asking Zapier to replay the step', async () => {
    const put = highLevel()
      .put('/contacts/c-110')
      .once()
      .reply(200, {
        succeded: true,
        contact: { id: 'c-110', city: 'Akron', customFields: [{ id: 'cf-budget', value: 5 }] },
      });
    throttled();

    const result = await appTester(
      performOf('creates', 'update_contact'),
      bundleWith({ contact_id: 'c-110', city: 'Akron' }),
    );

    put.done();
    expect(result).toMatchObject({
      id: 'c-110',
      city: 'Akron',
      custom_fields: [{ id: 'cf-budget', value: 5 }],
    });
  });
});
