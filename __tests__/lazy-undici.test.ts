/**
 * In both bundles, `undici` is a stand-in (src/bundle/lazy-undici.ts, mapped by
 * scripts/package.mjs): `fetch` is Node's own unless a proxy agent is given, and then the real
 * undici, loaded on that first call, goes through the proxy with a real ProxyAgent. The stand-in is
 * checked here on its own, and the job-end step, its one user that makes requests, from the bundle
 * as the runner runs it.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetch, ProxyAgent } from '../src/bundle/lazy-undici.js';
import {
  GITHUB_ENV,
  POST,
  TEST_CREDENTIALS,
  runAction,
  startEmulator,
} from '../scripts/lib/harness.mjs';
import { NODES, useNode } from './e2e/helpers.js';

// The bundler maps this specifier to undici; here it is the real module too.
vi.mock('undici-real', async () => await import('undici'));

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

describe("undici's stand-in", () => {
  let origin: Server;
  let originUrl: string;
  let proxy: Server;
  let proxyUrl: string;
  const tunnels: string[] = [];

  beforeAll(async () => {
    origin = createServer((req, res) => res.end(`hello from ${req.headers.host}`));
    originUrl = await listen(origin);
    // A CONNECT proxy that sends every tunnel to the origin, whatever host it names.
    proxy = createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, socket, head) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(new URL(originUrl).port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    proxyUrl = await listen(proxy);
  });
  afterAll(() => {
    origin?.close();
    proxy?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("uses Node's fetch when no proxy agent is given", async () => {
    const global = vi.spyOn(globalThis, 'fetch');
    const answer = await fetch(originUrl);
    expect(await answer.text()).toMatch(/^hello from 127\.0\.0\.1:/);
    expect(global).toHaveBeenCalledOnce();
  });

  it('goes through the proxy with the real undici and one real agent', async () => {
    const global = vi.spyOn(globalThis, 'fetch');
    tunnels.length = 0;
    const agent = new ProxyAgent(proxyUrl);
    for (let i = 0; i < 2; i++) {
      const answer = await fetch('http://github.test:8080/', { dispatcher: agent as never });
      expect(await answer.text()).toBe('hello from github.test:8080');
    }
    expect(global).not.toHaveBeenCalled();
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set(['github.test:8080']));
    // One real agent for all of the stand-in's calls, so that its connections are reused.
    const undici = await import('undici');
    expect(agent.realAgent(undici)).toBe(agent.realAgent(undici));
  });
});

describe.each(NODES)('the job-end step from the bundle on $label', (binary) => {
  const node = useNode(binary);
  let emulator: Emulator;
  const arn = 'arn:aws:ssm-incidents::123456789012:incident-record/checkout-api/job-end';

  beforeAll(async () => {
    emulator = await startEmulator({
      seed: {
        incidents: [
          { responsePlan: 'checkout-api', title: 'Checkout latency', impact: 2, id: 'job-end' },
        ],
        githubJobs: [
          {
            repository: GITHUB_ENV.GITHUB_REPOSITORY,
            runId: Number(GITHUB_ENV.GITHUB_RUN_ID),
            attempt: Number(GITHUB_ENV.GITHUB_RUN_ATTEMPT),
            jobs: [
              {
                name: 'deploy',
                status: 'in_progress',
                runnerName: 'runner-1',
                steps: [{ name: 'Deploy', status: 'completed', conclusion: 'success' }],
              },
            ],
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await emulator?.stop();
  });

  it("reads the job's outcome from GitHub's API and finishes the event", async () => {
    const inputs = {
      'aws-region': 'us-east-1',
      'endpoint-url': emulator.url,
      'incident-arn': arn,
      'link-commit': 'false',
      'finish-on-job-end': 'true',
      'github-token': 'ghs_test',
    };
    const env = {
      ...GITHUB_ENV,
      ...TEST_CREDENTIALS,
      GITHUB_API_URL: `${emulator.url}/_github`,
      RUNNER_NAME: 'runner-1',
    };
    const main = await runAction({ node: node.path, inputs, env });
    expect(main.code, main.stdout + main.stderr).toBe(0);
    const post = await runAction({ node: node.path, entry: POST, inputs, env, state: main.state });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).not.toContain('::warning');
    const event = (await emulator.state()).incidents[0]!.timelineEvents.find(
      (e) => e.eventId === main.outputs['event-id'],
    );
    expect(event?.eventData).toMatch(/^"Deployment succeeded: /);
    expect(await emulator.requests('ListJobsForWorkflowRunAttempt')).toHaveLength(1);
  });
});
