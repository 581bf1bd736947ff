/**
 * `npm run local-action` (scripts/local-action/main.ts): a failed step ends the command with a
 * failure status, as on a runner, where local-action's own stand-in for core.setFailed would
 * leave it at 0. Bad inputs fail before any call, so no emulator is needed here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('./mocked-runner.js')).core);
vi.mock(
  '@aws-sdk/credential-providers',
  async () => (await import('./mocked-runner.js')).providers,
);

import { MockedRunner } from './mocked-runner.js';
import { run } from '../scripts/local-action/main.js';

const harness = new MockedRunner(() => []).install();

describe('npm run local-action', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('exits 1 when the step fails', async () => {
    harness.arrange({ inputs: { 'aws-region': 'us-east-1', select: 'bogus' } });
    await run();
    expect(harness.result().failure).toMatch(/select/);
    expect(process.exitCode).toBe(1);
  });

  it('leaves the status alone when the failure is only a warning (fail-on-error: false)', async () => {
    harness.arrange({
      inputs: { 'aws-region': 'us-east-1', select: 'bogus', 'fail-on-error': 'false' },
    });
    await run();
    expect(harness.result().warnings.join('\n')).toMatch(/select/);
    expect(process.exitCode).toBeUndefined();
  });
});
