// The marketplace authorize page and POST /oauth/token. Authorization codes and refresh tokens
// are single-use; a refresh returns a new pair (HighLevel: "the new refresh token is valid for a
// year as well"), and the old refresh token then answers 401 invalid_grant.
import { randomBytes } from 'node:crypto';
import { ApiError, badRequest, unprocessable } from './api-error';
import type { Answer } from './handler';
import type { Store } from './store';

export interface AccessGrant {
  expiresAtMs: number;
  scopes: string[];
}

export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  accessTokenTtlSeconds: number;
  defaultScopes: string[];
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  locationId: string;
  companyId: string;
  userId: string;
}

const invalidJwt = () => new ApiError(401, { statusCode: 401, message: 'Invalid JWT' });
const invalidGrant = (what: string) =>
  new ApiError(401, {
    statusCode: 401,
    message: `Invalid grant: ${what} is invalid`,
    error: 'invalid_grant',
  });

export class OAuth {
  private codes = new Map<string, { redirectUri: string; scopes: string[] }>();
  private access = new Map<string, AccessGrant>();
  private refresh = new Map<string, { scopes: string[] }>();

  constructor(
    private readonly config: OAuthConfig,
    private readonly store: Store,
  ) {}

  // GET /v2/oauth/chooselocation: auto-approves the sandbox location.
  authorize(query: URLSearchParams): Answer & { location?: string } {
    const redirectUri = query.get('redirect_uri');
    if (query.get('client_id') !== this.config.clientId) {
      return { status: 400, body: { statusCode: 400, message: 'Invalid client_id' } };
    }
    if (query.get('response_type') !== 'code' || !redirectUri) {
      return {
        status: 400,
        body: { statusCode: 400, message: 'response_type=code and redirect_uri are required' },
      };
    }
    const code = `sbx_code_${randomBytes(16).toString('hex')}`;
    const scopes = (query.get('scope') ?? '').split(/[\s+]+/).filter(Boolean);
    this.codes.set(code, {
      redirectUri,
      scopes: scopes.length ? scopes : this.config.defaultScopes,
    });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const state = query.get('state');
    if (state !== null) target.searchParams.set('state', state);
    return { status: 302, body: '', location: target.toString() };
  }

  // POST /oauth/token (form-encoded, already checked against the spec).
  token(form: Record<string, string>): Answer {
    if (
      form['client_id'] !== this.config.clientId ||
      form['client_secret'] !== this.config.clientSecret
    ) {
      throw new ApiError(401, {
        statusCode: 401,
        message: 'Client credentials are invalid',
        error: 'invalid_client',
      });
    }
    if (form['user_type'] && form['user_type'] !== 'Location') {
      throw unprocessable(['the sandbox issues Sub-Account (user_type=Location) tokens only']);
    }

    let scopes: string[];
    if (form['grant_type'] === 'authorization_code') {
      if (!form['code']) throw unprocessable(['code should not be empty']);
      const grant = this.codes.get(form['code']);
      if (!grant) throw invalidGrant('authorization code');
      if (form['redirect_uri'] && form['redirect_uri'] !== grant.redirectUri) {
        throw invalidGrant('redirect_uri');
      }
      this.codes.delete(form['code']);
      scopes = grant.scopes;
    } else if (form['grant_type'] === 'refresh_token') {
      if (!form['refresh_token']) throw unprocessable(['refresh_token should not be empty']);
      if (!this.store.location.active) throw badRequest('Location is not active');
      const grant = this.refresh.get(form['refresh_token']);
      if (!grant) throw invalidGrant('refresh token');
      this.refresh.delete(form['refresh_token']);
      scopes = grant.scopes;
    } else {
      throw unprocessable(['grant_type client_credentials is not supported by the sandbox']);
    }

    const pair = this.issue(scopes);
    return {
      status: 200,
      body: {
        ...pair,
        token_type: 'Bearer',
        expires_in: this.config.accessTokenTtlSeconds,
        scope: scopes.join(' '),
        userType: 'Location',
        isBulkInstallation: false,
      },
    };
  }

  issue(scopes: string[] = this.config.defaultScopes): TokenPair {
    const accessToken = `sbx_at_${randomBytes(24).toString('base64url')}`;
    const refreshToken = `sbx_rt_${randomBytes(24).toString('base64url')}`;
    this.access.set(accessToken, {
      expiresAtMs: Date.now() + this.config.accessTokenTtlSeconds * 1000,
      scopes,
    });
    this.refresh.set(refreshToken, { scopes });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      locationId: this.store.location.id,
      companyId: this.store.location.companyId,
      userId: this.store.users[0]?.id ?? this.store.location.id,
    };
  }

  // The grant behind an Authorization header, or the 401 HighLevel sends.
  check(header: string | undefined): AccessGrant {
    const token = /^Bearer (\S+)$/i.exec(header ?? '')?.[1];
    const grant = token ? this.access.get(token) : undefined;
    if (!grant || grant.expiresAtMs <= Date.now()) throw invalidJwt();
    return grant;
  }

  expire(header: string | undefined): void {
    const token = /^Bearer (\S+)$/i.exec(header ?? '')?.[1];
    if (token) this.access.delete(token);
  }

  expireAccessTokens(): void {
    this.access.clear();
  }

  revokeRefreshTokens(): void {
    this.refresh.clear();
  }
}

export const scopeRefused = () =>
  new ApiError(401, {
    statusCode: 401,
    message:
      'This authClass type is not allowed to access this scope. ' +
      'Please reach out to the Platform team to get it added.',
  });
