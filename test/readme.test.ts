import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import App from '../index';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

/** The text of a `## heading` section of the README, up to the next one. */
const section = (heading: string): string => {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
};

/** Every **bold** name in a text, with a name wrapped over two lines joined again. */
const boldNames = (text: string): string[] =>
  [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]!.replace(/\s+/g, ' '));

const labels = new Set(
  (['triggers', 'creates', 'searches', 'searchOrCreates'] as const).flatMap((kind) =>
    Object.values(App[kind] ?? {}).map((operation) => operation.display.label),
  ),
);

describe('README.md', () => {
  it.each(['What it does', 'Known limits'])(
    'names operations in "%s" by their labels in the app',
    (heading) => {
      const names = boldNames(section(heading));

      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !labels.has(name))).toEqual([]);
    },
  );
});
