/**
 * Measures that need fresh processes: how long requiring the built app takes against requiring
 * zapier-platform-core alone, and how big the deployable build is against a minimal app's.
 */
import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { sideBySide } from './stats';

export const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

const requireInFreshNode = (what: string) => () =>
  new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', `require(${JSON.stringify(what)})`],
      { cwd: ROOT },
      (error) => (error ? reject(error) : resolve()),
    );
  });

/** Cold require of dist/index.js against cold require of zapier-platform-core, interleaved. */
export const measureLoad = (rounds: number) =>
  sideBySide(
    rounds,
    requireInFreshNode(path.join(ROOT, 'dist', 'index.js')),
    requireInFreshNode('zapier-platform-core'),
  );

/**
 * The Zapier CLI, only ever inside a network namespace of its own (`unshare -n`), with its
 * analytics off and its API pointed at a closed loopback port, so it cannot reach anything.
 */
const zapierCliBuild = (cwd: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      'unshare',
      ['-n', path.join(BIN, 'zapier-platform'), 'build', '--skip-dep-install', '--skip-validation'],
      {
        cwd,
        env: {
          ...process.env,
          PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
          DISABLE_ZAPIER_ANALYTICS: '1',
          ZAPIER_BASE_ENDPOINT: 'http://127.0.0.1:9',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 180_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `zapier-platform build failed in ${cwd} (exit ${code}):\n${output.slice(-2000)}`,
          ),
        );
    });
  });

/** The package folder Node would load `name` from, looking up from `from`. */
const packageDir = (name: string, from: string): string => {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) throw new Error(`Cannot find ${name} from ${from}`);
  }
};

/**
 * Copies `name` and everything it depends on out of this project's node_modules, keeping each
 * package's place in the tree. The CLI's build resolves real paths, so a symlinked
 * node_modules would put files from outside the app into the zip.
 */
const copyDependencyClosure = (name: string, destination: string): void => {
  const seen = new Set<string>();
  const visit = (dependency: string, from: string) => {
    const dir = packageDir(dependency, from);
    if (seen.has(dir)) return;
    seen.add(dir);
    cpSync(dir, path.join(destination, path.relative(ROOT, dir)), { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const next of Object.keys(manifest.dependencies ?? {})) visit(next, dir);
  };
  visit(name, ROOT);
};

const MINIMAL_APP = `const zapier = require('zapier-platform-core');

module.exports = {
  version: require('./package.json').version,
  platformVersion: zapier.version,
  triggers: {
    new_item: {
      key: 'new_item',
      noun: 'Item',
      display: { label: 'New Item', description: 'Triggers when an item is added.' },
      operation: { perform: async () => [{ id: '1' }], sample: { id: '1' } },
    },
  },
};
`;

/** build/build.zip of this app and of a one-trigger app on the same platform version. */
export const measureBuilds = async (): Promise<{ app: number; minimal: number }> => {
  await zapierCliBuild(ROOT);
  const app = statSync(path.join(ROOT, 'build', 'build.zip')).size;

  const minimalDir = mkdtempSync(path.join(tmpdir(), 'highlevel-bench-minimal-'));
  try {
    const core = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', 'zapier-platform-core', 'package.json'), 'utf8'),
    ) as { version: string };
    writeFileSync(
      path.join(minimalDir, 'package.json'),
      JSON.stringify({
        name: 'minimal-app',
        version: '1.0.0',
        private: true,
        main: 'index.js',
        dependencies: { 'zapier-platform-core': core.version },
      }),
    );
    writeFileSync(path.join(minimalDir, 'index.js'), MINIMAL_APP);
    writeFileSync(path.join(minimalDir, '.gitignore'), 'node_modules/\nbuild/\n');
    cpSync(path.join(ROOT, '.zapierapprc'), path.join(minimalDir, '.zapierapprc'));
    copyDependencyClosure('zapier-platform-core', minimalDir);
    await zapierCliBuild(minimalDir);
    return { app, minimal: statSync(path.join(minimalDir, 'build', 'build.zip')).size };
  } finally {
    rmSync(minimalDir, { recursive: true, force: true });
  }
};
