/**
 * finish-on-job-end in the main step: it posts "started" and hands the events it created to the
 * job-end step (`__tests__/job-end.test.ts` and `__tests__/e2e/job-end.test.ts` take it from there).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { FINISH_STATE, decodeFinishState } from '../../src/job-end/state.js';
import { INCIDENT_A, INCIDENT_B, TARGETS, useEmulatorRun } from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B));

describe('finish-on-job-end in the main step', () => {
  it('posts "started" and saves the created events and the start time for the job-end step', async () => {
    const before = Date.now();
    const r = await action.run({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'finish-on-job-end': 'true',
        'link-commit': 'false',
      },
    });
    expect(r.outputs['event-data']).toMatch(/^Deployment started: /);
    const saved = r.state[FINISH_STATE];
    expect(saved).toBeDefined();
    const state = decodeFinishState(saved ?? '');
    if (typeof state === 'string') throw new Error(state);
    // In the order the writes finished.
    const byIncident = [...state.events].sort((x, y) => (x.incidentArn < y.incidentArn ? -1 : 1));
    expect(byIncident).toEqual(
      [
        [INCIDENT_A, 'Checkout errors'],
        [INCIDENT_B, 'Payments down'],
      ].map(([incidentArn, title]) => ({
        incidentArn,
        eventId: action.events(incidentArn!)[0]?.eventId,
        region: 'us-east-1',
        title,
        impact: 2,
        status: 'OPEN',
      })),
    );
    expect(Date.parse(state.startedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('says "started" only when the job end will finish the event', async () => {
    const inputs = {
      'incident-arn': INCIDENT_A,
      'link-commit': 'false',
      'event-data': '[{status}]',
    };
    const plain = await action.run({ inputs });
    expect(plain.outputs['event-data']).toBe('[]');
    const finishing = await action.run({ inputs: { ...inputs, 'finish-on-job-end': 'true' } });
    expect(finishing.outputs['event-data']).toBe('[started]');
    // A status given is said as given.
    const given = await action.run({ inputs: { ...inputs, status: 'deploying' } });
    expect(given.outputs['event-data']).toBe('[deploying]');
  });

  it('refuses, before any call, a text that fits now but not as the job end writes it', async () => {
    // JSON-encoded: 12,000 characters with 'cancelled' and the longest duration (999h59m59s).
    const inputs = {
      'incident-arn': INCIDENT_A,
      'link-commit': 'false',
      'event-data': `{status} {duration}${'x'.repeat(12_000 - 2 - 9 - 1 - 10 + 1)}`,
    };
    const finishing = await action.run({ inputs: { ...inputs, 'finish-on-job-end': 'true' } });
    expect(finishing.failure).toMatch(
      /^Input 'event-data'.* as the job-end step of finish-on-job-end writes it \('succeeded', after 999h59m59s\) is 12,001 characters/,
    );
    expect(finishing.commands).toEqual([]);
    // Without finish-on-job-end, the text is written as it is now.
    const plain = await action.run({ inputs });
    expect(plain.failure).toBeUndefined();
    expect(plain.outputs['event-data']).toMatch(/^ 0sx+$/);
  });

  it('saves nothing without the option, or when nothing was created', async () => {
    const inputs = { 'incident-arn': INCIDENT_A, 'link-commit': 'false' };
    const plain = await action.run({ inputs });
    expect(plain.outputs.outcome).toBe('created');
    expect(plain.state).toEqual({});
    action.fault({ type: 'server-error', operation: 'CreateTimelineEvent', every: 1 });
    const failed = await action.run({
      inputs: { ...inputs, 'finish-on-job-end': 'true', 'max-attempts': '1' },
    });
    expect(failed.outputs.outcome).toBe('failed');
    expect(failed.state).toEqual({});
  });
});
