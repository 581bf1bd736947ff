/**
 * Retries under the emulator's faults, in process: what a retry can fix (throttling, 5xx, a
 * timed-out or dropped request) lands exactly one event, sent again with the same token; what it
 * cannot fix (a denial, an invalid request) is tried once. Throttling is retried until the run's
 * deadline (max-attempts aside), 5xx answers up to max-attempts; there the jitter is fixed
 * (Math.random) so that each run makes the same attempts, and no assertion is on time. The
 * decision itself: __tests__/retry.test.ts. An earlier try of the step and a new attempt of the
 * workflow are `idempotency`'s.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  INCIDENT_A,
  SUCCEEDED,
  TARGETS,
  results,
  savedStateEnv,
  useEmulatorRun,
} from './helpers.js';

const action = useEmulatorRun();

const TO_A = { 'incident-arn': INCIDENT_A, ...SUCCEEDED, 'link-commit': 'false' };
const fatesOf = (operation: string) =>
  action
    .requests()
    .filter((q) => q.operation === operation)
    .map((q) => q.status);

const creates = () => action.requests().filter((q) => q.operation === 'CreateTimelineEvent');
const token = (q: { body: unknown }) => (q.body as { clientToken?: string }).clientToken;
/** A request's fate: `ok` for a 2xx, `dropped`, or its error status. */
const fate = (q: { status: number | null }) =>
  q.status === 0 ? 'dropped' : q.status !== null && q.status < 300 ? 'ok' : q.status;

/** Exactly one event on A, and it is the one the step reported. */
function expectOneEvent(r: { outputs: Record<string, string> }): void {
  const events = action.events(INCIDENT_A);
  expect(events).toHaveLength(1);
  expect(r.outputs['event-id']).toBe(events[0]!.eventId);
  expect(r.outputs.outcome).toBe('created');
}

describe('what a retry can fix lands exactly one event', () => {
  it.each([
    ['throttling', [{ type: 'throttle', count: 2 }], [429, 429, 'ok']],
    [
      '500 and 503',
      [
        { type: 'server-error', count: 2 },
        { type: 'unavailable', count: 1 },
      ],
      [500, 500, 503, 'ok'],
    ],
    ['a dropped connection', [{ type: 'drop', count: 1 }], ['dropped', 'ok']],
  ] as const)('%s: sent again with the same token', async (_, faults, fates) => {
    await action.seed(TARGETS.A);
    for (const fault of faults) action.fault({ ...fault, operation: 'CreateTimelineEvent' });
    const r = await action.run({ inputs: { ...TO_A, 'max-attempts': '5' } });
    expect(r.failure).toBeUndefined();
    expect(creates().map(fate)).toEqual(fates);
    expect(new Set(creates().map(token)).size).toBe(1);
    expectOneEvent(r);
  });

  it('a request that timed out, though the service performed it: one event', async () => {
    await action.seed(TARGETS.A);
    // The slow first try is answered after the client gave up, and the service still writes it.
    action.fault({ type: 'latency', latencyMs: 1500, count: 1, operation: 'CreateTimelineEvent' });
    const r = await action.run({
      inputs: { ...TO_A, 'max-attempts': '5' },
      env: { INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '500' },
    });
    // The slow first try must be over before anything is asserted (or the next test starts).
    await vi.waitFor(() => expect(creates().every((q) => q.status !== null)).toBe(true), {
      timeout: 5_000,
    });
    expect(r.failure).toBeUndefined();
    expect(creates().length).toBeGreaterThanOrEqual(2);
    expect(creates()[0]!.fault).toBe('latency');
    expect(new Set(creates().map(token)).size).toBe(1);
    expectOneEvent(r);
  });

  it('a dropped connection while searching', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'drop', count: 1, operation: 'ListIncidentRecords' });
    const r = await action.run({ inputs: { ...SUCCEEDED, 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    const lists = action.requests().filter((q) => q.operation === 'ListIncidentRecords');
    expect(lists.map(fate)).toEqual(['dropped', 'ok']);
    expectOneEvent(r);
  });
});

