/**
 * Where the app talks to. Both hosts are settings so the same build can run against the local
 * sandbox or a real HighLevel location; the defaults are HighLevel's production hosts.
 */

/** The API version every HighLevel v2 endpoint the app calls requires (the specs' only enum). */
export const API_VERSION = '2021-07-28';

const PRODUCTION_API_URL = 'https://services.leadconnectorhq.com';
const PRODUCTION_MARKETPLACE_URL = 'https://marketplace.gohighlevel.com';

/**
 * Zapier gives an action about 30 seconds, so a slow answer must fail before that, clearly.
 * HIGHLEVEL_REQUEST_TIMEOUT_MS can only shorten the wait (tests use it to reach the timeout).
 */
const MAX_REQUEST_TIMEOUT_MS = 25_000;

export const requestTimeoutMs = (): number => {
  const configured = Number(process.env.HIGHLEVEL_REQUEST_TIMEOUT_MS);
  return configured > 0 ? Math.min(configured, MAX_REQUEST_TIMEOUT_MS) : MAX_REQUEST_TIMEOUT_MS;
};

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** Read at call time, not import time, so tests and the CLI can point a loaded app elsewhere. */
export const apiBaseUrl = (): string =>
  trimSlash(process.env.HIGHLEVEL_API_URL || PRODUCTION_API_URL);

export const marketplaceBaseUrl = (): string =>
  trimSlash(process.env.HIGHLEVEL_MARKETPLACE_URL || PRODUCTION_MARKETPLACE_URL);

/**
 * The least the app needs, each explained in the README. Space separated, as HighLevel's
 * authorize page expects.
 */
export const SCOPES = [
  'contacts.readonly',
  'contacts.write',
  'locations.readonly',
  'locations/customFields.readonly',
  'locations/tags.readonly',
  'locations/tasks.readonly',
  'users.readonly',
  'calendars.readonly',
  'calendars/events.readonly',
  'campaigns.readonly',
  'workflows.readonly',
  'businesses.readonly',
] as const;
