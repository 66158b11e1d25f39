// The sandbox's request check on its own, for tests that mock HighLevel with nock: the same
// spec, the same closed bodies and the same messages, without a server.
import { loadSpec } from './spec-loader';
import { specProblems, type RequestShape } from './server';

export interface CheckedRequest {
  method: string;
  /** Path and query, as sent: `/contacts/search/duplicate?locationId=...`. */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** Problems with one request, or null when its route is not in the spec at all. */
export type SpecCheck = (request: CheckedRequest) => { route: string; problems: string[] } | null;

export async function loadSpecCheck(): Promise<SpecCheck> {
  const spec = await loadSpec();
  return (request) => {
    const url = new URL(request.path, 'http://127.0.0.1');
    const shape: RequestShape = {
      method: request.method.toLowerCase(),
      path: url.pathname,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
      ),
      query: Object.fromEntries(url.searchParams),
      params: {},
      body: request.body,
    };
    const op = spec.api.matchOperation(shape);
    if (!op) return null;
    shape.params = (spec.api.router.parseRequest(shape, op).params ?? {}) as Record<string, string>;
    const { messages } = specProblems({ spec }, op, shape);
    return { route: op.operationId ?? url.pathname, problems: messages };
  };
}
