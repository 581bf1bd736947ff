import { ListResponsePlansCommand } from '@aws-sdk/client-ssm-incidents';
import { fromTemporaryCredentials, fromWebToken } from '@aws-sdk/credential-providers';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.js';
import { authenticate } from '../src/sigv4.js';
import { SessionStore } from '../src/sts/sessions.js';
import {
  ACCESS_KEY_ID,
  REGION,
  SECRET_ACCESS_KEY,
  clientFor,
  control,
  failure,
  startTestEmulator,
  useStartedEmulator,
} from './helpers.js';
import { ROLE_ARN, jwtClaims, oidcToken, stsCall, xmlText } from './sts-helpers.js';

/** The SDK's own STS client (the one the action uses), pointed at the emulator. */
const stsClientConfig = (emulator: { url: string }) => ({
  endpoint: emulator.url,
  region: REGION,
  maxAttempts: 1,
});

function assumeWithWebIdentity(emulator: { url: string }, token: string, sessionName = 'ci-run-1') {
  return fromWebToken({
    roleArn: ROLE_ARN,
    webIdentityToken: token,
    roleSessionName: sessionName,
    durationSeconds: 3600,
    clientConfig: stsClientConfig(emulator),
  })();
}

function assumeWithKeys(emulator: { url: string }, secretAccessKey = SECRET_ACCESS_KEY) {
  return fromTemporaryCredentials({
    params: { RoleArn: ROLE_ARN, RoleSessionName: 'chained', DurationSeconds: 900 },
    masterCredentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey },
    clientConfig: stsClientConfig(emulator),
  })();
}

