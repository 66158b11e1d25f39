/**
 * A safety net for the whole bench process: any HTTP request aimed anywhere but 127.0.0.1 throws
 * before a socket opens. The app's API host defaults to HighLevel's production host, so a
 * missing setting must fail loudly here instead of reaching HighLevel.
 */
import http from 'node:http';
import https from 'node:https';

const LOOPBACK = '127.0.0.1';

const hostOf = (args: unknown[]): string => {
  const [first, second] = args;
  if (typeof first === 'string') return new URL(first).hostname;
  if (first instanceof URL) return first.hostname;
  const options = (first ?? second ?? {}) as { hostname?: string; host?: string };
  return (options.hostname ?? options.host ?? 'localhost').replace(/:\d+$/, '');
};

const refuse = (host: string): never => {
  throw new Error(`The bench refuses to send a request to ${host}: only ${LOOPBACK} is allowed`);
};

export const assertLoopbackUrl = (url: string): string => {
  const host = new URL(url).hostname;
  if (host !== LOOPBACK) refuse(host);
  return url;
};

/**
 * Returns the guarded fetch as it is now: zapier-platform-core wraps `globalThis.fetch` with its
 * request logger on its first run, so a bare call must keep this one to stay bare.
 */
export const installLoopbackGuard = (): typeof fetch => {
  for (const module of [http, https] as const) {
    for (const name of ['request', 'get'] as const) {
      const original = module[name] as (...args: unknown[]) => http.ClientRequest;
      const guarded = (...args: unknown[]) => {
        if (module === https) refuse(hostOf(args));
        const host = hostOf(args);
        if (host !== LOOPBACK) refuse(host);
        return original.apply(module, args);
      };
      (module as unknown as Record<string, unknown>)[name] = guarded;
    }
  }
  const originalFetch = globalThis.fetch;
  const guardedFetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    assertLoopbackUrl(url);
    return originalFetch(input, init);
  }) as typeof fetch;
  globalThis.fetch = guardedFetch;
  return guardedFetch;
};
