/**
 * One region down while the others serve: the emulator takes the region of a call from its
 * signature (the credential scope), records it, and matches fault rules on it. And a lost answer:
 * the call runs and writes, and its connection closes without the answer.
 */
import {
  CreateTimelineEventCommand,
  ListResponsePlansCommand,
} from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/src/index.js';
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
