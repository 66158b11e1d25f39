// Public entry point: start a HighLevel API v2 stand-in on 127.0.0.1 for tests and demos.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { controlApi } from './control';
import { Faults, type Fault } from './faults';
import { OAuth, type TokenPair } from './oauth';
import { RateLimiter, type RateLimitConfig } from './rate-limit';
import { createStore, type SeedOptions } from './seed';
import {
  handleRequest,
  type RecordedRequest,
  type ServerState,
  type SpecViolation,
} from './server';
import { loadSpec } from './spec-loader';
import type { Store } from './store';

export type { Fault, RecordedRequest, SpecViolation, TokenPair, Store };

export interface SandboxOptions {
  port?: number;
  seed?: SeedOptions | false;
  clientId?: string;
  clientSecret?: string;
  accessTokenTtlSeconds?: number;
  rateLimit?: RateLimitConfig | false;
  quiet?: boolean;
}

export interface Sandbox {
  url: string;
  locationId: string;
  companyId: string;
  userId: string;
  clientId: string;
  clientSecret: string;
  requests: RecordedRequest[];
  violations: SpecViolation[];
  store: Store;
  inject(fault: Fault): void;
  clearFaults(): void;
  faults(): Fault[];
  expireAccessTokens(): void;
  revokeRefreshTokens(): void;
  setLocationActive(active: boolean): void;
  setRateLimit(limit: RateLimitConfig | false): void;
  issueTokens(options?: { scopes?: string[] }): Promise<TokenPair>;
  reset(): void;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const spec = await loadSpec();
  const clientId = options.clientId ?? 'sandbox-client-id';
  const clientSecret = options.clientSecret ?? 'sandbox-client-secret';
  const seed = options.seed === undefined ? {} : options.seed;
  // Every scope some served route needs, so tokens minted without a scope list can call them all.
  const allScopes = [...new Set([...spec.scopes.values()].flat(2))];
  const oauthConfig = {
    clientId,
    clientSecret,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 86399,
    defaultScopes: allScopes,
  };

  const store = createStore(seed);
  const state: ServerState = {
    spec,
    store,
    oauth: new OAuth(oauthConfig, store),
    faults: new Faults(),
    rateLimiter: new RateLimiter(options.rateLimit ?? { max: 100, intervalMs: 10_000 }),
    requests: [],
    violations: [],
    quiet: Boolean(options.quiet),
    control: async () => ({ status: 500, body: {} }),
  };

  const server = createServer((req, res) => {
    handleRequest(state, req, res).catch((err: Error) => {
      console.error('HighLevel sandbox crashed on a request:', err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 500, message: 'Sandbox error' }));
    });
  });
  // Loopback only: the sandbox is never reachable from another machine.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const sandbox: Sandbox = {
    url: `http://127.0.0.1:${port}`,
    get locationId() {
      return state.store.location.id;
    },
    get companyId() {
      return state.store.location.companyId;
    },
    get userId() {
      return state.store.users[0]?.id ?? state.store.location.id;
    },
    clientId,
    clientSecret,
    get requests() {
      return state.requests;
    },
    get violations() {
      return state.violations;
    },
    get store() {
      return state.store;
    },
    inject: (fault) => state.faults.inject(fault),
    clearFaults: () => state.faults.clear(),
    faults: () => state.faults.list(),
    expireAccessTokens: () => state.oauth.expireAccessTokens(),
    revokeRefreshTokens: () => state.oauth.revokeRefreshTokens(),
    setLocationActive: (active) => {
      state.store.location.active = active;
    },
    setRateLimit: (limit) => {
      state.rateLimiter.config = limit;
      state.rateLimiter.reset();
    },
    issueTokens: async (o) => state.oauth.issue(o?.scopes),
    // Same seed again: same ids, fresh tokens, no faults, empty logs.
    reset: () => {
      state.store = createStore(seed);
      state.oauth = new OAuth(oauthConfig, state.store);
      state.faults.clear();
      state.rateLimiter.reset();
      state.requests.length = 0;
      state.violations.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  state.control = controlApi(() => sandbox);
  return sandbox;
}
