/**
 * A fresh sandbox per test file, with the app pointed at it and connected through the real OAuth
 * flow. Every file ends by checking that no request or response broke HighLevel's spec.
 */
import App from '../../index';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { ZapierRunner } from '../../scripts/zapier-runner';

export interface Connected {
  sandbox: Sandbox;
  zap: ZapierRunner;
}

const followAuthorize = async (url: string): Promise<string> => {
  const response = await fetch(url, { redirect: 'manual' });
  return response.headers.get('location') ?? '';
};

/**
 * zapier-platform-core wraps Node's shared http.request once per process to log raw requests.
 * Done before nock is active, that wrapper keeps the real http.request, and nock test files run
 * later in the same jest worker then reach the network instead of their mocks. The app makes
 * every request through z.request, so the sandbox tests lose nothing by skipping the wrapper.
 */
(App as unknown as { flags: Record<string, unknown> }).flags.skipHttpPatch = true;

export const useSandbox = (options: SandboxOptions = {}): Connected => {
  const connected = {} as Connected;

  beforeAll(async () => {
    connected.sandbox = await startSandbox({ quiet: true, ...options });
    process.env.HIGHLEVEL_API_URL = connected.sandbox.url;
    process.env.HIGHLEVEL_MARKETPLACE_URL = connected.sandbox.url;
    process.env.CLIENT_ID = connected.sandbox.clientId;
    process.env.CLIENT_SECRET = connected.sandbox.clientSecret;
    connected.zap = new ZapierRunner();
    await connected.zap.connect('https://zapier.example/oauth/return', followAuthorize);
  });

  afterAll(async () => {
    const violations = connected.sandbox?.violations ?? [];
    await connected.sandbox?.close();
    // A malformed request must never pass unnoticed, even in a test that did not look for it.
    expect(violations).toEqual([]);
  });

  return connected;
};

/** Requests the sandbox received from here on, for counting what an operation costs. */
export const requestsDuring = async <T>(sandbox: Sandbox, work: () => Promise<T>) => {
  const before = sandbox.requests.length;
  const result = await work();
  return { result, requests: sandbox.requests.slice(before) };
};
