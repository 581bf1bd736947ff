/**
 * The unit suite that Stryker runs against each mutant of src/ (stryker.config.json, `npm run
 * mutate`). Left out: the tests of the bundle (dist/) and of the emulator, which a mutant of src/
 * never reaches, and the tests of scripts/ and the workflow files, which import nothing from src/.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    exclude: [
      ...configDefaults.exclude,
      '__tests__/e2e/**',
      '__tests__/emulator/**',
      // scripts/ and .github/ only.
      '__tests__/runner-log.test.ts',
      '__tests__/release.test.ts',
      '__tests__/workflows.test.ts',
    ],
    reporters: ['default'],
  },
});
