import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, defineProject } from 'vitest/config';

/**
 * The action's tests reach the emulator only through its package's public entry,
 * `incident-manager-emulator`, which Node resolves to the committed bundle (emulator/dist/lib/);
 * here it is its source, so that a change to the emulator needs no build before its tests.
 */
const resolve = {
  alias: {
    'incident-manager-emulator': fileURLToPath(new URL('emulator/src/index.ts', import.meta.url)),
  },
};

/**
 * A unit file that replaces something for its own tests (a module with `vi.mock`, a method with
 * `vi.spyOn`, a global, the clock, `process.env`) runs in a module graph of its own; the rest are
 * pure and share their worker's loaded modules, as do the in-process runs (`run`). Read from each
 * file, so that a file that starts to mock moves to the isolated project by itself.
 */
const MOCKS = /\bvi\.(mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|\bprocess\.env\b/;
// The units of a module, and those of the command (__tests__/command/), by their path under __tests__/.
const unitFiles = ['', 'command/'].flatMap((folder) =>
  readdirSync(new URL(`__tests__/${folder}`, import.meta.url))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${folder}${name}`),
);
const mocking = unitFiles.filter((name) =>
  MOCKS.test(readFileSync(new URL(`__tests__/${name}`, import.meta.url), 'utf8')),
);
const pure = unitFiles.filter((name) => !mocking.includes(name));

/** The units that mock: each file isolated. */
export const actionProject = defineProject({
  resolve,
  test: {
    name: 'action',
    include: mocking.map((name) => `__tests__/${name}`),
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

/** The pure units: parsers, rendering and logic that mock nothing, sharing a worker's modules. */
const unitsProject = defineProject({
  resolve,
  test: {
    name: 'units',
    include: pure.map((name) => `__tests__/${name}`),
    environment: 'node',
    testTimeout: 30_000,
    isolate: false,
  },
});

/**
 * The run in process against the emulator. Every file mocks `@actions/core` (and some the
 * credential providers) with the same objects, the mocked runner's (__tests__/mocked-runner.ts),
 * whose state each test resets (run/helpers.ts): so the files of a worker can share its loaded
 * modules. A file here must mock nothing else. Checked with `--sequence.shuffle`.
 */
const SHARED_MOCKS = new Set(['@actions/core', '@aws-sdk/credential-providers']);
for (const name of readdirSync(new URL('__tests__/run/', import.meta.url))) {
  const code = readFileSync(new URL(`__tests__/run/${name}`, import.meta.url), 'utf8');
  for (const [, target = ''] of code.matchAll(/\bvi\.(?:mock|doMock)\(\s*'([^']+)'/g)) {
    if (!SHARED_MOCKS.has(target)) {
      throw new Error(
        `__tests__/run/${name} mocks ${target}: the run project shares modules between files, so its files mock only ${[...SHARED_MOCKS].join(' and ')}. Move the test to a unit file of its own.`,
      );
    }
  }
}
const runProject = defineProject({
  resolve,
  test: {
    name: 'run',
    include: ['__tests__/run/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    isolate: false,
  },
});

/**
 * The bundle run as the runner runs it, in processes of its own: no file mocks a module, so the
 * files of a worker share its loaded modules (the helpers, the emulator) instead of loading them
 * again for each.
 */
const bundleProject = defineProject({
  resolve,
  test: {
    name: 'bundle',
    include: ['__tests__/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    isolate: false,
  },
});

/** `npm test` at the root: the action's tests (four projects) and the emulator package's own (emulator/vitest.config.ts). */
export default defineConfig({
  test: {
    projects: [actionProject, unitsProject, runProject, bundleProject, 'emulator/vitest.config.ts'],
    // One more worker than a 2-core machine has: several files spend seconds waiting on a stalled or
    // slow emulator (cancel-schedule, stalls), and the third worker runs others meanwhile. Measured
    // on Node 20: 96 s with 2, 84 s with 3, 109 s with 4 (each file's modules loaded in turn).
    // The emulator's projects must agree (vitest groups projects with one worker count).
    maxWorkers: 3,
    // In CI, a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest.json' }]]
      : ['default'],
  },
});
