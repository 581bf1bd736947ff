/**
 * A JSON null for an optional member is the member left out, as the service reads it: never
 * stored, never echoed, never a 500. Sent raw, since the SDKs leave such members out themselves.
 */
import { describe, expect, it } from 'vitest';
import type { ServedOperation } from '../src/model/service-model.generated.js';
import { rawCall, useSharedEmulator, type Json } from './helpers.js';

const shared = useSharedEmulator();

async function seedIncident() {
  const seeded = await shared.emulator.seed({
    incidents: [{ responsePlan: 'checkout', title: 'Checkout', impact: 2 }],
  });
  return seeded.incidents[0]!;
}

async function ok(operation: ServedOperation, input: Record<string, unknown>): Promise<Json> {
  const response = await rawCall(shared.emulator, operation, input);
  expect(response.status, `${operation}: ${response.text}`).toBeLessThan(300);
  return response.json ?? {};
}

describe('"nextToken": null', () => {
  it('is the first page, on every list operation', async () => {
    const arn = await seedIncident();
    const planArn = shared.emulator.state().responsePlans[0]!.arn;
    const lists: [ServedOperation, Record<string, unknown>, string][] = [
      ['ListIncidentRecords', {}, 'incidentRecordSummaries'],
      ['ListResponsePlans', {}, 'responsePlanSummaries'],
      ['ListTimelineEvents', { incidentRecordArn: arn }, 'eventSummaries'],
      ['ListRelatedItems', { incidentRecordArn: arn }, 'relatedItems'],
      ['ListIncidentFindings', { incidentRecordArn: arn }, 'findings'],
      ['ListReplicationSets', {}, 'replicationSetArns'],
      ['GetResourcePolicies', { resourceArn: planArn }, 'resourcePolicies'],
    ];
    for (const [operation, input, member] of lists) {
      const answer = await ok(operation, { ...input, nextToken: null, maxResults: null });
      expect(answer[member], operation).toBeInstanceOf(Array);
    }
  });
});

describe('null members of an update', () => {
  it('UpdateIncidentRecord: title, impact and status stay, and the timeline notes only what changed', async () => {
    const arn = await seedIncident();
    await ok('UpdateIncidentRecord', {
      arn,
      title: null,
      impact: null,
      status: null,
      summary: 'Rolled back',
      chatChannel: null,
    });
    const { incidentRecord } = await ok('GetIncidentRecord', { arn });
    expect(incidentRecord).toMatchObject({ title: 'Checkout', impact: 2, status: 'OPEN' });
    expect(incidentRecord).not.toHaveProperty('chatChannel');
    const incident = shared.emulator.state().incidents[0]!;
    const notes = incident.timelineEvents.map((e) => JSON.parse(e.eventData));
    expect(notes).toHaveLength(1);
    expect(notes[0].modifiedAttributes).toEqual([
      expect.objectContaining({ attributeName: 'summary', newValue: 'Rolled back' }),
    ]);
  });

  it('UpdateTimelineEvent: eventData, eventTime and eventType stay (a null eventType is no refusal)', async () => {
    const arn = await seedIncident();
    const { eventId } = await ok('CreateTimelineEvent', {
      incidentRecordArn: arn,
      eventTime: 1777629600,
      eventType: 'Custom Event',
      eventData: '"deploy"',
    });
    await ok('UpdateTimelineEvent', {
      incidentRecordArn: arn,
      eventId,
      eventData: null,
      eventTime: null,
      eventType: null,
      eventReferences: null,
    });
    const { event } = await ok('GetTimelineEvent', { incidentRecordArn: arn, eventId });
    expect(event).toMatchObject({
      eventData: '"deploy"',
      eventTime: 1777629600,
      eventType: 'Custom Event',
    });
    expect(event).not.toHaveProperty('eventReferences');
  });

  it('UpdateResponsePlan and StartIncident: nothing null is stored in the plan or the record', async () => {
    await seedIncident();
    const planArn = shared.emulator.state().responsePlans[0]!.arn;
    await ok('UpdateResponsePlan', {
      arn: planArn,
      displayName: null,
      incidentTemplateTitle: null,
      chatChannel: null,
      incidentTemplateTags: null,
    });
    const { incidentRecordArn } = await ok('StartIncident', {
      responsePlanArn: planArn,
      title: null,
      impact: null,
      relatedItems: null,
      triggerDetails: null,
    });
    expect(JSON.stringify(shared.emulator.state())).not.toContain('null');
    const { incidentRecord } = await ok('GetIncidentRecord', { arn: incidentRecordArn });
    expect(incidentRecord.title).toBe('checkout incident');
  });
});
