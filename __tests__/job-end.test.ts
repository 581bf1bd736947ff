/**
 * The job-end step: the outcome rules, the state handed over by the main step, reading the job's
 * outcome from a GitHub API (a stand-in on loopback), and the update of each event in place.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GetTimelineEventCommand,
  UpdateTimelineEventCommand,
  ResourceNotFoundException,
  type GetTimelineEventCommandInput,
} from '@aws-sdk/client-ssm-incidents';
import { afterEach, describe, expect, it, vi } from 'vitest';

const { core, providers } = await vi.hoisted(async () => {
  const harness = await import('./harness.js');
  return { core: harness.createCoreMock(), providers: harness.createCredentialProvidersMock() };
});
vi.mock('@actions/core', () => core);
vi.mock('@aws-sdk/credential-providers', () => providers);

import { Deadline } from '../src/deadline.js';
import { finish } from '../src/job-end/finish.js';
import {
  findThisJob,
  outcomeOfSteps,
  readJobOutcome,
  type JobView,
} from '../src/job-end/job-outcome.js';
import { decodeFinishState, encodeFinishState } from '../src/job-end/state.js';
import { Harness, INCIDENT_A, INCIDENT_B, ssm } from './harness.js';

const h = new Harness(core, providers).install();

const step = (conclusion: string | null, name = 'step') => ({ name, conclusion });
const job = (steps: JobView['steps'], runner = 'runner-1', status = 'in_progress'): JobView => ({
  status,
  runner_name: runner,
  steps,
});

describe('the outcome rules', () => {
  it.each([
    [
      'every step succeeded or was skipped',
      [step('success'), step('skipped'), step(null)],
      'succeeded',
    ],
    ['a step failed', [step('success'), step('failure'), step('skipped')], 'failed'],
    ['a step was cancelled', [step('success'), step('cancelled')], 'cancelled'],
    ['a failure outweighs a cancellation', [step('cancelled'), step('failure')], 'failed'],
    // The runner reports a continue-on-error step that failed with conclusion success (its
    // outcome, not its conclusion, is failure), so the job succeeds.
    [
      'a failed step with continue-on-error',
      [step('success', 'flaky (continue-on-error)')],
      'succeeded',
    ],
    ['no steps yet', [], 'succeeded'],
  ] as const)('%s → %s', (_name, steps, word) => {
    expect(outcomeOfSteps(job([...steps]))).toBe(word);
  });

  it('finds this job: in progress on this runner, among a matrix of same-named jobs', () => {
    const jobs = [
      job([step('failure')], 'runner-2'),
      job([step('success')], 'runner-1', 'completed'),
      job([step('success')], 'runner-1'),
    ];
    expect(findThisJob(jobs, 'runner-1')).toBe(jobs[2]);
    expect(findThisJob(jobs, 'runner-9')).toBeUndefined();
  });
});

describe('the state handed from the main step', () => {
  it('round-trips', () => {
    const started = new Date('2026-05-01T12:00:00.000Z');
    const events = [
      { incidentArn: INCIDENT_A, eventId: 'e1' },
      { incidentArn: INCIDENT_B, eventId: 'e2' },
    ];
    expect(decodeFinishState(encodeFinishState(started, events))).toEqual({
      version: 1,
      startedAt: '2026-05-01T12:00:00.000Z',
      events,
    });
  });

  it.each([
    ['not JSON', '{', 'not JSON'],
    ['another version', '{"version":2}', 'unknown form'],
    ['no start', '{"version":1,"events":[]}', 'no start time'],
    [
      'events of the wrong shape',
      '{"version":1,"startedAt":"2026-05-01T12:00:00Z","events":[{"eventId":1}]}',
      'no events',
    ],
  ])('refuses %s', (_name, raw, why) => {
    expect(decodeFinishState(raw)).toContain(why);
  });
});

/** A GitHub REST API stand-in: the jobs of run 42 attempt 1, paged, or a fixed failure. */
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

interface GitHubStandIn {
  url: string;
  requests: string[];
}

async function github(
  answer: (req: IncomingMessage, res: ServerResponse, count: number) => void,
): Promise<GitHubStandIn> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    answer(req, res, requests.length);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Two pages of jobs; this job (runner-1) is on the second. */
function pagedJobs(thisJob: JobView) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const page = Number(url.searchParams.get('page') ?? '1');
    const base = `http://${req.headers.host}${url.pathname}?per_page=100`;
    if (page === 1) {
      json(
        res,
        200,
        { total_count: 2, jobs: [{ id: 1, name: 'build', ...job([step('failure')], 'runner-2') }] },
        {
          link: `<${base}&page=2>; rel="next", <${base}&page=2>; rel="last"`,
        },
      );
    } else {
      json(res, 200, { total_count: 2, jobs: [{ id: 2, name: 'deploy', ...thisJob }] });
    }
  };
}

const request = (url: string, deadlineMs = 10_000) => ({
  apiUrl: url,
  token: 'ghs_token',
  repository: 'acme/shop',
  runId: '42',
  runAttempt: '1',
  runnerName: 'runner-1',
  deadline: new Deadline(deadlineMs),
});

