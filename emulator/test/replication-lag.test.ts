/**
 * During replication lag a region acts on what it reads: an event not yet replicated there is,
 * for it, not there, so it can neither read nor delete it.
 */
import {
  CreateTimelineEventCommand,
  DeleteTimelineEventCommand,
  GetTimelineEventCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { clientFor, control, failure, useSharedEmulator } from './helpers.js';

const shared = useSharedEmulator();

describe('deleting an event during replication lag', () => {
  it('in a region that cannot read it yet deletes nothing; where it is read, it is deleted', async () => {
    const seeded = await shared.emulator.seed({ incidents: [{ responsePlan: 'checkout' }] });
    const incidentRecordArn = seeded.incidents[0]!;
    await control(shared.emulator, 'POST', 'settings', { replicationLagMs: 60_000 });
    const east = clientFor(shared.emulator, { region: 'us-east-1' });
    const west = clientFor(shared.emulator, { region: 'us-west-2' });
    try {
      const { eventId } = await east.send(
        new CreateTimelineEventCommand({
          incidentRecordArn,
          eventTime: new Date(),
          eventType: 'Custom Event',
          eventData: '"deploy"',
        }),
      );
      const unread = await failure(
        west.send(new GetTimelineEventCommand({ incidentRecordArn, eventId })),
      );
      expect(unread.name).toBe('ResourceNotFoundException');
      // Idempotent: as for an event already gone, the delete succeeds, and deletes nothing.
      await west.send(new DeleteTimelineEventCommand({ incidentRecordArn, eventId }));
      const { event } = await east.send(
        new GetTimelineEventCommand({ incidentRecordArn, eventId }),
      );
      expect(event?.eventId).toBe(eventId);
      await east.send(new DeleteTimelineEventCommand({ incidentRecordArn, eventId }));
      const gone = await failure(
        east.send(new GetTimelineEventCommand({ incidentRecordArn, eventId })),
      );
      expect(gone.name).toBe('ResourceNotFoundException');
    } finally {
      east.destroy();
      west.destroy();
    }
  });
});
