/**
 * An answer that never comes in time. HIGHLEVEL_REQUEST_TIMEOUT_MS shortens the client's 25 s
 * timeout so the test reaches it; nock holds the answer back longer than that.
 */
import { createContactFromInput } from '../../lib/contact-writes';
import { appTester, bundleWith, failureOf, performOf, useNock } from '../support/app';

const highLevel = useNock();

describe('an answer that does not arrive before the timeout', () => {
  beforeAll(() => {
    process.env.HIGHLEVEL_REQUEST_TIMEOUT_MS = '100';
  });
  afterAll(() => {
    delete process.env.HIGHLEVEL_REQUEST_TIMEOUT_MS;
  });

  it('on a read is a clear, retriable error', async () => {
    highLevel().post('/contacts/search').delay(1000).reply(200, { contacts: [], total: 0 });

    const failure = await failureOf(appTester(performOf('triggers', 'new_contact'), bundleWith()));

    expect(failure.name).toBe('ThrottledError');
    expect(failure.message).toMatch(/never arrived \(network error or timeout\)/);
  });

  it('on a create says the contact may have been saved, and is not retried', async () => {
    highLevel()
      .post('/contacts/')
      .delay(1000)
      .reply(201, { contact: { id: 'c-1' } });

    const failure = await failureOf(
      appTester(
        (z: any, bundle: any) => createContactFromInput(z, bundle, bundle.inputData),
        bundleWith({ email: 'slow@example.test' }),
      ),
    );

    expect(failure.name).not.toBe('ThrottledError');
    expect(failure.code).toBe('UnreadableAnswer');
    expect(failure.message).toMatch(/not known whether the contact was saved/);
  });
});
