/**
 * HighLevel's marketplace OAuth 2.0: the user picks a sub-account (location) on HighLevel's
 * chooselocation page, Zapier exchanges the code for a location token, and the app keeps the
 * location, company and user ids that come with it.
 */
import type { Authentication, Bundle, HttpResponse, ZObject } from 'zapier-platform-core';

import { locationIdOf, callHighLevel } from './lib/client';
import { SCOPES, apiBaseUrl, marketplaceBaseUrl } from './lib/config';
import { locationEnvelopeSchema, tokenSchema, type TokenResponse } from './lib/schemas';

const authorizeUrl = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    scope: SCOPES.join(' '),
    state: String(bundle.inputData.state ?? ''),
  });
  return `${marketplaceBaseUrl()}/v2/oauth/chooselocation?${params.toString()}`;
};

const reasonOf = (response: HttpResponse): string => {
  try {
    const body = JSON.parse(response.content) as Record<string, unknown>;
    const reason = body.error_description ?? body.message ?? body.error;
    return Array.isArray(reason) ? reason.join('; ') : String(reason ?? `HTTP ${response.status}`);
  } catch {
    return `HTTP ${response.status}`;
  }
};

/** Token requests are form-encoded and carry no Version header (spec: oauth /oauth/token). */
const requestToken = async (
  z: ZObject,
  form: Record<string, string>,
): Promise<{ response: HttpResponse; token?: TokenResponse }> => {
  const response = await z.request({
    url: `${apiBaseUrl()}/oauth/token`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: process.env.CLIENT_ID ?? '',
      client_secret: process.env.CLIENT_SECRET ?? '',
      user_type: 'Location',
      ...form,
    }).toString(),
    skipThrowForStatus: true,
  });
  if (response.status >= 300) return { response };
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.content);
  } catch {
    return { response };
  }
  const checked = tokenSchema.safeParse(parsed);
  return { response, token: checked.success ? checked.data : undefined };
};

/** Stored with the connection: everything later calls need, nothing they could re-derive. */
const authDataFrom = (token: TokenResponse, previous: Record<string, string> = {}) => ({
  access_token: token.access_token,
  // HighLevel rotates refresh tokens: the one just used is spent, so the new one must be kept.
  refresh_token: token.refresh_token,
  locationId: token.locationId ?? previous.locationId ?? '',
  companyId: token.companyId ?? previous.companyId ?? '',
  userId: token.userId ?? previous.userId ?? '',
});

/** The location's country and timezone are read once here, so no action pays for them later. */
const locationDetails = async (
  z: ZObject,
  authData: { access_token: string; locationId: string },
) => {
  try {
    const { location } = await callHighLevel(z, {
      method: 'GET',
      route: '/locations/{locationId}',
      pathParams: { locationId: authData.locationId },
      accessToken: authData.access_token,
      schema: locationEnvelopeSchema,
      resource: 'location',
    });
    return {
      locationName: location.name ?? '',
      locationCountry: location.country ?? '',
      locationTimezone: location.timezone ?? '',
    };
  } catch {
    // Missing details only cost phone numbers their default country; the connection still works.
    return { locationName: '', locationCountry: '', locationTimezone: '' };
  }
};

const getAccessToken = async (z: ZObject, bundle: Bundle) => {
  const { response, token } = await requestToken(z, {
    grant_type: 'authorization_code',
    code: String(bundle.inputData.code ?? ''),
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
  });
  if (!token) {
    throw new z.errors.Error(
      `HighLevel did not complete the connection: ${reasonOf(response)}. Start connecting again.`,
      'TokenExchangeFailed',
      response.status,
    );
  }
  if (!token.locationId) {
    throw new z.errors.Error(
      'HighLevel connected an agency account instead of a sub-account. Connect again and pick ' +
        "one sub-account (location) on HighLevel's page.",
      'AgencyToken',
      400,
    );
  }
  const authData = authDataFrom(token);
  return { ...authData, ...(await locationDetails(z, authData)) };
};

const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const { response, token } = await requestToken(z, {
    grant_type: 'refresh_token',
    refresh_token: bundle.authData.refresh_token ?? '',
  });
  if (!token) {
    throw new z.errors.ExpiredAuthError(
      `HighLevel would not renew this connection (${reasonOf(response)}). Reconnect your ` +
        'HighLevel account; if the sub-account was deactivated, ask its agency to reactivate it.',
    );
  }
  return authDataFrom(token, bundle.authData);
};

const test = async (z: ZObject, bundle: Bundle) => {
  const { location } = await callHighLevel(z, {
    method: 'GET',
    route: '/locations/{locationId}',
    pathParams: { locationId: locationIdOf(bundle) },
    schema: locationEnvelopeSchema,
    resource: 'location',
  });
  return { id: location.id, name: location.name || location.id };
};

export default {
  type: 'oauth2',
  oauth2Config: {
    authorizeUrl,
    getAccessToken,
    refreshAccessToken,
    scope: SCOPES.join(' '),
    // Core's autoRefresh would turn every 401 into a refresh, including HighLevel's 401 for a
    // missing scope, which no refresh can fix. lib/errors.ts asks for a refresh itself, and only
    // when the token is what HighLevel rejected.
    autoRefresh: false,
  },
  fields: [
    { key: 'locationId', type: 'string', required: false, computed: true },
    { key: 'companyId', type: 'string', required: false, computed: true },
    { key: 'userId', type: 'string', required: false, computed: true },
  ],
  test,
  connectionLabel: '{{name}}',
} satisfies Authentication;
