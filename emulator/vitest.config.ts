import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'emulator',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // One more worker than a 2-core machine has: several files spend seconds waiting on a stalled or
    // slow emulator (cancel-schedule, stalls), and the third worker runs others meanwhile. Measured
    // on Node 20: 96 s with 2, 84 s with 3, 109 s with 4 (each file's modules loaded in turn).
    // The emulator's projects must agree (vitest groups projects with one worker count).
    maxWorkers: 3,
    // No test file mocks a module or changes a global the next file reads, so the files of a
    // worker share its loaded modules instead of loading the emulator again for each.
    isolate: false,
    // In CI, a JSON report too, from which the repository's CI prints "N passed, N failed".
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest.json' }]]
      : ['default'],
  },
});
