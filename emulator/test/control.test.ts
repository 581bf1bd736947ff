import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListResponsePlansCommand,
  ListTimelineEventsCommand,
  StartIncidentCommand,
  type SSMIncidentsClient,
} from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.js';
import {
  ACCESS_KEY_ID,
  ACCOUNT_ID,
  clientFor,
  control,
  failure,
  rawCall,
  startTestEmulator,
  type Json,
} from './helpers.js';

const SEED = {
  responsePlans: [
    {
      name: 'checkout',
      displayName: 'Checkout',
      incidentTemplate: { title: 'Checkout failing', impact: 2 },
    },
  ],
  incidents: [
    {
      responsePlan: 'checkout',
      id: 'incident-1',
      title: 'Seeded',
      creationTime: '2024-05-01T00:00:00Z',
      relatedItems: [{ title: 'Runbook', type: 'OTHER', url: 'https://runbooks.example' }],
    },
    { responsePlan: 'implicit-plan', status: 'RESOLVED', impact: 4, creationTime: 1714600000 },
  ],
};
const SEEDED_ARN = `arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/checkout/incident-1`;

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'emulator-control-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('control API', () => {
  let emulator: RunningEmulator;
  let ssm: SSMIncidentsClient;
  beforeAll(async () => {
    const seedFile = path.join(directory, 'seed.json');
    writeFileSync(seedFile, JSON.stringify(SEED));
    emulator = await startTestEmulator({ seed: seedFile });
    ssm = clientFor(emulator);
  });
  afterAll(async () => {
    ssm.destroy();
    await emulator.close();
  });
  beforeEach(() => control(emulator, 'POST', 'reset'));

  it('serves health, and 404 for unknown control paths', async () => {
    expect(await control(emulator, 'GET', 'health')).toEqual({ status: 200, json: { ok: true } });
    expect((await control(emulator, 'GET', 'nope')).status).toBe(404);
  });

  it('starts from the seed: plans (explicit and implicit), incidents, related items', async () => {
    const { json } = await control(emulator, 'GET', 'state');
    expect(json.responsePlans.map((p: { name: string }) => p.name)).toEqual([
      'checkout',
      'implicit-plan',
    ]);
    expect(json.incidents).toHaveLength(2);
    expect(json.incidents[0]).toMatchObject({
      arn: SEEDED_ARN,
      title: 'Seeded',
      status: 'OPEN',
      impact: 2,
      creationTime: 1714521600,
      relatedItems: [{ title: 'Runbook' }],
      timelineEvents: [],
    });
    expect(json.incidents[1]).toMatchObject({
      status: 'RESOLVED',
      impact: 4,
      title: 'implicit-plan incident',
      resolvedTime: 1714600000,
    });
  });

  it('records API requests in order with operation, status, body and error type; not control calls', async () => {
    await ssm.send(new ListResponsePlansCommand({ maxResults: 5 }));
    await failure(ssm.send(new ListIncidentRecordsCommand({ maxResults: 500 })));
    await fetch(new URL('/nope', emulator.url), { method: 'POST' });
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests).toMatchObject([
      {
        operation: 'ListResponsePlans',
        method: 'POST',
        path: '/listResponsePlans',
        status: 200,
        body: { maxResults: 5 },
      },
      {
        operation: 'ListIncidentRecords',
        status: 400,
        errorType: 'ValidationException',
        body: { maxResults: 500 },
      },
      { operation: 'Unknown', path: '/nope', status: 404, errorType: 'UnknownOperationException' },
    ]);
    expect(Date.parse(json.requests[0].receivedAt)).toBeGreaterThan(0);
    expect(json.requests[0].headers['content-type']).toBe('application/json');
    const filtered = await control(emulator, 'GET', 'requests?operation=ListResponsePlans');
    expect(filtered.json.requests).toHaveLength(1);
    await control(emulator, 'DELETE', 'requests');
    expect((await control(emulator, 'GET', 'requests')).json.requests).toEqual([]);
  });

  it('records GET query parameters', async () => {
    await rawCall(emulator, 'GetIncidentRecord', { arn: SEEDED_ARN });
    const { json } = await control(emulator, 'GET', 'requests?operation=GetIncidentRecord');
    expect(json.requests[0]).toMatchObject({
      method: 'GET',
      query: { arn: SEEDED_ARN },
      status: 200,
      body: null,
    });
  });

  const create = (client = ssm) =>
    client.send(
      new CreateTimelineEventCommand({
        incidentRecordArn: SEEDED_ARN,
        eventTime: new Date(),
        eventType: 'Custom Event',
        eventData: '"x"',
      }),
    );
  const eventCount = async () =>
    (await ssm.send(new ListTimelineEventsCommand({ incidentRecordArn: SEEDED_ARN })))
      .eventSummaries!.length;

  it.each([
    ['throttle', 429, 'ThrottlingException'],
    ['server-error', 500, 'InternalServerException'],
    ['unavailable', 503, 'ServiceUnavailableException'],
  ])('injects %s faults: %i %s, nothing written, recorded', async (type, status, errorType) => {
    await control(emulator, 'POST', 'faults', { type, count: 2, operation: 'CreateTimelineEvent' });
    await ssm.send(new ListResponsePlansCommand({}));
    for (let i = 0; i < 2; i++) {
      const error = await failure(create());
      expect(error.name).toBe(errorType);
      expect(error.$metadata.httpStatusCode).toBe(status);
    }
    await create();
    expect(await eventCount()).toBe(1);
    const { json } = await control(emulator, 'GET', 'requests?operation=CreateTimelineEvent');
    expect(
      json.requests.map((r: { status: number; fault?: string }) => [r.status, r.fault]),
    ).toEqual([
      [status, type],
      [status, type],
      [201, undefined],
    ]);
  });

  it('injects access-denied after authentication: 403 AccessDeniedException in AWS words, not retried, nothing written', async () => {
    await control(emulator, 'POST', 'faults', {
      type: 'access-denied',
      operation: 'CreateTimelineEvent',
    });
    // A call that fails authentication does not use the rule up: IAM never saw it.
    expect((await failure(create(clientFor(emulator, { secretAccessKey: 'wrong' })))).name).toBe(
      'InvalidSignatureException',
    );
    const error = await failure(create(clientFor(emulator, { maxAttempts: 3 })));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.$metadata.attempts).toBe(1);
    expect(error.message).toBe(
      `User: arn:aws:iam::${ACCOUNT_ID}:user/${ACCESS_KEY_ID} is not authorized to perform: ssm-incidents:CreateTimelineEvent on resource: ${SEEDED_ARN} because no identity-based policy allows the ssm-incidents:CreateTimelineEvent action`,
    );
    expect(await eventCount()).toBe(0);
    const { json } = await control(emulator, 'GET', 'requests?operation=CreateTimelineEvent');
    expect(
      json.requests.map((r: { status: number; fault?: string; errorType?: string }) => [
        r.status,
        r.errorType,
        r.fault,
      ]),
    ).toEqual([
      [403, 'InvalidSignatureException', undefined],
      [403, 'AccessDeniedException', 'access-denied'],
    ]);
    const raw = await rawCall(emulator, 'ListResponsePlans', {});
    expect(raw.status).toBe(200);
    await control(emulator, 'POST', 'faults', { type: 'access-denied' });
    const denied = await rawCall(emulator, 'ListResponsePlans', {});
    expect(denied.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(denied.json).toEqual({
      __type: 'AccessDeniedException',
      message: expect.stringContaining('on resource: *'),
    });
    await create();
    expect(await eventCount()).toBe(1);
  });

  it('lets the SDK retry through throttling', async () => {
    await control(emulator, 'POST', 'faults', { type: 'throttle', count: 2 });
    const retrying = clientFor(emulator, { maxAttempts: 3 });
    const result = await create(retrying);
    expect(result.$metadata.attempts).toBe(3);
    expect(await eventCount()).toBe(1);
  });

  it('drops connections without a response', async () => {
    await control(emulator, 'POST', 'faults', { type: 'drop', operation: 'CreateTimelineEvent' });
    const error = await failure(create());
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(await eventCount()).toBe(0);
    const { json } = await control(emulator, 'GET', 'requests?operation=CreateTimelineEvent');
    expect(json.requests[0]).toMatchObject({ status: 0, fault: 'drop' });
  });

  it('adds latency, then handles the call normally', async () => {
    await control(emulator, 'POST', 'faults', { type: 'latency', latencyMs: 150 });
    await create();
    expect(await eventCount()).toBe(1);
    const { json } = await control(emulator, 'GET', 'requests?operation=CreateTimelineEvent');
    expect(json.requests[0]).toMatchObject({ status: 201, fault: 'latency' });
    // The fault's promise is a lower bound, which a slow machine cannot break; how fast the call
    // is otherwise belongs to benchmarks. Timers may fire up to 1 ms early, hence 149.
    expect(json.requests[0].durationMs).toBeGreaterThanOrEqual(149);
  });

  it('consumes rules first-in first-out and lists and clears them', async () => {
    await control(emulator, 'POST', 'faults', { type: 'throttle', count: 1 });
    await control(emulator, 'POST', 'faults', { type: 'server-error', count: 1 });
    expect(
      (await control(emulator, 'GET', 'faults')).json.faults.map((f: { type: string }) => f.type),
    ).toEqual(['throttle', 'server-error']);
    expect((await failure(create())).name).toBe('ThrottlingException');
    expect((await failure(create())).name).toBe('InternalServerException');
    await control(emulator, 'POST', 'faults', { type: 'throttle', count: 5 });
    await control(emulator, 'DELETE', 'faults');
    await create();
  });

  /** Sends `calls` creates and returns the error name of each, or 'ok'. */
  const outcomes = async (calls: number) => {
    const names: string[] = [];
    for (let i = 0; i < calls; i++) {
      names.push(
        await create().then(
          () => 'ok',
          (error: Json) => error.name,
        ),
      );
    }
    return names;
  };

  it('takes every Nth matching call with every, without end', async () => {
    await control(emulator, 'POST', 'faults', {
      type: 'throttle',
      every: 3,
      operation: 'CreateTimelineEvent',
    });
    await ssm.send(new ListResponsePlansCommand({}));
    expect(await outcomes(7)).toEqual([
      'ok',
      'ok',
      'ThrottlingException',
      'ok',
      'ok',
      'ThrottlingException',
      'ok',
    ]);
    expect((await control(emulator, 'GET', 'faults')).json.faults).toEqual([
      {
        id: expect.any(Number),
        type: 'throttle',
        operation: 'CreateTimelineEvent',
        every: 3,
        seen: 7,
      },
    ]);
  });

  it('stops after count calls taken when every and count are both given', async () => {
    await control(emulator, 'POST', 'faults', { type: 'server-error', every: 2, count: 2 });
    expect(await outcomes(6)).toEqual([
      'ok',
      'InternalServerException',
      'ok',
      'InternalServerException',
      'ok',
      'ok',
    ]);
    expect((await control(emulator, 'GET', 'faults')).json.faults).toEqual([]);
  });

  it('lets the calls its cadence skips reach the rules added after it', async () => {
    await control(emulator, 'POST', 'faults', { type: 'throttle', every: 2 });
    await control(emulator, 'POST', 'faults', { type: 'server-error', count: 1 });
    expect(await outcomes(4)).toEqual([
      'InternalServerException',
      'ThrottlingException',
      'ok',
      'ThrottlingException',
    ]);
  });

  it('with every 1, a latency rule delays every answer, which then succeeds', async () => {
    await control(emulator, 'POST', 'faults', { type: 'latency', latencyMs: 5, every: 1 });
    expect(await outcomes(3)).toEqual(['ok', 'ok', 'ok']);
    await ssm.send(new ListResponsePlansCommand({}));
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests.map((r: Json) => [r.operation, r.status, r.fault])).toEqual([
      ['CreateTimelineEvent', 201, 'latency'],
      ['CreateTimelineEvent', 201, 'latency'],
      ['CreateTimelineEvent', 201, 'latency'],
      ['ListResponsePlans', 200, 'latency'],
    ]);
    expect((await control(emulator, 'GET', 'faults')).json.faults).toHaveLength(1);
  });

  it('names what is wrong with a fault specification', async () => {
    for (const [spec, message] of [
      [{ type: 'throttle', every: 0 }, 'every must be a positive integer'],
      [{ type: 'throttle', every: 1.5 }, 'every must be a positive integer'],
      [{ type: 'throttle', every: '2' }, 'every must be a positive integer'],
      [{ type: 'throttle', count: -1 }, 'count must be a positive integer'],
      [{ type: 'throttle', cuont: 2 }, 'Unknown member cuont'],
      [{ type: 'throttle', latencyMs: 5 }, 'latencyMs applies to latency faults only'],
      [{ type: 'drop', retryAfterSeconds: 5 }, 'retryAfterSeconds applies to throttle faults only'],
      [
        { type: 'throttle', retryAfterSeconds: -1 },
        'retryAfterSeconds must be a non-negative integer',
      ],
    ] as const) {
      const { status, json } = await control(emulator, 'POST', 'faults', spec);
      expect(status, JSON.stringify(spec)).toBe(400);
      expect(json.message).toContain(message);
    }
    expect((await control(emulator, 'GET', 'faults')).json.faults).toEqual([]);
  });

  it('rejects bad fault specifications', async () => {
    for (const spec of [
      { type: 'explode' },
      { type: 'throttle', count: 0 },
      { type: 'latency' },
      { type: 'throttle', operation: 'DeleteEverything' },
      { type: 'access-denied', operation: 'GetCallerIdentity' },
    ]) {
      expect((await control(emulator, 'POST', 'faults', spec)).status).toBe(400);
    }
  });

  it('seeds more state on request and reset returns to the seed', async () => {
    const { status, json } = await control(emulator, 'POST', 'seed', {
      responsePlans: [{ name: 'billing', incidentTemplate: { title: 'Billing', impact: 3 } }],
      incidents: [{ responsePlan: 'billing', title: 'Invoices late' }],
      generateIncidents: { count: 3, responsePlan: 'billing', titlePrefix: 'Gen' },
    });
    expect(status).toBe(200);
    expect(json.responsePlans).toEqual([
      `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/billing`,
    ]);
    expect(json.incidents).toHaveLength(4);
    expect(json.generatedIncidents).toBe(3);
    expect(
      (await ssm.send(new ListIncidentRecordsCommand({}))).incidentRecordSummaries,
    ).toHaveLength(6);

    await control(emulator, 'POST', 'faults', { type: 'throttle', count: 10 });
    await control(emulator, 'POST', 'reset');
    expect((await control(emulator, 'GET', 'faults')).json.faults).toEqual([]);
    expect((await control(emulator, 'GET', 'requests')).json.requests).toEqual([]);
    expect(
      (await ssm.send(new ListIncidentRecordsCommand({}))).incidentRecordSummaries,
    ).toHaveLength(2);
  });

  it('rejects a bad seed with 400 and changes nothing', async () => {
    for (const seed of [
      { incidents: [{ responsePlan: 'bad name!' }] },
      { incidents: [{ responsePlan: 'x', impact: 9 }] },
      { responsePlans: [{ name: 'x' }] },
      [],
    ]) {
      const { status, json } = await control(emulator, 'POST', 'seed', seed);
      expect(status, JSON.stringify(seed)).toBe(400);
      expect(json.message).toMatch(/Invalid seed/);
    }
    expect((await control(emulator, 'GET', 'state')).json.incidents).toHaveLength(2);
  });
});

