/**
 * One region down while the others serve: the emulator takes the region of a call from its
 * signature (the credential scope), records it, and matches fault rules on it. And a lost answer:
 * the call runs and writes, and its connection closes without the answer. And replication: what
 * one region writes is read in the others after the lag a test sets, and a client token is known
 * where it was used or everywhere, as a setting chooses.
 */
import {
  CreateReplicationSetCommand,
  CreateTimelineEventCommand,
  DeleteReplicationSetCommand,
  GetReplicationSetCommand,
  ListReplicationSetsCommand,
  ListRelatedItemsCommand,
  ListResponsePlansCommand,
  ListTimelineEventsCommand,
  UpdateRelatedItemsCommand,
  UpdateReplicationSetCommand,
} from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { clientFor, control, failure } from './helpers.js';

let emulator: RunningEmulator;
beforeAll(async () => {
  // Without a key pair: every region's signature is accepted, as the SDKs sign with endpoint-url.
  emulator = await startEmulator({ quiet: true, port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe('a region down', () => {
  it('drops the calls of us-east-1 and serves us-west-2, recording each region', async () => {
    const rule = await control(emulator, 'POST', 'faults', {
      type: 'drop',
      region: 'us-east-1',
      every: 1,
    });
    expect(rule.status).toBe(200);
    expect(rule.json.fault).toMatchObject({ type: 'drop', region: 'us-east-1', every: 1 });
    const east = clientFor(emulator, { region: 'us-east-1' });
    const west = clientFor(emulator, { region: 'us-west-2' });
    const dropped = await failure(east.send(new ListResponsePlansCommand({})));
    expect(dropped.code ?? dropped.name).toMatch(/ECONNRESET|socket hang up|TimeoutError|EPIPE/);
    await expect(west.send(new ListResponsePlansCommand({}))).resolves.toBeDefined();
    const { json } = await control(emulator, 'GET', 'requests');
    expect(
      json.requests.map((r: { region?: string; status: number }) => [r.region, r.status]),
    ).toEqual([
      ['us-east-1', 0],
      ['us-west-2', 200],
    ]);
    east.destroy();
    west.destroy();
  });

  it('refuses a region that is not a region name', async () => {
    const { status, json } = await control(emulator, 'POST', 'faults', {
      type: 'drop',
      region: 'Virginia',
    });
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toContain('region must be a region name');
  });
});

describe('a lost answer', () => {
  it('writes the event, then closes the connection without the answer', async () => {
    const seeded = await control(emulator, 'POST', 'seed', {
      incidents: [{ responsePlan: 'checkout-api', id: 'lost', title: 'Checkout', impact: 2 }],
    });
    const arn = seeded.json.incidents[0] as string;
    await control(emulator, 'POST', 'faults', {
      type: 'lose-answer',
      operation: 'CreateTimelineEvent',
      region: 'us-east-1',
    });
    const east = clientFor(emulator, { region: 'us-east-1' });
    const lost = await failure(
      east.send(
        new CreateTimelineEventCommand({
          incidentRecordArn: arn,
          eventTime: new Date(),
          eventType: 'Custom Event',
          eventData: '"Deploy"',
          clientToken: 'lost-answer-token',
        }),
      ),
    );
    expect(lost.$metadata?.httpStatusCode).toBeUndefined();
    const { json: state } = await control(emulator, 'GET', 'state');
    const events = state.incidents[0].timelineEvents.filter(
      (e: { eventType: string }) => e.eventType === 'Custom Event',
    );
    expect(events).toHaveLength(1);
    const { json } = await control(emulator, 'GET', 'requests?operation=CreateTimelineEvent');
    expect(json.requests[0]).toMatchObject({
      status: 0,
      fault: 'lose-answer',
      region: 'us-east-1',
    });
    east.destroy();
  });
});

describe('replication across regions', () => {
  async function createIn(region: string, token: string, arn: string) {
    const client = clientFor(emulator, { region });
    try {
      return await client.send(
        new CreateTimelineEventCommand({
          incidentRecordArn: arn,
          eventTime: new Date(0),
          eventType: 'Custom Event',
          eventData: '"Deploy"',
          clientToken: token,
        }),
      );
    } finally {
      client.destroy();
    }
  }
  async function eventsIn(region: string, arn: string) {
    const client = clientFor(emulator, { region });
    try {
      const { eventSummaries } = await client.send(
        new ListTimelineEventsCommand({
          incidentRecordArn: arn,
          filters: [
            { key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } },
          ],
        }),
      );
      return (eventSummaries ?? []).map((e) => e.eventId);
    } finally {
      client.destroy();
    }
  }
  const seedOne = async () =>
    (
      await control(emulator, 'POST', 'seed', {
        incidents: [{ responsePlan: 'checkout-api', id: 'repl', title: 'Checkout', impact: 2 }],
      })
    ).json.incidents[0] as string;

  it('an event written in one region is read in another after the lag, at once where written', async () => {
    const arn = await seedOne();
    await control(emulator, 'POST', 'settings', { replicationLagMs: 400 });
    const { eventId } = await createIn('us-east-1', 'repl-1', arn);
    expect(await eventsIn('us-east-1', arn)).toEqual([eventId]);
    expect(await eventsIn('us-west-2', arn)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await eventsIn('us-west-2', arn)).toEqual([eventId]);
  });

  it('lag 0 by default: read everywhere at once', async () => {
    const arn = await seedOne();
    const { eventId } = await createIn('eu-west-1', 'repl-2', arn);
    expect(await eventsIn('us-west-2', arn)).toEqual([eventId]);
  });

  it.each([
    ['region', 2],
    ['global', 1],
  ] as const)(
    'client tokens scoped %s: the same create in two regions writes %i event(s)',
    async (scope, count) => {
      const arn = await seedOne();
      const { json } = await control(emulator, 'POST', 'settings', { clientTokenScope: scope });
      expect(json.clientTokenScope).toBe(scope);
      const first = await createIn('us-east-1', 'same-token', arn);
      const second = await createIn('us-west-2', 'same-token', arn);
      expect(new Set([first.eventId, second.eventId]).size).toBe(count);
      expect(await eventsIn('us-east-1', arn)).toHaveLength(count);
    },
  );

  it('refuses a bad lag or scope', async () => {
    for (const body of [{ replicationLagMs: -1 }, { clientTokenScope: 'planet' }]) {
      const { status } = await control(emulator, 'POST', 'settings', body);
      expect(status).toBe(400);
    }
  });
});

describe('the replication set', () => {
  it('is created, read, listed, updated and deleted as the model shapes it; one a account', async () => {
    const east = clientFor(emulator, { region: 'us-east-1' });
    const west = clientFor(emulator, { region: 'us-west-2' });
    try {
      const { arn } = await east.send(
        new CreateReplicationSetCommand({
          regions: { 'us-east-1': {}, 'us-west-2': { sseKmsKeyId: 'alias/incidents' } },
        }),
      );
      expect(arn).toMatch(/^arn:aws:ssm-incidents::123456789012:replication-set\/[0-9a-f-]{36}$/);
      const again = await failure(
        east.send(new CreateReplicationSetCommand({ regions: { 'eu-west-1': {} } })),
      );
      expect(again.name).toBe('ConflictException');
      // Read in any region of the set.
      const { replicationSet } = await west.send(new GetReplicationSetCommand({ arn }));
      expect(replicationSet).toMatchObject({
        arn,
        status: 'ACTIVE',
        deletionProtected: false,
        regionMap: {
          'us-east-1': { status: 'ACTIVE', sseKmsKeyId: 'DefaultKey' },
          'us-west-2': { status: 'ACTIVE', sseKmsKeyId: 'alias/incidents' },
        },
      });
      expect(replicationSet?.createdTime).toBeInstanceOf(Date);
      expect((await east.send(new ListReplicationSetsCommand({}))).replicationSetArns).toEqual([
        arn,
      ]);
      await east.send(
        new UpdateReplicationSetCommand({
          arn,
          actions: [{ addRegionAction: { regionName: 'eu-west-1' } }],
        }),
      );
      const fourth = await failure(
        east.send(
          new UpdateReplicationSetCommand({
            arn,
            actions: [{ addRegionAction: { regionName: 'ap-south-1' } }],
          }),
        ),
      );
      expect(fourth.name).toBe('ValidationException');
      expect(fourth.message).toContain('at most 3 regions');
      await east.send(new DeleteReplicationSetCommand({ arn }));
      expect((await east.send(new ListReplicationSetsCommand({}))).replicationSetArns).toEqual([]);
      const gone = await failure(east.send(new GetReplicationSetCommand({ arn })));
      expect(gone.name).toBe('ResourceNotFoundException');
    } finally {
      east.destroy();
      west.destroy();
    }
  });

  it.each([
    ['not-found', 'ResourceNotFoundException'],
    ['access-denied', 'AccessDeniedException'],
    ['serve', undefined],
  ] as const)(
    'a region outside the set answers as outsideRegion %s chooses',
    async (answer, error) => {
      await control(emulator, 'POST', 'settings', { outsideRegion: answer });
      const east = clientFor(emulator, { region: 'us-east-1' });
      const tokyo = clientFor(emulator, { region: 'ap-northeast-1' });
      try {
        await east.send(new CreateReplicationSetCommand({ regions: { 'us-east-1': {} } }));
        await expect(east.send(new ListResponsePlansCommand({}))).resolves.toBeDefined();
        const outside = tokyo.send(new ListResponsePlansCommand({}));
        if (error) expect((await failure(outside)).name).toBe(error);
        else await expect(outside).resolves.toBeDefined();
        // The set's own operations answer everywhere: they are how a region joins it.
        await expect(tokyo.send(new ListReplicationSetsCommand({}))).resolves.toBeDefined();
      } finally {
        east.destroy();
        tokyo.destroy();
      }
    },
  );
});

describe('related items across regions', () => {
  it('replicate with the lag: not yet seen elsewhere, so they can be added there again', async () => {
    const seeded = await control(emulator, 'POST', 'seed', {
      incidents: [{ responsePlan: 'checkout-api', id: 'items', title: 'Checkout', impact: 2 }],
    });
    const arn = seeded.json.incidents[0] as string;
    await control(emulator, 'POST', 'settings', { replicationLagMs: 60_000 });
    const add = (region: string) => {
      const client = clientFor(emulator, { region });
      return client
        .send(
          new UpdateRelatedItemsCommand({
            incidentRecordArn: arn,
            relatedItemsUpdate: {
              itemToAdd: { identifier: { type: 'OTHER', value: { url: 'https://x.example/c' } } },
            },
          }),
        )
        .finally(() => client.destroy());
    };
    const list = async (region: string) => {
      const client = clientFor(emulator, { region });
      try {
        return (await client.send(new ListRelatedItemsCommand({ incidentRecordArn: arn })))
          .relatedItems;
      } finally {
        client.destroy();
      }
    };
    await add('us-east-1');
    expect(await list('us-east-1')).toHaveLength(1);
    expect(await list('us-west-2')).toEqual([]);
    expect((await failure(add('us-east-1'))).name).toBe('ConflictException');
    await add('us-west-2');
    expect(await list('us-west-2')).toHaveLength(1);
  });
});
