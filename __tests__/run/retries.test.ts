/**
 * Retries, in process against the emulator's faults: throttling is retried until the run's
 * deadline (max-attempts aside), 5xx answers up to max-attempts. The jitter is fixed (Math.random)
 * so that each run makes the same attempts; no assertion is on time. The decision itself:
 * __tests__/retry.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../harness.js')).core);

import { INCIDENT_A, SUCCEEDED, TARGETS, savedStateEnv, useEmulatorRun } from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A));
afterEach(() => vi.restoreAllMocks());

const TO_A = { 'incident-arn': INCIDENT_A, ...SUCCEEDED, 'link-commit': 'false' };
const fates = (operation: string) =>
  action
    .requests()
    .filter((q) => q.operation === operation)
    .map((q) => q.status);

describe('retries', () => {
  it('retries a throttled write beyond max-attempts, and writes it once', async () => {
    // 1% of each backoff: a few milliseconds.
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    action.fault({ type: 'throttle', operation: 'CreateTimelineEvent', count: 4 });
    const r = await action.run({ inputs: { ...TO_A, 'max-attempts': '2' } });
    expect(r.failure).toBeUndefined();
    expect(fates('CreateTimelineEvent')).toEqual([429, 429, 429, 429, 201]);
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
    expect(fates('CreateTimelineEvent')).toEqual([429, 429]);
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
    expect(fates('GetIncidentRecord')).toEqual([500, 500, 500]);
  });

  it('counts only the 5xx answers against max-attempts, not the throttled ones between them', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.01);
    action.fault({ type: 'throttle', operation: 'GetIncidentRecord', count: 3 });
    action.fault({ type: 'server-error', operation: 'GetIncidentRecord', count: 1 });
    const r = await action.run({ inputs: { ...TO_A, 'max-attempts': '2' } });
    expect(fates('GetIncidentRecord')).toEqual([429, 429, 429, 500, 200]);
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
    expect(fates('UpdateTimelineEvent')).toEqual([429, 429, 429, 204]);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(action.events(INCIDENT_A)[0]?.eventData).not.toContain('started');
  });
});