describe('seeding at scale', () => {
  // How long seeding takes is measured by `npm run emulator:load`, not asserted here.
  it('seeds 10,000 incidents and pages through all of them', async () => {
    const emulator = await startTestEmulator();
    const ssm = clientFor(emulator);
    try {
      const { json } = await control(emulator, 'POST', 'seed', {
        generateIncidents: { count: 10_000, responsePlan: 'load', status: 'OPEN' },
      });
      expect(json).toMatchObject({ generatedIncidents: 10_000, incidents: [] });
      let pages = 0;
      const seen = new Set<string>();
      let nextToken: string | undefined;
      do {
        const page = await ssm.send(new ListIncidentRecordsCommand({ maxResults: 100, nextToken }));
        for (const summary of page.incidentRecordSummaries!) seen.add(summary.arn!);
        nextToken = page.nextToken;
        pages++;
      } while (nextToken);
      expect(pages).toBe(100);
      expect(seen.size).toBe(10_000);
    } finally {
      ssm.destroy();
      await emulator.close();
    }
  });
});

describe('state file', () => {
  it('persists every write atomically and restores it after a restart', async () => {
    const stateFile = path.join(directory, 'state.json');
    const first = await startTestEmulator({ state: stateFile });
    let ssm = clientFor(first);
    await first.seed({
      responsePlans: [{ name: 'checkout', incidentTemplate: { title: 'Checkout', impact: 2 } }],
    });
    const { incidentRecordArn } = await ssm.send(
      new StartIncidentCommand({
        responsePlanArn: `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/checkout`,
        clientToken: 'start-1',
      }),
    );
    const createEvent = new CreateTimelineEventCommand({
      incidentRecordArn,
      eventTime: new Date('2024-05-01T00:00:00Z'),
      eventType: 'Note',
      eventData: '"persisted"',
      clientToken: 'event-1',
    });
    const { eventId } = await ssm.send(createEvent);
    // Written before the response was sent, not only on shutdown.
    const onDisk = JSON.parse(readFileSync(stateFile, 'utf8'));
    expect(onDisk.incidents[0].timelineEvents[0].eventId).toBe(eventId);
    expect(existsSync(`${stateFile}.${process.pid}.tmp`)).toBe(false);
    ssm.destroy();
    await first.close();

    const second = await startTestEmulator({ state: stateFile });
    ssm = clientFor(second);
    try {
      const { eventSummaries } = await ssm.send(
        new ListTimelineEventsCommand({ incidentRecordArn }),
      );
      expect(eventSummaries?.map((e) => e.eventId)).toEqual([eventId]);
      // Idempotency tokens survive too: the retry of the same call writes nothing.
      const replay = await ssm.send(createEvent);
      expect(replay.eventId).toBe(eventId);
    } finally {
      ssm.destroy();
      await second.close();
    }
  });
});
