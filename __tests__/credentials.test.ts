/**
 * Units of assuming `role-to-assume` (aws/credentials): the session name, which provider is asked
 * with what, the deadline over the OIDC token and STS, and the messages of each failure. The
 * credential providers are stand-ins here; against STS through the bundle: e2e/roles.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AwsCallError } from '../src/aws/call-error.js';
import { withoutProxy } from './proxy-env.js';
import {
  assumeRole,
  defaultSessionName,
  OidcTokenError,
  roleFailure,
  tokenClaims,
  type RoleSettings,
} from '../src/aws/credentials.js';
import type { AwsSettings } from '../src/aws/client-config.js';
import { Deadline } from '../src/runtime/deadline.js';
import { expectCarries } from './carries.js';
import { oidcToken } from './oidc-token.js';

const providers = vi.hoisted(() => ({
  fromWebToken: vi.fn(),
  fromTemporaryCredentials: vi.fn(),
}));
vi.mock('@aws-sdk/credential-providers', () => providers);

const ROLE = 'arn:aws:iam::111122223333:role/deploy-markers';
const CREDENTIALS = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'tok' };

const role = (changes: Partial<RoleSettings> = {}): RoleSettings => ({
  roleArn: ROLE,
  sessionName: 'GitHubActions-42-1',
  audience: 'sts.amazonaws.com',
  oidcAvailable: true,
  stsEndpoint: '',
  getIdToken: async () =>
    oidcToken({ sub: 'repo:acme/shop:ref:refs/heads/main', aud: 'sts.amazonaws.com' }),
  ...changes,
});

const settings = (deadline = new Deadline(60_000), debug = vi.fn()): AwsSettings => ({
  region: 'eu-west-1',
  maxAttempts: 3,
  limits: { connectMs: 1_000, attemptMs: 2_000, deadlineMs: 60_000 },
  deadline,
  debug,
});

const stsError = (name: string, message = 'Not authorized') =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 403, attempts: 1 } });

beforeEach(() => {
  providers.fromWebToken.mockReset();
  providers.fromTemporaryCredentials.mockReset();
  withoutProxy();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('defaultSessionName', () => {
  it("names the run and its attempt, after the host's prefix", () => {
    expect(defaultSessionName('42', '3')).toBe('GitHubActions-42-3');
    expect(defaultSessionName('1234567', '1', 'incident-timeline')).toBe(
      'incident-timeline-1234567-1',
    );
  });

  it('stands in for a missing run and attempt', () => {
    expect(defaultSessionName('', '')).toBe('GitHubActions-local-1');
  });

  it('keeps to the characters and the 64 characters STS accepts', () => {
    expect(defaultSessionName('a b/c:d', '1')).toBe('GitHubActions-a-b-c-d-1');
    expect(defaultSessionName('x+=,.@_-', '1')).toBe('GitHubActions-x+=,.@_--1');
    expect(defaultSessionName('9'.repeat(100), '1')).toHaveLength(64);
  });
});

describe('tokenClaims', () => {
  const raw = (payload: string) => `h.${Buffer.from(payload).toString('base64url')}.s`;

  it('joins several audiences', () => {
    expect(tokenClaims(oidcToken({ sub: 's', aud: ['a', 5, 'b'] }))).toEqual({
      sub: 's',
      aud: 'a, b',
    });
  });

  it('leaves out claims that are not text', () => {
    expect(tokenClaims(oidcToken({ sub: 5, aud: { x: 1 } }))).toEqual({});
  });

  it.each([
    ['no payload', 'header'],
    ['an empty payload', 'h..s'],
    ['JSON null', raw('null')],
    ['a number', raw('5')],
    ['no JSON', raw('{')],
  ])('is undefined for %s', (_what, token) => {
    expect(tokenClaims(token)).toBeUndefined();
  });
});

describe('roleFailure', () => {
  const failure = (
    name: string,
    message = 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  ) =>
    new AwsCallError(
      {
        service: 'sts',
        operation: 'AssumeRoleWithWebIdentity',
        resource: ROLE,
        attemptMs: 1000,
        deadline: { expired: false, describe: () => 'x' },
      },
      stsError(name, message),
    );

  it.each(['AccessDenied', 'InvalidIdentityToken', 'IDPRejectedClaim'])(
    'a refusal by the trust policy (%s) names what it must allow',
    (name) => {
      const claims = { sub: 'repo:acme/shop:ref:refs/heads/main', aud: 'sts.amazonaws.com' };
      expectCarries(roleFailure(role(), failure(name), claims), [
        `Could not assume role ${ROLE}`,
        'trust policy',
        "subject 'repo:acme/shop:ref:refs/heads/main'",
        "audience 'sts.amazonaws.com'",
        'token.actions.githubusercontent.com',
        ":sub = 'repo:acme/shop:ref:refs/heads/main'",
        ":aud = 'sts.amazonaws.com'",
        `STS answered: ${failure(name).message.replace(/ Allow the IAM action .*$/, '')}`,
        // The role's own trust policy is the fix, not the step's permissions.
        /^(?!.*Allow the IAM action)/,
      ]);
    },
  );

  it('without claims: an unknown subject and the audience asked for', () => {
    const message = roleFailure(role({ audience: 'my-aud' }), failure('AccessDenied'));
    expect(message).toContain("(subject unknown, audience 'my-aud')");
    expect(message).toContain(':sub = unknown (or');
    expect(message).not.toContain('for the credentials this step uses');
  });

  it("quotes the token's audience when it differs from the one asked for", () => {
    const message = roleFailure(role({ audience: 'sts.amazonaws.com' }), failure('AccessDenied'), {
      aud: 'my-aud',
    });
    expect(message).toContain("(subject unknown, audience 'my-aud')");
    expect(message).toContain(":aud = 'my-aud'. STS answered: ");
  });

  it('any other failure under OIDC: the call error as it is', () => {
    const other = failure('RegionDisabledException', 'STS is not activated');
    expect(roleFailure(role(), other)).toBe(
      `Could not assume role ${ROLE} with OIDC: ${other.message}`,
    );
  });

  it('without OIDC: the permission first, then the failure', () => {
    const denied = failure('AccessDenied');
    const message = roleFailure(role({ oidcAvailable: false }), denied);
    expectCarries(message, [
      /^Grant the job 'permissions: id-token: write'/,
      'sts:AssumeRole',
      'aws-actions/configure-aws-credentials',
      `Could not assume role ${ROLE}`,
      'ACTIONS_ID_TOKEN_REQUEST_URL is not set',
    ]);
    expect(message.endsWith(`: ${denied.message}`)).toBe(true);
  });

  it("without OIDC by design (the command): the host's words, with the failure", () => {
    const denied = failure('AccessDenied');
    const message = roleFailure(
      {
        ...role({ oidcAvailable: false }),
        withoutOidc: (arn, detail) => `cannot ${arn}: ${detail}`,
      },
      denied,
    );
    expect(message).toBe(`cannot ${ROLE}: ${denied.message}`);
  });
});

describe('assumeRole', () => {
  it('with OIDC: asks STS with the token for an hour, on the shared client configuration', async () => {
    const token = oidcToken({ sub: 's', aud: 'sts.amazonaws.com' });
    const getIdToken = vi.fn(async () => token);
    providers.fromWebToken.mockReturnValue(async () => CREDENTIALS);
    const debug = vi.fn();
    const credentials = await assumeRole(
      role({ getIdToken }),
      settings(new Deadline(60_000), debug),
    );
    expect(credentials).toEqual(CREDENTIALS);
    expect(getIdToken).toHaveBeenCalledWith('sts.amazonaws.com');
    expect(providers.fromWebToken).toHaveBeenCalledWith({
      roleArn: ROLE,
      webIdentityToken: token,
      roleSessionName: 'GitHubActions-42-1',
      durationSeconds: 3600,
      clientConfig: expect.objectContaining({
        region: 'eu-west-1',
        maxAttempts: 3,
        customUserAgent: 'incident-timeline-action/1.0.0',
      }),
    });
    expect(providers.fromTemporaryCredentials).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledWith(
      `Assuming ${ROLE} with the GitHub OIDC token (session GitHubActions-42-1)`,
    );
  });

  it("without OIDC: chains from the environment's credentials for an hour", async () => {
    providers.fromTemporaryCredentials.mockReturnValue(CREDENTIALS);
    const debug = vi.fn();
    const getIdToken = vi.fn();
    expect(
      await assumeRole(
        role({ oidcAvailable: false, getIdToken }),
        settings(new Deadline(60_000), debug),
      ),
    ).toEqual(CREDENTIALS);
    expect(getIdToken).not.toHaveBeenCalled();
    expect(providers.fromTemporaryCredentials).toHaveBeenCalledWith({
      params: { RoleArn: ROLE, RoleSessionName: 'GitHubActions-42-1', DurationSeconds: 3600 },
      clientConfig: expect.objectContaining({ region: 'eu-west-1' }),
    });
    expect(debug).toHaveBeenCalledWith(
      `Assuming ${ROLE} from the environment's credentials (session GitHubActions-42-1)`,
    );
  });

  it('a failed token request asks for id-token: write, quoting the failure inert', async () => {
    const error = await assumeRole(
      role({
        getIdToken: async () => {
          throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL\n::error::x');
        },
      }),
      settings(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcTokenError);
    expect((error as Error).name).toBe('OidcTokenError');
    expectCarries((error as Error).message, [
      `Could not get a GitHub OIDC token to assume ${ROLE}`,
      "audience 'sts.amazonaws.com'",
      // Inert: the newline shown as an escape, so `::error::` starts no line.
      'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL\\n::error::x',
      "'permissions: id-token: write'",
    ]);
    expect((error as Error).message).not.toContain('\n');
    expect(providers.fromWebToken).not.toHaveBeenCalled();
  });

  it('a token request that outlasts the deadline says which limit', async () => {
    vi.useFakeTimers();
    const pending = assumeRole(
      role({ getIdToken: () => new Promise<string>(() => undefined) }),
      settings(new Deadline(1_000)),
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = (await pending) as Error;
    expect(error).toBeInstanceOf(OidcTokenError);
    expectCarries(error.message, [
      `Could not get a GitHub OIDC token to assume ${ROLE}`,
      'did not finish within',
      '1 s (INCIDENT_TIMELINE_DEADLINE_MS)',
      "'permissions: id-token: write'",
    ]);
  });

  it("a refusal by STS says what the trust policy must allow, from the token's claims", async () => {
    const refusal = stsError('AccessDenied');
    providers.fromWebToken.mockReturnValue(async () => {
      throw refusal;
    });
    const error = (await assumeRole(role(), settings()).catch((e: unknown) => e)) as Error;
    // The STS call's error, which carries STS's own (a region failover reads it).
    expect(error.cause).toBeInstanceOf(AwsCallError);
    expect((error.cause as AwsCallError).cause).toBe(refusal);
    expectCarries(error.message, [
      `Could not assume role ${ROLE} with OIDC`,
      'trust policy',
      "subject 'repo:acme/shop:ref:refs/heads/main'",
      "audience 'sts.amazonaws.com'",
    ]);
    expect(error.message).toContain('STS answered: AssumeRoleWithWebIdentity was denied');
  });

  it('a failure without OIDC names AssumeRole', async () => {
    providers.fromTemporaryCredentials.mockReturnValue(async () => {
      throw stsError('AccessDenied');
    });
    const error = (await assumeRole(role({ oidcAvailable: false }), settings()).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(/^Grant the job 'permissions: id-token: write'/);
    expect(error.message).toContain('AssumeRole was denied');
    expect(error.message).toContain('Allow the IAM action sts:AssumeRole on');
  });

  it('STS that outlasts the deadline says which limit', async () => {
    vi.useFakeTimers();
    providers.fromWebToken.mockReturnValue(() => new Promise(() => undefined));
    const pending = assumeRole(role(), settings(new Deadline(1_000))).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = (await pending) as Error;
    expectCarries(error.message, [
      `Could not assume role ${ROLE}`,
      `AssumeRoleWithWebIdentity on ${ROLE} did not finish within`,
      '1 s (INCIDENT_TIMELINE_DEADLINE_MS)',
    ]);
  });

  it('a failed token request keeps the failure as its cause', async () => {
    const cause = new Error('no token');
    const error = (await assumeRole(
      role({
        getIdToken: async () => {
          throw cause;
        },
      }),
      settings(),
    ).catch((e: unknown) => e)) as Error;
    expect(error.cause).toBe(cause);
  });

  it('a refused role is an AssumeRoleError', async () => {
    providers.fromTemporaryCredentials.mockReturnValue(async () => {
      throw stsError('AccessDenied');
    });
    const error = (await assumeRole(role({ oidcAvailable: false }), settings()).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.name).toBe('AssumeRoleError');
  });

  it("decides the proxy for STS's regional endpoint, or the one from the environment", async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://proxy.example:3128');
    vi.stubEnv('HTTP_PROXY', 'http://proxy.example:3128');
    vi.stubEnv('NO_PROXY', '');
    vi.stubEnv('no_proxy', '');
    providers.fromTemporaryCredentials.mockReturnValue(CREDENTIALS);
    const debug = vi.fn();
    await assumeRole(role({ oidcAvailable: false }), settings(new Deadline(60_000), debug));
    expect(debug).toHaveBeenCalledWith(
      'Using proxy http://proxy.example:3128/ for https://sts.eu-west-1.amazonaws.com',
    );
    debug.mockClear();
    await assumeRole(
      role({ oidcAvailable: false, stsEndpoint: 'http://sts.internal.example:4566' }),
      settings(new Deadline(60_000), debug),
    );
    expect(debug).toHaveBeenCalledWith(
      'Using proxy http://proxy.example:3128/ for http://sts.internal.example:4566',
    );
  });
});
