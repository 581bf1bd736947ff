// Round trips: how many requests each kind of run makes, how long runs take when every answer of
// the service comes 50 ms late (as a distant region's do), and how a throttling service is
// treated, with targets side by side and one after another.
import { ACTION, POST } from '../lib/harness.mjs';
import { deployEnv, incidentArn } from './deployments.mjs';
import { measure, stats } from './measure.mjs';

export const LATENCY_MS = 50;
/** The calls of one target with link-commit on and a commit it does not have yet. */
export const CHAIN = 4;
/** Every Nth call throttled, in the throttling scenario. */
export const THROTTLE_EVERY = 4;

/** Runs the action once and resolves it with the operations the emulator received, in order. */
export async function requestsOf(node, emulator, env, options, script = ACTION) {
  await emulator.control('DELETE', 'requests');
  const run = await measure(node, [script], env, options);
  const requests = await emulator.requests();
  return { ...run, requests, operations: requests.map((r) => r.operation) };
}

/** The requests of one known-ARN run for each commit-link case, and of the 10,000 search. */
export async function chains(node, { http, many }) {
  const arn = incidentArn('checkout-api', 'chain');
  await http.reset();
  const off = await requestsOf(
    node,
    http,
    deployEnv(http.url, { 'incident-arn': arn, 'link-commit': 'false' }),
  );
  const newCommitEnv = deployEnv(http.url, { 'incident-arn': arn });
  const newCommit = await requestsOf(node, http, newCommitEnv);
  // The same commit deployed again by another run: the commit is linked already.
  const linked = await requestsOf(node, http, { ...newCommitEnv, GITHUB_RUN_ID: '999999' });
  await many.reset();
  const search = await requestsOf(
    node,
    many,
    deployEnv(many.url, { 'response-plan': 'checkout-api', select: 'latest' }),
  );
  // finish-on-job-end: the main step creates the event; the job-end step, with the job's status
  // as the runner evaluates `job.status` for it, only updates it (no GitHub call: none is served).
  const finishEnv = deployEnv(http.url, {
    'incident-arn': arn,
    'link-commit': 'false',
    'finish-on-job-end': 'true',
  });
  const started = await measure(node, [ACTION], finishEnv);
  const saved = Object.fromEntries(
    Object.entries(started.state).map(([name, value]) => [`STATE_${name}`, value]),
  );
  const finished = await requestsOf(node, http, { ...finishEnv, ...saved }, undefined, POST);
  if (!/Finishing the event with the job's outcome \(succeeded\)/.test(finished.log)) {
    throw new Error(`the job-end step did not finish the event:\n${finished.log}`);
  }
  return [
    // A known ARN's title, impact and status are read beside the write, for the summary.
    {
      label: 'known ARN, link-commit off',
      ops: off.operations,
      expected: ['GetIncidentRecord', 'CreateTimelineEvent'],
    },
    {
      label: 'job-end step of finish-on-job-end (job.status success)',
      ops: finished.operations,
      expected: ['GetTimelineEvent', 'UpdateTimelineEvent'],
    },
    {
      label: 'known ARN, commit already linked',
      ops: linked.operations,
      expected: ['GetIncidentRecord', 'ListRelatedItems', 'CreateTimelineEvent'],
    },
    {
      label: 'known ARN, new commit',
      ops: newCommit.operations,
      expected: [
        'GetIncidentRecord',
        'ListRelatedItems',
        'UpdateRelatedItems',
        'ListRelatedItems',
        'CreateTimelineEvent',
      ],
    },
    {
      label: 'search among 10,000 (20 open), select: latest, new commit',
      ops: search.operations,
      expected: [
        'ListIncidentRecords',
        'ListRelatedItems',
        'UpdateRelatedItems',
        'ListRelatedItems',
        'CreateTimelineEvent',
      ],
    },
  ];
}

/** Operation ×count, in order of first appearance. */
export function summarizeOps(ops) {
  return [...new Set(ops)].map((op) => `${op} ×${ops.filter((o) => o === op).length}`).join(', ');
}

