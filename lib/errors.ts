/**
 * The one place where HighLevel's answers become what a Zap user sees. Every request the app
 * makes passes through `throwForHighLevelError` (registered as an afterResponse middleware), so
 * an operation never has to interpret a status code itself.
 */
import type { HttpResponse, ZObject } from 'zapier-platform-core';
import { errors as zapierErrors } from 'zapier-platform-core';

import { labelForApiField } from './fields/labels';

/** Who the request was about, attached by the client so messages can name it. */
export interface RequestContext {
  /** What the request was for, in words: "contact", "task", "note". */
  resource: string;
  /** The route template, such as `/contacts/{contactId}`; never a filled-in URL. */
  route: string;
  /** The id of the thing asked for, when the route names one. */
  resourceId?: string;
  /** Creates are not safe to repeat: a failed one may still have been stored. */
  idempotent: boolean;
  /** The ids in the route, by name (`contactId`), so a message can name the one missing. */
  pathParams?: Record<string, string>;
  /** Labels for body paths HighLevel may name, such as `customFields.0` for "Budget". */
  fieldLabels?: Record<string, string>;
}

interface HighLevelErrorBody {
  statusCode?: number;
  message?: string | string[];
  error?: string;
  meta?: { contactId?: string; contactName?: string; matchingField?: string };
}

/** Burst window HighLevel documents: 100 requests per 10 seconds per location. */
const DEFAULT_BURST_DELAY_SECONDS = 10;
/** The daily quota resets once a day; an hour is a polite wait before Zapier tries again. */
const DAILY_QUOTA_DELAY_SECONDS = 3600;

export class InvalidInputError extends zapierErrors.Error {
  constructor(message: string) {
    super(message, 'InvalidInput', 400);
  }
}

/**
 * Refuses bad input before anything is sent: names the field, says what is wrong and what works.
 */
export const invalidInput = (
  fieldLabel: string,
  problem: string,
  example?: string,
  nextStep?: string,
): Error =>
  new InvalidInputError(
    `The "${fieldLabel}" field ${problem}.` +
      (example ? ` For example: ${example}.` : '') +
      (nextStep ? ` ${nextStep.charAt(0).toUpperCase()}${nextStep.slice(1)}.` : ''),
  );

/** The words of an error; zapier-platform-core wraps an app error's message as JSON. */
export const readableMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(message) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : message;
  } catch {
    return message;
  }
};

/** The code of an app error (`NotFound`, `InvalidInput`...), when it has one. */
export const errorCodeOf = (error: unknown): string | undefined => {
  try {
    const parsed = JSON.parse((error as Error).message) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code : undefined;
  } catch {
    return undefined;
  }
};

/** An email address or a phone number: never quoted back in a message or a log. */
export const looksPersonal = (value: string): boolean => /@|\d[\d\s().+-]{5,}\d/.test(value);

/**
 * The user's value, quoted after a refusal so they see what was wrong, unless it looks like an
 * email or a phone (mapped into the wrong field), which must not reach task history or logs.
 * Limit: a name mapped into the wrong field cannot be told apart from a mistyped word.
 */
export const shown = (value: string): string => (looksPersonal(value) ? '' : ` ("${value}")`);

const parseBody = (response: HttpResponse): HighLevelErrorBody => {
  try {
    const parsed: unknown = JSON.parse(response.content);
    return parsed && typeof parsed === 'object' ? (parsed as HighLevelErrorBody) : {};
  } catch {
    return {};
  }
};

/** HighLevel sends `message` as a string or, for validation errors, as a list of strings. */
const messagesOf = (body: HighLevelErrorBody): string[] => {
  if (Array.isArray(body.message)) return body.message.map(String);
  if (typeof body.message === 'string' && body.message) return [body.message];
  return body.error ? [body.error] : [];
};

const fieldNamedIn = (message: string): string | undefined => {
  const unknownProperty = /property ([\w.[\]]+) should not exist/.exec(message);
  if (unknownProperty) return unknownProperty[1];
  const leadingField = /^([a-zA-Z][\w.]*) (must|should|is|has)\b/.exec(message);
  return leadingField?.[1];
};

