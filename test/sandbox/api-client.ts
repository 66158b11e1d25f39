// Calls a running sandbox the way the app does: bearer token, Version header, JSON bodies.
import type { Sandbox } from '../../sandbox/index';

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

export async function signIn(sandbox: Sandbox, scopes?: string[]) {
  const tokens = await sandbox.issueTokens(scopes ? { scopes } : undefined);
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const res = await fetch(sandbox.url + path, {
      method,
      headers: {
        Authorization: `Bearer ${tokens.access_token}`,
        Version: '2021-07-28',
        'Content-Type': 'application/json',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Left as text: truncated bodies are tested as such.
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };
  return { tokens, call };
}

export async function tokenRequest(sandbox: Sandbox, form: Record<string, string>): Promise<Reply> {
  const res = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}
