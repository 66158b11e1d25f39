/**
 * Runs the app's operations in process through zapier-platform-core's own runtime, doing the
 * few things Zapier's servers do around each run: keep the connection's data, refresh it once
 * when the app asks (RefreshAuthError) and retry, and remember which trigger items were seen.
 */
import zapier from 'zapier-platform-core';

import App from '../index';

type Kind = 'triggers' | 'creates' | 'searches';
type AuthData = Record<string, string>;
type Operation = { operation: { perform: unknown; inputFields?: unknown[] } };

const rawTester = zapier.createAppTester(App) as unknown as (
  fn: unknown,
  bundle?: object,
) => Promise<any>;
const tester = (fn: unknown, bundle?: object) => captured(() => rawTester(fn, bundle));

const oauth2 = (App.authentication as unknown as { oauth2Config: Record<string, unknown> })
  .oauth2Config;

/**
 * What the app and the runtime write to the console during runs, kept instead of printed: it is
 * what Zapier's logs would hold, and what the log scan reads.
 */
export const capturedLogs: string[] = [];
let capturing = 0;
const originalConsole = { log: console.log, error: console.error, warn: console.warn };

const startCapture = () => {
  if (capturing++ > 0) return;
  const keep = (...args: unknown[]) => {
    capturedLogs.push(
      args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '),
    );
  };
  console.log = keep;
  console.error = keep;
  console.warn = keep;
};

const stopCapture = () => {
  if (--capturing > 0) return;
  Object.assign(console, originalConsole);
};

const captured = async <T>(work: () => Promise<T>): Promise<T> => {
  startCapture();
  try {
    return await work();
  } finally {
    stopCapture();
  }
};

export const isRefreshRequest = (error: unknown): boolean =>
  (error as { name?: string })?.name === 'RefreshAuthError';

export class ZapierRunner {
  authData: AuthData;
  refreshes = 0;
  private readonly seen = new Map<string, Set<string>>();
  private refreshing: Promise<void> | null = null;

  constructor(
    authData: AuthData = {},
    private readonly timezone = 'America/New_York',
  ) {
    this.authData = { ...authData };
  }

  /** The whole OAuth dance as Zapier does it, against a marketplace that redirects at once. */
  async connect(redirectUri: string, follow: (url: string) => Promise<string>): Promise<string> {
    const state = `state-${Date.now()}`;
    const authorizeUrl: string = await tester(oauth2.authorizeUrl, {
      inputData: { redirect_uri: redirectUri, state },
    });
    const callback = new URL(await follow(authorizeUrl));
    if (callback.searchParams.get('state') !== state) {
      throw new Error('The authorize redirect did not return the state Zapier sent');
    }
    this.authData = await tester(oauth2.getAccessToken, {
      inputData: { code: callback.searchParams.get('code'), redirect_uri: redirectUri, state },
    });
    const tested = await this.call((App.authentication as { test: unknown }).test, {});
    return String(tested.name);
  }

  private async refresh(): Promise<void> {
    // One refresh for one expired token, however many calls noticed it at once: HighLevel's
    // refresh tokens are single use, so a second refresh would break the connection.
    this.refreshing ??= (async () => {
      const fresh = await tester(oauth2.refreshAccessToken, { authData: this.authData });
      this.authData = { ...this.authData, ...fresh };
      this.refreshes += 1;
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Runs one function with the connection, refreshing and retrying once when asked to. */
  async call(fn: unknown, inputData: Record<string, unknown>, meta: object = {}): Promise<any> {
    const bundle = () => ({
      authData: this.authData,
      inputData,
      meta: { timezone: this.timezone, isLoadingSample: false, page: 0, limit: -1, ...meta },
    });
    const tokenUsed = this.authData.access_token;
    try {
      return await tester(fn, bundle());
    } catch (error) {
      if (!isRefreshRequest(error)) throw error;
      if (this.authData.access_token === tokenUsed) await this.refresh();
      return tester(fn, bundle());
    }
  }

  operation(kind: Kind, key: string): Operation {
    const found = (App as unknown as Record<Kind, Record<string, Operation>>)[kind][key];
    if (!found) throw new Error(`The app has no ${kind} ${key}`);
    return found;
  }

  run(kind: Kind, key: string, inputData: Record<string, unknown> = {}, meta: object = {}) {
    return this.call(this.operation(kind, key).operation.perform, inputData, meta);
  }

  /**
   * A Find or Create step as Zapier runs it: the search first, and the create only when the
   * search finds nothing. The step's result is the first contact, task or note found, or the
   * one created.
   */
  async searchOrCreate(
    key: string,
    searchInput: Record<string, unknown>,
    createInput: Record<string, unknown>,
  ): Promise<{ result: any; created: boolean }> {
    type Pair = { search: string; create: string };
    const pairs = (App as unknown as { searchOrCreates?: Record<string, Pair> }).searchOrCreates;
    const pair = pairs?.[key];
    if (!pair) throw new Error(`The app has no find-or-create ${key}`);
    const found: unknown[] = await this.run('searches', pair.search, searchInput);
    if (found.length) return { result: found[0], created: false };
    return { result: await this.run('creates', pair.create, createInput), created: true };
  }

  /** A poll as Zapier sees it: only items whose id it has not seen before fire. */
  async poll(key: string, inputData: Record<string, unknown> = {}): Promise<any[]> {
    const items: Array<{ id: string }> = await this.run('triggers', key, inputData);
    const seen = this.seen.get(key) ?? new Set<string>();
    this.seen.set(key, seen);
    const fresh = items.filter((item) => !seen.has(item.id));
    for (const item of items) seen.add(item.id);
    return fresh;
  }
}