/** The label of a body path: the step's own label where it has one, else HighLevel's name. */
const labelFor = (field: string, fieldLabels: Record<string, string> = {}): string => {
  const known = Object.keys(fieldLabels)
    .filter((path) => field === path || field.startsWith(`${path}.`))
    .sort((a, b) => b.length - a.length)[0];
  return known ? (fieldLabels[known] as string) : labelForApiField(field);
};

const describeRejection = (messages: string[], fieldLabels?: Record<string, string>) => {
  let namesAField = false;
  const parts = messages.map((message) => {
    const field = fieldNamedIn(message);
    if (!field) return message;
    namesAField = true;
    return `${labelFor(field, fieldLabels)}: ${message}`;
  });
  const reason = parts.length ? parts.join('; ') : 'no reason was given';
  return namesAField
    ? `${reason}. Correct the field named and try again.`
    : `${reason}. Check the values of this step and try again.`;
};

const header = (response: HttpResponse, name: string): number | undefined => {
  const raw = response.getHeader(name);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
};

const throttle = (response: HttpResponse): never => {
  const retryAfter = header(response, 'retry-after');
  if (header(response, 'x-ratelimit-daily-remaining') === 0) {
    throw new zapierErrors.ThrottledError(
      'HighLevel says this location has used its daily API quota (200,000 requests a day ' +
        'for this app). Zapier will try again later; if this repeats, reduce how often your ' +
        'Zaps run against this location.',
      retryAfter ?? DAILY_QUOTA_DELAY_SECONDS,
    );
  }
  const intervalMs = header(response, 'x-ratelimit-interval-milliseconds');
  const delay =
    retryAfter ?? (intervalMs ? Math.ceil(intervalMs / 1000) : DEFAULT_BURST_DELAY_SECONDS);
  throw new zapierErrors.ThrottledError(
    `HighLevel is receiving too many requests for this location right now. ` +
      `Zapier will try again in about ${delay} seconds.`,
    delay,
  );
};

const notFound = (context: Pick<RequestContext, 'resource' | 'resourceId'> | undefined): string => {
  if (!context) return 'HighLevel could not find what this step asked for.';
  const what = context.resourceId
    ? `${context.resource} with ID ${context.resourceId}`
    : context.resource;
  return (
    `No ${what} was found in this HighLevel location. It may have been deleted, or the ID ` +
    `belongs to another location. Check the ID, or use a Find step to look it up.`
  );
};

/**
 * The scope HighLevel checks for a route (docs: oauth/Scopes.md), so a refusal can name it:
 * HighLevel's own message does not say which scope is missing.
 */
