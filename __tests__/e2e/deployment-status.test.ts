/**
 * One timeline event per reported deployment, through the bundle on node24: each state of a
 * deployment is a `deployment_status` workflow run of its own, so a process of its own, and only
 * runs of separate processes show the order they arrive in and two that race. What one run does
 * with the emulator's answers (the read-back after an overwrite, a link that cannot be made) is
 * run/deployment-status.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPOSITORY,
  SHA,
  SHORT_SHA,
  incidentArn,
  incidentIn,
  parseJson,
  runStep,
  runUrl,
  useNode,
  userEvents,
  type Emulator,
  type ResultEntry,
} from './helpers.js';
import { startEmulator } from '../../scripts/lib/harness.mjs';

const DEPLOYMENT_URL = `https://api.github.com/repos/${REPOSITORY}/deployments/4711`;
const CREATED_AT = '2026-05-01T12:00:00Z';

/** A deployment_status event of deployment 4711 to production, `after` seconds from its creation. */
function statusEvent(state: string, after: number) {
  return {
    deployment: {
      id: 4711,
      url: DEPLOYMENT_URL,
      sha: SHA,
      ref: 'main',
      environment: 'production',
      created_at: CREATED_AT,
    },
    deployment_status: {
      state,
      created_at: new Date(Date.parse(CREATED_AT) + after * 1000).toISOString(),
    },
  };
}

// The cases run at once, each on an incident of its own of one emulator: the bundle tier's time
// is the longest case's, not the sum.
describe.concurrent('one event per deployment on node24', () => {
  const node = useNode();
  const CASES = ['in-order', 'out-of-order', 'racing'] as const;
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ args: [] });
    await emulator.seed({
      incidents: CASES.map((id) => ({ responsePlan: 'checkout-api', id, title: id, impact: 2 })),
    });
  });
  afterAll(async () => {
    await emulator?.stop();
  });
  const started = () => {
    if (!emulator) throw new Error('the emulator is not started');
    return emulator;
  };

  /** The run of one state on incident `arn`, as its own workflow run (`runId`). */
  const mark = (arn: string, state: string, after: number, runId: string) =>
    runStep({
      node: node.path,
      emulator: started(),
      inputs: { 'incident-arn': arn },
      env: { GITHUB_EVENT_NAME: 'deployment_status', GITHUB_RUN_ID: runId },
      event: statusEvent(state, after),
    });
  const log = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`;
  const text = (headline: string, runId: string, took = '') =>
    JSON.stringify(
      `${headline}: ${REPOSITORY}@${SHORT_SHA} (main) to production by octocat${took}, run ${runUrl().replace('/42/', `/${runId}/`)}`,
    );

  /** The incident's one user event, and the deployment's one related item. */
  async function deploymentOnIncident(arn: string) {
    const incident = incidentIn(await started().state(), arn);
    const events = userEvents(incident);
    const items = incident.relatedItems.filter(
      (item) => item.identifier.value.url === DEPLOYMENT_URL,
    );
    expect(events).toHaveLength(1);
    expect(items).toHaveLength(1);
    return { event: events[0]!, item: items[0]! };
  }

  it('creates the event at the first state and updates it in place at the next', async () => {
    const arn = incidentArn('checkout-api', 'in-order');
    const begun = await mark(arn, 'in_progress', 5, '100');
    expect(begun.code, log(begun)).toBe(0);
    expect(begun.outputs.outcome).toBe('created');
    const first = await deploymentOnIncident(arn);
    expect(first.event.eventData).toBe(text('Deployment started', '100'));
    expect(first.item.identifier.type).toBe('OTHER');
    expect(first.item.title).toContain('4711');
    expect(first.item.title).toContain('production');
    expect(first.event.eventReferences).toContainEqual({ relatedItemId: first.item.generatedId });
    // Where the deploy began, whichever run wrote it.
    expect(first.event.eventTime).toBe(Date.parse(CREATED_AT) / 1000);

    const succeeded = await mark(arn, 'success', 252, '101');
    expect(succeeded.code, log(succeeded)).toBe(0);
    expect(succeeded.outputs.outcome).toBe('updated');
    expect(succeeded.outputs['event-id']).toBe(first.event.eventId);
    const after = await deploymentOnIncident(arn);
    expect(after.event.eventId).toBe(first.event.eventId);
    expect(after.event.eventData).toBe(text('Deployment succeeded', '101', ' in 4m12s'));
    expect(after.event.eventTime).toBe(first.event.eventTime);
    expect(after.event.eventReferences).toEqual(first.event.eventReferences);
    expect(succeeded.summary).toContain('updated');
  });

  it('keeps a final state when an earlier state arrives after it', async () => {
    const arn = incidentArn('checkout-api', 'out-of-order');
    const succeeded = await mark(arn, 'success', 252, '200');
    expect(succeeded.code, log(succeeded)).toBe(0);
    expect(succeeded.outputs.outcome).toBe('created');
    const late = await mark(arn, 'in_progress', 5, '201');

    expect(late.code, log(late)).toBe(0);
    const { event } = await deploymentOnIncident(arn);
    expect(event.eventData).toBe(text('Deployment succeeded', '200', ' in 4m12s'));
    expect(late.outputs.outcome).toBe('skipped');
    expect(late.outputs.skipped).toBe('true');
    expect(late.outputs['event-id']).toBe(event.eventId);
    expect(parseJson<ResultEntry[]>(late.outputs.results)).toEqual([
      expect.objectContaining({ eventId: event.eventId, action: 'unchanged', error: '' }),
    ]);
    expect(late.stdout).toMatch(/already says the deployment finished/);
  });

  it('writes one event when two states race, and the final one wins', async () => {
    const arn = incidentArn('checkout-api', 'racing');
    const runs = await Promise.all([
      mark(arn, 'in_progress', 5, '300'),
      mark(arn, 'success', 252, '301'),
    ]);

    for (const run of runs) expect(run.code, log(run)).toBe(0);
    const { event } = await deploymentOnIncident(arn);
    expect(event.eventData).toBe(text('Deployment succeeded', '301', ' in 4m12s'));
    expect(runs.map((run) => run.outputs['event-id'])).toEqual([event.eventId, event.eventId]);
  });
});
