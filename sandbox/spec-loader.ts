// Loads the vendored HighLevel specs, applies the supplements, and builds one OpenAPI document
// holding only the routes the sandbox serves. Everything is read from sandbox/openapi/ so a
// fresh clone works without the research folder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import addFormats from 'ajv-formats';
import OpenAPIBackend from 'openapi-backend';
import { applySpecSupplements, type RawSpecs } from './spec-supplements';

type Json = Record<string, any>;

const specDir = path.join(__dirname, 'openapi', 'apps');

// Routes outside contacts.json that an app built around contacts needs.
const extraRoutes: Record<string, string[]> = {
  locations: [
    'get /locations/{locationId}',
    'get /locations/{locationId}/customFields',
    'get /locations/{locationId}/tags',
    'post /locations/{locationId}/tasks/search',
  ],
  users: ['get /users/', 'get /users/search'],
  oauth: ['post /oauth/token'],
  calendars: ['get /calendars/', 'get /calendars/events'],
  campaigns: ['get /campaigns/'],
  workflows: ['get /workflows/'],
  businesses: ['get /businesses/', 'get /businesses/{businessId}'],
};

export interface SpecBundle {
  api: OpenAPIBackend;
  // Scopes a token needs, per operation id ("get /contacts/{contactId}"); any one alternative.
  scopes: Map<string, string[][]>;
}

// HighLevel validates bodies with a whitelisting validator: any property not in the DTO is an
// error. Close every object schema of a request body to get the same behaviour.
function closeObjects(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Json;
  if (node['properties'] && node['additionalProperties'] === undefined) {
    node['additionalProperties'] = false;
  }
  for (const value of Object.values(node)) closeObjects(value);
}

// calendars.json puts OpenAPI 3.1 `examples` arrays inside 3.0 schemas, which makes the whole
// document invalid 3.0. They are annotations only, so dropping them changes no rule.
function dropExamples(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) delete (node as Json)['examples'];
  for (const value of Object.values(node)) dropExamples(value);
}

function loadRaw(): RawSpecs {
  const names = ['contacts', ...Object.keys(extraRoutes)];
  const raw: RawSpecs = {};
  for (const name of names) {
    raw[name] = JSON.parse(readFileSync(path.join(specDir, `${name}.json`), 'utf8'));
  }
  return raw;
}

async function buildDefinition(): Promise<{ definition: Json; scopes: Map<string, string[][]> }> {
  const raw = loadRaw();
  applySpecSupplements(raw);
  for (const spec of Object.values(raw)) dropExamples(spec['components']);
  for (const spec of Object.values(raw)) dropExamples(spec['paths']);

  const paths: Json = {};
  const scopes = new Map<string, string[][]>();
  for (const [name, spec] of Object.entries(raw)) {
    const file = path.join(specDir, `${name}.json`);
    const deref = (await $RefParser.dereference(file, spec as never, {
      dereference: { circular: 'ignore' },
    })) as unknown as Json;
    const wanted = extraRoutes[name];

    for (const [route, item] of Object.entries<Json>(deref['paths'])) {
      for (const [method, op] of Object.entries<Json>(item)) {
        const id = `${method} ${route}`;
        if (wanted && !wanted.includes(id)) continue;

        const operation = structuredClone(op);
        operation['operationId'] = id;
        const body = operation['requestBody']?.content;
        for (const media of Object.values<Json>(body ?? {})) closeObjects(media['schema']);
        // openapi-backend strips a request's trailing slash before matching, so '/contacts/'
        // is registered as '/contacts'; the operation id keeps the spec's spelling.
        const key = route.length > 1 ? route.replace(/\/$/, '') : route;
        paths[key] = { ...(paths[key] ?? {}), [method]: operation };
        scopes.set(
          id,
          (operation['security'] ?? []).map((s: Json) => Object.values(s).flat()),
        );
      }
    }
  }

  const definition = {
    openapi: '3.0.0',
    info: { title: 'HighLevel API v2 (sandbox subset)', version: '2021-07-28' },
    paths,
  };
  return { definition, scopes };
}

let cached: Promise<SpecBundle> | undefined;

// Compiling the validators takes a moment; every sandbox in the process shares one copy.
export function loadSpec(): Promise<SpecBundle> {
  cached ??= (async () => {
    const { definition, scopes } = await buildDefinition();
    const api = new OpenAPIBackend({
      definition: definition as never,
      validate: true,
      quick: false,
      strict: false,
      coerceTypes: true,
      ajvOpts: { strict: false, allErrors: true },
      customizeAjv: (ajv) => addFormats(ajv),
    });
    await api.init();
    return { api, scopes };
  })();
  return cached;
}
