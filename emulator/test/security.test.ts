/**
 * Who may reach the emulator: the control API only from loopback hosts and never from a browser
 * page of another origin (cross-site requests, DNS rebinding), signatures that cover Host and
 * X-Amz-Date, and the state file's temporary files.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ListResponsePlansCommand } from '@aws-sdk/client-ssm-incidents';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.js';
import { spawnBundledEmulator } from './bundle.js';
import {
  ACCESS_KEY_ID,
  clientFor,
  control,
  REGION,
  SECRET_ACCESS_KEY,
  startTestEmulator,
  useStartedEmulator,
  type Json,
} from './helpers.js';
import { ROLE_ARN, oidcToken } from './sts-helpers.js';

interface Answer {
  status: number;
  json: Json;
}

/** One HTTP request with exactly these headers (Host included), as a browser or curl would send it. */
function send(
  base: string,
  target: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const url = new URL(target, base);
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      url,
      { method, headers, setHost: !('host' in headers) },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, json: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** What a page on another site sends when a form posts to the emulator. */
const CROSS_SITE_FORM = {
  origin: 'https://evil.example',
  'sec-fetch-site': 'cross-site',
  'content-type': 'text/plain',
};

describe('the control API', () => {
  let emulator: RunningEmulator;
  let host: string;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    host = new URL(emulator.url).host;
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  it('refuses a cross-site text/plain POST to reset and faults: 403, nothing changed', async () => {
    await emulator.seed({ incidents: [{ responsePlan: 'checkout' }] });
    for (const target of ['/_emulator/reset', '/_emulator/faults']) {
      const answer = await send(emulator.url, target, {
        method: 'POST',
        headers: { ...CROSS_SITE_FORM, host },
        body: '{"type":"drop"}',
      });
      expect(answer.status).toBe(403);
      expect(answer.json.message).toBe(
        'The control API does not answer browser requests from another origin (Origin: https://evil.example)',
      );
    }
    expect(emulator.state().incidents).toHaveLength(1);
    expect(emulator.faults.list()).toEqual([]);
  });

  it('refuses what a browser says is cross-site or same-site, and a null or foreign Origin', async () => {
    for (const [headers, reason] of [
      [{ 'sec-fetch-site': 'cross-site' }, 'Sec-Fetch-Site: cross-site'],
      // Another port of localhost is the same site, not the same origin.
      [
        { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' },
        'Sec-Fetch-Site: same-site',
      ],
      [{ origin: 'null' }, 'Origin: null'],
      [{ origin: 'http://127.0.0.1.evil.example' }, 'Origin: http://127.0.0.1.evil.example'],
    ] as const) {
      const answer = await send(emulator.url, '/_emulator/state', { headers: { ...headers } });
      expect(answer.status).toBe(403);
      expect(answer.json.message).toContain(reason);
    }
    // The emulator's own origin, or a page the developer opened from it, is answered.
    for (const headers of [
      { origin: emulator.url, 'sec-fetch-site': 'same-origin' } as Record<string, string>,
      { 'sec-fetch-site': 'none' },
    ]) {
      expect((await send(emulator.url, '/_emulator/health', { headers })).status).toBe(200);
    }
  });

  it('refuses a body that is not declared JSON (415), which no HTML form can declare', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const answer = await send(emulator.url, '/_emulator/faults', {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"type":"drop"}',
      });
      expect(answer.status).toBe(415);
      expect(answer.json.message).toBe(
        `A control API request with a body must send Content-Type: application/json, not ${type}`,
      );
    }
    const untyped = await send(emulator.url, '/_emulator/faults', {
      method: 'POST',
      body: '{"type":"drop"}',
    });
    expect(untyped.status).toBe(415);
    expect(emulator.faults.list()).toEqual([]);
    // Without a body, as curl -X POST sends it, and JSON with a charset, are fine.
    expect((await send(emulator.url, '/_emulator/reset', { method: 'POST' })).status).toBe(200);
    const json = await send(emulator.url, '/_emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"type":"drop"}',
    });
    expect(json.status).toBe(200);
  });

  it('refuses a Host that is not loopback (DNS rebinding), and answers every loopback one', async () => {
    const port = new URL(emulator.url).port;
    for (const name of [
      'evil.example',
      `evil.example:${port}`,
      '127.0.0.1.nip.io',
      '10.0.0.1',
      '[::2]',
    ]) {
      const answer = await send(emulator.url, '/_emulator/state', { headers: { host: name } });
      expect(answer.status).toBe(403);
      expect(answer.json.message).toBe(
        `The control API answers only requests addressed to a loopback host (127.0.0.1, [::1], localhost), not Host: ${name}; start the emulator with --control-any-host to allow others`,
      );
    }
    for (const name of [
      `127.0.0.1:${port}`,
      'localhost',
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
      '127.1.2.3',
    ]) {
      expect(
        (await send(emulator.url, '/_emulator/health', { headers: { host: name } })).status,
      ).toBe(200);
    }
  });
});

