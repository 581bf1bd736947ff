/**
 * ListTimelineEvents, ListRelatedItems and DeleteTimelineEvent on an incident that does not exist:
 * their documented errors do not include ResourceNotFoundException, so the `unknownIncident`
 * setting chooses the answer, ResourceNotFoundException by default.
 */
import {
  DeleteTimelineEventCommand,
  ListRelatedItemsCommand,
  ListTimelineEventsCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, control, failure, useSharedEmulator } from './helpers.js';

const shared = useSharedEmulator();
const MISSING = `arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/checkout/none`;

const calls = () =>
  [
    shared.ssm.send(new ListTimelineEventsCommand({ incidentRecordArn: MISSING })),
    shared.ssm.send(new ListRelatedItemsCommand({ incidentRecordArn: MISSING })),
    shared.ssm.send(new DeleteTimelineEventCommand({ incidentRecordArn: MISSING, eventId: 'e' })),
  ] as const;

describe('an unknown incident', () => {
  it.each([
    [undefined, 'ResourceNotFoundException'],
    ['not-found', 'ResourceNotFoundException'],
    ['validation', 'ValidationException'],
  ] as const)('with unknownIncident %s answers %s', async (setting, error) => {
    if (setting) await control(shared.emulator, 'POST', 'settings', { unknownIncident: setting });
    for (const call of calls()) {
      const refused = await failure(call);
      expect(refused.name).toBe(error);
      expect(refused.message).toContain(MISSING);
    }
  });

  it('with unknownIncident empty answers empty lists, and the delete succeeds', async () => {
    const { json } = await control(shared.emulator, 'POST', 'settings', {
      unknownIncident: 'empty',
    });
    expect(json.unknownIncident).toBe('empty');
    const [events, items, deleted] = await Promise.all(calls());
    expect(events.eventSummaries).toEqual([]);
    expect(items.relatedItems).toEqual([]);
    expect(deleted.$metadata.httpStatusCode).toBe(204);
  });

  it('refuses another value, naming the accepted ones; a reset restores the default', async () => {
    const { status, json } = await control(shared.emulator, 'POST', 'settings', {
      unknownIncident: 'maybe',
    });
    expect(status).toBe(400);
    expect(json.message).toMatch(/unknownIncident.*not-found.*empty.*validation/);
    await control(shared.emulator, 'POST', 'settings', { unknownIncident: 'empty' });
    await control(shared.emulator, 'POST', 'reset');
    expect((await control(shared.emulator, 'GET', 'settings')).json.unknownIncident).toBe(
      'not-found',
    );
  });
});
