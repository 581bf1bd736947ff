/**
 * event-id: updating an earlier event changes only what the step is asked to change (the text, the
 * time when given, references merged in), and refuses what it cannot update.
 */
import { UpdateTimelineEventCommand } from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  DEFAULT_TEXT,
  INCIDENT_A,
  INCIDENT_B,
  PIPELINE,
  SUCCEEDED,
  incident,
  results,
  TARGETS,
  useEmulatorRun,
} from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A));

/** Updates `eventId` on INCIDENT_A to the default succeeded text. */
const update = (eventId: string, inputs: Record<string, string> = {}) =>
  action.run({
    inputs: { 'incident-arn': INCIDENT_A, 'event-id': eventId, ...SUCCEEDED, ...inputs },
  });
const sentUpdate = () => action.sent('UpdateTimelineEvent')[0];

describe('event-id: updating an earlier event', () => {
  it('reads the event, then sends UpdateTimelineEvent with the text only: type and references kept', async () => {
    const id = await action.addEvent(INCIDENT_A, {
      eventType: 'Note',
      eventReferences: [{ resource: INCIDENT_A }],
    });
    const r = await update(id, { 'link-commit': 'false' });
    // The two reads go out side by side; the write comes after both.
    expect(r.commands.slice(0, 2).sort()).toEqual(['GetIncidentRecord', 'GetTimelineEvent']);
    expect(r.commands.slice(2)).toEqual(['UpdateTimelineEvent']);
    // Nothing new to reference (the Note already references its incident): references untouched.
    expect(sentUpdate()).toEqual({
      incidentRecordArn: INCIDENT_A,
      eventId: id,
      eventData: JSON.stringify(DEFAULT_TEXT),
      clientToken: expect.stringMatching(/^ita-/),
    });
    expect(action.events(INCIDENT_A)).toMatchObject([
      { eventId: id, eventType: 'Note', eventData: JSON.stringify(DEFAULT_TEXT) },
    ]);
    expect(r.outputs.outcome).toBe('updated');
    expect(r.outputs['event-id']).toBe(id);
    expect(results(r)[0]?.action).toBe('updated');
  });

  it('fails before any write when a search finds several incidents', async () => {
    await action.seed(
      incident(INCIDENT_A, 'one', '2026-05-01T09:00:00Z'),
      incident(INCIDENT_B, 'two', '2026-05-01T10:00:00Z'),
    );
    const r = await action.run({ inputs: { 'event-id': 'evt-1' } });
    expect(r.failure).toMatch(
      /event-id updates one event of one incident, but 2 incidents match: "two" \(.*\), "one"/,
    );
    expect(r.commands).toEqual(['ListIncidentRecords']);
  });
});

