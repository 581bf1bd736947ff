/**
 * Stalls and huge answers, end to end: the committed bundle run as the runner runs it, on
 * node24, against servers on loopback that accept and never answer (STS, the OIDC token URL, one
 * region of two), or answer megabytes. (A body that trickles is client-config's; text made to
 * form workflow commands, run/outside-text's.) Time limits are lowered through the
 * environment variables the README documents; the assertions are on what the run reports and
 * that it ended, never on how long it took (the test's own timeout bounds that).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GITHUB_ENV,
  TEST_CREDENTIALS,
  allUserEvents,
  commands,
  incidentArn,
  oneIncident,
  runAction,
  runnerEnv,
  useEmulator,
  useNode,
} from './helpers.js';

const ARN = incidentArn('checkout-api', 'stalled');
const ROLE = 'arn:aws:iam::123456789012:role/deploy-markers';
const LIMITS = {
  INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS: '500',
  INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '400',
  INCIDENT_TIMELINE_DEADLINE_MS: '1500',
};

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => count,
  };
}

const never = (req: IncomingMessage) => req.resume();

describe('stalls on node24', () => {
  const node = useNode();

  const run = (inputs: Record<string, string>, env: Record<string, string>) =>
    runAction({
      node: node.path,
      inputs: { 'aws-region': 'us-east-1', 'link-commit': 'false', ...inputs },
      env: { ...GITHUB_ENV, ...TEST_CREDENTIALS, ...LIMITS, ...env },
    });

  it('an STS that never answers ends at the deadline, naming AssumeRole', async () => {
    const sts = await serve(never);
    const incidents = await serve(never);
    const r = await run(
      { 'incident-arn': ARN, 'role-to-assume': ROLE, 'endpoint-url': incidents.url },
      { AWS_ENDPOINT_URL_STS: sts.url },
    );
    expect(r.code).toBe(1);
    const error = commands(r.stdout, 'error').join('\n');
    expect(error).toContain(`Could not assume role ${ROLE}`);
    expect(error).toMatch(
      /AssumeRole on .* (did not finish within the run's time limit|got no complete answer)/,
    );
    expect(incidents.requests()).toBe(0);
  });

  it('an OIDC token URL that never answers ends at the deadline, saying so', async () => {
    const oidc = await serve(never);
    const r = await run(
      { 'incident-arn': ARN, 'role-to-assume': ROLE, 'endpoint-url': 'http://127.0.0.1:9' },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?x=1`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    );
    expect(r.code).toBe(1);
    const error = commands(r.stdout, 'error').join('\n');
    expect(error).toContain('Could not get a GitHub OIDC token');
    expect(error).toContain(
      "The GitHub OIDC token request did not finish within the run's time limit of 1.5 s",
    );
    expect(oidc.requests()).toBeGreaterThanOrEqual(1);
  });
});

/** The longest line and the whole size of what a run printed. */
function logSize(r: { stdout: string; stderr: string }) {
  const text = `${r.stdout}\n${r.stderr}`;
  return {
    total: text.length,
    longestLine: Math.max(...text.split(/\r\n|\n|\r/).map((l) => l.length)),
  };
}

describe('huge answers keep the log small on node24', () => {
  const node = useNode();
  const HUGE = 8 * 1024 * 1024;

  const run = (url: string) =>
    runAction({
      node: node.path,
      inputs: {
        'aws-region': 'us-east-1',
        'link-commit': 'false',
        'incident-arn': ARN,
        'endpoint-url': url,
        'max-attempts': '2',
      },
      env: {
        ...GITHUB_ENV,
        ...TEST_CREDENTIALS,
        INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '20000',
        ACTIONS_STEP_DEBUG: 'true',
        RUNNER_DEBUG: '1',
      },
    });

  it.each([
    [
      'a 100 KB error message',
      (res: ServerResponse) => {
        res.writeHead(400, {
          'content-type': 'application/json',
          'x-amzn-errortype': 'ValidationException',
        });
        res.end(
          JSON.stringify({ __type: 'ValidationException', message: `bad ${'m'.repeat(100_000)}` }),
        );
      },
    ],
    [
      'an 8 MB answer that is not JSON',
      (res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"eventId":"'.padEnd(HUGE, 'x'));
      },
    ],
    [
      'an 8 MB error type',
      (res: ServerResponse) => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ __type: 'E'.repeat(HUGE), message: 'm' }));
      },
    ],
  ])('%s', async (_name, answer) => {
    const incidents = await serve((req, res) => {
      req.resume();
      answer(res);
    });
    const r = await run(incidents.url);
    expect(r.code).toBe(1);
    const size = logSize(r);
    expect(size.longestLine).toBeLessThan(4_000);
    expect(size.total).toBeLessThan(40_000);
    expect(commands(r.stdout, 'error').join('\n').length).toBeLessThan(4_000);
    expect(r.outputs.results?.length ?? 0).toBeLessThan(4_000);
    expect(r.summary.length).toBeLessThan(10_000);
  });
});

describe('a stalled region on node24', () => {
  const node = useNode();
  const emulator = useEmulator();
  const { arn, seed } = oneIncident('open');

  it('us-east-1 stalls: one event, written through us-west-2 within the deadline, and said', async () => {
    await emulator.current.seed(seed);
    await emulator.current.fault({
      type: 'latency',
      latencyMs: 60_000,
      region: 'us-east-1',
      every: 1,
    });
    const r = await runAction({
      node: node.path,
      inputs: {
        'aws-region': 'us-east-1, us-west-2',
        'endpoint-url': emulator.current.url,
        'incident-arn': arn,
        'link-commit': 'false',
        'max-attempts': '2',
      },
      env: runnerEnv({
        INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS: '500',
        INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '1000',
        INCIDENT_TIMELINE_DEADLINE_MS: '12000',
      }),
    });
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(allUserEvents(await emulator.current.state())).toHaveLength(1);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates.at(-1)?.region).toBe('us-west-2');
    const warning = commands(r.stdout, 'warning').join('\n');
    expect(warning).toMatch(/^us-east-1 is unavailable: .*did not answer/);
    expect(warning).toContain('us-west-2');
  }, 20_000);
});
