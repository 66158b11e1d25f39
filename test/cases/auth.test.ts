/**
 * B08: an expired access token is refreshed once and the poll carries on, with the exact
 * token request HighLevel expects. Runs through the runner, which does what Zapier does when
 * the app asks for a refresh.
 */
import nock from 'nock';

import { ZapierRunner } from '../../scripts/zapier-runner';
import { API, authData, stubDefinitions, useNock } from '../support/app';

const highLevel = useNock();

describe('B08 an access token that expired during the day', () => {
  // The connection worked for a while, then every call failed until the user reconnected.
  it('is refreshed exactly once with a form-encoded refresh_token grant, and the poll succeeds', async () => {
    const zap = new ZapierRunner(authData);
    stubDefinitions({ customFields: [] });
    highLevel()
      .post('/contacts/search')
      .matchHeader('authorization', `Bearer ${authData.access_token}`)
      .once()
      .reply(401, { statusCode: 401, message: 'Invalid JWT' });
    let form: Record<string, string> = {};
    const token = nock(API)
      .post('/oauth/token', (body: string) => {
        form = Object.fromEntries(new URLSearchParams(body));
        return true;
      })
      .matchHeader('content-type', /application\/x-www-form-urlencoded/)
      .once()
      .reply(200, {
        access_token: 'fresh-access-token-777',
        refresh_token: 'fresh-refresh-token-888',
        token_type: 'Bearer',
        expires_in: 86399,
        locationId: 'loc-test-1',
      });
    const retried = highLevel()
      .post('/contacts/search')
      .matchHeader('authorization', 'Bearer fresh-access-token-777')
      .reply(200, { contacts: [{ id: 'c-101', dateAdded: '2026-02-01T10:00:00.000Z' }], total: 1 });

    nock.emitter.on('no match', (req: any) =>
      process.stderr.write(
        'NO MATCH ' + req.method + ' ' + req.path + ' ' + JSON.stringify(req.headers) + '\n',
      ),
    );
    const items = await zap.poll('new_contact');

    token.done();
    retried.done();
    expect(form).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: authData.refresh_token,
    });
    expect(zap.refreshes).toBe(1);
    expect(items.map((item) => item.id)).toEqual(['c-101']);
    expect(zap.authData).toMatchObject({
      access_token: 'fresh-access-token-777',
      refresh_token: 'fresh-refresh-token-888',
      locationId: 'loc-test-1',
    });
  });
});