describe('STS and the OIDC token endpoint (key pair configured)', () => {
  const emulator = useStartedEmulator();
  beforeEach(() => emulator.reset());

  it('issues a GitHub-shaped OIDC token for the audience asked for', async () => {
    const before = Date.now();
    const token = await oidcToken(emulator, {
      audience: 'my-aud',
      repository: 'acme/shop',
      ref: 'refs/heads/release',
    });
    const after = Date.now();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.$/);
    const claims = jwtClaims(token);
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'my-aud',
      sub: 'repo:acme/shop:ref:refs/heads/release',
      repository: 'acme/shop',
      repository_owner: 'acme',
    });
    // GitHub's five minutes from issue, which lies between these two readings of the clock.
    expect(claims.exp).toBeGreaterThanOrEqual(Math.floor(before / 1000) + 300);
    expect(claims.exp).toBeLessThanOrEqual(Math.floor(after / 1000) + 300);
  });

  it('requires a bearer request token for an OIDC token', async () => {
    const response = await fetch(`${emulator.url}/_emulator/oidc/token?audience=x`);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Bearer');
  });

  it('AssumeRoleWithWebIdentity through the SDK: ASIA credentials that Incident Manager accepts', async () => {
    const token = await oidcToken(emulator);
    const before = Date.now();
    const credentials = await assumeWithWebIdentity(emulator, token);
    const after = Date.now();
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials.sessionToken).toBeTruthy();
    // The default DurationSeconds (3600) from the moment of issue, whole seconds on the wire.
    const expiration = credentials.expiration!.getTime();
    expect(expiration).toBeGreaterThanOrEqual(before - 1000 + 3600_000);
    expect(expiration).toBeLessThanOrEqual(after + 1000 + 3600_000);

    // The emulator verifies signatures with the key pair, yet accepts the session's own secret.
    const ssm = clientFor(emulator, credentials);
    await ssm.send(new ListResponsePlansCommand({}));

    const [assume, list] = await Promise.all([
      emulator.requests.list('AssumeRoleWithWebIdentity'),
      emulator.requests.list('ListResponsePlans'),
    ]);
    expect(assume).toHaveLength(1);
    expect(assume[0]).toMatchObject({
      status: 200,
      body: {
        Action: 'AssumeRoleWithWebIdentity',
        RoleArn: ROLE_ARN,
        RoleSessionName: 'ci-run-1',
        WebIdentityToken: '<redacted>',
      },
      webIdentity: { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
      issued: {
        accessKeyId: credentials.accessKeyId,
        assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/deploy-markers/ci-run-1',
      },
    });
    expect(list[0]!.caller).toEqual({
      arn: 'arn:aws:sts::123456789012:assumed-role/deploy-markers/ci-run-1',
      accessKeyId: credentials.accessKeyId,
    });
    // Nothing secret is kept: not the token, the secret or the session token.
    const everything = JSON.stringify((await control(emulator, 'GET', 'requests')).json);
    for (const secret of [token, credentials.secretAccessKey, credentials.sessionToken!])
      expect(everything).not.toContain(secret);
  });

  it('AssumeRole through the SDK, signed with the key pair; the session acts as the role', async () => {
    const credentials = await assumeWithKeys(emulator);
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    await clientFor(emulator, credentials).send(new ListResponsePlansCommand({}));
    const [assume] = emulator.requests.list('AssumeRole');
    expect(assume).toMatchObject({
      status: 200,
      body: { RoleArn: ROLE_ARN, RoleSessionName: 'chained', DurationSeconds: '900' },
    });
    expect(assume!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=<redacted>\/\d{8}\/us-east-1\/sts\/aws4_request/,
    );
  });

  it('refuses an AssumeRole signed with the wrong secret, or not signed', async () => {
    const error = await failure(assumeWithKeys(emulator, 'wrong'));
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(error.$metadata.httpStatusCode).toBe(403);
    const unsigned = await stsCall(
      emulator,
      { Action: 'AssumeRole', RoleArn: ROLE_ARN, RoleSessionName: 's1' },
      { sign: false },
    );
    expect([unsigned.status, unsigned.code]).toEqual([403, 'MissingAuthenticationToken']);
    expect(emulator.requests.list('AssumeRole').map((r) => r.errorType)).toEqual([
      'SignatureDoesNotMatch',
      'MissingAuthenticationToken',
    ]);
  });

  it('chains roles: AssumeRole signed with an issued session', async () => {
    const first = await assumeWithWebIdentity(emulator, await oidcToken(emulator));
    const answer = await stsCall(
      emulator,
      {
        Action: 'AssumeRole',
        RoleArn: 'arn:aws:iam::210987654321:role/x/target',
        RoleSessionName: 'hop',
      },
      { credentials: first },
    );
    expect(answer.status).toBe(200);
    expect(xmlText(answer.text, 'Arn')).toBe('arn:aws:sts::210987654321:assumed-role/target/hop');
    expect(emulator.requests.list('AssumeRole')[0]!.caller).toEqual({
      arn: 'arn:aws:sts::123456789012:assumed-role/deploy-markers/ci-run-1',
      accessKeyId: first.accessKeyId,
    });
  });

  it('answers in the shapes STS uses: XML result, credentials, assumed role user, request ID', async () => {
    const token = await oidcToken(emulator);
    const answer = await stsCall(
      emulator,
      {
        Action: 'AssumeRoleWithWebIdentity',
        RoleArn: ROLE_ARN,
        RoleSessionName: 'shape',
        WebIdentityToken: token,
      },
      { sign: false },
    );
    expect(answer.status).toBe(200);
    const skeleton = answer.text.replace(/>[^<\n]+</g, '><');
    expect(skeleton).toBe(
      [
        '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
        '  <AssumeRoleWithWebIdentityResult>',
        '    <Credentials>',
        '      <AccessKeyId></AccessKeyId>',
        '      <SecretAccessKey></SecretAccessKey>',
        '      <SessionToken></SessionToken>',
        '      <Expiration></Expiration>',
        '    </Credentials>',
        '    <SubjectFromWebIdentityToken></SubjectFromWebIdentityToken>',
        '    <AssumedRoleUser>',
        '      <AssumedRoleId></AssumedRoleId>',
        '      <Arn></Arn>',
        '    </AssumedRoleUser>',
        '    <Provider></Provider>',
        '    <Audience></Audience>',
        '  </AssumeRoleWithWebIdentityResult>',
        '  <ResponseMetadata>',
        '    <RequestId></RequestId>',
        '  </ResponseMetadata>',
        '</AssumeRoleWithWebIdentityResponse>',
        '',
      ].join('\n'),
    );
    expect(xmlText(answer.text, 'Expiration')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(xmlText(answer.text, 'AssumedRoleId')).toMatch(/^AROA[A-Z2-7]{17}:shape$/);
    expect(xmlText(answer.text, 'Provider')).toBe(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
  });

  it('validates RoleArn, RoleSessionName and DurationSeconds, every problem in one ValidationError', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { RoleSessionName: 'ok-name' },
        "Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
      ],
      [
        { RoleArn: 'arn:aws:iam::123456789012:user/deployer', RoleSessionName: 'ok' },
        "at 'roleArn'",
      ],
      [
        { RoleArn: ROLE_ARN, RoleSessionName: 'has space' },
        'regular expression pattern: [\\w+=,.@-]*',
      ],
      [{ RoleArn: ROLE_ARN, RoleSessionName: 'x' }, 'length greater than or equal to 2'],
      [{ RoleArn: ROLE_ARN, RoleSessionName: 'n'.repeat(65) }, 'length less than or equal to 64'],
      [
        { RoleArn: ROLE_ARN, RoleSessionName: 'ok', DurationSeconds: '899' },
        "Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      ],
      [
        { RoleArn: ROLE_ARN, RoleSessionName: 'ok', DurationSeconds: '43201' },
        'less than or equal to 43200',
      ],
      [{ RoleArn: ROLE_ARN, RoleSessionName: 'ok', DurationSeconds: '1h' }, 'be an integer'],
    ];
    for (const [params, expected] of cases) {
      const answer = await stsCall(emulator, { Action: 'AssumeRole', ...params });
      expect([answer.status, answer.code], JSON.stringify(params)).toEqual([
        400,
        'ValidationError',
      ]);
      expect(answer.message).toContain(expected);
      expect(answer.text).toContain('<Type>Sender</Type>');
      expect(answer.text).toMatch(
        /<\/Error>\n {2}<RequestId>[\w-]+<\/RequestId>\n<\/ErrorResponse>/,
      );
    }
    const two = await stsCall(emulator, { Action: 'AssumeRole', RoleSessionName: 'a b' });
    expect(two.message).toMatch(/^2 validation errors detected: .*roleArn.*; .*roleSessionName/);
    expect(emulator.state().incidents).toEqual([]);
  });

  it('refuses web identity tokens that are not JWTs, from another issuer, for another audience, or expired', async () => {
    const claims = (extra: Record<string, unknown>) =>
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
        JSON.stringify({
          iss: 'https://token.actions.githubusercontent.com',
          aud: 'sts.amazonaws.com',
          sub: 'repo:a/b:ref:main',
          exp: Date.now() / 1000 + 60,
          ...extra,
        }),
      ).toString('base64url')}.`;
    const cases: [string, string, string][] = [
      ['not-a-jwt', 'InvalidIdentityToken', "Couldn't parse"],
      [
        claims({ iss: 'https://accounts.example.com' }),
        'InvalidIdentityToken',
        'No OpenIDConnect provider found in your account for https://accounts.example.com',
      ],
      [
        await oidcToken(emulator, { audience: 'my-aud' }),
        'InvalidIdentityToken',
        'Incorrect token audience',
      ],
      [await oidcToken(emulator, {}), 'InvalidIdentityToken', 'Incorrect token audience'],
      [
        await oidcToken(emulator, { audience: 'sts.amazonaws.com', lifetime: '-60' }),
        'ExpiredTokenException',
        'Token expired',
      ],
    ];
    for (const [token, code, message] of cases) {
      const error = await failure(assumeWithWebIdentity(emulator, token));
      expect(error.name, token).toBe(
        code === 'InvalidIdentityToken' ? 'InvalidIdentityTokenException' : code,
      );
      expect(error.message).toContain(message);
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    const recorded = emulator.requests.list('AssumeRoleWithWebIdentity');
    expect(recorded.map((r) => r.errorType)).toEqual(cases.map(([, code]) => code));
    expect(recorded.every((r) => r.issued === undefined)).toBe(true);
  });

  it('verifies issued credentials: wrong secret, unknown or mismatched token, a token from before a reset', async () => {
    const a = await assumeWithWebIdentity(emulator, await oidcToken(emulator), 'a-session');
    const b = await assumeWithKeys(emulator);
    const list = (credentials: Parameters<typeof clientFor>[1]) =>
      failure(clientFor(emulator, credentials).send(new ListResponsePlansCommand({})));

    expect((await list({ ...a, secretAccessKey: 'wrong' })).name).toBe('InvalidSignatureException');
    expect((await list({ ...a, sessionToken: b.sessionToken })).name).toBe(
      'UnrecognizedClientException',
    );
    expect((await list({ ...a, sessionToken: 'FwoGZXIvYXdzEXAMPLE' })).name).toBe(
      'UnrecognizedClientException',
    );
    const { sessionToken: _dropped, ...withoutToken } = a;
    expect((await list(withoutToken)).name).toBe('UnrecognizedClientException');
    // With a key pair configured, a token the emulator did not issue is refused with any other key.
    expect(
      (
        await list({
          accessKeyId: 'ASIAELSEWHERE0000001',
          secretAccessKey: 'x',
          sessionToken: 'FwoGZXIvYXdz',
        })
      ).name,
    ).toBe('UnrecognizedClientException');

    await emulator.reset();
    const stale = await list(a);
    expect(stale.name).toBe('UnrecognizedClientException');
    expect(stale.$metadata.httpStatusCode).toBe(403);
  });

  it('answers unknown and missing actions as the query protocol does', async () => {
    const unknown = await stsCall(emulator, { Action: 'GetCallerIdentity' });
    expect([unknown.status, unknown.code]).toEqual([400, 'InvalidAction']);
    const missing = await stsCall(emulator, {});
    expect([missing.status, missing.code]).toEqual([400, 'MissingAction']);
  });

  it('injects faults on STS operations, in the query protocol', async () => {
    for (const [type, status, code] of [
      ['access-denied', 403, 'AccessDenied'],
      ['throttle', 400, 'Throttling'],
      ['server-error', 500, 'InternalFailure'],
      ['unavailable', 503, 'ServiceUnavailable'],
    ] as const) {
      expect(
        (await control(emulator, 'POST', 'faults', { type, operation: 'AssumeRole' })).status,
      ).toBe(200);
      const answer = await stsCall(emulator, {
        Action: 'AssumeRole',
        RoleArn: ROLE_ARN,
        RoleSessionName: 's1',
      });
      expect([answer.status, answer.code]).toEqual([status, code]);
      if (type === 'access-denied')
        expect(answer.message).toBe(
          `User: arn:aws:iam::123456789012:user/${ACCESS_KEY_ID} is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`,
        );
    }
    await control(emulator, 'POST', 'faults', {
      type: 'access-denied',
      operation: 'AssumeRoleWithWebIdentity',
    });
    const denied = await failure(assumeWithWebIdentity(emulator, await oidcToken(emulator)));
    expect(denied.name).toBe('AccessDenied');
    expect(denied.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    const recorded = emulator.requests.list();
    expect(recorded.map((r) => r.fault)).toEqual([
      'access-denied',
      'throttle',
      'server-error',
      'unavailable',
      'access-denied',
    ]);
    expect(recorded.every((r) => r.issued === undefined)).toBe(true);
  });
});

describe('STS with configured OIDC settings and no key pair', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({
      accessKeyId: undefined,
      secretAccessKey: undefined,
      oidcRequestToken: 'the-runner-token',
      oidcAudiences: ['my-aud', 'sts.amazonaws.com'],
    });
  });
  afterAll(() => emulator.close());

  it('accepts only the configured request token and the configured audiences', async () => {
    await expect(oidcToken(emulator, { audience: 'my-aud' }, 'another-token')).rejects.toThrow(
      /401/,
    );
    const token = await oidcToken(emulator, { audience: 'my-aud' }, 'the-runner-token');
    const credentials = await assumeWithWebIdentity(emulator, token);
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    const other = await oidcToken(emulator, { audience: 'else' }, 'the-runner-token');
    expect((await failure(assumeWithWebIdentity(emulator, other))).message).toBe(
      'Incorrect token audience',
    );
  });

  it('still verifies issued credentials without a key pair, and lets other tokens through as before', async () => {
    const credentials = await assumeWithWebIdentity(
      emulator,
      await oidcToken(emulator, { audience: 'my-aud' }, 'the-runner-token'),
    );
    await clientFor(emulator, credentials).send(new ListResponsePlansCommand({}));
    const wrong = await failure(
      clientFor(emulator, { ...credentials, secretAccessKey: 'wrong' }).send(
        new ListResponsePlansCommand({}),
      ),
    );
    expect(wrong.name).toBe('InvalidSignatureException');
    await clientFor(emulator, {
      accessKeyId: 'AKIAANY',
      secretAccessKey: 'any',
      sessionToken: 'FwoGZXIvYXdz',
    }).send(new ListResponsePlansCommand({}));
  });
});

describe('issued sessions in the signature check', () => {
  it('refuses an expired session with ExpiredTokenException', async () => {
    const sessions = new SessionStore();
    const session = sessions.issue({
      roleArn: ROLE_ARN,
      sessionName: 'old',
      durationSeconds: 900,
      now: new Date(Date.now() - 3600_000),
    });
    const request = {
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: '/listResponsePlans',
      headers: { host: '127.0.0.1', 'content-type': 'application/json' },
      body: '{}',
    };
    const signed = await new SignatureV4({
      service: 'ssm-incidents',
      region: REGION,
      sha256: Hash.bind(null, 'sha256'),
      credentials: session,
    }).sign(request);
    const error = await failure(
      authenticate(
        {
          method: 'POST',
          path: request.path,
          query: new URLSearchParams(),
          headers: signed.headers,
          body: Buffer.from(request.body),
        },
        { service: 'ssm-incidents', region: REGION, sessions },
      ),
    );
    expect([error.errorType, error.status]).toEqual(['ExpiredTokenException', 403]);
  });
});
