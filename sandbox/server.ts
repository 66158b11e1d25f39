// The request pipeline, in the order HighLevel applies its checks: rate limit, Version header,
// token, scope, location, then the spec check of parameters and body. Every answer the sandbox
// produces itself is checked against the spec too; a mismatch is a sandbox bug.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Operation } from 'openapi-backend';
import { ApiError, unprocessable } from './api-error';
import { contactLinkHandlers } from './contact-links';
import { contactHandlers } from './contacts';
import { searchContacts, type SearchBody } from './contact-search';
import { defaultFaultBody, type Fault, Faults } from './faults';
import type { Answer, Handlers } from './handler';
import { metadataHandlers } from './metadata';
import { OAuth, scopeRefused } from './oauth';
import { RateLimiter } from './rate-limit';
import { requestMessages, type SortedErrors } from './request-messages';
import type { SpecBundle } from './spec-loader';
import type { Store } from './store';
import { taskAndNoteHandlers } from './tasks-notes';

export interface RecordedRequest {
  method: string;
  path: string;
  route?: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  responseBody: unknown;
}

export interface SpecViolation {
  direction: 'request' | 'response';
  method: string;
  route: string;
  errors: string[];
}

export interface ServerState {
  spec: SpecBundle;
  store: Store;
  oauth: OAuth;
  faults: Faults;
  rateLimiter: RateLimiter;
  requests: RecordedRequest[];
  violations: SpecViolation[];
  quiet: boolean;
  control: (req: IncomingMessage, path: string, body: string) => Promise<Answer>;
}

const handlers: Handlers = {
  ...contactHandlers,
  ...taskAndNoteHandlers,
  ...contactLinkHandlers,
  ...metadataHandlers,
  'post /contacts/search': ({ store, body }) => ({
    status: 200,
    body: searchContacts(store, body as SearchBody),
  }),
};

// Bounded so a long load test does not grow memory without end.
const maxRecorded = 10_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    // An empty header counts as absent, e.g. a client that blanks `Version`.
    if (v !== undefined && v !== '') out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function violation(state: ServerState, v: SpecViolation): void {
  state.violations.push(v);
  if (state.quiet) return;
  const line = '!'.repeat(78);
  console.error(
    `\n${line}\nHighLevel sandbox: ${v.direction} breaks the spec: ${v.method.toUpperCase()} ` +
      `${v.route}\n  - ${v.errors.join('\n  - ')}\n${line}\n`,
  );
}

// Header names are case-insensitive, so a later set replaces a header however either spells it
// (a fault's `x-ratelimit-daily-remaining` overrides the limiter's `X-RateLimit-Daily-Remaining`).
function mergeHeaders(...sets: Record<string, string>[]): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const set of sets) {
    for (const [name, value] of Object.entries(set)) merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}

function send(res: ServerResponse, answer: Answer, headers: Record<string, string>, cut: boolean) {
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  // A truncated body keeps a matching Content-Length, so clients see broken JSON, not a reset.
  const payload = cut ? text.slice(0, Math.floor(text.length / 2)) : text;
  const defaults = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(payload)),
  };
  res.writeHead(answer.status, mergeHeaders(defaults, headers));
  res.end(payload);
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new ApiError(400, {
      statusCode: 400,
      message: `Unexpected token in JSON: ${(err as Error).message}`,
      error: 'Bad Request',
    });
  }
}

function hasScopes(spec: SpecBundle, op: Operation, granted: string[]): boolean {
  const alternatives = spec.scopes.get(op.operationId!) ?? [];
  if (!alternatives.length) return true;
  return alternatives.some((needed) => needed.every((s) => granted.includes(s)));
}

// The location guard: a locationId in the path or query (or body) must be the token's own.
function checkLocation(state: ServerState, op: Operation, req: RequestShape): void {
  const declared = (op.parameters ?? []) as { name: string; in: string }[];
  const inPathOrQuery = declared.some((p) => p.name === 'locationId' && p.in !== 'header');
  const given = req.params['locationId'] ?? req.query['locationId'] ?? req.body?.['locationId'];
  const missing = inPathOrQuery && given === undefined;
  if (missing || (given !== undefined && given !== state.store.location.id)) {
    throw new ApiError(403, {
      statusCode: 403,
      message: 'The token does not have access to this location.',
    });
  }
}

export interface RequestShape {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  params: Record<string, string>;
  body: any;
}

export function specProblems(
  state: Pick<ServerState, 'spec'>,
  op: Operation,
  req: RequestShape,
): SortedErrors {
  const result = state.spec.api.validateRequest(req, op);
  const sorted = requestMessages(result.errors ?? []);
  const declared = new Set(
    ((op.parameters ?? []) as { name: string; in: string }[])
      .filter((p) => p.in === 'query')
      .map((p) => p.name),
  );
  // Query DTOs are whitelisted like bodies.
  for (const key of Object.keys(req.query)) {
    if (!declared.has(key)) sorted.messages.push(`property ${key} should not exist`);
  }
  return sorted;
}

