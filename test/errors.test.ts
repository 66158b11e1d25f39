import { appTester, performOf, bundleWith, failureOf, useNock } from './support/app';

const highLevel = useNock();
const poll = () => appTester(performOf('triggers', 'new_contact'), bundleWith());
const search = () => highLevel().post('/contacts/search');

describe('errors from HighLevel', () => {
  it('asks Zapier to refresh the connection when the access token is rejected', async () => {
    search().reply(401, { statusCode: 401, message: 'Invalid JWT' });

    const failure = await failureOf(poll());

    expect(failure.name).toBe('RefreshAuthError');
  });

  it('names the missing permission instead of refreshing when a scope is missing', async () => {
    search().reply(401, {
      statusCode: 401,
      message:
        'This authClass type is not allowed to access this scope. Please reach out to support',
    });

    const failure = await failureOf(poll());

    expect(failure.name).not.toBe('RefreshAuthError');
    expect(failure.code).toBe('MissingScope');
    expect(failure.message).toMatch(/not allowed to access this scope/);
    expect(failure.message).toMatch(/Reconnect/);
  });

  it('says the connection belongs to another sub-account, without refreshing', async () => {
    search().reply(403, {
      statusCode: 403,
      message: 'The token does not have access to this location.',
    });

    const failure = await failureOf(poll());

    expect(failure.name).not.toBe('RefreshAuthError');
    expect(failure.message).toMatch(/different sub-account/);
  });

  it('throttles for the burst window HighLevel names', async () => {
    search().reply(
      429,
      { statusCode: 429, message: 'Too many requests' },
      {
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Interval-Milliseconds': '10000',
        'X-RateLimit-Daily-Remaining': '150000',
      },
    );

    const failure = await failureOf(poll());

    expect(failure.name).toBe('ThrottledError');
    expect(failure.delay).toBe(10);
  });

  it('throttles for longer, and says so, when the daily quota is spent', async () => {
    search().reply(
      429,
      { statusCode: 429, message: 'Too many requests' },
      {
        'X-RateLimit-Daily-Remaining': '0',
        'X-RateLimit-Interval-Milliseconds': '10000',
      },
    );

    const failure = await failureOf(poll());

    expect(failure.name).toBe('ThrottledError');
    expect(failure.delay).toBeGreaterThanOrEqual(3600);
    expect(failure.message).toMatch(/daily/);
  });

  it('prefers the Retry-After header when HighLevel sends one', async () => {
    search().reply(429, {}, { 'Retry-After': '7' });

    const failure = await failureOf(poll());

    expect(failure.delay).toBe(7);
  });

  it('reports a server fault on a read as temporary, so Zapier retries', async () => {
    search().reply(503, { statusCode: 503, message: 'Service Unavailable' });

    const failure = await failureOf(poll());

    expect(failure.name).toBe('ThrottledError');
    expect(failure.message).toMatch(/temporary problem/);
  });

  it('reports an answer cut short as a clear error, not a crash', async () => {
    search().reply(200, '{"contacts":[{"id":"c-1","firstN', { 'Content-Type': 'application/json' });

    const failure = await failureOf(poll());

    expect(failure.message).toMatch(/cut off or was not JSON/);
  });

  it('names the field HighLevel complains about in a 422', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(422, {
        statusCode: 422,
        message: ['email must be an email'],
        error: 'Unprocessable Entity',
      });

    const failure = await failureOf(
      appTester(performOf('searches', 'find_contact'), bundleWith({ email: 'ana@example.test' })),
    );

    expect(failure.message).toMatch(/Email: email must be an email/);
  });

  it('says which contact already exists when the location refuses duplicates', async () => {
    highLevel().get('/contacts/search/duplicate').query(true).reply(200, { contact: null });
    highLevel()
      .post('/contacts/upsert')
      .reply(400, {
        statusCode: 400,
        message: 'This location does not allow duplicated contacts.',
        meta: { contactId: 'c-777', contactName: 'Ana Lima', matchingField: 'email' },
      });

    const failure = await failureOf(
      appTester(
        performOf('creates', 'create_or_update_contact'),
        bundleWith({ email: 'ana@example.test' }),
      ),
    );

    expect(failure.message).toMatch(/c-777/);
    expect(failure.message).toMatch(/Find Contact/);
  });
});

describe('refusals that name the field', () => {
  it('names a refused custom value by its field, not by its place in the list', async () => {
    highLevel()
      .get('/locations/loc-test-1/customFields')
      .query(true)
      .reply(200, {
        customFields: [
          { id: 'cf-budget', name: 'Budget', fieldKey: 'contact.budget', dataType: 'MONETORY' },
        ],
      });
    highLevel()
      .put('/contacts/c-1')
      .reply(422, {
        statusCode: 422,
        message: ['customFields.0.field_value must be a number'],
      });

    const failure = await failureOf(
      appTester(
        performOf('creates', 'update_contact'),
        bundleWith({ contact_id: 'c-1', 'custom_field__cf-budget': '12' }),
      ),
    );

    expect(failure.message).toMatch(/Budget: customFields.0.field_value must be a number/);
    expect(failure.message).toMatch(/Correct the field named/);
  });

  it('does not point to a field when HighLevel names none', async () => {
    highLevel().put('/contacts/c-1').reply(400, { statusCode: 400, message: 'Bad Request' });

    const failure = await failureOf(
      appTester(
        performOf('creates', 'update_contact'),
        bundleWith({ contact_id: 'c-1', city: 'Akron' }),
      ),
    );

    expect(failure.message).toMatch(/Bad Request\. Check the values of this step/);
  });

  it("names the missing contact's ID when a task is created on a contact that is gone", async () => {
    highLevel()
      .post('/contacts/c-gone/tasks')
      .reply(400, { statusCode: 400, message: 'Contact not found' });

    const failure = await failureOf(
      appTester(
        performOf('creates', 'create_task'),
        bundleWith({ contact_id: 'c-gone', title: 'Call', due_date: '2026-12-07T10:00:00Z' }),
      ),
    );

    expect(failure.message).toMatch(/No contact with ID c-gone was found/);
  });

  it('returns no contact, not an error, when the lookup answers not found', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(400, { statusCode: 400, message: 'Contact not found' });

    const results = await appTester(
      performOf('searches', 'find_contact'),
      bundleWith({ email: 'nobody@example.test' }),
    );

    expect(results).toEqual([]);
  });
});
