/**
 * The unit suite that Stryker runs against each mutant of src/ (stryker.config.json, `npm run
 * mutate`): the action's units and in-process runs, each file isolated. Left out: the tests of the bundle (dist/), which a mutant of
 * src/ never reaches, the emulator package's tests (emulator/test/), which import nothing from
 * src/, and the tests of scripts/ and the workflow files.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import { actionProject } from './vitest.config.js';

export default defineConfig({
  ...actionProject,
  test: {
    ...actionProject.test,
    include: ['__tests__/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      '__tests__/e2e/**',
      // scripts/ and .github/ only.
      '__tests__/runner-log.test.ts',
      '__tests__/release.test.ts',
      '__tests__/workflows.test.ts',
    ],
    maxWorkers: 2,
    reporters: ['default'],
  },
});
