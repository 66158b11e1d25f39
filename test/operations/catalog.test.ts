import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CATALOG_PATH, renderCatalog } from '../../scripts/catalog';
import { REQUEST_COSTS } from '../../lib/costs';
import { app } from './support';

const keysOf = (kind: 'triggers' | 'creates' | 'searches') => Object.keys(app[kind]);

describe('docs/operations.md', () => {
  it('matches the app definition (run `npm run catalog` to refresh it)', () => {
    expect(readFileSync(CATALOG_PATH, 'utf8')).toBe(renderCatalog());
  });
});

describe('the app definition', () => {
  const all = [...keysOf('triggers'), ...keysOf('creates'), ...keysOf('searches')];

  it('states the request cost of every operation and of nothing else', () => {
    expect(Object.keys(REQUEST_COSTS).sort()).toEqual([...new Set(all)].sort());
  });

  it('names every operation file after its key', () => {
    for (const kind of ['triggers', 'creates', 'searches'] as const) {
      for (const key of keysOf(kind)) {
        expect(require(join(__dirname, '..', '..', kind, `${key}.ts`)).default.key).toBe(key);
      }
    }
  });

  it('gives every visible operation a sample and labelled outputs', () => {
    for (const kind of ['triggers', 'creates', 'searches'] as const) {
      for (const operation of Object.values(app[kind])) {
        if (operation.display.hidden) continue;
        expect([operation.key, Boolean(operation.operation.sample)]).toEqual([operation.key, true]);
        const fields = (operation.operation.outputFields ?? []).filter(
          (field: unknown) => typeof field === 'object',
        );
        expect(fields.every((field: { label?: string }) => Boolean(field.label))).toBe(true);
      }
    }
  });
});

/** HighLevel's contacts spec, as vendored with the sandbox. */
const SPEC = join(__dirname, '..', '..', 'sandbox', 'openapi', 'apps', 'contacts.json');

const normalise = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`;

/** Every `method` + `route` pair the request modules in lib/ send. */
const routesInLib = (): Set<string> => {
  const lib = join(__dirname, '..', '..', 'lib');
  const found = new Set<string>();
  for (const file of readdirSync(lib).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(lib, file), 'utf8');
    for (const match of text.matchAll(/method: '(\w+)',\s*route: '([^']+)'/g)) {
      found.add(normalise(match[1] as string, match[2] as string));
    }
  }
  return found;
};

describe('contacts API coverage', () => {
  const spec = JSON.parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, object> };
  const endpoints = Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => normalise(method, path)),
  );

  it('has a request function for each of the 32 endpoints of the contacts spec', () => {
    const routes = routesInLib();

    expect(endpoints).toHaveLength(32);
    expect(endpoints.filter((endpoint) => !routes.has(endpoint))).toEqual([]);
  });
});