function refuse(state: ServerState, req: RequestShape, route: string, errors: string[]): never {
  violation(state, { direction: 'request', method: req.method, route, errors });
  throw unprocessable(errors);
}

function runApi(state: ServerState, op: Operation, req: RequestShape): Answer {
  const route = op.operationId!;
  const problems = specProblems(state, op, req);
  if (problems.versionHeader) {
    violation(state, {
      direction: 'request',
      method: req.method,
      route,
      errors: [`Version header ${problems.versionHeader}`],
    });
    // As observed live: a missing or unknown Version answers 401, before the token is looked at.
    const message =
      problems.versionHeader === 'missing'
        ? 'version header was not found.'
        : 'version header is invalid';
    throw new ApiError(401, { statusCode: 401, message });
  }
  if (route === 'post /oauth/token') {
    if (problems.messages.length) refuse(state, req, route, problems.messages);
    return state.oauth.token(req.body ?? {});
  }

  const grant = state.oauth.check(req.headers['authorization']);
  if (!hasScopes(state.spec, op, grant.scopes)) throw scopeRefused();
  try {
    checkLocation(state, op, req);
  } catch (err) {
    const errors = ["locationId is missing or is not the token's location"];
    violation(state, { direction: 'request', method: req.method, route, errors });
    throw err;
  }
  if (problems.messages.length) refuse(state, req, route, problems.messages);

  const handler = handlers[route];
  if (!handler)
    throw new ApiError(404, { statusCode: 404, message: `Cannot ${req.method} ${req.path}` });
  return handler({
    store: state.store,
    params: req.params,
    query: req.query,
    body: req.body ?? {},
    userId: state.store.users[0]?.id ?? '',
  });
}

function checkResponse(state: ServerState, op: Operation, answer: Answer, method: string): void {
  if (answer.status >= 500 || answer.status === 429) return;
  const result = state.spec.api.validateResponse(answer.body, op, answer.status);
  if (result.valid) return;
  const errors = (result.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
  violation(state, { direction: 'response', method, route: op.operationId!, errors });
}

export async function handleRequest(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toLowerCase();
  const raw = await readBody(req);
  const headers = headerMap(req);

  if (url.pathname.startsWith('/__sandbox/')) {
    send(res, await state.control(req, url.pathname, raw), {}, false);
    return;
  }
  if (method === 'get' && /^(\/v2)?\/oauth\/chooselocation\/?$/.test(url.pathname)) {
    const answer = state.oauth.authorize(url.searchParams);
    if (answer.location) {
      res.writeHead(302, { Location: answer.location });
      res.end();
    } else send(res, answer, {}, false);
    return;
  }

  const query = Object.fromEntries(url.searchParams);
  const shape: RequestShape = {
    method,
    path: url.pathname,
    headers,
    query,
    params: {},
    body: undefined,
  };
  const op = state.spec.api.matchOperation(shape);
  // Operation ids are "method /template"; faults and the request log use the template.
  const route = op?.operationId?.split(' ')[1];
  const fault: Fault | undefined = state.faults.take(method, route, url.pathname);
  if (fault?.expireToken) state.oauth.expire(headers['authorization']);
  // Unref'd so a delayed answer never keeps a closing test process alive.
  if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs).unref());

  const isTokenRoute = op?.operationId === 'post /oauth/token';
  const limit = isTokenRoute ? undefined : state.rateLimiter.hit();
  let answer: Answer;
  let produced = false;
  try {
    if (!op) {
      violation(state, {
        direction: 'request',
        method,
        route: url.pathname,
        errors: ['no such route in the HighLevel spec (or not served by the sandbox)'],
      });
      throw new ApiError(404, {
        statusCode: 404,
        message: `Cannot ${method.toUpperCase()} ${url.pathname}`,
        error: 'Not Found',
      });
    }
    shape.params = (state.spec.api.router.parseRequest(shape, op).params ?? {}) as Record<
      string,
      string
    >;
    shape.body = parseBody(raw, headers['content-type']);
    if (limit?.limited) {
      throw new ApiError(429, { statusCode: 429, message: 'Too Many Requests' });
    }
    if (fault?.status) {
      answer = { status: fault.status, body: fault.body ?? defaultFaultBody(fault.status) };
    } else {
      answer = runApi(state, op, shape);
      produced = true;
    }
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    answer = { status: err.status, body: err.body };
    produced = true;
  }

  if (op && produced) checkResponse(state, op, answer, method);
  const redacted = { ...headers };
  if (redacted['authorization']) redacted['authorization'] = 'Bearer [redacted]';
  state.requests.push({
    method: method.toUpperCase(),
    path: url.pathname,
    route,
    query,
    headers: redacted,
    body: shape.body,
    status: answer.status,
    responseBody: answer.body,
  });
  if (state.requests.length > maxRecorded) state.requests.shift();

  send(
    res,
    answer,
    mergeHeaders(limit?.headers ?? {}, fault?.headers ?? {}),
    Boolean(fault?.truncateBody),
  );
}
