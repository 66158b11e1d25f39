/**
 * What every operation test needs: the app as Zapier runs it, a connection's stored data, a
 * HighLevel stand-in on loopback (nock), and a reader for the errors the tester re-throws.
 */
import App from '../../index';
import customFields from '../fixtures/custom-fields.json';
import { API, appTester, authData, highLevelScope, useNock } from '../support/app';
import { failureOf as failureWith } from '../support/errors';

export { API, authData };
export const LOCATION = authData.locationId;
export const CONTACT = 'seD4PfOuKoVMLkEZqohJ';

type Kind = 'triggers' | 'creates' | 'searches';

/** Runs an operation's perform the way Zapier would, with the Zap's timezone in meta. */
export const run = (
  kind: Kind,
  key: string,
  inputData: Record<string, unknown> = {},
  meta: Record<string, unknown> = {},
): Promise<any> => {
  const operation = (App as unknown as Record<Kind, Record<string, any>>)[kind][key];
  if (!operation) throw new Error(`No ${kind} operation named ${key}`);
  return appTester(operation.operation.perform, {
    authData: { ...authData },
    inputData,
    meta: { timezone: 'America/Los_Angeles', ...meta },
  });
};

/** The app definition, for checks over every operation. */
export const app = App as unknown as Record<Kind, Record<string, any>>;

/** HighLevel, as nock answers it, asserting the Version header and the connection's token. */
export const highLevel = () =>
  highLevelScope({
    reqheaders: { version: '2021-07-28', authorization: `Bearer ${authData.access_token}` },
  });

/** Operations that return contacts may ask for the custom field names once per run. */
export const customFieldNames = () =>
  highLevelScope()
    .get(`/locations/${LOCATION}/customFields`)
    .query({ model: 'contact' })
    .optionally()
    .reply(200, { customFields });

/** nock for HighLevel around each test, shared with the other nock tests. */
export const useHighLevel = (): void => {
  useNock();
};

/** The message of the error an operation fails with. */
export const failureOf = async (promise: Promise<unknown>): Promise<string> =>
  (await failureWith(promise)).message;