const SCOPE_OF_ROUTE: Array<[RegExp, (method: string) => string]> = [
  [/^\/contacts\/search$/, () => 'contacts.readonly'],
  [/^\/contacts\//, (method) => (method === 'GET' ? 'contacts.readonly' : 'contacts.write')],
  [/^\/locations\/\{locationId\}\/customFields/, () => 'locations/customFields.readonly'],
  [/^\/locations\/\{locationId\}\/tags/, () => 'locations/tags.readonly'],
  [/^\/locations\/\{locationId\}\/tasks/, () => 'locations/tasks.readonly'],
  [/^\/locations\/\{locationId\}$/, () => 'locations.readonly'],
  [/^\/users\//, () => 'users.readonly'],
];

const scopeFor = (method: string, route: string | undefined): string | undefined => {
  if (!route) return undefined;
  const rule = SCOPE_OF_ROUTE.find(([pattern]) => pattern.test(route));
  return rule?.[1](method.toUpperCase());
};

const unauthorized = (messages: string[], scope: string | undefined): never => {
  const reason = messages.join('; ');
  // HighLevel also answers 401 when the token is fine but lacks a scope; refreshing would not
  // help and would hide the reason, so only a bad or expired token triggers a refresh.
  if (/authClass|scope/i.test(reason)) {
    const permission = scope ? `the "${scope}" permission` : 'a permission it needs';
    throw new zapierErrors.Error(
      `HighLevel refused this step because the connection lacks ${permission} ` +
        `(HighLevel said: ${reason}). Reconnect your HighLevel account and approve every ` +
        `permission the app asks for.`,
      'MissingScope',
      401,
    );
  }
  throw new zapierErrors.RefreshAuthError(
    'HighLevel did not accept the access token; refreshing the connection.',
  );
};

const forbidden = (messages: string[]): never => {
  const reason = messages.join('; ');
  if (/does not have access to this location/i.test(reason)) {
    throw new zapierErrors.Error(
      `HighLevel says this connection has no access to the location this step uses ` +
        `("${reason}"). The connection belongs to a different sub-account, or the app was ` +
        `removed from it. Reconnect HighLevel and choose the sub-account this Zap works with.`,
      'WrongLocation',
      403,
    );
  }
  throw new zapierErrors.Error(
    `HighLevel refused this step: ${reason || 'permission denied'}. Check that the user who ` +
      `connected HighLevel may do this in the sub-account, then reconnect.`,
    'Forbidden',
    403,
  );
};

const badRequest = (
  response: HttpResponse,
  body: HighLevelErrorBody,
  context: RequestContext | undefined,
): never => {
  const messages = messagesOf(body);
  if (body.meta?.contactId && /duplicat/i.test(messages.join(' '))) {
    const field = body.meta.matchingField ? ` with the same ${body.meta.matchingField}` : '';
    throw new zapierErrors.Error(
      `A contact${field} already exists in HighLevel (contact ID ${body.meta.contactId}), and ` +
        `this location does not allow duplicates. Use "Create or Update Contact" to update it, ` +
        `or "Find Contact" to look it up and use its ID in later steps.`,
      'DuplicateContact',
      response.status,
    );
  }
  // The spec declares no 404 on these routes: a missing id comes back as 400 "Task not found".
  const missing = /^(\w+(?: \w+)?) not found\.?$/i.exec(messages[0] ?? '');
  if (response.status === 400 && missing) {
    const thing = missing[1]!.toLowerCase();
    // "Contact not found" on /contacts/{contactId}/tasks names the contact: its id is in the route.
    const id =
      context?.pathParams?.[`${thing.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}Id`];
    const named = context?.resource === thing ? context : { resource: thing, resourceId: id };
    throw new zapierErrors.Error(notFound(named), 'NotFound', 404);
  }
  const what = context?.resource ?? 'request';
  throw new zapierErrors.Error(
    `HighLevel rejected the ${what}: ${describeRejection(messages, context?.fieldLabels)}`,
    'InvalidRequest',
    response.status,
  );
};

const serverFault = (response: HttpResponse, context: RequestContext | undefined): never => {
  if (context && !context.idempotent) {
    // A create that failed on the server side may still have been stored; replaying it blindly
    // can duplicate the record, so this is not a retriable error.
    throw new zapierErrors.Error(
      `HighLevel had a temporary problem (HTTP ${response.status}) while saving the ` +
        `${context.resource}. It may or may not have been saved: check HighLevel before ` +
        `replaying this step.`,
      'ServerErrorUnsafe',
      response.status,
    );
  }
  throw new zapierErrors.ThrottledError(
    `HighLevel had a temporary problem (HTTP ${response.status}). Zapier will try again shortly.`,
    30,
  );
};

/** afterResponse middleware: turns every HighLevel failure into the right Zapier error. */
export const throwForHighLevelError = (response: HttpResponse, _z: ZObject): HttpResponse => {
  // A request that handles its own status (the token exchange) is left alone.
  if (response.status < 400 || response.request.skipThrowForStatus) return response;

  const context = response.request.middlewareData?.highLevel as RequestContext | undefined;
  const body = parseBody(response);
  const messages = messagesOf(body);

  if (response.status === 401) {
    return unauthorized(messages, scopeFor(response.request.method ?? 'GET', context?.route));
  }
  if (response.status === 403) return forbidden(messages);
  if (response.status === 404) {
    throw new zapierErrors.Error(notFound(context), 'NotFound', 404);
  }
  if (response.status === 429) return throttle(response);
  if (response.status === 400 || response.status === 422) {
    return badRequest(response, body, context);
  }
  if (response.status >= 500) return serverFault(response, context);

  throw new zapierErrors.Error(
    `HighLevel answered HTTP ${response.status}: ${messages.join('; ') || 'no reason given'}.`,
    'UnexpectedStatus',
    response.status,
  );
};