describe('an update changes only what it is asked to change', () => {
  it('keeps the references (started → succeeded does not drop the pipeline) and merges the commit in', async () => {
    const other = await action.addRelatedItem(INCIDENT_A, {
      title: 'Error rate',
      identifier: { type: 'METRIC' as never, value: { url: 'https://metrics.example/5xx' } },
    });
    const commit = await action.addRelatedItem(INCIDENT_A);
    const id = await action.addEvent(INCIDENT_A, {
      eventReferences: [{ resource: PIPELINE }, { relatedItemId: other }],
    });
    const r = await update(id);
    expect(r.failure).toBeUndefined();
    expect(sentUpdate()?.eventReferences).toEqual([
      { resource: PIPELINE },
      { relatedItemId: other },
      { relatedItemId: commit },
    ]);
    expect(sentUpdate()).not.toHaveProperty('eventType');
    expect(sentUpdate()).not.toHaveProperty('eventTime');
  });

  it('keeps a Note a Note, with its incident reference', async () => {
    const id = await action.addEvent(INCIDENT_A, {
      eventType: 'Note',
      eventReferences: [{ resource: INCIDENT_A }],
    });
    const r = await update(id, { 'link-commit': 'false', 'event-type': 'Custom Event' });
    expect(r.failure).toBeUndefined();
    expect(sentUpdate()).not.toHaveProperty('eventType');
    expect(sentUpdate()).not.toHaveProperty('eventReferences');
    expect(action.events(INCIDENT_A)[0]).toMatchObject({
      eventType: 'Note',
      eventReferences: [{ resource: INCIDENT_A }],
    });
  });

  it('gives a Note written without it the reference to its incident', async () => {
    const id = await action.addEvent(INCIDENT_A, { eventType: 'Note' });
    const r = await update(id, { 'link-commit': 'false' });
    expect(r.failure).toBeUndefined();
    expect(sentUpdate()?.eventReferences).toEqual([{ resource: INCIDENT_A }]);
  });

  it('refuses, writing nothing at all, when the merged references would pass 10', async () => {
    const nine = Array.from({ length: 9 }, (_, i) => ({
      resource: `arn:aws:lambda:us-east-1:111122223333:function:f${i}`,
    }));
    const id = await action.addEvent(INCIDENT_A, { eventReferences: nine });
    // The commit is not linked yet: it would need UpdateRelatedItems, then one more reference.
    const r = await update(id, { 'pipeline-arn': PIPELINE });
    expect(results(r)[0]?.error).toMatch(
      /has 9 references and this update adds 2, 11 in all; .* at most 10/,
    );
    expect(r.commands).not.toContain('UpdateRelatedItems');
    expect(r.commands).not.toContain('UpdateTimelineEvent');
  });

  it('an event that cannot be read fails the target, with both reads failing', async () => {
    action.fault({ type: 'access-denied', operation: 'ListRelatedItems' });
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const r = await update('c0ffee00-1111-2222-3333-444455556666');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(action.requests().map((q) => [q.operation, q.status])).toEqual(
        expect.arrayContaining([
          ['GetTimelineEvent', 404],
          ['ListRelatedItems', 403],
        ]),
      );
      expect(results(r)[0]?.error).toContain('GetTimelineEvent');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('refuses to update an automatic event', async () => {
    const automatic = await action.addAutomaticEvent(INCIDENT_A);
    const r = await update(automatic, { 'link-commit': 'false' });
    expect(results(r)[0]?.error).toContain("automatic event of type 'SSM Incident Record Update'");
    expect(r.commands).not.toContain('UpdateTimelineEvent');
  });

  it('sends the time only when event-time is given', async () => {
    const id = await action.addEvent(INCIDENT_A);
    await update(id, { 'link-commit': 'false', 'event-time': '2026-05-01T12:30:00Z' });
    expect(sentUpdate()?.eventTime).toBe(Date.parse('2026-05-01T12:30:00Z') / 1000);
  });
});

describe('an update run again', () => {
  it('finds its text already there when the first try wrote it with other references', async () => {
    const id = await action.addEvent(INCIDENT_A);
    // The first try updated the text alone; the second also links the commit, so the same token
    // comes with other references and the service refuses it.
    expect((await update(id, { 'link-commit': 'false' })).outputs.outcome).toBe('updated');
    const r = await update(id);
    expect(action.requests().map((q) => [q.operation, q.status])).toContainEqual([
      'UpdateTimelineEvent',
      409,
    ]);
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('updated');
    expect(results(r)[0]).toMatchObject({ action: 'updated', eventId: id });
    expect(r.infos.join('\n')).toContain(
      `An earlier try of this step already updated event ${id}.`,
    );
    expect(action.events(INCIDENT_A)).toMatchObject([
      { eventId: id, eventData: JSON.stringify(DEFAULT_TEXT) },
    ]);
  });

  it("reports the conflict when the event's text is no longer the one this step writes", async () => {
    const id = await action.addEvent(INCIDENT_A);
    await update(id, { 'link-commit': 'false' });
    await action.client.send(
      new UpdateTimelineEventCommand({
        incidentRecordArn: INCIDENT_A,
        eventId: id,
        eventData: '"Edited by a responder"',
      }),
    );
    const r = await update(id);
    expect(r.outputs.outcome).toBe('failed');
    expect(results(r)[0]).toMatchObject({ action: 'failed', eventId: id });
    expect(results(r)[0]?.error).toMatch(/UpdateTimelineEvent/);
    expect(r.infos.join('\n')).not.toContain('already updated');
    expect(action.events(INCIDENT_A)[0]?.eventData).toBe('"Edited by a responder"');
  });

  it('with another text (started, then succeeded) updates again', async () => {
    const id = await action.addEvent(INCIDENT_A);
    await update(id, { 'link-commit': 'false', status: 'started' });
    const r = await update(id, { 'link-commit': 'false' });
    expect(r.outputs.outcome).toBe('updated');
    expect(action.events(INCIDENT_A)[0]?.eventData).toBe(JSON.stringify(DEFAULT_TEXT));
  });

  it('a refusal other than a reused token fails, even when the event already has the text', async () => {
    const id = await action.addEvent(INCIDENT_A, { eventData: JSON.stringify(DEFAULT_TEXT) });
    action.fault({ type: 'access-denied', operation: 'UpdateTimelineEvent' });
    const r = await update(id, { 'link-commit': 'false' });
    expect(r.outputs.outcome).toBe('failed');
    expect(results(r)[0]?.error).toContain('UpdateTimelineEvent was denied');
    expect(r.infos.join('\n')).not.toContain('already updated');
  });
});
