import { fileURLToPath } from 'node:url';
import { defineConfig, defineProject } from 'vitest/config';

/**
 * The action's tests. They reach the emulator only through its package's public entry,
 * `incident-manager-emulator`, which Node resolves to the committed bundle (emulator/dist/lib/);
 * here it is its source, so that a change to the emulator needs no build before its tests.
 */
export const actionProject = defineProject({
  resolve: {
    alias: {
      'incident-manager-emulator': fileURLToPath(new URL('emulator/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'action',
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

/** `npm test` at the root: the action's tests and the emulator package's own (emulator/vitest.config.ts). */
export default defineConfig({
  test: {
    projects: [actionProject, 'emulator/vitest.config.ts'],
    // The end-to-end suites spawn processes and servers; two cores do not gain from more workers.
    maxWorkers: 2,
    // In CI, a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest.json' }]]
      : ['default'],
  },
});
