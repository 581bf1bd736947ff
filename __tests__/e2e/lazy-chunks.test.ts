/**
 * The bundle loads some code only when a run needs it, as chunks beside dist/index.js (see
 * scripts/package.mjs): the OIDC HTTP client (undici), the SDK's credential providers with their
 * nested STS client, and @actions/exec. A chunk that fails to load is a broken feature, so each
 * is exercised here through the bundle: OIDC against a token server on loopback, the role
 * assumed from a fake STS whose credentials the emulator then verifies, and the error when STS is
 * unreachable. @actions/exec's stand-in is checked on its own at the end.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { getExecOutput } from '../../src/bundle/lazy-exec.js';
import {
  NODES,
  commands,
  incidentArn,
  incidentIn,
  runStep,
  useEmulator,
  useNode,
} from './helpers.js';

// The bundler maps this specifier to @actions/exec; here it is the real module too.
vi.mock('actions-exec-real', async () => await import('@actions/exec'));

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const ASSUMED = { id: 'ASIAE2EASSUMEDROLE01', secret: 'e2e/assumed/Secret+Key/0123456789abcdef' };
const BASE = {
  AWS_ACCESS_KEY_ID: 'AKIAE2EBASEKEY000001',
  AWS_SECRET_ACCESS_KEY: 'e2e/base/secret',
};

interface Loopback {
  url: string;
  requests: { path: string; body: string; authorization: string }[];
  close(): Promise<void>;
}

async function serve(answer: (request: IncomingMessage, body: string) => [number, string]) {
  const requests: Loopback['requests'] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({
        path: request.url ?? '',
        body,
        authorization: request.headers.authorization ?? '',
      });
      const [status, text] = answer(request, body);
      response.writeHead(status, { 'content-type': 'text/xml' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies Loopback;
}

/** GitHub's token endpoint: `{ value }` for a bearer request token. */
const tokenServer = () =>
  serve((request) =>
    request.headers.authorization === 'Bearer e2e-request-token'
      ? [200, JSON.stringify({ value: 'e2e.oidc.jwt' })]
      : [401, '{}'],
  );

/** STS answering AssumeRoleWithWebIdentity and AssumeRole (query protocol, XML) with ASSUMED. */
const stsServer = () =>
  serve((_request, body) => {
    const action = new URLSearchParams(body).get('Action') ?? '';
    const result = `<Credentials><AccessKeyId>${ASSUMED.id}</AccessKeyId><SecretAccessKey>${ASSUMED.secret}</SecretAccessKey><SessionToken>e2e-session-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/deploy/e2e</Arn><AssumedRoleId>AROAE2E:e2e</AssumedRoleId></AssumedRoleUser>`;
    return [
      200,
      `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>e2e</RequestId></ResponseMetadata></${action}Response>`,
    ];
  });

/** A loopback port with nothing listening. */
async function deadPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const oidcEnv = (tokens: Loopback) => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: `${tokens.url}/token?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'e2e-request-token',
});

describe.each(NODES)('lazily loaded chunks of the bundle on $label', (binary) => {
  const node = useNode(binary);
  // Verifies SigV4 with the assumed role's keys: a write signed with anything else is refused.
  const emulator = useEmulator({
    args: ['--access-key-id', ASSUMED.id, '--secret-access-key', ASSUMED.secret],
  });
  const arn = incidentArn('checkout-api', 'lazy-target');
  const seed = () =>
    emulator.current.seed({
      incidents: [{ responsePlan: 'checkout-api', id: 'lazy-target', title: 'Lazy', impact: 2 }],
    });
  const run = (env: Record<string, string>, inputs: Record<string, string> = {}) =>
    runStep({
      node: node.path,
      emulator: emulator.current,
      inputs: { 'incident-arn': arn, status: 'succeeded', 'role-to-assume': ROLE, ...inputs },
      env: { ...BASE, ...env },
    });

  it('assumes the role with the OIDC token and writes with its credentials', async () => {
    await seed();
    const tokens = await tokenServer();
    const sts = await stsServer();
    try {
      const result = await run({ ...oidcEnv(tokens), AWS_ENDPOINT_URL_STS: sts.url });

      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(tokens.requests).toHaveLength(1);
      expect(tokens.requests[0]!.path).toContain('audience=sts.amazonaws.com');
      expect(sts.requests).toHaveLength(1);
      const params = new URLSearchParams(sts.requests[0]!.body);
      expect(params.get('Action')).toBe('AssumeRoleWithWebIdentity');
      expect(params.get('RoleArn')).toBe(ROLE);
      expect(params.get('WebIdentityToken')).toBe('e2e.oidc.jwt');
      const events = incidentIn(await emulator.current.state(), arn).timelineEvents;
      expect(events.some((e) => e.eventId === result.outputs['event-id'])).toBe(true);
    } finally {
      await tokens.close();
      await sts.close();
    }
  });

  it("assumes the role from the environment's credentials without OIDC", async () => {
    await seed();
    const sts = await stsServer();
    try {
      const result = await run({ AWS_ENDPOINT_URL_STS: sts.url });

      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(sts.requests).toHaveLength(1);
      expect(new URLSearchParams(sts.requests[0]!.body).get('Action')).toBe('AssumeRole');
      // Signed with the base credentials, which the emulator would refuse.
      expect(sts.requests[0]!.authorization).toContain(`Credential=${BASE.AWS_ACCESS_KEY_ID}/`);
    } finally {
      await sts.close();
    }
  });

  it('reports that the role could not be assumed when STS is unreachable, after the token', async () => {
    await seed();
    const tokens = await tokenServer();
    try {
      const result = await run(
        { ...oidcEnv(tokens), AWS_ENDPOINT_URL_STS: await deadPort() },
        { 'max-attempts': '1' },
      );

      expect(result.code).not.toBe(0);
      expect(tokens.requests).toHaveLength(1);
      expect(commands(result.stdout, 'error').join('\n')).toMatch(
        /Could not assume role arn:aws:iam::123456789012:role\/deploy with OIDC/,
      );
      expect(await emulator.current.requests()).toEqual([]);
    } finally {
      await tokens.close();
    }
  });
});

describe("@actions/exec's stand-in", () => {
  it('runs the command through the real module', async () => {
    const output = await getExecOutput(process.execPath, ['-e', 'process.stdout.write("ok")'], {
      silent: true,
    });
    expect(output).toMatchObject({ exitCode: 0, stdout: 'ok' });
  });
});
