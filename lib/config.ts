/**
 * Where the app talks to. Both hosts are settings so the same build can run against the local
 * sandbox or a real HighLevel location; the defaults are HighLevel's production hosts.
 */

/** The API version every HighLevel v2 endpoint the app calls requires (the specs' only enum). */
export const API_VERSION = '2021-07-28';

const PRODUCTION_API_URL = 'https://services.leadconnectorhq.com';
const PRODUCTION_MARKETPLACE_URL = 'https://marketplace.gohighlevel.com';

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
