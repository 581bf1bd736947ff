import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'emulator',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The suites spawn processes and servers; two cores do not gain from more workers.
    maxWorkers: 2,
    // No test file mocks a module or changes a global the next file reads, so the files of a
    // worker share its loaded modules instead of loading the emulator again for each.
    isolate: false,
    // In CI, a JSON report too, from which the repository's CI prints "N passed, N failed".
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest.json' }]]
      : ['default'],
  },
});
