/**
 * A request to any HighLevel API path, for what the app has no action for yet. It goes through
 * the normal client, so it carries the connection's token and Version header, and it may only
 * reach the configured HighLevel host.
 */
import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod/v3';

import { callHighLevel, type HttpMethod } from './client';
import { apiBaseUrl } from './config';
import { invalidInput } from './errors';

export const API_METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

const PATH_EXAMPLE = '/contacts/seD4PfOuKoVMLkEZqohJ/tasks';

/**
 * The path to call, relative to HighLevel's API host. A full URL is accepted only when it points
 * at that same host, so the connection's token can never be sent anywhere else.
 */
export const readApiPath = (value: unknown): string => {
  const text = String(value ?? '').trim();
  if (!text) throw invalidInput('Path', 'is required but was empty', PATH_EXAMPLE);

  let path = text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//')) {
    const base = new URL(apiBaseUrl());
    let target: URL;
    try {
      target = new URL(text, base);
    } catch {
      throw invalidInput('Path', 'is not a web address or path', PATH_EXAMPLE);
    }
    if (target.origin !== base.origin) {
      throw invalidInput(
        'Path',
        `points outside HighLevel's API (${base.host}); only paths on that host can be called`,
        PATH_EXAMPLE,
      );
    }
    if (target.search) {
      throw invalidInput(
        'Path',
        'contains a query (after ?); put it in Query instead',
        PATH_EXAMPLE,
      );
    }
    path = target.pathname;
  }
  if (!path.startsWith('/')) path = `/${path}`;
  if (/[?#]/.test(path)) {
    throw invalidInput('Path', 'contains a query (after ?); put it in Query instead', PATH_EXAMPLE);
  }
  if (!/^(\/[\w\-.~%@:]*)+$/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path)) {
    throw invalidInput('Path', `is not a HighLevel API path ("${text}")`, PATH_EXAMPLE);
  }
  return path;
};

export const readApiMethod = (value: unknown): HttpMethod => {
  const method = String(value ?? 'GET')
    .trim()
    .toUpperCase() as HttpMethod;
  if (!API_METHODS.includes(method)) {
    throw invalidInput('Method', `should be one of ${API_METHODS.join(', ')}`, 'GET');
  }
  return method;
};

/** The body as JSON text; an object or a list, since that is what HighLevel's API takes. */
export const readJsonBody = (value: unknown): object | undefined => {
  if (value && typeof value === 'object') return value;
  const text = String(value ?? '').trim();
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidInput('Body', 'is not valid JSON', '{"title": "Call back"}');
  }
  if (!parsed || typeof parsed !== 'object') {
    throw invalidInput('Body', 'should be a JSON object or list', '{"title": "Call back"}');
  }
  return parsed;
};

export interface ApiRequest {
  method: HttpMethod;
  path: string;
  query: Record<string, string>;
  body?: object;
}

export const sendApiRequest = async (z: ZObject, request: ApiRequest): Promise<unknown> =>
  callHighLevel(z, {
    method: request.method,
    route: request.path,
    params: request.query,
    body: request.body,
    schema: zod.unknown(),
    resource: 'request',
  });
