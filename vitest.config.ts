import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, defineProject } from 'vitest/config';

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

/** Units and the run in process: each file isolated, since many mock `@actions/core`. */
export const actionProject = defineProject({
  resolve,
  test: {
    name: 'action',
    include: ['__tests__/**/*.test.ts'],
    exclude: [...configDefaults.exclude, '__tests__/e2e/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
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

/** `npm test` at the root: the action's tests and the emulator package's own (emulator/vitest.config.ts). */
export default defineConfig({
  test: {
    projects: [actionProject, bundleProject, 'emulator/vitest.config.ts'],
    // The end-to-end suites spawn processes and servers; two cores do not gain from more workers.
    maxWorkers: 2,
    // In CI, a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest.json' }]]
      : ['default'],
  },
});