const searchInputs = (plan) => ({ 'response-plan': plan, select: 'all' });

/** A run against the fleet emulator with `fault` (if any) set after a reset. */
async function faultedRun(node, fleet, fault, inputs, env = {}) {
  await fleet.reset();
  if (fault) await fleet.fault(fault);
  const run = await requestsOf(node, fleet, deployEnv(fleet.url, inputs, env));
  const results = JSON.parse(run.outputs.results ?? '[]');
  return {
    ms: run.ms,
    cpuMs: run.cpuMs,
    requests: run.requests.length,
    throttled: run.requests.filter((r) => r.fault === 'throttle').length,
    created: results.filter((r) => r.action === 'created').length,
    targets: results.length,
    ops: run.operations,
  };
}

/**
 * The service answers every call 50 ms late. One target (a search that finds one incident) and ten
 * (a search that finds ten, select: all), link-commit on with a new commit; between them, the
 * one-target run with the service answering at once: the start-up of the floor, measured under the
 * same conditions. Then ten targets one after another (INCIDENT_TIMELINE_PARALLEL_TARGETS=1).
 */
export async function latency(node, fleet, runs, sequentialRuns) {
  const fault = { type: 'latency', latencyMs: LATENCY_MS, every: 1 };
  const startup = [];
  const one = [];
  const ten = [];
  const sequential = [];
  for (let i = 0; i < runs; i++) {
    startup.push(await faultedRun(node, fleet, undefined, searchInputs('solo')));
    one.push(await faultedRun(node, fleet, fault, searchInputs('solo')));
    ten.push(await faultedRun(node, fleet, fault, searchInputs('fleet')));
  }
  for (let i = 0; i < sequentialRuns; i++)
    sequential.push(
      await faultedRun(node, fleet, fault, searchInputs('fleet'), {
        INCIDENT_TIMELINE_PARALLEL_TARGETS: '1',
      }),
    );
  return { startup, one, ten, sequential };
}

/**
 * The service throttles every Nth call (ThrottlingException, which the SDK retries with backoff).
 * Ten targets side by side and one after another: side by side must not make more requests in
 * all, nor write fewer events.
 */
export async function throttling(node, fleet, runs) {
  const fault = { type: 'throttle', every: THROTTLE_EVERY };
  const parallel = [];
  const sequential = [];
  for (let i = 0; i < runs; i++) {
    parallel.push(await faultedRun(node, fleet, fault, searchInputs('fleet')));
    sequential.push(
      await faultedRun(node, fleet, fault, searchInputs('fleet'), {
        INCIDENT_TIMELINE_PARALLEL_TARGETS: '1',
      }),
    );
  }
  return { parallel, sequential };
}

export const medianOf = (runs, key) => stats(runs.map((r) => r[key])).median;

/**
 * A regional outage: the same deploy (one target found by a search, link-commit on with a new
 * commit, `aws-region: us-east-1, us-west-2`) with the first region up, then with it down, side by
 * side round after round. Down as a refused connection costs nothing (the emulator drops every call
 * signed for us-east-1: the SDK's attempts, then the failover), and as a stall, each region's share
 * of the time (here a 6 s deadline, so 3 s for the first region, and 1 s attempts).
 */
export async function failover(node, fleet, runs) {
  const inputs = {
    ...searchInputs('solo'),
    'aws-region': 'us-east-1, us-west-2',
    'max-attempts': '2',
  };
  const env = {
    INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '1000',
    INCIDENT_TIMELINE_DEADLINE_MS: '6000',
  };
  const down = { type: 'drop', region: 'us-east-1', every: 1 };
  const stalled = { type: 'latency', latencyMs: 60_000, region: 'us-east-1', every: 1 };
  const up = [];
  const dropped = [];
  const stall = [];
  for (let i = 0; i < runs; i++) {
    up.push(await faultedRun(node, fleet, undefined, inputs, env));
    dropped.push(await faultedRun(node, fleet, down, inputs, env));
    stall.push(await faultedRun(node, fleet, stalled, inputs, env));
  }
  return { up, dropped, stall };
}
