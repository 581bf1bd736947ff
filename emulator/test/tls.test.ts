/**
 * `--tls-cert` and `--tls-key` make the emulator serve HTTPS, everything else unchanged. The
 * certificate is made for the run with the openssl CLI (tools.ts); without openssl
 * these tests are skipped, and say so.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { promisify } from 'node:util';
import { ListResponsePlansCommand, SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.js';
import { spawnBundledEmulator } from './bundle.js';
import { ACCESS_KEY_ID, REGION, SECRET_ACCESS_KEY, failure, startTestEmulator } from './helpers.js';
import {
  createSelfSignedCertificate,
  opensslVersion,
  type SelfSignedCertificate,
} from './tools.js';

const run = promisify(execFile);
const OPENSSL = opensslVersion();
const SKIPPED = 'skipped: the openssl CLI is not installed (apt-get install openssl)';
if (!OPENSSL) console.warn(`HTTPS tests ${SKIPPED}`);

/** GET over HTTPS trusting `ca`: status and parsed body. */
function getJson(
  url: string,
  ca: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    request(url, { ca, headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    })
      .on('error', reject)
      .end();
  });
}

describe.skipIf(!OPENSSL)(`HTTPS (${OPENSSL ? `certificates by ${OPENSSL}` : SKIPPED})`, () => {
  let certificate: SelfSignedCertificate;
  let ca: Buffer;
  let emulator: RunningEmulator;
  beforeAll(async () => {
    certificate = createSelfSignedCertificate();
    ca = readFileSync(certificate.cert);
    emulator = await startTestEmulator({ tlsCert: certificate.cert, tlsKey: certificate.key });
  });
  afterAll(async () => {
    await emulator?.close();
    certificate?.remove();
  });

  const sdk = (httpsAgent?: Agent) =>
    new SSMIncidentsClient({
      endpoint: emulator.url,
      region: REGION,
      maxAttempts: 1,
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
      ...(httpsAgent ? { requestHandler: { httpsAgent } } : {}),
    });

  it('serves the API to the SDK over https when the client trusts the certificate', async () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ssm = sdk(new Agent({ ca }));
    try {
      const answer = await ssm.send(new ListResponsePlansCommand({}));
      expect(answer.$metadata.httpStatusCode).toBe(200);
    } finally {
      ssm.destroy();
    }
  });

  it('is refused by a client that does not trust the certificate: it is real TLS', async () => {
    const recorded = emulator.requests.list().length;
    const ssm = sdk();
    try {
      const error = await failure(ssm.send(new ListResponsePlansCommand({})));
      expect(String(error.code ?? error.message)).toMatch(/SELF_SIGNED|self[- ]signed/i);
    } finally {
      ssm.destroy();
    }
    // The handshake failed, so no request ever reached the emulator.
    expect(emulator.requests.list()).toHaveLength(recorded);
  });

  it('serves the control API and the GitHub stand-in over https, with https URLs', async () => {
    expect(await getJson(`${emulator.url}/_emulator/health`, ca)).toEqual({
      status: 200,
      body: { ok: true },
    });
    const sha = '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5';
    await emulator.seed({
      githubCommits: [{ repository: 'acme/shop', commits: [{ sha, message: 'Deploy' }] }],
    });
    const { body } = await getJson(`${emulator.url}/_emulator/github/commits`, ca);
    expect(body).toMatchObject({ repositories: [{ repository: 'acme/shop' }] });
    const commit = await getJson(`${emulator.url}/_github/repos/acme/shop/commits/${sha}`, ca, {
      authorization: 'token ghs_test',
    });
    expect(commit.status).toBe(200);
    expect((commit.body as { url: string }).url).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/_github\/repos\/acme\/shop\/commits\//,
    );
  });

  it('refuses files that are missing, not PEM, or do not belong together, naming them', async () => {
    const other = createSelfSignedCertificate();
    try {
      for (const [options, message] of [
        [
          { tlsCert: `${certificate.dir}/none.pem`, tlsKey: certificate.key },
          'none.pem: the TLS certificate cannot be read',
        ],
        [{ tlsCert: certificate.cert }, 'Give both a TLS certificate and its key'],
        [
          { tlsCert: certificate.key, tlsKey: certificate.key },
          'not a usable TLS certificate and key',
        ],
        [{ tlsCert: certificate.cert, tlsKey: other.key }, 'not a usable TLS certificate and key'],
      ] as const) {
        await expect(startTestEmulator(options)).rejects.toThrow(message);
      }
    } finally {
      other.remove();
    }
  });

  it('the bundle prints an https URL that NODE_EXTRA_CA_CERTS makes trusted', async () => {
    const bundled = await spawnBundledEmulator([
      '--port',
      '0',
      '--quiet',
      '--tls-cert',
      certificate.cert,
      '--tls-key',
      certificate.key,
    ]);
    try {
      expect(bundled.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const probe = `fetch(process.argv[1] + '/_emulator/health').then(async (r) => console.log(r.status, await r.text()), (e) => console.log('refused', e.cause?.code ?? e.message))`;
      const trusted = await run(process.execPath, ['-e', probe, bundled.url], {
        env: { PATH: process.env.PATH ?? '', NODE_EXTRA_CA_CERTS: certificate.cert },
      });
      expect(trusted.stdout.trim()).toBe('200 {"ok":true}');
      const untrusted = await run(process.execPath, ['-e', probe, bundled.url], {
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(untrusted.stdout).toMatch(/^refused .*SELF_SIGNED/);
    } finally {
      await bundled.stop();
    }
  });
});
