/**
 * The time limits at the transport: each attempt is bounded in total time (a server that sends a
 * byte every few seconds never trips an idle timeout), attempts are retried, and the run's
 * deadline ends everything. Servers on loopback stand for a stalled or trickling endpoint.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../src/aws/call-error.js';
import { createIncidentsClient } from '../src/aws/client.js';
import { IncidentsApi } from '../src/aws/incidents.js';
import { RegionRoute } from '../src/aws/regions.js';
import { Deadline, DeadlineError, type TimeLimits } from '../src/runtime/deadline.js';

const ARN =
  'arn:aws:ssm-incidents::111122223333:incident-record/shop-outage/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a001';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Answers 200 at once, then one byte of the body every 50 ms, forever. */
function trickle(counter: { requests: number }) {
  return (req: IncomingMessage, res: ServerResponse) => {
    counter.requests += 1;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
  };
}

async function apiFor(endpoint: string, limits: TimeLimits, maxAttempts: number) {
  const deadline = new Deadline(limits.deadlineMs);
  const route = new RegionRoute(['us-east-1'], deadline, (region, share) =>
    createIncidentsClient(
      { region, maxAttempts, limits, deadline: share, debug: () => undefined },
      endpoint,
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    ),
  );
  return { api: new IncidentsApi(route, limits, () => undefined, maxAttempts), deadline };
}

describe('one attempt is bounded in total time, not only idle time', () => {
  it('gives up on a trickling answer, retries it, and says so', async () => {
    const counter = { requests: 0 };
    const url = await serve(trickle(counter));
    const { api } = await apiFor(url, { connectMs: 1000, attemptMs: 300, deadlineMs: 20_000 }, 2);
    const error = await api.getIncident(ARN).catch((e: unknown) => e);
    api.close();
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).message).toBe(
      `GetIncidentRecord on ${ARN} got no complete answer within 0.3 s in each of 2 attempts (INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS).`,
    );
    expect(counter.requests).toBe(2);
  });

  it('gives up on a server that never answers', async () => {
    const counter = { requests: 0 };
    const url = await serve((req) => {
      counter.requests += 1;
      req.resume();
    });
    const { api } = await apiFor(url, { connectMs: 1000, attemptMs: 200, deadlineMs: 20_000 }, 3);
    const error = (await api.getIncident(ARN).catch((e: unknown) => e)) as AwsCallError;
    api.close();
    expect(error.message).toContain('got no complete answer within 0.2 s in each of 3 attempts');
    expect(counter.requests).toBe(3);
  });
});

describe('the deadline ends every wait', () => {
  it('stops the retries of a trickling answer at the deadline, and says which limit it was', async () => {
    const counter = { requests: 0 };
    const url = await serve(trickle(counter));
    const { api } = await apiFor(url, { connectMs: 1000, attemptMs: 400, deadlineMs: 700 }, 20);
    const error = (await api.getIncident(ARN).catch((e: unknown) => e)) as AwsCallError;
    api.close();
    // A second attempt of 0.4 s would not end within the 0.3 s left: it is not started.
    expect(error.message).toContain('INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS');
    expect(error.message).toContain(
      "another attempt would not have finished within the run's time limit of 0.7 s (INCIDENT_TIMELINE_DEADLINE_MS)",
    );
    // Far fewer than the 20 attempts allowed: the deadline, not max-attempts, ended it.
    expect(counter.requests).toBeLessThan(5);
  });

  it('races a wait that takes no signal', async () => {
    const deadline = new Deadline(50);
    const never = new Promise<string>(() => undefined);
    const error = await deadline.race(never, 'The GitHub OIDC token request').catch((e) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as Error).message).toBe(
      "The GitHub OIDC token request did not finish within the run's time limit of 0.1 s (INCIDENT_TIMELINE_DEADLINE_MS).",
    );
  });

  it('lets a wait that ends in time through', async () => {
    const deadline = new Deadline(5_000);
    await expect(deadline.race(Promise.resolve('token'), 'x')).resolves.toBe('token');
  });

  it('passes the body of a complete answer through the bound', async () => {
    const url = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ incidentRecord: { arn: ARN, title: 'Checkout down', impact: 1 } }));
    });
    const { api } = await apiFor(url, { connectMs: 1000, attemptMs: 1000, deadlineMs: 5_000 }, 1);
    const incident = await api.getIncident(ARN);
    api.close();
    expect(incident.title).toBe('Checkout down');
  });
});
