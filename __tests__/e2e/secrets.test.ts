/**
 * With step debugging on, the credentials and the OIDC request token in the environment never
 * reach the log, the outputs or the job summary, whether the step succeeds or fails.
 */
import { describe, expect, it } from 'vitest';
import {
  TEST_CREDENTIALS,
  commands,
  incidentArn,
  runStep,
  useEmulator,
  useNode,
  type ActionRun,
} from './helpers.js';

/** Recognisable values: each contains a marker, so a partial leak is caught too. */
const SECRETS = {
  AWS_SECRET_ACCESS_KEY: 'e2eSecretKey/LEAKMARK1/wJalrXUtnFEMIK7MDENGbPxRfiCY',
  AWS_SESSION_TOKEN: 'e2eSessionToken+LEAKMARK2+IQoJb3JpZ2luX2VjEHYaCXVzLWVhc3QtMSJHMEUCIQ',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN:
    'e2eIdTokenRequest-LEAKMARK3-eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9',
};
const MARKERS = ['LEAKMARK1', 'LEAKMARK2', 'LEAKMARK3'];

const DEBUG_ENV = {
  ...SECRETS,
  AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
  ACTIONS_STEP_DEBUG: 'true',
  RUNNER_DEBUG: '1',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/_apis/token',
};

function expectNoSecret(run: ActionRun): void {
  const everything = {
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
  };
  for (const [where, text] of Object.entries(everything)) {
    for (const secret of [...Object.values(SECRETS), ...MARKERS]) {
      expect(text.includes(secret), `${where} contains ${secret}`).toBe(false);
    }
  }
}

describe('secrets on node24', () => {
  const node = useNode();
  const emulator = useEmulator();
  const arn = incidentArn('checkout-api', 'secret-target');
  const seed = () =>
    emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'secret-target', title: 'Checkout latency', impact: 2 },
      ],
    });

  it('keeps them out of a successful run', async () => {
    await seed();

    const run = await runStep({
      node: node.path,
      emulator: emulator.current,
      inputs: { 'incident-arn': arn, status: 'succeeded' },
      env: DEBUG_ENV,
    });

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.outcome).toBe('created');
    // Debug output was on, and the session token was really used to sign.
    expect(commands(run.stdout, 'debug')).not.toEqual([]);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates).toHaveLength(1);
    expect(creates[0]!.headers['x-amz-security-token']).toBeDefined();
    expectNoSecret(run);
  });

  it('keeps them out of a failed run', async () => {
    await seed();
    await emulator.current.fault({
      type: 'server-error',
      count: 2,
      operation: 'CreateTimelineEvent',
    });

    const run = await runStep({
      node: node.path,
      emulator: emulator.current,
      inputs: {
        'incident-arn': `${arn}\n${incidentArn('checkout-api', 'missing')}`,
        status: 'failed',
        'max-attempts': '2',
      },
      env: DEBUG_ENV,
    });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.outcome).toBe('failed');
    expect(commands(run.stdout, 'error')).not.toEqual([]);
    expect(commands(run.stdout, 'debug')).not.toEqual([]);
    expectNoSecret(run);
  });

  it('keeps them out of a run that fails on its inputs', async () => {
    const run = await runStep({
      node: node.path,
      emulator: emulator.current,
      inputs: { 'incident-arn': arn, 'event-data': 'Deployed {secret}' },
      env: DEBUG_ENV,
    });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(commands(run.stdout, 'error').join('\n')).toContain("Input 'event-data'");
    expectNoSecret(run);
  });
});
