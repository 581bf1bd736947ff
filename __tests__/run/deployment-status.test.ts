/**
 * One event per reported deployment (`deployment_status`), in process against the emulator: what
 * one run of a state does with what it finds. The order of runs and two that race, which take
 * processes of their own, are e2e/deployment-status.test.ts's; the facts, the token and the
 * finality matcher are units (deployment.test.ts).
 */
import { UpdateTimelineEventCommand } from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { INCIDENT_A, TARGETS, results, useEmulatorRun } from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A));

const DEPLOYMENT_URL = 'https://api.github.com/repos/acme/shop/deployments/7';

/** The run of one state of deployment 7, as the workflow run `runId`. */
const mark = (
  state: string,
  runId: string,
  inputs: Record<string, string> = {},
  deployment: Record<string, unknown> = {},
) =>
  action.run({
    inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', ...inputs },
    env: { GITHUB_EVENT_NAME: 'deployment_status', GITHUB_RUN_ID: runId },
    payload: {
      deployment: {
        id: 7,
        url: DEPLOYMENT_URL,
        environment: 'production',
        created_at: '2026-05-01T12:00:00Z',
        ...deployment,
      },
      deployment_status: { state, created_at: '2026-05-01T12:01:30Z' },
    },
  });

const eventText = () => JSON.parse(action.events(INCIDENT_A)[0]?.eventData ?? 'null') as string;

describe('deployment_status: one event per deployment', () => {
  it('writes again when a run of an earlier state overwrote the final state during the pause', async () => {
    await mark('in_progress', '1');
    const [event] = action.events(INCIDENT_A);
    // The earlier state's run, which read the event before the final one wrote, writes after it.
    const overwrite = vi.waitFor(
      async () => {
        const landed = action
          .requests()
          .some((q) => q.operation === 'UpdateTimelineEvent' && q.status === 204);
        if (!landed) throw new Error('the final state is not written yet');
        await action.client.send(
          new UpdateTimelineEventCommand({
            incidentRecordArn: INCIDENT_A,
            eventId: event!.eventId,
            eventData: JSON.stringify('Deployment started: acme/shop'),
          }),
        );
      },
      { timeout: 5_000, interval: 10 },
    );

    const r = await mark('success', '2');
    await overwrite;

    expect(r.failure).toBeUndefined();
    expect(eventText()).toMatch(/^Deployment succeeded: .* in 1m30s/);
    expect(r.outputs.outcome).toBe('updated');
    expect(r.infos.join('\n')).toMatch(/overwrote event .*written again/);
  });

  it('leaves a final state alone, and says so, when a later run is not final', async () => {
    await mark('failure', '1');
    const r = await mark('queued', '2');
    expect(eventText()).toMatch(/^Deployment failed: /);
    expect(action.sent('UpdateTimelineEvent')).toEqual([]);
    expect(r.outputs.outcome).toBe('skipped');
    expect(results(r)[0]).toMatchObject({ action: 'unchanged' });
    expect(r.summary).toContain('already says the deployment finished');
    expect(r.warnings).toEqual([]);
  });

  it('updates whatever the event says when event-data has no {status} to tell by', async () => {
    const inputs = { 'event-data': 'Deploy {environment} took {duration}' };
    await mark('success', '1', inputs);
    const r = await mark('in_progress', '2', inputs);
    expect(r.outputs.outcome).toBe('updated');
    expect(eventText()).toBe('Deploy production took 1m30s');
  });

  it('leaves the duration out when the payload has no creation time', async () => {
    const r = await mark('success', '1', {}, { created_at: 'not a time' });
    expect(r.failure).toBeUndefined();
    expect(eventText()).not.toMatch(/ in \d/);
    expect(action.events(INCIDENT_A)).toHaveLength(1);
  });

  it('marks the state as an event of its own, with a warning, when the deployment cannot be linked', async () => {
    action.fault({ type: 'access-denied', operation: 'UpdateRelatedItems', count: 2 });
    await mark('in_progress', '1');
    const r = await mark('success', '2', { 'link-commit': 'true' });
    expect(action.events(INCIDENT_A)).toHaveLength(2);
    // Linking is tried once: the event of its own does not try it again.
    expect(action.sent('UpdateRelatedItems')).toHaveLength(1);
    expect(r.outputs.outcome).toBe('created');
    expect(r.warnings.join('\n')).toContain('ssm-incidents:UpdateRelatedItems');
    expect(r.warnings.join('\n')).toMatch(/deployment could not be linked.*event of its own/);
  });

  it('writes nothing in a dry run, and says whether it would post, update or leave the event', async () => {
    const dry = { 'dry-run': 'true' };
    const first = await mark('in_progress', '1', dry);
    expect(action.events(INCIDENT_A)).toEqual([]);
    expect(action.incident(INCIDENT_A).relatedItems).toEqual([]);
    expect(first.outputs.outcome).toBe('dry-run');
    expect(first.infos.join('\n')).toMatch(/Would post the deployment's event/);

    await mark('success', '2');
    const [event] = action.events(INCIDENT_A);
    const update = await mark('failure', '3', dry);
    expect(update.infos.join('\n')).toContain(
      `Would update the deployment's event ${event!.eventId}`,
    );
    const leave = await mark('queued', '4', dry);
    expect(leave.infos.join('\n')).toMatch(/Would leave event .* unchanged/);
    for (const r of [update, leave]) {
      expect(r.commands.filter((c) => /^(Create|Update)/.test(c))).toEqual([]);
    }
    expect(eventText()).toMatch(/^Deployment succeeded/);
  });
});