describe('the AWS and GitHub stand-ins', () => {
  const emulator = useStartedEmulator();

  it('serve the SDK (Host: 127.0.0.1:port) and refuse a rebound Host while on loopback', async () => {
    const ssm = clientFor(emulator);
    try {
      expect((await ssm.send(new ListResponsePlansCommand({}))).$metadata.httpStatusCode).toBe(200);
    } finally {
      ssm.destroy();
    }
    const github = await send(emulator.url, '/_github/repos/acme/shop/commits/abcdef0', {
      headers: { host: 'evil.example', authorization: 'token t' },
    });
    expect(github.status).toBe(403);
    expect(github.json.message).toContain('answers only requests addressed to it');
    const sts = await send(emulator.url, '/', {
      method: 'POST',
      headers: { host: 'evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=AssumeRoleWithWebIdentity',
    });
    expect(sts.status).toBe(403);
  });

  it('with --host 0.0.0.0, serve any Host; the control API only with --control-any-host', async () => {
    const open = await startTestEmulator({ host: '0.0.0.0' });
    const base = open.url.replace('0.0.0.0', '127.0.0.1');
    const headers = { host: 'emulator:4566', authorization: 'token t' };
    try {
      const github = await send(base, '/_github/repos/acme/shop/commits/abcdef0', { headers });
      expect(github.status).toBe(404);
      expect((await send(base, '/_emulator/health', { headers })).status).toBe(403);
    } finally {
      await open.close();
    }
    const anyHost = await startTestEmulator({ host: '0.0.0.0', controlAnyHost: true });
    const anyBase = anyHost.url.replace('0.0.0.0', '127.0.0.1');
    try {
      expect((await send(anyBase, '/_emulator/health', { headers })).status).toBe(200);
      const page = await send(anyBase, '/_emulator/health', {
        headers: { ...headers, origin: 'https://evil.example' },
      });
      expect(page.status).toBe(403);
    } finally {
      await anyHost.close();
    }
  });

  it('the bundled CLI takes --control-any-host', async () => {
    const bundled = await spawnBundledEmulator([
      '--quiet',
      '--host',
      '0.0.0.0',
      '--control-any-host',
    ]);
    try {
      const base = bundled.url.replace('0.0.0.0', '127.0.0.1');
      const answer = await send(base, '/_emulator/health', { headers: { host: 'emulator' } });
      expect(answer.status).toBe(200);
    } finally {
      expect(await bundled.stop()).toBe(0);
    }
  });
});

describe('the STS stand-in', () => {
  /** AssumeRoleWithWebIdentity as an HTML form posts it: unsigned, form-encoded, a token in it. */
  async function formPost(base: string, headers: Record<string, string>) {
    const token = await oidcToken({ url: base });
    const body = new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: ROLE_ARN,
      RoleSessionName: 'from-a-page',
      WebIdentityToken: token,
    }).toString();
    const response = await fetch(new URL('/', base), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  it('refuses browser requests from another origin or site, as the control API does, also beyond loopback', async () => {
    for (const host of ['127.0.0.1', '0.0.0.0']) {
      const emulator = await startTestEmulator({ host });
      const base = emulator.url.replace('0.0.0.0', '127.0.0.1');
      try {
        const crossSite: Record<string, string>[] = [
          { origin: 'https://evil.example' },
          { 'sec-fetch-site': 'cross-site' },
          { 'sec-fetch-site': 'same-site' },
        ];
        for (const headers of crossSite) {
          const refused = await formPost(base, headers);
          expect(refused.status, host).toBe(403);
          expect(refused.text).toMatch(/STS stand-in does not answer browser requests/);
        }
        expect(emulator.requests.list()).toEqual([]);
        // The same post from a loopback page, or from a program, is served.
        expect((await formPost(base, { origin: `http://localhost:4566` })).status).toBe(200);
        const served = await formPost(base, {});
        expect(served.status).toBe(200);
        expect(served.text).toContain('<AssumeRoleWithWebIdentityResult>');
      } finally {
        await emulator.close();
      }
    }
  });
});

describe('signatures verified with a key pair', () => {
  const emulator = useStartedEmulator();

  /** ListResponsePlans signed with the test keys over the headers given, then sent as signed. */
  async function signedCall(
    headers: Record<string, string>,
    edit: (authorization: string) => string = (a) => a,
  ): Promise<Answer> {
    const url = new URL('/listResponsePlans', emulator.url);
    const signed = await new SignatureV4({
      service: 'ssm-incidents',
      region: REGION,
      sha256: Hash.bind(null, 'sha256'),
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
    }).sign({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });
    const sent = { ...signed.headers, authorization: edit(signed.headers.authorization!) };
    return send(emulator.url, url.pathname, { method: 'POST', headers: sent, body: '{}' });
  }

  it('accept a signature over host and x-amz-date', async () => {
    expect((await signedCall({ host: new URL(emulator.url).host })).status).toBe(200);
  });

  it('refuse one that does not cover host: IncompleteSignatureException', async () => {
    // Signed without a host header; the request then carries one that nothing protects.
    const answer = await signedCall({});
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      __type: 'IncompleteSignatureException',
      message: "'Host' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it('refuse one that does not cover x-amz-date', async () => {
    const answer = await signedCall({ host: new URL(emulator.url).host }, (authorization) =>
      authorization.replace(
        /SignedHeaders=([^,]*)/,
        (_all, names: string) =>
          `SignedHeaders=${names
            .split(';')
            .filter((name) => name !== 'x-amz-date')
            .join(';')}`,
      ),
    );
    expect(answer.status).toBe(403);
    expect(answer.json.message).toBe(
      "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.",
    );
  });

  it('without a key pair, accept what the SDKs send as before', async () => {
    const open = await startTestEmulator({ accessKeyId: undefined, secretAccessKey: undefined });
    try {
      const ssm = clientFor(open);
      expect((await ssm.send(new ListResponsePlansCommand({}))).$metadata.httpStatusCode).toBe(200);
      ssm.destroy();
    } finally {
      await open.close();
    }
  });
});

describe('the state file', () => {
  it('removes at start the temporary files of killed writers, and nothing else', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'emulator-tmp-'));
    try {
      const state = path.join(directory, 'state.json');
      // The pid of a process that has ended, as a kill -9 mid-write leaves it.
      const ended = await promisify(execFile)(process.execPath, ['-e', 'console.log(process.pid)']);
      const dead = `state.json.${ended.stdout.trim()}.tmp`;
      const living = `state.json.${process.ppid}.tmp`;
      const others = ['state.json.notes.tmp', 'other.json.1.tmp', 'state.json.bak'];
      for (const name of [dead, living, ...others]) writeFileSync(path.join(directory, name), '{');
      const emulator = await startTestEmulator({ state });
      try {
        expect(existsSync(path.join(directory, dead))).toBe(false);
        expect(readdirSync(directory).sort()).toEqual([living, ...others, 'state.json'].sort());
        await control(emulator, 'POST', 'seed', { incidents: [{ responsePlan: 'checkout' }] });
      } finally {
        await emulator.close();
      }
      // Its own writes leave no temporary file behind.
      expect(readdirSync(directory).filter((name) => name.includes(`.${process.pid}.`))).toEqual(
        [],
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
