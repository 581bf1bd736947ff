/**
 * Writes whose answer never came, in one region, in process against the emulator: a create or a
 * related-item add whose connection was dropped after the service wrote it (`lose-answer`) is
 * resolved with its token (sent again, then looked for), never reported as not written; one that
 * never left (a refused connection) is not written; one that cannot be resolved says it may have
 * been written and is kept for the job end, which resolves and finishes it.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { decodeFinishState, type FinishState } from '../../src/job-end/state.js';
import {
  COMMIT_URL,
  INCIDENT_A,
  TARGETS,
  results,
  savedStateEnv,
  useEmulatorRun,
  type RunResult,
} from './helpers.js';

const action = useEmulatorRun();

/** The case: one region, a known incident, no commit link, finished at job end. */
const ONE_REGION = {
  'incident-arn': INCIDENT_A,
  'aws-region': 'us-east-1',
  'link-commit': 'false',
  'finish-on-job-end': 'true',
};

const saved = (r: RunResult) => decodeFinishState((name) => r.state[name]) as FinishState;
const creates = () => action.sent<Record<string, unknown>>('CreateTimelineEvent');

describe('a create whose answer was lost', () => {
  it('is reported written once and saved for the job end; a re-run writes nothing new; the job end finishes it', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'lose-answer', operation: 'CreateTimelineEvent', every: 1 });
    const main = await action.run({ inputs: { ...ONE_REGION, 'max-attempts': '2' } });
    expect(main.failure).toBeUndefined();
    const [event] = action.events(INCIDENT_A);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(results(main)).toMatchObject([{ action: 'created', eventId: event!.eventId }]);
    expect(main.outputs['event-id']).toBe(event!.eventId);
    // Every send was the same call: the same token and parameters.
    expect(new Set(creates().map((c) => JSON.stringify(c))).size).toBe(1);
    expect(creates().length).toBeGreaterThan(2);
    expect(saved(main).events).toMatchObject([
      { incidentArn: INCIDENT_A, eventId: event!.eventId },
    ]);

    // The step run again in the same job (a retry wrapper), its answer still lost: the same
    // event, none added, and saved for the job end again.
    const again = await action.run({ inputs: { ...ONE_REGION, 'max-attempts': '2' } });
    expect(again.failure).toBeUndefined();
    expect(again.outputs['event-id']).toBe(event!.eventId);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(saved(again).events).toMatchObject([{ eventId: event!.eventId }]);

    const end = await action.run(
      { inputs: { ...ONE_REGION, 'job-status': 'success' }, env: savedStateEnv(again) },
      'job-end',
    );
    expect(end.warnings).toEqual([]);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(JSON.parse(action.events(INCIDENT_A)[0]!.eventData)).toMatch(/^Deployment succeeded/);
  });

  it('costs nothing on the ordinary path: saving the intent is no call', async () => {
    await action.seed(TARGETS.A);
    const r = await action.run({ inputs: ONE_REGION });
    expect(r.failure).toBeUndefined();
    expect(r.commands).toEqual(['GetIncidentRecord', 'CreateTimelineEvent']);
    expect(saved(r).events).toHaveLength(1);
  });

  it('that never left (connection refused) is not written, and nothing is kept for the job end', async () => {
    const r = await action.run({
      inputs: { ...ONE_REGION, 'endpoint-url': 'http://127.0.0.1:1', 'max-attempts': '2' },
    });
    expect(r.failure).toMatch(/could not be written to 1 of 1/);
    expect(r.failure).not.toContain('may have been written');
    expect(saved(r).events).toEqual([]);
  });
});

describe('a create that could not be resolved', () => {
  it('says it may have been written, keeps its intent, and the job end resolves and finishes it', async () => {
    await action.seed(TARGETS.A);
    // Every create and every read of the timeline fails with 5xx: nothing settles it.
    action.fault({ type: 'server-error', operation: 'CreateTimelineEvent', every: 1 });
    action.fault({ type: 'server-error', operation: 'ListTimelineEvents', every: 1 });
    const main = await action.run({ inputs: { ...ONE_REGION, 'max-attempts': '1' } });
    expect(main.failure).toMatch(/^The event may have been written to 1 of 1 incident\(s\)/);
    expect(results(main)).toMatchObject([{ action: 'failed' }]);
    expect(results(main)[0]!.error).toContain('may have been written');
    const [intent] = saved(main).events;
    expect(intent).toMatchObject({ incidentArn: INCIDENT_A, region: 'us-east-1' });
    expect(intent).not.toHaveProperty('eventId');
    const token = (creates()[0] as { clientToken: string }).clientToken;
    expect(intent!.clientToken).toBe(token);

    action.emulator.faults.clear();
    const end = await action.run(
      { inputs: { ...ONE_REGION, 'job-status': 'cancelled' }, env: savedStateEnv(main) },
      'job-end',
    );
    expect(end.warnings).toEqual([]);
    // The same create, sent again at job end with the step's token, time and text.
    expect(creates()).toHaveLength(1);
    expect(creates()[0]).toMatchObject({ clientToken: token });
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(JSON.parse(action.events(INCIDENT_A)[0]!.eventData)).toMatch(/^Deployment cancelled/);
  });
});

describe('a related-item add whose answer was lost', () => {
  it('links the commit once, and the event references it, without a warning', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'lose-answer', operation: 'UpdateRelatedItems', every: 1 });
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'true', 'max-attempts': '2' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([]);
    const items = action
      .incident(INCIDENT_A)
      .relatedItems.filter((item) => item.identifier.value.url === COMMIT_URL);
    expect(items).toHaveLength(1);
    const [event] = action.events(INCIDENT_A);
    expect(event!.eventReferences).toContainEqual({ relatedItemId: items[0]!.generatedId });
  });
});
