/**
 * `role-to-assume` end to end: the bundle gets a GitHub OIDC token from the emulator's token
 * endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), assumes the role with the emulator's STS
 * (AWS_ENDPOINT_URL_STS), and writes the event with the session's credentials; or, without OIDC,
 * chains from the base credentials with AssumeRole. The emulator verifies every signature (key
 * pair configured, issued sessions checked with their own secret), so a call that reaches Incident
 * Manager with the wrong credentials fails instead of passing unnoticed.
 */
import { describe, expect, it } from 'vitest';
import {
  GITHUB_ENV,
  TEST_CREDENTIALS,
  allUserEvents,
  commands,
  incidentArn,
  useBundle,
  type ActionRun,
  type Emulator,
  type RecordedRequest,
} from './helpers.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy-markers';
const ARN = incidentArn('checkout-api', 'role-target');
const SEED = {
  incidents: [
    { responsePlan: 'checkout-api', id: 'role-target', title: 'Checkout latency', impact: 2 },
  ],
};
/** The runner's ACTIONS_ID_TOKEN_REQUEST_TOKEN; the emulator accepts only this one. */
const REQUEST_TOKEN = 'e2eRequestToken-ROLELEAK1-abcdef';
/** A second audience the emulator's STS trusts besides sts.amazonaws.com. */
const CUSTOM_AUDIENCE = 'incident-timeline-e2e';
const STS_OPERATIONS = new Set(['AssumeRole', 'AssumeRoleWithWebIdentity']);

/** What the emulator's issued secrets, session tokens and (unsigned) JWTs start with. */
const ISSUED_MARKERS = [
  'emuSecret',
  'IQoJb3JpZ2luX2VtdWxhdG9y',
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0',
];

const oidcEnv = (emulator: { url: string }) => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: `${emulator.url}/_emulator/oidc/token?x=1`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
});

