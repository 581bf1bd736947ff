/**
 * Shared pieces of the end-to-end suites: the runner's node24 that the bundle is run on, one
 * emulator per describe block (reset before each test), the workflow facts of a push to main, and
 * readers for the emulator's state, request log and the runner's workflow commands.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  GITHUB_ENV,
  TEST_CREDENTIALS,
  node24Async,
  runAction,
  startEmulator,
  type ActionRun,
  type IncidentState,
  type RecordedRequest,
  type RunningEmulator,
  type StateSnapshot,
  type TimelineEvent,
} from '../../scripts/lib/harness.mjs';

export { GITHUB_ENV, TEST_CREDENTIALS, runAction };
export type {
  ActionRun,
  IncidentState,
  RecordedRequest,
  RunningEmulator,
  StateSnapshot,
  TimelineEvent,
};

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

/** The facts of GITHUB_ENV as the action should render them. */
export const SHA = GITHUB_ENV.GITHUB_SHA!;
export const SHORT_SHA = SHA.slice(0, 7);
export const REPOSITORY = GITHUB_ENV.GITHUB_REPOSITORY!;
export const COMMIT_URL = `https://github.com/${REPOSITORY}/commit/${SHA}`;
export const runUrl = (attempt = '1') =>
  `https://github.com/${REPOSITORY}/actions/runs/${GITHUB_ENV.GITHUB_RUN_ID}/attempts/${attempt}`;

export const incidentArn = (plan: string, id: string, account = ACCOUNT) =>
  `arn:aws:ssm-incidents::${account}:incident-record/${plan}/${id}`;

/** One open incident of the checkout-api plan, to seed: its ARN and the seed document. */
export function oneIncident(id: string, title = 'Checkout errors') {
  return {
    arn: incidentArn('checkout-api', id),
    seed: { incidents: [{ responsePlan: 'checkout-api', id, title, impact: 2 }] },
  };
}

/** The runner's environment for a push to main, with the emulator's fake credentials. */
export function runnerEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { ...GITHUB_ENV, ...TEST_CREDENTIALS, ...extra };
}

/** The inputs every run against the emulator needs. */
export function endpointInputs(emulator: { url: string }): Record<string, string> {
  return { 'aws-region': REGION, 'endpoint-url': emulator.url };
}

let node24Path: Promise<string> | undefined;

/**
 * The runner's node24 (`runs.using: node24`), from the npm registry: the bundle tier runs on it
 * alone, whichever Node runs vitest.
 */
export const resolveNode24 = (): Promise<string> => (node24Path ??= node24Async());

/** Downloading Node 24 on first use can take a while; later calls hit npm's cache. */
export const RESOLVE_NODE_TIMEOUT_MS = 300_000;

export async function nodeMajor(node: string): Promise<number> {
  const { stdout } = await promisify(execFile)(node, ['-p', 'process.versions.node']);
  return Number(stdout.trim().split('.')[0]);
}

/** The running emulator, with its state read as the snapshot type. */
export type Emulator = RunningEmulator;

/**
 * One emulator for the calling describe block: started before its tests, reset (state, request
 * log, faults) before each test, stopped after. Tests seed what they need with `emulator.seed`.
 */
export function useEmulator(options: { args?: string[] } = {}): { readonly current: Emulator } {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ args: options.args ?? [] });
  });
  afterAll(async () => {
    await emulator?.stop();
  });
  beforeEach(async () => {
    await emulator!.reset();
  });
  return {
    get current() {
      if (!emulator) throw new Error('the emulator is not started');
      return emulator;
    },
  };
}

/**
 * The bundle on node24 against one emulator, for a describe block: `node` and `emulator` as
 * useNode and useEmulator give them, `run`, runAction on node24 with the endpoint inputs first,
 * and `events(arn)`, the events a caller wrote on an incident by now.
 */
export function useBundle(options: { args?: string[] } = {}) {
  const node = useNode();
  const emulator = useEmulator(options);
  return {
    node,
    emulator,
    run: (run: Omit<NonNullable<Parameters<typeof runAction>[0]>, 'node'>): Promise<ActionRun> =>
      runAction({
        ...run,
        node: node.path,
        inputs: { ...endpointInputs(emulator.current), ...run.inputs },
      }),
    events: async (arn: string): Promise<TimelineEvent[]> =>
      userEvents(incidentIn(await emulator.current.state(), arn)),
  };
}

/** The runner's node24 for a describe block, resolved once before its tests. */
export function useNode(): { readonly path: string } {
  let path: string | undefined;
  beforeAll(async () => {
    path = await resolveNode24();
  }, RESOLVE_NODE_TIMEOUT_MS);
  return {
    get path() {
      if (!path) throw new Error('node24 is not resolved');
      return path;
    },
  };
}

export function incidentIn(state: StateSnapshot, arn: string): IncidentState {
  const incident = state.incidents.find((i) => i.arn === arn);
  if (!incident) throw new Error(`no incident ${arn} in the emulator state`);
  return incident;
}

/** The events a caller wrote (the emulator adds its own `SSM Incident Record Update` events). */
export function userEvents(incident: IncidentState): TimelineEvent[] {
  return incident.timelineEvents.filter(
    (e) => e.eventType === 'Custom Event' || e.eventType === 'Note',
  );
}

export function allUserEvents(state: StateSnapshot): TimelineEvent[] {
  return state.incidents.flatMap(userEvents);
}

/** Operations that change state; a dry run or a rejected input must send none of them. */
export const WRITE_OPERATIONS = new Set([
  'CreateTimelineEvent',
  'UpdateTimelineEvent',
  'DeleteTimelineEvent',
  'UpdateRelatedItems',
  'UpdateIncidentRecord',
  'StartIncident',
  'CreateResponsePlan',
]);

/** The messages of one workflow command (`::error::`, `::warning::`) in a run's stdout, unescaped. */
export function commands(
  stdout: string,
  command: 'error' | 'warning' | 'debug' | 'notice',
): string[] {
  const prefix = new RegExp(`^::${command}(?: [^:]*)?::`);
  return stdout
    .split('\n')
    .filter((line) => prefix.test(line))
    .map((line) =>
      line.replace(prefix, '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    );
}

export function parseJson<T = unknown>(text: string | undefined): T {
  if (text === undefined) throw new Error('no such output');
  return JSON.parse(text) as T;
}

export interface ResultEntry {
  incidentArn: string;
  title: string;
  eventId: string;
  action: string;
  error: string;
}

/** Waits until the emulator has answered (or dropped) every request it received. */
export async function settled(
  emulator: Pick<RunningEmulator, 'requests'>,
  timeoutMs = 10_000,
): Promise<RecordedRequest[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const requests = await emulator.requests();
    if (requests.every((r) => r.status !== null)) return requests;
    if (Date.now() > until) throw new Error('requests still in flight at the emulator');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs the bundle with the runner's environment against an emulator. */
export function runStep(options: {
  node: string;
  emulator: { url: string };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: unknown;
}): Promise<ActionRun> {
  return runAction({
    node: options.node,
    inputs: { ...endpointInputs(options.emulator), ...options.inputs },
    env: runnerEnv(options.env),
    event: options.event ?? {},
  });
}
