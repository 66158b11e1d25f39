/**
 * The one HTTP client: every call to HighLevel goes through `callHighLevel`, which fills the
 * route, drops empty query values, parses and checks the answer, and logs without personal data.
 * Authentication and the Version header are added by `addHighLevelHeaders`; failures are turned
 * into Zapier errors by lib/errors.ts.
 */
import type {
  BeforeRequestMiddleware,
  Bundle,
  HttpRequestOptions,
  HttpResponse,
  ZObject,
} from 'zapier-platform-core';
import { errors as zapierErrors } from 'zapier-platform-core';
import type { ZodType } from 'zod/v3';

import { API_VERSION, apiBaseUrl, requestTimeoutMs } from './config';
import { errorCodeOf, type RequestContext } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | undefined | null;

export interface HighLevelCall<T> {
  method: HttpMethod;
  /** A route template such as `/contacts/{contactId}`; it is what logs and errors show. */
  route: string;
  pathParams?: Record<string, string>;
  params?: Record<string, QueryValue>;
  body?: object;
  schema: ZodType<T>;
  /** What the call is about, in words, for messages: "contact", "task". */
  resource: string;
  /** POSTs that create records are not safe to repeat; everything else is. */
  idempotent?: boolean;
  /** Only while connecting, before the connection's own token is stored. */
  accessToken?: string;
  /** Labels for body paths HighLevel may name in a refusal, such as `customFields.0`. */
  fieldLabels?: Record<string, string>;
}

export const locationIdOf = (bundle: Bundle): string => {
  const locationId = bundle.authData?.locationId;
  if (!locationId) {
    throw new zapierErrors.ExpiredAuthError(
      'This HighLevel connection does not name a sub-account (location). Reconnect HighLevel ' +
        'and choose the sub-account to work with.',
    );
  }
  return locationId;
};

const fillRoute = (route: string, pathParams: Record<string, string> = {}): string =>
  route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined) throw new Error(`Route ${route} needs a value for ${name}`);
    return encodeURIComponent(value);
  });

const queryOf = (params: Record<string, QueryValue> = {}): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );

const firstIdIn = (pathParams: Record<string, string> = {}): string | undefined => {
  const values = Object.values(pathParams);
  return values[values.length - 1];
};

const describeIssue = (issue: { path: PropertyKey[]; message: string }): string =>
  `${issue.path.map(String).join('.') || 'the answer'}: ${issue.message}`;

const isNetworkFailure = (error: unknown): boolean => {
  const name = (error as { name?: string })?.name;
  const code = (error as { code?: string })?.code;
  return (
    name === 'FetchError' ||
    name === 'AbortError' ||
    (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_\w+)$/.test(code))
  );
};

const unreadable = (call: HighLevelCall<unknown>, why: string): Error => {
  if (call.idempotent ?? call.method !== 'POST') {
    return new zapierErrors.ThrottledError(
      `HighLevel's answer about the ${call.resource} ${why}. Zapier will try again shortly.`,
      30,
    );
  }
  return new zapierErrors.Error(
    `HighLevel's answer while saving the ${call.resource} ${why}, so it is not known whether ` +
      `the ${call.resource} was saved. Check HighLevel before replaying this step.`,
    'UnreadableAnswer',
    502,
  );
};

export const callHighLevel = async <T>(z: ZObject, call: HighLevelCall<T>): Promise<T> => {
  const context: RequestContext = {
    resource: call.resource,
    route: call.route,
    resourceId: firstIdIn(call.pathParams),
    idempotent: call.idempotent ?? call.method !== 'POST',
    pathParams: call.pathParams,
    fieldLabels: call.fieldLabels,
  };
  const request: HttpRequestOptions & { url: string } = {
    url: apiBaseUrl() + fillRoute(call.route, call.pathParams),
    method: call.method,
    params: queryOf(call.params),
    timeout: requestTimeoutMs(),
    middlewareData: { highLevel: context },
  };
  if (call.body !== undefined) request.body = call.body;
  if (call.accessToken) request.headers = { Authorization: `Bearer ${call.accessToken}` };

  const started = Date.now();
  let response: HttpResponse;
  try {
    response = await z.request(request);
  } catch (error) {
    // A failed call is logged too, by kind only: the message may quote what HighLevel said.
    const kind = errorCodeOf(error) ?? (error as Error)?.name ?? 'error';
    z.console.log(
      `HighLevel ${call.method} ${call.route} failed (${kind}) in ${Date.now() - started} ms`,
    );
    if (isNetworkFailure(error)) throw unreadable(call, 'never arrived (network error or timeout)');
    throw error;
  }
  z.console.log(
    `HighLevel ${call.method} ${call.route} -> ${response.status} in ${Date.now() - started} ms`,
  );

  let parsed: unknown;
  try {
    parsed = JSON.parse(response.content);
  } catch {
    throw unreadable(call, 'was cut off or was not JSON');
  }
  const checked = call.schema.safeParse(parsed);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3).map(describeIssue).join('; ');
    throw unreadable(call, `was not in the expected shape (${issues})`);
  }
  return checked.data;
};

/** beforeRequest middleware: HighLevel wants a bearer token and a Version on every API call. */
export const addHighLevelHeaders: BeforeRequestMiddleware = (request, _z, bundle) => {
  const isTokenEndpoint = /\/oauth\/token$/.test(request.url);
  request.headers = { Accept: 'application/json', ...request.headers };
  if (isTokenEndpoint) return request;
  request.headers.Version = API_VERSION;
  if (bundle.authData?.access_token && !request.headers.Authorization) {
    request.headers.Authorization = `Bearer ${bundle.authData.access_token}`;
  }
  return request;
};
