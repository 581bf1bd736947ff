import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The end-to-end suites spawn processes and servers; two cores do not gain from more workers.
    maxWorkers: 2,
    // In CI, a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest.json' }]]
      : ['default'],
  },
});
