import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The end-to-end suites spawn processes and servers; two cores do not gain from more workers.
    maxWorkers: 2,
  },
});
