import nock from 'nock';

import { API, CONTACT, LOCATION, failureOf, highLevel, run, useHighLevel } from './support';

useHighLevel();

describe('api_request', () => {
  it('sends the request with the connection and Version header', async () => {
    const scope = highLevel()
      .get(`/contacts/business/biz-1`)
      .query({ locationId: LOCATION })
      .reply(200, { contacts: [], count: 0 });

    const result = await run('creates', 'api_request', {
      method: 'GET',
      path: `contacts/business/biz-1`,
      query: { locationId: LOCATION },
    });

    scope.done();
    expect(result).toEqual({ contacts: [], count: 0 });
  });

  it('sends the JSON body as written', async () => {
    const scope = highLevel()
      .post(`/contacts/${CONTACT}/notes`, { body: 'From the API step' })
      .reply(201, { note: { id: 'n-5' } });

    await run('creates', 'api_request', {
      method: 'post',
      path: `/contacts/${CONTACT}/notes`,
      body: '{"body": "From the API step"}',
    });

    scope.done();
  });

  it('accepts a full address on the HighLevel host', async () => {
    const scope = highLevel()
      .get('/locations/loc-ops-1')
      .reply(200, { location: { id: LOCATION } });

    await run('creates', 'api_request', { method: 'GET', path: `${API}/locations/loc-ops-1` });

    scope.done();
  });

  it('wraps a list answer so later steps can use it', async () => {
    highLevel().get('/things').reply(200, [1, 2]);

    expect(await run('creates', 'api_request', { method: 'GET', path: '/things' })).toEqual({
      response: [1, 2],
    });
  });

  it.each([
    'https://attacker.example/steal',
    '//attacker.example/steal',
    'http://127.0.0.1:4012/contacts',
  ])('refuses to send the connection to another host (%s)', async (path) => {
    const message = await failureOf(run('creates', 'api_request', { method: 'GET', path }));

    expect(message).toMatch(/"Path" field points outside HighLevel's API/);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it.each(['/contacts/../oauth/token', '/contacts?locationId=x', '/contacts/{id}', ''])(
    'refuses a path that is not a plain API path (%s)',
    async (path) => {
      expect(await failureOf(run('creates', 'api_request', { method: 'GET', path }))).toMatch(
        /"Path" field/,
      );
    },
  );

  it('refuses a body that is not JSON', async () => {
    const message = await failureOf(
      run('creates', 'api_request', { method: 'POST', path: '/contacts/', body: '{title: x}' }),
    );

    expect(message).toMatch(/"Body" field is not valid JSON/);
  });

  it('refuses a method HighLevel does not use here', async () => {
    expect(
      await failureOf(run('creates', 'api_request', { method: 'TRACE', path: '/contacts/' })),
    ).toMatch(/"Method" field should be one of GET, POST, PUT, DELETE/);
  });

  it('passes on HighLevel errors like any other step', async () => {
    highLevel().get('/contacts/c-gone').reply(404, { statusCode: 404, message: 'Not found' });

    expect(
      await failureOf(run('creates', 'api_request', { method: 'GET', path: '/contacts/c-gone' })),
    ).toMatch(/was found in this HighLevel location/);
  });
});
