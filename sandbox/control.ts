// The /__sandbox/ control API, so another process (the Zapier CLI, a demo script) can switch
// faults and reset state. JSON in, JSON out; not part of HighLevel, so not spec-checked.
import type { IncomingMessage } from 'node:http';
import type { Fault } from './faults';
import type { Answer } from './handler';
import type { Sandbox } from './index';

type FaultJson = Omit<Fault, 'path'> & { path?: string; pathRegex?: string };

function parse(raw: string): Record<string, any> {
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
}

export function controlApi(sandbox: () => Sandbox) {
  return async (req: IncomingMessage, path: string, raw: string): Promise<Answer> => {
    const s = sandbox();
    const body = parse(raw);
    const ok = (extra: object = {}) => ({ status: 200, body: { ok: true, ...extra } });
    const route = `${req.method} ${path.replace(/\/$/, '')}`;

    switch (route) {
      case 'GET /__sandbox/state':
        return {
          status: 200,
          body: {
            url: s.url,
            locationId: s.locationId,
            companyId: s.companyId,
            userId: s.userId,
            clientId: s.clientId,
            contacts: s.store.contacts.size,
            tasks: s.store.tasks.size,
            notes: s.store.notes.size,
            faults: s.faults(),
            requests: s.requests.length,
            violations: s.violations,
          },
        };
      case 'GET /__sandbox/requests':
        return { status: 200, body: { requests: s.requests } };
      case 'POST /__sandbox/faults': {
        const { pathRegex, ...fault } = body as FaultJson;
        s.inject({ ...fault, ...(pathRegex ? { path: new RegExp(pathRegex) } : {}) });
        return ok();
      }
      case 'DELETE /__sandbox/faults':
      case 'POST /__sandbox/faults/clear':
        s.clearFaults();
        return ok();
      case 'POST /__sandbox/reset':
        s.reset();
        return ok();
      case 'POST /__sandbox/expire-access-tokens':
        s.expireAccessTokens();
        return ok();
      case 'POST /__sandbox/revoke-refresh-tokens':
        s.revokeRefreshTokens();
        return ok();
      case 'POST /__sandbox/location':
        if (typeof body['active'] === 'boolean') s.setLocationActive(body['active']);
        if (typeof body['allowDuplicates'] === 'boolean') {
          s.store.location.allowDuplicateContact = body['allowDuplicates'];
        }
        return ok();
      case 'POST /__sandbox/rate-limit':
        s.setRateLimit(
          body['max'] ? { max: body['max'], intervalMs: body['intervalMs'] ?? 10_000 } : false,
        );
        return ok();
      case 'POST /__sandbox/tokens':
        return { status: 200, body: await s.issueTokens() };
      default:
        return { status: 404, body: { statusCode: 404, message: `No control route ${route}` } };
    }
  };
}
