import nock from 'nock';

import App from '../index';
import { appTester, authData, bundleWith, failureOf, highLevelScope, useNock } from './support/app';

const highLevel = useNock();
const { oauth2Config } = App.authentication as unknown as {
  oauth2Config: {
    authorizeUrl: (...args: unknown[]) => Promise<string>;
    getAccessToken: (...args: unknown[]) => Promise<Record<string, string>>;
    refreshAccessToken: (...args: unknown[]) => Promise<Record<string, string>>;
  };
};

const tokenAnswer = {
  access_token: 'new-access-token-111',
  token_type: 'Bearer',
  expires_in: 86399,
  refresh_token: 'new-refresh-token-222',
  scope: 'contacts.readonly contacts.write',
  userType: 'Location',
  locationId: 'loc-test-1',
  companyId: 'company-test-1',
  userId: 'user-test-1',
};

const formOf = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('authentication', () => {
  beforeAll(() => {
    process.env.HIGHLEVEL_MARKETPLACE_URL = 'http://127.0.0.1:4011';
  });

  it("sends the user to HighLevel's sub-account chooser with the app's scopes", async () => {
    const url = new URL(
      await appTester(oauth2Config.authorizeUrl, {
        inputData: {
          redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1/',
          state: 's1',
        },
      }),
    );

    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4011/v2/oauth/chooselocation');
    expect(url.searchParams.get('client_id')).toBe('client-id-test');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('state')).toBe('s1');
    expect(url.searchParams.get('scope')).toContain('contacts.write');
  });

  it('exchanges the code for a sub-account token and keeps its location, company and user', async () => {
    let form: Record<string, string> = {};
    highLevelScope()
      .post('/oauth/token', (body) => {
        form = formOf(body);
        return true;
      })
      .reply(200, tokenAnswer);
    highLevel()
      .get('/locations/loc-test-1')
      .matchHeader('authorization', 'Bearer new-access-token-111')
      .reply(200, {
        location: {
          id: 'loc-test-1',
          name: 'Sunrise Dental Studio',
          country: 'US',
          timezone: 'America/New_York',
        },
      });

    const stored = await appTester(oauth2Config.getAccessToken, {
      inputData: { code: 'code-1', redirect_uri: 'https://zapier.example/return' },
    });

    expect(form).toMatchObject({
      grant_type: 'authorization_code',
      code: 'code-1',
      user_type: 'Location',
      client_id: 'client-id-test',
      client_secret: 'client-secret-test',
    });
    expect(stored).toMatchObject({
      access_token: 'new-access-token-111',
      refresh_token: 'new-refresh-token-222',
      locationId: 'loc-test-1',
      companyId: 'company-test-1',
      userId: 'user-test-1',
      locationCountry: 'US',
    });
  });

  it('refuses an agency token, which cannot work with one sub-account', async () => {
    highLevelScope()
      .post('/oauth/token')
      .reply(200, { ...tokenAnswer, userType: 'Company', locationId: undefined });

    const failure = await failureOf(
      appTester(oauth2Config.getAccessToken, { inputData: { code: 'code-1' } }),
    );

    expect(failure.message).toMatch(/agency account instead of a sub-account/);
  });

  it('stores the new refresh token after every refresh, since HighLevel rotates it', async () => {
    let form: Record<string, string> = {};
    highLevelScope()
      .post('/oauth/token', (body) => {
        form = formOf(body);
        return true;
      })
      .reply(200, tokenAnswer);

    const stored = await appTester(oauth2Config.refreshAccessToken, bundleWith());

    expect(form).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: authData.refresh_token,
    });
    expect(stored).toMatchObject({
      access_token: 'new-access-token-111',
      refresh_token: 'new-refresh-token-222',
      locationId: 'loc-test-1',
    });
  });

  it("asks the user to reconnect, quoting HighLevel's reason, when a refresh is refused", async () => {
    highLevelScope()
      .post('/oauth/token')
      .reply(400, { statusCode: 400, message: 'Location is not active' });

    const failure = await failureOf(appTester(oauth2Config.refreshAccessToken, bundleWith()));

    expect(failure.name).toBe('ExpiredAuthError');
    expect(failure.message).toMatch(/Location is not active/);
    expect(failure.message).toMatch(/Reconnect/);
  });

  it("labels the connection with the location's name", async () => {
    highLevel()
      .get('/locations/loc-test-1')
      .reply(200, { location: { id: 'loc-test-1', name: 'Sunrise Dental Studio' } });

    const result = await appTester((App.authentication as { test: unknown }).test, bundleWith());

    expect(result).toEqual({ id: 'loc-test-1', name: 'Sunrise Dental Studio' });
    expect((App.authentication as { connectionLabel: unknown }).connectionLabel).toBe('{{name}}');
  });

  it('sends the bearer token and the API version on every API call', async () => {
    const call = highLevelScope()
      .get('/locations/loc-test-1')
      .matchHeader('authorization', `Bearer ${authData.access_token}`)
      .matchHeader('version', '2021-07-28')
      .reply(200, { location: { id: 'loc-test-1', name: 'x' } });

    await appTester((App.authentication as { test: unknown }).test, bundleWith());

    call.done();
  });
});