describe('role-to-assume on node24', () => {
  const bundle = useBundle({
    args: [
      '--access-key-id',
      TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
      '--secret-access-key',
      TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      '--oidc-request-token',
      REQUEST_TOKEN,
      '--oidc-audience',
      'sts.amazonaws.com',
      '--oidc-audience',
      CUSTOM_AUDIENCE,
    ],
  });
  const { emulator, run } = bundle;

  /**
   * The bundle as the runner starts it, with only the environment given: no base credentials
   * unless the test passes them. STS is reached through AWS_ENDPOINT_URL_STS, as the SDK reads it.
   */
  async function step(inputs: Record<string, string>, env: Record<string, string>) {
    await emulator.current.seed(SEED);
    return run({
      inputs: {
        'incident-arn': ARN,
        status: 'succeeded',
        'role-to-assume': ROLE,
        ...inputs,
      },
      env: {
        ...GITHUB_ENV,
        AWS_ENDPOINT_URL_STS: emulator.current.url,
        ACTIONS_STEP_DEBUG: 'true',
        RUNNER_DEBUG: '1',
        ...env,
      },
    });
  }
  const log = (run: ActionRun) => `${run.stdout}\n${run.stderr}`;

  /** The one STS call of the run, and every Incident Manager call, which it must have signed. */
  async function sessionCalls(current: Emulator, operation: string) {
    const requests = await current.requests();
    const sts = requests.filter((r) => STS_OPERATIONS.has(r.operation));
    expect(sts.map((r) => [r.operation, r.status])).toEqual([[operation, 200]]);
    const issued = sts[0]!.issued!;
    expect(issued.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    const incidents = requests.filter((r) => !STS_OPERATIONS.has(r.operation));
    expect(incidents.map((r) => r.operation)).toContain('CreateTimelineEvent');
    for (const call of incidents) {
      expect(call.caller, call.operation).toEqual({
        arn: issued.assumedRoleArn,
        accessKeyId: issued.accessKeyId,
      });
      expect(call.headers['x-amz-security-token']).toBe('<redacted>');
    }
    return { assume: sts[0]!, issued };
  }

  async function expectOneEvent(run: ActionRun) {
    expect(run.code, log(run)).toBe(0);
    expect(run.outputs.outcome).toBe('created');
    const events = await bundle.events(ARN);
    expect(events.map((e) => e.eventId)).toEqual([run.outputs['event-id']]);
  }

  it('assumes the role with the GitHub OIDC token and writes with the session credentials', async () => {
    const run = await step({}, oidcEnv(emulator.current));

    await expectOneEvent(run);
    const { assume, issued } = await sessionCalls(emulator.current, 'AssumeRoleWithWebIdentity');
    expect(assume.body).toEqual({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: ROLE,
      RoleSessionName: `GitHubActions-${GITHUB_ENV.GITHUB_RUN_ID}-${GITHUB_ENV.GITHUB_RUN_ATTEMPT}`,
      WebIdentityToken: '<redacted>',
      DurationSeconds: '3600',
    });
    expect(assume.webIdentity).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: expect.stringMatching(/^repo:/),
    });
    expect(issued.assumedRoleArn).toBe(
      'arn:aws:sts::123456789012:assumed-role/deploy-markers/GitHubActions-42-1',
    );
    // Unsigned, as the SDK sends it: the token is the proof.
    expect(assume.headers.authorization).toBeUndefined();
  });

  it('chains from the base credentials with a signed AssumeRole when no OIDC token can be requested', async () => {
    const run = await step({}, { ...TEST_CREDENTIALS });

    await expectOneEvent(run);
    const { assume } = await sessionCalls(emulator.current, 'AssumeRole');
    expect(assume.body).toMatchObject({
      Action: 'AssumeRole',
      RoleArn: ROLE,
      RoleSessionName: 'GitHubActions-42-1',
    });
    // Verified against the key pair: signed for sts in the run's region.
    expect(assume.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=<redacted>\/\d{8}\/us-east-1\/sts\/aws4_request/,
    );
    expect(assume.caller).toBeUndefined();
  });

  /** A failed assumption: exit 1, nothing written to Incident Manager, the error message. */
  async function expectRefused(run: ActionRun, namesRole = true): Promise<string> {
    expect(run.code, log(run)).toBe(1);
    const requests = await emulator.current.requests();
    expect(requests.filter((r) => !STS_OPERATIONS.has(r.operation))).toEqual([]);
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
    const errors = commands(run.stdout, 'error').join('\n');
    if (namesRole) expect(errors).toContain(ROLE);
    return errors;
  }

  it('points at the trust policy when the role refuses the token', async () => {
    await emulator.current.fault({ type: 'access-denied', operation: 'AssumeRoleWithWebIdentity' });

    const run = await step({}, oidcEnv(emulator.current));

    const errors = await expectRefused(run);
    expect(errors).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(errors).toContain('trust policy');
    // The token's own subject, as the trust policy must allow it; never the token.
    expect(errors).toMatch(/token\.actions\.githubusercontent\.com:sub = 'repo:[^']+'/);
    expect(errors).not.toContain('for the credentials this step uses');
    expect(errors).not.toMatch(/eyJ[\w-]+\.eyJ/);
    const assumes = await emulator.current.requests('AssumeRoleWithWebIdentity');
    expect(assumes.map((r) => [r.status, r.errorType, r.fault])).toEqual([
      [403, 'AccessDenied', 'access-denied'],
    ]);
  });

  /**
   * Nothing secret outside the runner's `::add-mask::` commands, which the runner consumes and
   * never shows: not the request token, the OIDC token, the issued secret or session token.
   */
  function expectNoSecret(run: ActionRun): void {
    const masked = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length));
    // The action (and @actions/core for the OIDC token) asked the runner to mask each of them.
    for (const marker of ISSUED_MARKERS)
      expect(
        masked.some((value) => value.startsWith(marker)),
        `mask for ${marker}…`,
      ).toBe(true);
    const shown = {
      stdout: run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
      outputs: JSON.stringify(run.outputs),
      summary: run.summary,
    };
    for (const [where, text] of Object.entries(shown)) {
      for (const secret of [...masked, ...ISSUED_MARKERS, REQUEST_TOKEN, 'ROLELEAK1']) {
        expect(text.includes(secret), `${where} contains ${secret.slice(0, 24)}…`).toBe(false);
      }
    }
  }

  it('keeps the tokens and the session credentials out of the log, outputs and summary', async () => {
    const run = await step({}, oidcEnv(emulator.current));

    await expectOneEvent(run);
    expect(commands(run.stdout, 'debug').join('\n')).toContain(`Assuming ${ROLE}`);
    expectNoSecret(run);
  });

  it('keeps them out of a run whose writes fail after the role was assumed', async () => {
    await emulator.current.fault({
      type: 'access-denied',
      operation: 'CreateTimelineEvent',
      count: 3,
    });

    const run = await step({ 'max-attempts': '2' }, oidcEnv(emulator.current));

    expect(run.code, log(run)).toBe(1);
    const creates: RecordedRequest[] = await emulator.current.requests('CreateTimelineEvent');
    expect(creates.map((r) => r.errorType)).toEqual(['AccessDeniedException']);
    const errors = commands(run.stdout, 'error').join('\n');
    // The denial names the assumed role's session: the identity to grant the permission to.
    expect(errors).toContain('assumed-role/deploy-markers/GitHubActions-42-1');
    expectNoSecret(run);
  });
});
