import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn, tokenRequest } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ quiet: true });
});

afterAll(() => sandbox.close());

beforeEach(() => sandbox.reset());

const redirectUri = 'https://zapier.example.test/oauth/return';

async function authorize(clientId: string) {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'contacts.readonly contacts.write',
    state: 'xyz',
  });
  return fetch(`${sandbox.url}/v2/oauth/chooselocation?${query}`, { redirect: 'manual' });
}

describe('OAuth', () => {
  it('redirects back with a code and the same state', async () => {
    const res = await authorize(sandbox.clientId);

    const target = new URL(res.headers.get('location')!);
    expect(res.status).toBe(302);
    expect(target.origin + target.pathname).toBe(redirectUri);
    expect(target.searchParams.get('state')).toBe('xyz');
    expect(target.searchParams.get('code')).toBeTruthy();
  });

  it('refuses an unknown client_id on the authorize page', async () => {
    const res = await authorize('someone-else');

    expect(res.status).toBe(400);
  });

  it('exchanges a code once for a Location token', async () => {
    const code = new URL(
      (await authorize(sandbox.clientId)).headers.get('location')!,
    ).searchParams.get('code')!;
    const form = {
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
      grant_type: 'authorization_code',
      code,
      user_type: 'Location',
      redirect_uri: redirectUri,
    };

    const first = await tokenRequest(sandbox, form);
    const second = await tokenRequest(sandbox, form);

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 86399,
      userType: 'Location',
      locationId: sandbox.locationId,
      companyId: sandbox.companyId,
      scope: 'contacts.readonly contacts.write',
    });
    expect(second.status).toBe(401);
    expect(sandbox.violations).toEqual([]);
  });

  it('answers 401 Invalid JWT after expiry, then a refresh rotates the pair', async () => {
    const { tokens, call } = await signIn(sandbox);
    sandbox.expireAccessTokens();
    const refreshForm = {
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      user_type: 'Location',
    };

    const expired = await call('GET', `/locations/${sandbox.locationId}`);
    const refreshed = await tokenRequest(sandbox, refreshForm);
    const reused = await tokenRequest(sandbox, refreshForm);
    const retried = await fetch(`${sandbox.url}/locations/${sandbox.locationId}`, {
      headers: { Authorization: `Bearer ${refreshed.body.access_token}`, Version: '2021-07-28' },
    });

    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ statusCode: 401, message: 'Invalid JWT' });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(reused.status).toBe(401);
    expect(reused.body.error).toBe('invalid_grant');
    expect(retried.status).toBe(200);
  });

  it('refuses a refresh with 400 "Location is not active" for a suspended location', async () => {
    const { tokens } = await signIn(sandbox);
    sandbox.setLocationActive(false);

    const reply = await tokenRequest(sandbox, {
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });

    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe('Location is not active');
  });

  it('refuses refresh tokens after they are revoked', async () => {
    const { tokens } = await signIn(sandbox);
    sandbox.revokeRefreshTokens();

    const reply = await tokenRequest(sandbox, {
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });

    expect(reply.status).toBe(401);
  });

  it('refuses an unknown form field on the token endpoint', async () => {
    const reply = await tokenRequest(sandbox, {
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: 'x',
      access_type: 'offline',
    });

    expect(reply.status).toBe(422);
    expect(reply.body.message).toEqual(['property access_type should not exist']);
  });
});
