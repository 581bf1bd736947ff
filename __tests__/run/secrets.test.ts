/**
 * No secret reaches a log line, an output or the summary: the environment's keys, the OIDC
 * request token and token, and the assumed credentials, whatever goes wrong.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  ASSUMED,
  INCIDENT_A,
  INCIDENT_B,
  core,
  loggedText,
  providers,
  TARGETS,
  useEmulatorRun,
  type Scenario,
} from './helpers.js';

// Hoisted above the imports, as every vi.mock.
vi.mock(
  '@aws-sdk/credential-providers',
  async () => (await import('../mocked-runner.js')).providers,
);

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B));

const SECRETS = {
  AWS_SECRET_ACCESS_KEY: 'env-secret-access-key-9f8e7d6c5b4a',
  AWS_SESSION_TOKEN: 'env-session-token-IQoJb3JpZ2luX2VjEXAMPLE',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-eyJ0eXAiOiJKV1QiEXAMPLE',
};
const OIDC_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.oidc-token-payload-EXAMPLE.signature';
const ALL_SECRETS = [
  ...Object.values(SECRETS),
  OIDC_TOKEN,
  ASSUMED.secretAccessKey,
  ASSUMED.sessionToken,
];

const ENV = {
  ...SECRETS,
  AWS_ACCESS_KEY_ID: 'AKIAENVKEY0000000001',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request?api-version=2.0',
  ACTIONS_STEP_DEBUG: 'true',
  RUNNER_DEBUG: '1',
};
const ROLE = 'arn:aws:iam::111122223333:role/deploy-markers';

/** Everything written to the console or the process streams while a test runs. */
const printed: string[] = [];

beforeEach(() => {
  printed.length = 0;
  const record = (...args: unknown[]) => {
    printed.push(
      args
        .map((a) => (typeof a === 'string' ? a : String((a as Error)?.stack ?? JSON.stringify(a))))
        .join(' '),
    );
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation(record);
  }
  const write = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(write as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation(write as typeof process.stderr.write);
  vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
    record(warning);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function runLogged(scenario: Scenario): Promise<string[]> {
  const r = await action.run({ ...scenario, env: { ...ENV, ...scenario.env } });
  return [...loggedText(core), ...printed, r.summary, ...Object.values(r.outputs)];
}

function expectNoSecret(lines: string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const secret of ALL_SECRETS) {
    const leaking = lines.filter((line) => line.includes(secret));
    expect(leaking, `'${secret}' appears in the log`).toEqual([]);
  }
}

describe('no secret reaches a log line, an output or the summary', () => {
  it('assuming a role with OIDC, with one write denied and related items denied', async () => {
    core.getIDToken.mockResolvedValue(OIDC_TOKEN);
    action.fault({ type: 'access-denied', operation: 'ListRelatedItems', every: 1 });
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent' });

    const lines = await runLogged({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'role-to-assume': ROLE },
    });

    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(providers.fromWebToken).toHaveBeenCalledWith(
      expect.objectContaining({ webIdentityToken: OIDC_TOKEN }),
    );
    // The assumed credentials are masked for the rest of the job.
    expect(core.setSecret).toHaveBeenCalledWith(ASSUMED.secretAccessKey);
    expect(core.setSecret).toHaveBeenCalledWith(ASSUMED.sessionToken);
    expect(core.debug).toHaveBeenCalled();
    expectNoSecret(lines);
  });

  it('with the environment credentials and a throttled write', async () => {
    action.fault({ type: 'throttle', operation: 'CreateTimelineEvent', every: 1 });
    // Throttling is retried until the deadline: a short one.
    const lines = await runLogged({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      env: { INCIDENT_TIMELINE_DEADLINE_MS: '1500' },
    });
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining('throttled on every attempt'),
    );
    expectNoSecret(lines);
  });

  it('when the role cannot be assumed', async () => {
    core.getIDToken.mockResolvedValue(OIDC_TOKEN);
    providers.fromWebToken.mockImplementation(() => async () => {
      throw Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), {
        name: 'AccessDenied',
      });
    });
    const lines = await runLogged({
      inputs: { 'incident-arn': INCIDENT_A, 'role-to-assume': ROLE },
    });
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Could not assume role'));
    expectNoSecret(lines);
  });

  it('when the OIDC token cannot be had', async () => {
    core.getIDToken.mockRejectedValue(new Error('Failed to get ID Token. Error Code : 403'));
    const lines = await runLogged({
      inputs: { 'incident-arn': INCIDENT_A, 'role-to-assume': ROLE },
    });
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('id-token: write'));
    expectNoSecret(lines);
  });

  it('catches a leak: the check itself finds a logged secret', () => {
    expect(() => expectNoSecret([`token=${OIDC_TOKEN}`])).toThrow(/appears in the log/);
  });
});
