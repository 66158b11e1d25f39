/**
 * The app as Zapier runs it, for tests: the app tester, a connection's stored data, and readers
 * for the errors zapier-platform-core wraps as JSON.
 */
import nock from 'nock';
import zapier from 'zapier-platform-core';

import App from '../../index';
import { loadSpecCheck, type SpecCheck } from '../../sandbox/spec-check';
import { errorOf, failureOf } from './errors';

export { errorOf, failureOf };

export const API = 'http://127.0.0.1:4010';

const tester = zapier.createAppTester(App) as unknown as ((
  fn: unknown,
  bundle?: object,
) => Promise<any>) & { zcacheTestObj: object };

/** Runs an operation's function as Zapier would; results are loosely typed for assertions. */
export const appTester = (fn: unknown, bundle?: object): Promise<any> => tester(fn, bundle);

type Kind = 'triggers' | 'creates' | 'searches';

/** The perform function of an operation, by kind and key. */
export const performOf = (kind: Kind, key: string): unknown =>
  (App as unknown as Record<Kind, Record<string, { operation: { perform: unknown } }>>)[kind][key]
    ?.operation.perform;

export const authData = {
  access_token: 'test-access-token-abc123',
  refresh_token: 'test-refresh-token-def456',
  locationId: 'loc-test-1',
  companyId: 'company-test-1',
  userId: 'user-test-1',
  locationName: 'Sunrise Dental Studio',
  locationCountry: 'US',
  locationTimezone: 'America/New_York',
};

export const bundleWith = (inputData: Record<string, unknown> = {}, meta: object = {}) => ({
  authData: { ...authData },
  inputData,
  meta: { timezone: 'America/New_York', ...meta },
});

let specCheck: SpecCheck | undefined;
const specProblems: string[] = [];

const parsedBody = (body: string, contentType: unknown): unknown => {
  if (!body) return undefined;
  if (String(contentType).includes('x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(body));
  }
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};

/**
 * A nock scope for HighLevel whose every intercepted request is also checked against
 * HighLevel's OpenAPI documents, as the sandbox checks them: a mocked test cannot pass on a
 * request the real API would refuse.
 */
export const highLevelScope = (options: nock.Options = {}) =>
  nock(API, options).on('request', (req, _interceptor, body: string) => {
    const headers = req.headers as Record<string, string>;
    const checked = specCheck?.({
      method: req.method ?? 'GET',
      path: req.path,
      headers,
      body: parsedBody(body, headers['content-type']),
    });
    if (checked?.problems.length) {
      specProblems.push(`${req.method} ${checked.route}: ${checked.problems.join('; ')}`);
    }
  });

/** nock for HighLevel, with every other host refused. */
export const useNock = () => {
  beforeAll(async () => {
    specCheck ??= await loadSpecCheck();
    process.env.HIGHLEVEL_API_URL = API;
    process.env.CLIENT_ID = 'client-id-test';
    process.env.CLIENT_SECRET = 'client-secret-test';
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  beforeEach(() => {
    // Each test starts with an empty Zapier cache, as a new Zap would.
    tester.zcacheTestObj = {};
  });
  afterEach(() => {
    nock.cleanAll();
    const problems = specProblems.splice(0);
    expect(problems).toEqual([]);
  });
  afterAll(() => {
    // nock patches Node's shared http module; leaving it on would swallow the next test file's
    // requests in the same jest worker.
    nock.enableNetConnect();
    nock.restore();
  });
  return () => highLevelScope({ reqheaders: { version: '2021-07-28' } });
};

/** The location's custom fields, for steps that label them; optional, so unused is fine. */
export const stubDefinitions = (definitions: object) =>
  highLevelScope()
    .get('/locations/loc-test-1/customFields')
    .query(true)
    .optionally()
    .reply(200, definitions);
