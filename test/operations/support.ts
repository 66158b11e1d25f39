/**
 * What every operation test needs: the app as Zapier runs it, a connection's stored data, a
 * HighLevel stand-in on loopback (nock), and a reader for the errors the tester re-throws.
 */
import nock from 'nock';
import zapier from 'zapier-platform-core';

import App from '../../index';
import customFields from '../fixtures/custom-fields.json';

export const API = 'http://127.0.0.1:4011';
export const LOCATION = 'loc-ops-1';
export const CONTACT = 'seD4PfOuKoVMLkEZqohJ';

type Kind = 'triggers' | 'creates' | 'searches';
type Tester = ((fn: unknown, bundle?: object) => Promise<any>) & { zcacheTestObj: object };

const tester = zapier.createAppTester(App) as unknown as Tester;

export const authData = {
  access_token: 'ops-access-token-123',
  refresh_token: 'ops-refresh-token-456',
  locationId: LOCATION,
  companyId: 'company-ops-1',
  userId: 'user-ops-1',
  locationCountry: 'US',
};

/** Runs an operation's perform the way Zapier would, with the Zap's timezone in meta. */
export const run = (
  kind: Kind,
  key: string,
  inputData: Record<string, unknown> = {},
  meta: Record<string, unknown> = {},
): Promise<any> => {
  const operation = (App as unknown as Record<Kind, Record<string, any>>)[kind][key];
  if (!operation) throw new Error(`No ${kind} operation named ${key}`);
  return tester(operation.operation.perform, {
    authData: { ...authData },
    inputData,
    meta: { timezone: 'America/Los_Angeles', ...meta },
  });
};

/** The app definition, for checks over every operation. */
export const app = App as unknown as Record<Kind, Record<string, any>>;

/** HighLevel, as nock answers it, asserting the Version header and the connection's token. */
export const highLevel = () =>
  nock(API, {
    reqheaders: { version: '2021-07-28', authorization: `Bearer ${authData.access_token}` },
  });

/** Operations that return contacts may ask for the custom field names once per run. */
export const customFieldNames = () =>
  nock(API)
    .get(`/locations/${LOCATION}/customFields`)
    .query({ model: 'contact' })
    .optionally()
    .reply(200, { customFields });

export const useHighLevel = () => {
  beforeAll(() => {
    process.env.HIGHLEVEL_API_URL = API;
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  beforeEach(() => {
    tester.zcacheTestObj = {};
  });
  afterEach(() => nock.cleanAll());
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
};

/** The message of the error an operation fails with. */
export const failureOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    const message = (error as Error).message;
    try {
      return String((JSON.parse(message) as { message?: string }).message ?? message);
    } catch {
      return message;
    }
  }
  throw new Error('The operation was expected to fail but succeeded');
};