describe('reading the outcome from GitHub', () => {
  it('pages to this job and reads its steps', async () => {
    const gh = await github(pagedJobs(job([step('success'), step('failure')])));
    const outcome = await readJobOutcome(request(gh.url));
    expect(outcome).toEqual({ known: true, word: 'failed', job: 'deploy' });
    expect(gh.requests[0]).toMatch(
      /^GET \/repos\/acme\/shop\/actions\/runs\/42\/attempts\/1\/jobs\?per_page=100 token ghs_token$/,
    );
    expect(gh.requests).toHaveLength(2);
  });

  it('403 (no actions: read): finished, naming the cause and the fix', async () => {
    const gh = await github((_req, res) =>
      json(res, 403, { message: 'Resource not accessible by integration' }),
    );
    const outcome = await readJobOutcome(request(gh.url));
    expect(outcome.known).toBe(false);
    expect(outcome.word).toBe('finished');
    if (outcome.known) return;
    expect(outcome.why).toContain('403');
    expect(outcome.why).toContain('Resource not accessible by integration');
    expect(outcome.fix).toContain("'permissions: actions: read'");
    expect(gh.requests).toHaveLength(1);
  });

  it('no matching job: finished, saying which runner was looked for', async () => {
    const gh = await github(pagedJobs(job([step('success')], 'runner-7')));
    const outcome = await readJobOutcome(request(gh.url));
    expect(outcome).toMatchObject({ known: false, word: 'finished' });
    if (!outcome.known) expect(outcome.why).toContain("in progress on runner 'runner-1'");
  });

  it('retries a 5xx answer', async () => {
    const gh = await github((req, res, count) => {
      if (count === 1) return json(res, 502, { message: 'Bad gateway' });
      return pagedJobs(job([step('success')]))(req, res);
    });
    const outcome = await readJobOutcome(request(gh.url));
    expect(outcome).toMatchObject({ known: true, word: 'succeeded' });
  });

  it('an API that never answers: finished at the deadline', async () => {
    const gh = await github(() => undefined);
    const outcome = await readJobOutcome(request(gh.url, 300));
    expect(outcome).toMatchObject({ known: false, word: 'finished' });
    if (!outcome.known) expect(outcome.why).toContain("run's time limit");
  });

  it('without a token: finished, without calling', async () => {
    const gh = await github(pagedJobs(job([])));
    const outcome = await readJobOutcome({ ...request(gh.url), token: '' });
    expect(outcome).toMatchObject({ known: false, word: 'finished' });
    expect(gh.requests).toEqual([]);
  });
});

describe('finish(): the job-end update', () => {
  let started = new Date();
  const stored = (input: GetTimelineEventCommandInput) => ({
    event: {
      incidentRecordArn: input.incidentRecordArn,
      eventId: input.eventId,
      eventType: 'Custom Event',
      eventData: '"Deployment started: …"',
      eventTime: started,
      eventUpdatedTime: started,
      eventReferences: [{ resource: 'arn:aws:codepipeline:us-east-1:111122223333:checkout' }],
    },
  });

  async function finishWith(gh: GitHubStandIn, inputs: Record<string, string> = {}) {
    started = new Date(Date.now() - 252_000);
    const saved = encodeFinishState(started, [
      { incidentArn: INCIDENT_A, eventId: 'evt-1' },
      { incidentArn: INCIDENT_B, eventId: 'evt-2' },
    ]);
    h.arrange({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        environment: 'production',
        ...inputs,
      },
      env: { GITHUB_API_URL: gh.url, RUNNER_NAME: 'runner-1' },
    });
    await finish(saved);
    return h.result();
  }

  it('updates each event in place with the outcome and duration, keeping time, type and references', async () => {
    const gh = await github(pagedJobs(job([step('success'), step('failure')])));
    ssm.on(GetTimelineEventCommand).callsFake(stored);
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await finishWith(gh, { 'github-token': 'ghs_token' });
    expect(r.failure).toBeUndefined();
    expect(r.commands).toEqual([
      'GetTimelineEventCommand',
      'GetTimelineEventCommand',
      'UpdateTimelineEventCommand',
      'UpdateTimelineEventCommand',
    ]);
    const sent = ssm.commandCalls(UpdateTimelineEventCommand).map((c) => c.args[0].input);
    expect(sent.map((s) => s.eventId)).toEqual(['evt-1', 'evt-2']);
    for (const update of sent) {
      expect(update.eventData).toMatch(
        /^"Deployment failed: acme\/shop@1a2b3c4 \(main\) to production by octocat in 4m1[23]s, run /,
      );
      expect(update).not.toHaveProperty('eventType');
      expect(update).not.toHaveProperty('eventTime');
      expect(update).not.toHaveProperty('eventReferences');
    }
    expect(core.setSecret).toHaveBeenCalledWith('ghs_token');
    expect(r.summary).toMatch(/## Timeline event finished: failed in 4m1[23]s/);
  });

  it("says 'finished' with a warning when the outcome cannot be read, and still updates", async () => {
    const gh = await github((_req, res) =>
      json(res, 403, { message: 'Resource not accessible by integration' }),
    );
    ssm.on(GetTimelineEventCommand).callsFake(stored);
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await finishWith(gh, { 'github-token': 'ghs_token' });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(
      /could not be read, so the events say 'finished'.*actions: read/,
    );
    const sent = ssm.commandCalls(UpdateTimelineEventCommand).map((c) => c.args[0].input.eventData);
    expect(sent[0]).toMatch(/^"Deployment finished: /);
  });

  it('warns, never fails, when an event is gone', async () => {
    const gh = await github(pagedJobs(job([step('success')])));
    ssm.on(GetTimelineEventCommand).callsFake((input: GetTimelineEventCommandInput) => {
      if (input.eventId === 'evt-1')
        throw new ResourceNotFoundException({ message: 'gone', $metadata: {} });
      return stored(input);
    });
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await finishWith(gh, { 'github-token': 'ghs_token' });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(
      /Event evt-1 of .* could not be finished: GetTimelineEvent/,
    );
    expect(
      ssm.commandCalls(UpdateTimelineEventCommand).map((c) => c.args[0].input.eventId),
    ).toEqual(['evt-2']);
  });
});
