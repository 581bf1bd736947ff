/**
 * A refused call writes nothing: no record, no token remembered, so the same call again is
 * refused again rather than answered with something half-made.
 */
import {
  CreateReplicationSetCommand,
  CreateResponsePlanCommand,
  ListIncidentRecordsCommand,
  StartIncidentCommand,
  UpdateReplicationSetCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { control, failure, useSharedEmulator } from './helpers.js';

const shared = useSharedEmulator();

const openIncidents = async () =>
  (await shared.ssm.send(new ListIncidentRecordsCommand({}))).incidentRecordSummaries;

describe('StartIncident with a related item twice', () => {
  it('answers ConflictException and starts no incident, again with the same clientToken', async () => {
    const { arn } = await shared.ssm.send(
      new CreateResponsePlanCommand({
        name: 'checkout',
        incidentTemplate: { title: 'Checkout', impact: 2 },
      }),
    );
    const item = {
      identifier: { type: 'OTHER' as const, value: { url: 'https://runbooks.example/checkout' } },
    };
    const start = () =>
      shared.ssm.send(
        new StartIncidentCommand({
          responsePlanArn: arn,
          clientToken: 'start-dup',
          relatedItems: [item, { ...item, title: 'Same item, another title' }],
        }),
      );
    const first = await failure(start());
    expect(first.name).toBe('ConflictException');
    expect(first.message).toContain('relatedItems.2');
    const second = await failure(start());
    expect(second.name).toBe('ConflictException');
    expect(await openIncidents()).toEqual([]);
    const tokens = shared.emulator.state().idempotency.map((record) => record.operation);
    expect(tokens).not.toContain('StartIncident');
  });
});

describe('a seed with a related item twice', () => {
  it('is refused whole, before the incident is made', async () => {
    const before = shared.emulator.state();
    const { status, json } = await control(shared.emulator, 'POST', 'seed', {
      incidents: [
        { responsePlan: 'ok' },
        {
          responsePlan: 'checkout',
          relatedItems: [
            { type: 'OTHER', url: 'https://x.example/a' },
            { type: 'OTHER', url: 'https://x.example/a', title: 'again' },
          ],
        },
      ],
    });
    expect(status).toBe(400);
    expect(json.message).toContain('incidents[1].relatedItems[1]');
    expect(shared.emulator.state()).toEqual(before);
  });
});

describe('replication set calls refused', () => {
  it('write no set, and no region, when a region name is refused', async () => {
    const refused = await failure(
      shared.ssm.send(
        new CreateReplicationSetCommand({
          regions: { 'us-east-1': {}, 'mars-north-9': {} },
          clientToken: 'set-1',
        }),
      ),
    );
    expect(refused.name).toBe('ValidationException');
    // The same token with a valid request is a first call, not a conflict with the refused one.
    const { arn } = await shared.ssm.send(
      new CreateReplicationSetCommand({ regions: { 'us-east-1': {} }, clientToken: 'set-1' }),
    );
    const tooMany = await failure(
      shared.ssm.send(
        new UpdateReplicationSetCommand({
          arn,
          actions: [{ addRegionAction: { regionName: 'us-east-1' } }],
        }),
      ),
    );
    expect(tooMany.name).toBe('ValidationException');
    const tokens = shared.emulator.state().idempotency.map((record) => record.operation);
    expect(tokens.filter((operation) => operation === 'CreateReplicationSet')).toHaveLength(1);
  });
});
