/**
 * A cancelled step: the runner sends SIGINT (then SIGTERM) to a cancelled job's step. In process
 * the test process is never signalled: the listeners `run()` adds are called while a write is in
 * flight, as Node would call them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { decodeFinishState, encodeFinishState } from '../../src/job-end/state.js';
import {
  INCIDENT_A,
  INCIDENT_B,
  TARGETS,
  results,
  savedStateEnv,
  useEmulatorRun,
  type RunResult,
  type Scenario,
} from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B));

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type Signal = (typeof SIGNALS)[number];
type Listener = (signal: Signal) => void;

const listeners = (signal: Signal) => process.listeners(signal) as Listener[];
let before: Record<Signal, Listener[]>;
beforeEach(() => {
  before = { SIGINT: listeners('SIGINT'), SIGTERM: listeners('SIGTERM') };
});
// No run leaves a listener behind, whatever its test asserted.
afterEach(() => {
  for (const signal of SIGNALS) expect(listeners(signal)).toEqual(before[signal]);
});

/** The listeners a run added, while it runs. */
const added = (signal: Signal) => listeners(signal).filter((l) => !before[signal].includes(l));

/** Both incidents by ARN, written one at a time. */
const BOTH: Scenario = {
  inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'link-commit': 'false' },
  env: { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' },
};

const inFlight = (operation: string) =>
  action.emulator.requests.list(operation).filter((r) => r.status === null);

/**
 * Runs the main step with `operation`'s first call held, and signals the run while it is in
 * flight, through the listeners the run added.
 */
async function cancelDuring(
  operation: string,
  scenario: Scenario = BOTH,
  signal: Signal = 'SIGINT',
): Promise<RunResult> {
  action.fault({ type: 'latency', latencyMs: 300, operation });
  const running = action.run(scenario);
  const listening = added(signal);
  expect(listening).toHaveLength(1);
  await vi.waitFor(() => expect(inFlight(operation)).toHaveLength(1), {
    timeout: 5000,
    interval: 5,
  });
  for (const listener of listening) listener(signal);
  return running;
}

const creates = (r: RunResult) => r.commands.filter((c) => c === 'CreateTimelineEvent');

describe('a cancelled step', () => {
  it('SIGINT while the first write is in flight: it finishes, no other starts, and the step fails', async () => {
    const r = await cancelDuring('CreateTimelineEvent');
    expect(r.failure).toBe('The step was cancelled (SIGINT): no write started after the signal.');
    expect(creates(r)).toEqual(['CreateTimelineEvent']);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(action.events(INCIDENT_B)).toEqual([]);
    expect(results(r)).toMatchObject([
      {
        incidentArn: INCIDENT_A,
        action: 'created',
        eventId: action.events(INCIDENT_A)[0]!.eventId,
      },
      {
        incidentArn: INCIDENT_B,
        action: 'failed',
        error: 'not written: the step was cancelled (SIGINT)',
      },
    ]);
    expect(r.infos).toContain(
      'SIGINT: the job is being cancelled. No new write starts; writes in flight have 5 s to finish.',
    );
    // Nothing saved for a job end that was not asked for.
    expect(r.state).toEqual({});
  });

  it('SIGTERM: the same, with its own shorter grace', async () => {
    const r = await cancelDuring('CreateTimelineEvent', BOTH, 'SIGTERM');
    expect(r.failure).toBe('The step was cancelled (SIGTERM): no write started after the signal.');
    expect(creates(r)).toEqual(['CreateTimelineEvent']);
    expect(r.infos).toContain(
      'SIGTERM: the job is being cancelled. No new write starts; writes in flight have 2 s to finish.',
    );
  });

  it('with finish-on-job-end: the event created is saved, and the failure says the job end marks it', async () => {
    const r = await cancelDuring('CreateTimelineEvent', {
      ...BOTH,
      inputs: { ...BOTH.inputs, 'finish-on-job-end': 'true' },
    });
    expect(r.failure).toBe(
      'The step was cancelled (SIGINT): no write started after the signal. The events it created are saved; the job-end step marks them cancelled.',
    );
    expect(creates(r)).toEqual(['CreateTimelineEvent']);
    const state = decodeFinishState((name) => r.state[name]);
    if (typeof state === 'string') throw new Error(state);
    expect(state.events.map((e) => [e.incidentArn, e.eventId])).toEqual([
      [INCIDENT_A, action.events(INCIDENT_A)[0]!.eventId],
    ]);
    expect(r.infos).toContain('When the job ends, 1 event(s) will be updated with its outcome.');
  });

  it('with finish-on-job-end, cancelled before any write: nothing is said to be saved', async () => {
    const r = await cancelDuring('ListIncidentRecords', {
      inputs: {
        'response-plan': 'shop-outage',
        'finish-on-job-end': 'true',
        'link-commit': 'false',
      },
    });
    expect(r.failure).toBe('The step was cancelled (SIGINT): no write started after the signal.');
    expect(creates(r)).toEqual([]);
    expect(results(r).map((t) => [t.action, t.error])).toEqual([
      ['failed', 'not written: the step was cancelled (SIGINT)'],
      ['failed', 'not written: the step was cancelled (SIGINT)'],
    ]);
    expect(r.state).toEqual({});
    expect(r.infos.filter((line) => line.startsWith('When the job ends'))).toEqual([]);
  });

  it('a step that is not signalled leaves no listener behind', async () => {
    const running = action.run(BOTH);
    expect(added('SIGINT')).toHaveLength(1);
    expect(added('SIGTERM')).toHaveLength(1);
    const r = await running;
    expect(r.failure).toBeUndefined();
    expect(added('SIGINT')).toEqual([]);
    expect(added('SIGTERM')).toEqual([]);
  });

  it('a step that fails before writing leaves no listener behind either', async () => {
    const r = await action.run({ inputs: { 'incident-arn': 'not-an-arn' } });
    expect(r.failure).toBeDefined();
    expect(added('SIGINT')).toEqual([]);
  });
});

describe('the job-end step', () => {
  it('does not listen for the signals: the job is ending anyway', async () => {
    const eventId = await action.addEvent(INCIDENT_A);
    const saved = encodeFinishState({
      startedAt: new Date().toISOString(),
      create: { eventType: 'Custom Event', eventTime: new Date().toISOString(), eventData: '"x"' },
      events: [{ incidentArn: INCIDENT_A, clientToken: 'token', eventId }],
    });
    const running = action.run(
      {
        inputs: { 'job-status': 'cancelled', 'link-commit': 'false' },
        env: savedStateEnv({ state: saved }),
      },
      'job-end',
    );
    expect(added('SIGINT')).toEqual([]);
    expect(added('SIGTERM')).toEqual([]);
    const r = await running;
    expect(r.warnings).toEqual([]);
    expect(JSON.parse(action.events(INCIDENT_A)[0]!.eventData)).toMatch(/^Deployment cancelled: /);
  });
});
