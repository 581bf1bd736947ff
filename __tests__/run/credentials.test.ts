/**
 * Credentials and what AWS refuses: role-to-assume with GitHub's OIDC token or chained from the
 * environment (the credential providers are mocked; the emulator verifies that the calls are
 * signed with the assumed keys), and the IAM action a denial names.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  ASSUMED,
  INCIDENT_A,
  core,
  providers,
  results,
  TARGETS,
  useEmulatorRun,
} from './helpers.js';

// Only the assumed keys sign a call the emulator accepts.
// Hoisted above the imports, as every vi.mock.
vi.mock(
  '@aws-sdk/credential-providers',
  async () => (await import('../mocked-runner.js')).providers,
);

const action = useEmulatorRun({
  accessKeyId: ASSUMED.accessKeyId,
  secretAccessKey: ASSUMED.secretAccessKey,
});
beforeEach(() => action.seed(TARGETS.A));

const ROLE = 'arn:aws:iam::111122223333:role/deploy-markers';
const OIDC_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};

/** A step on INCIDENT_A that assumes ROLE, with these inputs. */
const assume = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  action.run({ inputs: { 'incident-arn': INCIDENT_A, 'role-to-assume': ROLE, ...inputs }, env });

describe('AWS errors and credentials', () => {
  it('names the missing IAM action when CreateTimelineEvent is denied', async () => {
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent' });
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      env: {
        AWS_ACCESS_KEY_ID: ASSUMED.accessKeyId,
        AWS_SECRET_ACCESS_KEY: ASSUMED.secretAccessKey,
      },
    });
    expect(r.failure).toContain('ssm-incidents:CreateTimelineEvent');
    expect(r.failure).toMatch(/request ID [\w-]+/);
    expect(results(r)[0]?.error).toContain('ssm-incidents:CreateTimelineEvent');
    expect(r.outputs.outcome).toBe('failed');
  });

  it('says once, before any call, that there are no credentials and how to give them', async () => {
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A },
      env: {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        // Nothing else of the default chain either: no files, no instance role.
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
        AWS_CONFIG_FILE: '/nonexistent/config',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    const failure = r.failure ?? '';
    for (const way of ['role-to-assume', 'id-token: write', 'configure-aws-credentials']) {
      expect(failure).toContain(way);
    }
    expect(failure).toContain('AWS_ACCESS_KEY_ID');
    expect(failure.match(/credentials were found/g)).toHaveLength(1);
    // Not the commit link's "written without it": nothing is written.
    expect(r.warnings).toEqual([]);
    expect(failure).not.toMatch(/is written|was written/);
    expect(r.commands).toEqual([]);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('assumes role-to-assume with the GitHub OIDC token for the audience', async () => {
    const r = await assume(
      { 'link-commit': 'false', audience: 'sts.example.internal', 'max-attempts': '3' },
      OIDC_ENV,
    );
    expect(r.failure).toBeUndefined();
    expect(core.getIDToken).toHaveBeenCalledWith('sts.example.internal');
    expect(providers.fromWebToken).toHaveBeenCalledTimes(1);
    expect(providers.fromWebToken).toHaveBeenCalledWith(
      expect.objectContaining({
        roleArn: ROLE,
        webIdentityToken: 'oidc-token-from-github',
        roleSessionName: 'GitHubActions-42-1',
        clientConfig: expect.objectContaining({ region: 'us-east-1', maxAttempts: 3 }),
      }),
    );
    expect(providers.fromTemporaryCredentials).not.toHaveBeenCalled();
    expect(core.setSecret).toHaveBeenCalledWith(ASSUMED.secretAccessKey);
    expect(core.setSecret).toHaveBeenCalledWith(ASSUMED.sessionToken);
    // The calls were signed with the assumed credentials (the environment's 'test' key is
    // unknown to the emulator), session token included.
    const requests = action.requests();
    expect(requests.map((q) => [q.operation, q.status])).toEqual([
      ['GetIncidentRecord', 200],
      ['CreateTimelineEvent', 201],
    ]);
    for (const q of requests) expect(q.headers['x-amz-security-token']).toBeDefined();
  });

  it('chains role-to-assume from the environment when no OIDC token can be requested', async () => {
    const r = await assume({ 'link-commit': 'false', 'role-session-name': 'shop-deploy' });
    expect(r.failure).toBeUndefined();
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(providers.fromTemporaryCredentials).toHaveBeenCalledWith(
      expect.objectContaining({
        params: expect.objectContaining({ RoleArn: ROLE, RoleSessionName: 'shop-deploy' }),
      }),
    );
  });

  it("says 'id-token: write' when the OIDC token cannot be had, and calls nothing", async () => {
    core.getIDToken.mockRejectedValue(
      new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'),
    );
    const r = await assume({}, OIDC_ENV);
    expect(r.failure).toContain('id-token: write');
    expect(r.failure).toContain("audience 'sts.amazonaws.com'");
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(r.commands).toEqual([]);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('explains a role that cannot be assumed with OIDC, and calls nothing', async () => {
    providers.fromWebToken.mockImplementation(() => async () => {
      throw Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), {
        name: 'AccessDenied',
      });
    });
    const r = await assume({}, OIDC_ENV);
    expect(r.failure).toMatch(
      /Could not assume role arn:aws:iam::111122223333:role\/deploy-markers with OIDC/,
    );
    expect(r.failure).toContain('trust policy');
    expect(r.commands).toEqual([]);
  });
});
