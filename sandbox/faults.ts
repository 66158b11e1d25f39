// Faults a test switches on to reproduce real-world failures: a fixed answer, extra headers, a
// delay, a cut-off body, or an access token that expires on this very request.
export interface Fault {
  method?: string;
  // A spec path template such as '/contacts/{contactId}', a literal path, or a RegExp on the path.
  path?: string | RegExp;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  times?: number;
  truncateBody?: boolean;
  expireToken?: boolean;
}

const trim = (p: string) => (p.length > 1 ? p.replace(/\/$/, '') : p);

export class Faults {
  private active: (Fault & { left: number })[] = [];

  inject(fault: Fault): void {
    this.active.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.active = [];
  }

  list(): Fault[] {
    return this.active.map(({ left, ...f }) => ({ ...f, times: left }));
  }

  // Takes the first matching fault and uses up one of its `times`.
  take(method: string, route: string | undefined, path: string): Fault | undefined {
    const index = this.active.findIndex((f) => {
      if (f.method && f.method.toLowerCase() !== method.toLowerCase()) return false;
      if (f.path instanceof RegExp) return f.path.test(path);
      if (f.path)
        return trim(f.path) === trim(path) || (route !== undefined && trim(f.path) === trim(route));
      return true;
    });
    const fault = this.active[index];
    if (!fault) return undefined;
    if (--fault.left <= 0) this.active.splice(index, 1);
    return fault;
  }
}

// Default bodies for injected statuses, in HighLevel's error shapes.
export function defaultFaultBody(status: number): unknown {
  const known: Record<number, unknown> = {
    400: { statusCode: 400, message: 'Bad Request' },
    401: { statusCode: 401, message: 'Invalid JWT' },
    403: { statusCode: 403, message: 'The token does not have access to this location.' },
    404: { statusCode: 404, message: 'Not Found' },
    422: { statusCode: 422, message: ['Unprocessable Entity'], error: 'Unprocessable Entity' },
    429: { statusCode: 429, message: 'Too Many Requests' },
  };
  return known[status] ?? { statusCode: status, message: 'Internal Server Error' };
}
