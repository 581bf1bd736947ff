/**
 * The bundle at the edges, on node24 against the emulator: a re-run step recognises its
 * earlier event whatever the ConflictException names (the live service's answer is not
 * documented, so the emulator lets each test choose), an update keeps what it is not asked to
 * change, and link-commit cannot use up the time the write needs.
 */
import { describe, expect, it } from 'vitest';
import { commands, incidentArn, runStep, useBundle } from './helpers.js';

const ARN = incidentArn('checkout-api', 'edges');
const PIPELINE = 'arn:aws:codepipeline:us-east-1:123456789012:checkout';
const SEED = {
  incidents: [{ responsePlan: 'checkout-api', id: 'edges', title: 'Checkout errors', impact: 2 }],
};

describe('edges on node24', () => {
  const { node, emulator, events: eventsOn } = useBundle();
  const step = (options: Omit<Parameters<typeof runStep>[0], 'node' | 'emulator'>) =>
    runStep({ node: node.path, emulator: emulator.current, ...options });
  const events = () => eventsOn(ARN);

  it.each(['event', 'token', 'none'] as const)(
    'a ConflictException that names %s: the re-run step reports the earlier event, and writes no second',
    async (conflictIdentifier) => {
      await emulator.current.seed(SEED);
      await emulator.current.settings({ conflictIdentifier });
      // The same step of the same run attempt, restarted: same token, a new event time.
      const inputs = { 'incident-arn': ARN, status: 'succeeded', environment: 'production' };
      const first = await step({ inputs: { ...inputs, 'event-time': '2026-05-01T12:00:00Z' } });
      const again = await step({ inputs: { ...inputs, 'event-time': '2026-05-01T12:03:00Z' } });
      expect(first.code).toBe(0);
      expect(again.code, again.stdout).toBe(0);
      const written = await events();
      expect(written).toHaveLength(1);
      expect(again.outputs['event-id']).toBe(written[0]!.eventId);
      expect(again.outputs['event-id']).toBe(first.outputs['event-id']);
      expect(again.stdout).toContain('already posted event');
      expect(again.summary).toContain('by an earlier try');
      // The token itself is never read as an event ID.
      const reads = await emulator.current.requests('GetTimelineEvent');
      for (const read of reads) expect(read.query.eventId ?? '').not.toMatch(/^ita-/);
    },
  );

  it('started → succeeded keeps the pipeline, the commit and the type of a Note', async () => {
    await emulator.current.seed(SEED);
    const started = await step({
      inputs: {
        'incident-arn': ARN,
        status: 'started',
        'event-type': 'Note',
        'pipeline-arn': PIPELINE,
      },
    });
    expect(started.code).toBe(0);
    const [before] = await events();
    expect(before?.eventType).toBe('Note');

    const succeeded = await step({
      inputs: {
        'incident-arn': ARN,
        'event-id': started.outputs['event-id']!,
        status: 'succeeded',
      },
    });
    expect(succeeded.code, succeeded.stdout).toBe(0);
    expect(succeeded.outputs.outcome).toBe('updated');
    const after = await events();
    expect(after).toHaveLength(1);
    expect(after[0]?.eventType).toBe('Note');
    expect(JSON.parse(after[0]!.eventData)).toMatch(/^Deployment succeeded: /);
    expect(after[0]?.eventTime).toBe(before?.eventTime);
    expect(new Set(after[0]?.eventReferences?.map((r) => JSON.stringify(r)))).toEqual(
      new Set(before?.eventReferences?.map((r) => JSON.stringify(r))),
    );
    expect(after[0]?.eventReferences).toEqual(
      expect.arrayContaining([{ resource: PIPELINE }, { resource: ARN }]),
    );
    const update = (await emulator.current.requests('UpdateTimelineEvent'))[0]?.body as Record<
      string,
      unknown
    >;
    expect(update).not.toHaveProperty('eventType');
  });

  it('a connection dropped on every attempt is reported as dropped, not as a timeout', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({ type: 'drop', operation: 'CreateTimelineEvent', every: 1 });
    const run = await step({
      inputs: { 'incident-arn': ARN, 'link-commit': 'false', 'max-attempts': '2' },
    });
    expect(run.code).toBe(1);
    const error = commands(run.stdout, 'error').join('\n');
    expect(error).toMatch(
      /CreateTimelineEvent on .* failed after 2 attempts: the connection was dropped \(ECONNRESET\)/,
    );
    expect(error).not.toContain('in time');
  });

  it('link-commit that stalls gets half the time: the event is still written, without it', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({
      type: 'latency',
      operation: 'ListRelatedItems',
      latencyMs: 5_000,
      every: 1,
    });
    const run = await step({
      inputs: { 'incident-arn': ARN, status: 'succeeded' },
      env: {
        INCIDENT_TIMELINE_DEADLINE_MS: '3000',
        INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '10000',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.outcome).toBe('created');
    const warning = commands(run.stdout, 'warning').join('\n');
    expect(warning).toContain('link-commit: could not link the commit');
    expect(warning).toContain('half of the time left');
    const [event] = await events();
    expect(event?.eventReferences ?? []).toEqual([]);
  });
});