describe('what a retry cannot fix', () => {
  it('a denial is tried once, and names the IAM action to allow', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'access-denied', count: 5, operation: 'CreateTimelineEvent' });
    const r = await action.run({ inputs: { ...TO_A, 'max-attempts': '5' } });
    expect(creates().map((q) => [q.status, q.errorType])).toEqual([[403, 'AccessDeniedException']]);
    expect(r.failure).toContain('ssm-incidents:CreateTimelineEvent');
    expect(results(r)).toEqual([
      expect.objectContaining({ incidentArn: INCIDENT_A, action: 'failed' }),
    ]);
    expect(results(r)[0]!.error).toContain('ssm-incidents:CreateTimelineEvent');
    expect(action.events(INCIDENT_A)).toEqual([]);
  });

  it('an invalid request is tried once, and shows what the service rejected', async () => {
    await action.seed(TARGETS.A);
    const unknownItem = 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF';
    const r = await action.run({
      inputs: { ...TO_A, references: unknownItem, 'max-attempts': '5' },
    });
    expect(creates().map((q) => [q.status, q.errorType])).toEqual([[400, 'ValidationException']]);
    expect(r.failure).toContain('CreateTimelineEvent was rejected as invalid');
    expect(r.failure).toContain(unknownItem);
    expect(action.events(INCIDENT_A)).toEqual([]);
  });
});

describe('throttling until the deadline, 5xx up to max-attempts', () => {
  beforeEach(() => action.seed(TARGETS.A));
  afterEach(() => vi.restoreAllMocks());

  it('retries a throttled write beyond max-attempts, and writes it once', async () => {
    // 1% of each backoff: a few milliseconds.
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    action.fault({ type: 'throttle', operation: 'CreateTimelineEvent', count: 4 });
    const r = await action.run({ inputs: { ...TO_A, 'max-attempts': '2' } });
    expect(r.failure).toBeUndefined();
    expect(fatesOf('CreateTimelineEvent')).toEqual([429, 429, 429, 429, 201]);
    expect(new Set(action.sent('CreateTimelineEvent').map((b) => b.clientToken)).size).toBe(1);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(r.outputs.outcome).toBe('created');
  });

  it('retries throttling until the next backoff would pass the deadline, then says so', async () => {
    // Backoffs of 0.5 s, then 1 s: the second would pass a deadline of 1.5 s.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    action.fault({ type: 'throttle', operation: 'CreateTimelineEvent', every: 1 });
    const r = await action.run({
      inputs: { ...TO_A, 'max-attempts': '1' },
      env: { INCIDENT_TIMELINE_DEADLINE_MS: '1500' },
    });
    expect(fatesOf('CreateTimelineEvent')).toEqual([429, 429]);
    expect(r.failure).toContain('throttled on every attempt (2 attempts)');
    expect(r.failure).toContain('INCIDENT_TIMELINE_DEADLINE_MS');
    expect(r.failure).not.toContain('max-attempts');
    expect(action.events(INCIDENT_A)).toEqual([]);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('gives a call answered 5xx max-attempts attempts', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    action.fault({ type: 'server-error', operation: 'GetIncidentRecord', every: 1 });
    await action.run({ inputs: { ...TO_A, 'max-attempts': '3' } });
    expect(fatesOf('GetIncidentRecord')).toEqual([500, 500, 500]);
  });

  it('counts only the 5xx answers against max-attempts, not the throttled ones between them', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    action.fault({ type: 'throttle', operation: 'GetIncidentRecord', count: 3 });
    action.fault({ type: 'server-error', operation: 'GetIncidentRecord', count: 1 });
    const r = await action.run({ inputs: { ...TO_A, 'max-attempts': '2' } });
    expect(fatesOf('GetIncidentRecord')).toEqual([429, 429, 429, 500, 200]);
    expect(r.outputs.outcome).toBe('created');
  });

  it('the job end retries its throttled update beyond max-attempts, and finishes the event', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    const inputs = { ...TO_A, 'max-attempts': '1', 'finish-on-job-end': 'true' };
    const main = await action.run({ inputs: { ...inputs, status: '' } });
    expect(action.events(INCIDENT_A)[0]?.eventData).toContain('started');
    action.fault({ type: 'throttle', operation: 'GetTimelineEvent', count: 2 });
    action.fault({ type: 'throttle', operation: 'UpdateTimelineEvent', count: 3 });
    const end = await action.run({ inputs, env: savedStateEnv(main) }, 'job-end');
    expect(end.warnings).toEqual([]);
    expect(fatesOf('UpdateTimelineEvent')).toEqual([429, 429, 429, 204]);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(action.events(INCIDENT_A)[0]?.eventData).not.toContain('started');
  });
});
