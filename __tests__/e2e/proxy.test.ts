/**
 * HTTPS_PROXY/HTTP_PROXY and NO_PROXY, which the AWS SDK ignores by itself: the bundle, run as the
 * runner runs it, must send its calls through the proxy a self-hosted runner sets, and not when
 * NO_PROXY exempts the endpoint. On node24, the action's runtime.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GITHUB_ENV,
  TEST_CREDENTIALS,
  runAction,
  startEmulator,
} from '../../scripts/lib/harness.mjs';
import { useNode } from './helpers.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** A forward proxy for plain HTTP: it relays absolute-URI requests and records what it relayed. */
function forwardProxy(): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const target = new URL(incoming.url ?? '');
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }),
    ),
  );
}

describe('proxy support of the bundle', () => {
  const node = useNode();
  let emulator: Emulator;
  let proxy: Awaited<ReturnType<typeof forwardProxy>>;
  let arn: string;

  beforeAll(async () => {
    emulator = await startEmulator({
      seed: { incidents: [{ responsePlan: 'checkout-api', title: 'Checkout latency', impact: 2 }] },
    });
    arn = (await emulator.state()).incidents[0]!.arn;
    proxy = await forwardProxy();
  });
  afterAll(async () => {
    await emulator?.stop();
    proxy?.server.close();
  });

  const step = (env: Record<string, string>) =>
    runAction({
      node: node.path,
      inputs: {
        'aws-region': 'us-east-1',
        'endpoint-url': emulator.url,
        'incident-arn': arn,
        'link-commit': 'false',
      },
      env: { ...GITHUB_ENV, ...TEST_CREDENTIALS, GITHUB_RUN_ID: String(Date.now()), ...env },
    });

  it('sends every call through HTTP_PROXY, signed for the real endpoint', async () => {
    proxy.seen.length = 0;
    const run = await step({ HTTP_PROXY: proxy.url });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.outcome).toBe('created');
    // The write, and the incident's title read beside it.
    expect([...proxy.seen].sort()).toEqual([
      expect.stringMatching(new RegExp(`^GET ${emulator.url}/getIncidentRecord\\?arn=`)),
      `POST ${emulator.url}/createTimelineEvent`,
    ]);
  });

  it('goes direct when NO_PROXY names the endpoint host', async () => {
    proxy.seen.length = 0;
    const run = await step({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.outcome).toBe('created');
    expect(proxy.seen).toEqual([]);
  });

  it('never logs the proxy credentials', async () => {
    proxy.seen.length = 0;
    const withUser = proxy.url.replace('http://', 'http://deploy:pr0xy-s3cret@');
    const run = await step({ HTTP_PROXY: withUser, ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Using proxy');
    expect(run.stdout + run.stderr).not.toContain('pr0xy-s3cret');
  });

  it('a proxy that refuses (407) is named in the error, its password never printed', async () => {
    const refusing = createServer((incoming, outgoing) => {
      incoming.resume();
      outgoing.writeHead(407, { 'proxy-authenticate': 'Basic realm="corp"' }).end('denied');
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const port = (refusing.address() as AddressInfo).port;
    try {
      const run = await step({
        HTTP_PROXY: `http://deploy:s3cret-pw@127.0.0.1:${port}`,
        INCIDENT_TIMELINE_DEADLINE_MS: '10000',
      });
      expect(run.code).toBe(1);
      const log = run.stdout + run.stderr;
      expect(log).toContain(
        `the proxy http://***@127.0.0.1:${port}/ refused the request: 407 Proxy Authentication Required`,
      );
      expect(log).toContain("Give the proxy's credentials in HTTPS_PROXY");
      expect(log).not.toContain('s3cret-pw');
      expect(log).not.toContain('UnknownError');
    } finally {
      refusing.close();
    }
  });
});
