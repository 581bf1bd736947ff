/**
 * finish-on-job-end in the main step: it posts "started" and hands the events it created to the
 * job-end step (`__tests__/job-end.test.ts` and `__tests__/e2e/job-end.test.ts` take it from there).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { FINISH_STATE, decodeFinishState, type FinishState } from '../../src/job-end/state.js';
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
    expect(r.state[FINISH_STATE]).toBeDefined();
    const state = decodeFinishState((name) => r.state[name]);
    if (typeof state === 'string') throw new Error(state);
    // In the order the writes finished.
    const byIncident = [...state.events].sort((x, y) => (x.incidentArn < y.incidentArn ? -1 : 1));
    expect(byIncident).toEqual(
      [
        [INCIDENT_A, 'Checkout errors'],
        [INCIDENT_B, 'Payments down'],
      ].map(([incidentArn, title]) => ({
        incidentArn,
        clientToken: action
          .sent<{ incidentRecordArn: string; clientToken: string }>('CreateTimelineEvent')
          .find((c) => c.incidentRecordArn === incidentArn)?.clientToken,
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

  it('saves nothing without the option, and no event to finish when the create was refused', async () => {
    const inputs = { 'incident-arn': INCIDENT_A, 'link-commit': 'false' };
    const plain = await action.run({ inputs });
    expect(plain.outputs.outcome).toBe('created');
    expect(plain.state).toEqual({});
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent', every: 1 });
    const refused = await action.run({ inputs: { ...inputs, 'finish-on-job-end': 'true' } });
    expect(refused.outputs.outcome).toBe('failed');
    expect(refused.failure).toMatch(/could not be written to 1 of 1/);
    expect(decodeFinishState((name) => refused.state[name])).toMatchObject({ events: [] });
  });

  it('keeps the intent of a create answered 5xx every time: it may have been written', async () => {
    const inputs = { 'incident-arn': INCIDENT_A, 'link-commit': 'false', 'max-attempts': '1' };
    action.fault({ type: 'server-error', operation: 'CreateTimelineEvent', every: 1 });
    const r = await action.run({ inputs: { ...inputs, 'finish-on-job-end': 'true' } });
    expect(r.outputs.outcome).toBe('failed');
    expect(r.failure).toMatch(/may have been written to 1 of 1/);
    expect(r.failure).toContain('job-end step sends it again');
    // Sent again once with the same token, then looked for.
    const sent = action.sent<{ clientToken: string }>('CreateTimelineEvent');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(r.commands).toContain('ListTimelineEvents');
    expect(decodeFinishState((name) => r.state[name])).toMatchObject({
      events: [{ incidentArn: INCIDENT_A, clientToken: sent[0]!.clientToken }],
    });
    expect(
      (decodeFinishState((name) => r.state[name]) as FinishState).events[0],
    ).not.toHaveProperty('eventId');
  });
});
