/**
 * What an event references: the commit linked as a related item (link-commit), the incident of a
 * Note, `references`, `pipeline-arn` and the CodeBuild build, each once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  COMMIT_URL,
  INCIDENT_A,
  INCIDENT_B,
  commitItem,
  TARGETS,
  useEmulatorRun,
} from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B));

type Sent = { incidentRecordArn: string; eventType?: string; eventReferences?: unknown[] };
const created = () => action.sent<Sent>('CreateTimelineEvent');
const commitItemId = () =>
  action.incident(INCIDENT_A).relatedItems.find((i) => i.identifier.value.url === COMMIT_URL)
    ?.generatedId;

describe('link-commit', () => {
  it('reuses a related item that already has the commit URL', async () => {
    await action.addRelatedItem(INCIDENT_A, {
      title: 'Runbook',
      identifier: { type: 'OTHER', value: { url: 'https://example.com/runbook' } },
    });
    const commit = await action.addRelatedItem(INCIDENT_A);
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.failure).toBeUndefined();
    expect(r.commands).not.toContain('UpdateRelatedItems');
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: commit }]);
  });

  it('adds the commit when absent and references the generatedId read back', async () => {
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.commands).toEqual([
      'GetIncidentRecord',
      'ListRelatedItems',
      'UpdateRelatedItems',
      'ListRelatedItems',
      'CreateTimelineEvent',
    ]);
    const update = action.sent<{ clientToken: string }>('UpdateRelatedItems')[0];
    expect(update).toEqual({
      incidentRecordArn: INCIDENT_A,
      clientToken: expect.stringMatching(/^ita-[0-9a-f]{64}$/),
      relatedItemsUpdate: { itemToAdd: commitItem },
    });
    expect(update?.clientToken).not.toBe(action.sent('CreateTimelineEvent')[0]?.clientToken);
    expect(commitItemId()).toMatch(/^related-item\//);
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: commitItemId() }]);
  });

  it('degrades to a warning when related items are denied, and still posts the event', async () => {
    action.fault({ type: 'access-denied', operation: 'ListRelatedItems' });
    const r = await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        'pipeline-arn': 'arn:aws:codepipeline:us-east-1:111122223333:shop',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(
      /link-commit: could not link the commit[\s\S]*ssm-incidents:ListRelatedItems/,
    );
    expect(r.commands).not.toContain('UpdateRelatedItems');
    expect(created()[0]?.eventReferences).toEqual([
      { resource: 'arn:aws:codepipeline:us-east-1:111122223333:shop' },
    ]);
    expect(r.outputs.outcome).toBe('created');
  });

  it('a link-commit that stalls gets half the time: the event is still written, without it', async () => {
    action.fault({ type: 'latency', operation: 'ListRelatedItems', latencyMs: 3_000, every: 1 });
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A },
      env: { INCIDENT_TIMELINE_DEADLINE_MS: '2000', INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '10000' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('created');
    expect(r.warnings.join('\n')).toMatch(/^link-commit: could not link the commit/);
    expect(r.warnings.join('\n')).toContain('half of the time left');
    expect(created()[0]?.eventReferences ?? []).toEqual([]);
    // The stalled read is over before the next test resets the emulator.
    await vi.waitFor(() => expect(action.requests().every((q) => q.status !== null)).toBe(true), {
      timeout: 5_000,
    });
  });

  it('degrades to a warning when adding the item is denied', async () => {
    action.fault({ type: 'access-denied', operation: 'UpdateRelatedItems' });
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toContain('ssm-incidents:UpdateRelatedItems');
    expect(created()[0]).not.toHaveProperty('eventReferences');
  });

  it('uses the item a parallel job added when UpdateRelatedItems conflicts', async () => {
    // The step's UpdateRelatedItems is held while another job adds the same commit.
    action.fault({ type: 'latency', latencyMs: 300, operation: 'UpdateRelatedItems' });
    const step = action.run({ inputs: { 'incident-arn': INCIDENT_A } });
    await vi.waitFor(() => {
      if (!action.requests().some((q) => q.operation === 'UpdateRelatedItems'))
        throw new Error('the step has not asked to add the commit yet');
    });
    const parallel = await action.addRelatedItem(INCIDENT_A);
    const r = await step;
    expect(
      action
        .requests()
        .filter((q) => q.operation === 'UpdateRelatedItems')
        .map((q) => q.errorType),
    ).toEqual(['ConflictException', undefined]);
    expect(r.warnings).toEqual([]);
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: parallel }]);
  });
});

describe('references', () => {
  it('a Note references the incident itself', async () => {
    await action.run({
      inputs: {
        'incident-arn': `${INCIDENT_A}\n${INCIDENT_B}`,
        'event-type': 'Note',
        'link-commit': 'false',
      },
    });
    const byIncident = created().sort((x, y) =>
      x.incidentRecordArn < y.incidentRecordArn ? -1 : 1,
    );
    expect(byIncident.map((c) => [c.eventType, c.eventReferences])).toEqual([
      ['Note', [{ resource: INCIDENT_A }]],
      ['Note', [{ resource: INCIDENT_B }]],
    ]);
  });

  it('adds pipeline-arn and CODEBUILD_BUILD_ARN as resources, once each', async () => {
    const commit = await action.addRelatedItem(INCIDENT_A);
    const runbook = await action.addRelatedItem(INCIDENT_A, {
      title: 'Runbook',
      identifier: { type: 'ATTACHMENT' as never, value: { url: 'https://example.com/runbook' } },
    });
    const pipeline = 'arn:aws:codepipeline:us-east-1:111122223333:shop-release';
    const build = 'arn:aws:codebuild:us-east-1:111122223333:build/shop:0b1c2d3e';
    await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        'event-type': 'Note',
        references: JSON.stringify([
          pipeline,
          { relatedItemId: runbook },
          { resource: INCIDENT_A },
          runbook,
        ]),
        'pipeline-arn': pipeline,
      },
      env: { CODEBUILD_BUILD_ARN: build },
    });
    expect(created()[0]?.eventReferences).toEqual([
      { resource: pipeline },
      { relatedItemId: runbook },
      { resource: INCIDENT_A },
      { resource: build },
      { relatedItemId: commit },
    ]);
  });
});

describe('https:// references', () => {
  it('adds each URL once, with its own token, and references all of them with the commit', async () => {
    const r = await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        references:
          '[Dashboard](https://grafana.example/d/shop)\nhttps://status.example/incidents/7',
      },
    });
    expect(r.warnings).toEqual([]);
    const adds = action.sent<{ clientToken: string; relatedItemsUpdate: { itemToAdd: unknown } }>(
      'UpdateRelatedItems',
    );
    expect(adds.map((a) => a.relatedItemsUpdate.itemToAdd)).toEqual([
      commitItem,
      {
        title: 'Dashboard',
        identifier: { type: 'OTHER', value: { url: 'https://grafana.example/d/shop' } },
      },
      // Untitled: the console shows the URL.
      { identifier: { type: 'OTHER', value: { url: 'https://status.example/incidents/7' } } },
    ]);
    expect(new Set(adds.map((a) => a.clientToken)).size).toBe(3);
    const ids = action.incident(INCIDENT_A).relatedItems.map((i) => i.generatedId);
    expect(ids).toHaveLength(3);
    expect(created()[0]?.eventReferences).toEqual(ids.map((relatedItemId) => ({ relatedItemId })));
    expect(r.infos).toEqual(
      expect.arrayContaining([
        'Linked the commit as a related item.',
        'Linked https://grafana.example/d/shop as a related item.',
        'Linked https://status.example/incidents/7 as a related item.',
      ]),
    );

    // A new attempt of the workflow: a new event, referencing the same items, none added again.
    const again = await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        references:
          '[Dashboard](https://grafana.example/d/shop)\nhttps://status.example/incidents/7',
      },
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(again.warnings).toEqual([]);
    expect(action.sent('UpdateRelatedItems')).toEqual([]);
    expect(action.incident(INCIDENT_A).relatedItems).toHaveLength(3);
    expect(created()[0]?.eventReferences).toEqual(ids.map((relatedItemId) => ({ relatedItemId })));
  });
});

describe('each reference once', () => {
  it('a references URL that is the commit: one related item, referenced once', async () => {
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, references: `[This deploy](${COMMIT_URL})` },
    });
    expect(r.failure).toBeUndefined();
    expect(action.sent('UpdateRelatedItems')).toHaveLength(1);
    const items = action.incident(INCIDENT_A).relatedItems;
    expect(items).toHaveLength(1);
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: items[0]?.generatedId }]);
  });

  it("a related item ID given in references that is a link's: referenced once", async () => {
    const id = await action.addRelatedItem(INCIDENT_A, commitItem);
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A, references: id } });
    expect(r.failure).toBeUndefined();
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: id }]);
  });
});
