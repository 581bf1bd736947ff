/**
 * Several targets in one step: written side by side (or one after another), one failing without
 * stopping the others, and outputs that pair the event with its incident.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  incident,
  results,
  TARGETS,
  useEmulatorRun,
  type Scenario,
} from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B, TARGETS.C));

const ALL = [INCIDENT_A, INCIDENT_B, INCIDENT_C];
/** The ID of the one event the step wrote on an incident. */
const eventOn = (arn: string) => action.events(arn)[0]?.eventId;
/** One target after another, so that a fault takes the call of the target a test names. */
const IN_ORDER = { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' };
const writes = () => action.requests().filter((q) => q.operation === 'CreateTimelineEvent');

describe('several targets, one failing', () => {
  const inputs = {
    'incident-arn': `${INCIDENT_A}\n${INCIDENT_B}, ${INCIDENT_C}`,
    'link-commit': 'false',
    'max-attempts': '2',
  };
  /**
   * B's write is refused: call 2 of A, B, C. (A refusal, not a 5xx: a write answered 5xx may have
   * landed, so it is sent again rather than reported as not written.)
   */
  function failB(): void {
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent', every: 2, count: 1 });
  }
  const step = (extra: Record<string, string> = {}) =>
    action.run({ inputs: { ...inputs, ...extra }, env: IN_ORDER });

  it('writes to the others, reports partial and fails the step saying which', async () => {
    failB();
    const r = await step();
    expect(
      writes().map((q) => [(q.body as { incidentRecordArn: string }).incidentRecordArn, q.status]),
    ).toEqual([
      [INCIDENT_A, 201],
      [INCIDENT_B, 403],
      [INCIDENT_C, 201],
    ]);
    expect(r.outputs.outcome).toBe('partial');
    expect(r.outputs['event-ids']).toBe(JSON.stringify([eventOn(INCIDENT_A), eventOn(INCIDENT_C)]));
    expect(r.outputs['event-id']).toBe(eventOn(INCIDENT_A));
    expect(results(r).map((x) => [x.incidentArn, x.action])).toEqual([
      [INCIDENT_A, 'created'],
      [INCIDENT_B, 'failed'],
      [INCIDENT_C, 'created'],
    ]);
    expect(results(r)[1]?.error).toMatch(
      new RegExp(
        `^CreateTimelineEvent was denied \\(request ID [\\w-]+\\): .+ Allow the IAM action ssm-incidents:CreateTimelineEvent on ${INCIDENT_B} `,
      ),
    );
    expect(r.failure).toMatch(/could not be written to 1 of 3 incident\(s\)/);
    expect(r.failure).toContain(INCIDENT_B);
    expect(r.summary).toContain('## Timeline event posted to some incidents only');
  });

  it('with fail-on-error: false warns instead, and the outputs still say partial', async () => {
    failB();
    const r = await step({ 'fail-on-error': 'false' });
    expect(r.failure).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(
      /could not be written to 1 of 3 incident\(s\)[\s\S]*fail-on-error is false/,
    );
    expect(r.outputs.outcome).toBe('partial');
  });

  it('with fail-on-error: false and every write failing, the outcome is failed', async () => {
    action.fault({ type: 'server-error', operation: 'CreateTimelineEvent', every: 1 });
    const r = await step({ 'fail-on-error': 'false', 'max-attempts': '1' });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('failed');
    expect(r.outputs['event-ids']).toBe('[]');
    expect(r.warnings.join('\n')).toMatch(/3 of 3/);
  });
});

describe('outputs', () => {
  const two: Scenario = {
    inputs: {
      'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
      'link-commit': 'false',
      'fail-on-error': 'false',
      'max-attempts': '1',
    },
    env: IN_ORDER,
  };

  it('pair event-id and incident-arn from the same target when the first one fails', async () => {
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent' });
    const r = await action.run(two);
    expect(r.outputs.outcome).toBe('partial');
    expect(r.outputs['event-id']).toBe(eventOn(INCIDENT_B));
    expect(r.outputs['incident-arn']).toBe(INCIDENT_B);
  });

  it('give the first target as incident-arn when nothing was written', async () => {
    action.fault({ type: 'server-error', operation: 'CreateTimelineEvent', every: 1 });
    const r = await action.run(two);
    expect(r.outputs['event-id']).toBe('');
    expect(r.outputs['incident-arn']).toBe(INCIDENT_A);
  });
});

describe('targets side by side', () => {
  /** When each write arrived and was answered, in milliseconds. */
  const spans = () =>
    writes().map((q) => {
      const start = Date.parse(q.receivedAt);
      return { start, end: start + (q.durationMs ?? 0) };
    });

  it('writes to several targets at once, and keeps their order in results and the log', async () => {
    // Every write is held long enough for the others to arrive.
    action.fault({ type: 'latency', latencyMs: 200, operation: 'CreateTimelineEvent', every: 1 });
    const r = await action.run({
      inputs: { 'incident-arn': ALL.join(','), 'link-commit': 'false' },
    });
    const held = spans();
    expect(held).toHaveLength(3);
    // All three were in flight together.
    expect(Math.max(...held.map((s) => s.start))).toBeLessThan(Math.min(...held.map((s) => s.end)));
    const ids = ALL.map(eventOn);
    expect(results(r).map((x) => x.eventId)).toEqual(ids);
    expect(r.groups.map((g) => g.slice(-1))).toEqual(['1', '2', '3']);
    expect(r.outputs['event-ids']).toBe(JSON.stringify(ids));
  });

  it('INCIDENT_TIMELINE_PARALLEL_TARGETS=1 writes one target after another, in order', async () => {
    action.fault({ type: 'latency', latencyMs: 20, operation: 'CreateTimelineEvent', every: 1 });
    await action.run({
      inputs: { 'incident-arn': ALL.join(','), 'link-commit': 'false' },
      env: IN_ORDER,
    });
    const held = spans();
    for (let i = 1; i < held.length; i++)
      expect(held[i]!.start).toBeGreaterThanOrEqual(held[i - 1]!.end);
    expect(action.sent('CreateTimelineEvent').map((b) => b.incidentRecordArn)).toEqual(ALL);
  });
});

describe("the summary's rows", () => {
  /** The summary's table rows, from the first cell's title to the Impact and Status cells. */
  const rows = (summary: string) =>
    summary
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes('<sub>'))
      .map((line) => line.split(' | ').slice(1, 3))
      .sort();

  it("show each incident's impact and status, found by a search or named by its ARN", async () => {
    await action.seed(
      incident(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z', 1),
      incident(INCIDENT_B, 'Payments down', '2026-05-01T09:00:00Z', 3),
    );
    const searched = await action.run({
      inputs: { 'response-plan': 'shop-outage', 'link-commit': 'false' },
    });
    expect(rows(searched.summary)).toEqual([
      ['1', 'OPEN'],
      ['3', 'OPEN'],
    ]);
    const named = await action.run({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'link-commit': 'false' },
    });
    expect(rows(named.summary)).toEqual([
      ['1', 'OPEN'],
      ['3', 'OPEN'],
    ]);
    expect(results(named).map((x) => x.title)).toEqual(['Checkout errors', 'Payments down']);
  });
});
