import {
  ConflictException,
  CreateResponsePlanCommand,
  CreateTimelineEventCommand,
  DeleteTimelineEventCommand,
  GetIncidentRecordCommand,
  GetResponsePlanCommand,
  GetTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListRelatedItemsCommand,
  ListResponsePlansCommand,
  ListTimelineEventsCommand,
  paginateListIncidentRecords,
  paginateListTimelineEvents,
  ResourceNotFoundException,
  StartIncidentCommand,
  UpdateIncidentRecordCommand,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
  ValidationException,
  type ListIncidentRecordsCommandInput,
  type ListTimelineEventsCommandInput,
} from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCESS_KEY_ID, ACCOUNT_ID, failure, useSharedEmulator } from './helpers.js';

const shared = useSharedEmulator();

async function createPlan(
  name = 'checkout',
  template = { title: 'Checkout is failing', impact: 2, summary: 'Orders fail' },
) {
  return (
    await shared.ssm.send(
      new CreateResponsePlanCommand({ name, displayName: 'Checkout', incidentTemplate: template }),
    )
  ).arn!;
}

async function startIncident(planArn: string, extra: { title?: string; impact?: number } = {}) {
  return (await shared.ssm.send(new StartIncidentCommand({ responsePlanArn: planArn, ...extra })))
    .incidentRecordArn!;
}

async function createEvent(
  incidentRecordArn: string,
  eventTime: Date,
  eventData = '"deploy"',
  eventType = 'Custom Event',
) {
  return (
    await shared.ssm.send(
      new CreateTimelineEventCommand({ incidentRecordArn, eventTime, eventType, eventData }),
    )
  ).eventId!;
}

describe('response plans', () => {
  it('creates, gets and lists response plans with ARNs in the service form', async () => {
    const arn = await createPlan();
    expect(arn).toBe(`arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/checkout`);
    const plan = await shared.ssm.send(new GetResponsePlanCommand({ arn }));
    expect(plan).toMatchObject({
      arn,
      name: 'checkout',
      displayName: 'Checkout',
      incidentTemplate: { title: 'Checkout is failing', impact: 2 },
    });
    await createPlan('billing');
    const list = await shared.ssm.send(new ListResponsePlansCommand({}));
    expect(list.responsePlanSummaries?.map((p) => p.name)).toEqual(['billing', 'checkout']);
  });

  it('rejects a second plan of the same name with ConflictException', async () => {
    await createPlan();
    const error = await failure(createPlan());
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.$metadata.httpStatusCode).toBe(409);
  });

  it('answers ResourceNotFoundException for an unknown plan', async () => {
    const arn = `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/nope`;
    const error = await failure(shared.ssm.send(new GetResponsePlanCommand({ arn })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ resourceType: 'RESPONSE_PLAN', resourceIdentifier: arn });
    expect(await failure(startIncident(arn))).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('incident records', () => {
  it('starts an OPEN incident with the template defaults and the caller as creator', async () => {
    const planArn = await createPlan();
    const before = Date.now();
    const arn = await startIncident(planArn);
    expect(arn).toMatch(
      new RegExp(
        `^arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/checkout/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
      ),
    );
    const { incidentRecord } = await shared.ssm.send(new GetIncidentRecordCommand({ arn }));
    expect(incidentRecord).toMatchObject({
      arn,
      title: 'Checkout is failing',
      impact: 2,
      summary: 'Orders fail',
      status: 'OPEN',
      incidentRecordSource: {
        createdBy: `arn:aws:iam::${ACCOUNT_ID}:user/${ACCESS_KEY_ID}`,
        source: 'aws.ssm-incidents.custom',
      },
    });
    expect(incidentRecord!.creationTime!.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(incidentRecord!.resolvedTime).toBeUndefined();
  });

  it('lets StartIncident override title and impact and add related items', async () => {
    const planArn = await createPlan();
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({
        responsePlanArn: planArn,
        title: 'Payments down',
        impact: 1,
        relatedItems: [
          {
            title: 'Runbook',
            identifier: { type: 'OTHER', value: { url: 'https://runbooks.example/pay' } },
          },
        ],
      }),
    );
    const { incidentRecord } = await shared.ssm.send(
      new GetIncidentRecordCommand({ arn: incidentRecordArn }),
    );
    expect(incidentRecord).toMatchObject({ title: 'Payments down', impact: 1 });
    const { relatedItems } = await shared.ssm.send(
      new ListRelatedItemsCommand({ incidentRecordArn }),
    );
    expect(relatedItems).toHaveLength(1);
  });

  it('resolves an incident (resolvedTime set) and notes the change on the timeline', async () => {
    const arn = await startIncident(await createPlan());
    await shared.ssm.send(
      new UpdateIncidentRecordCommand({ arn, status: 'RESOLVED', summary: 'Fixed by rollback' }),
    );
    const { incidentRecord } = await shared.ssm.send(new GetIncidentRecordCommand({ arn }));
    expect(incidentRecord).toMatchObject({ status: 'RESOLVED', summary: 'Fixed by rollback' });
    expect(incidentRecord!.resolvedTime).toBeInstanceOf(Date);
    const { eventSummaries } = await shared.ssm.send(
      new ListTimelineEventsCommand({ incidentRecordArn: arn }),
    );
    expect(eventSummaries?.map((e) => e.eventType)).toEqual(['SSM Incident Record Update']);
  });

  it('answers ResourceNotFoundException for an unknown incident', async () => {
    const arn = `arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/checkout/00000000-0000-0000-0000-000000000000`;
    for (const call of [
      shared.ssm.send(new GetIncidentRecordCommand({ arn })),
      shared.ssm.send(new UpdateIncidentRecordCommand({ arn, status: 'RESOLVED' })),
      shared.ssm.send(
        new CreateTimelineEventCommand({
          incidentRecordArn: arn,
          eventTime: new Date(),
          eventType: 'Note',
          eventData: 'x',
        }),
      ),
      shared.ssm.send(new ListTimelineEventsCommand({ incidentRecordArn: arn })),
      shared.ssm.send(new ListRelatedItemsCommand({ incidentRecordArn: arn })),
    ]) {
      const error = await failure(call);
      expect(error.name).toBe('ResourceNotFoundException');
      expect(error.$metadata.httpStatusCode).toBe(404);
      expect(error.resourceType).toBe('INCIDENT_RECORD');
    }
  });
});

describe('ListIncidentRecords', () => {
  async function seedMix() {
    const seeded = await shared.emulator.seed({
      incidents: [
        {
          responsePlan: 'checkout',
          title: 'a',
          impact: 1,
          status: 'OPEN',
          creationTime: '2024-01-01T00:00:00Z',
        },
        {
          responsePlan: 'checkout',
          title: 'b',
          impact: 2,
          status: 'RESOLVED',
          creationTime: '2024-01-02T00:00:00Z',
        },
        {
          responsePlan: 'checkout',
          title: 'c',
          impact: 3,
          status: 'OPEN',
          creationTime: '2024-01-03T00:00:00Z',
          createdBy: 'arn:aws:iam::123456789012:user/alice',
        },
        {
          responsePlan: 'billing',
          title: 'd',
          impact: 1,
          status: 'OPEN',
          creationTime: '2024-01-04T00:00:00Z',
        },
      ],
    });
    return seeded.incidents;
  }
  const titles = async (filters: NonNullable<ListIncidentRecordsCommandInput['filters']>) =>
    (
      await shared.ssm.send(new ListIncidentRecordsCommand({ filters }))
    ).incidentRecordSummaries?.map((s) => s.title);

  it('lists newest first', async () => {
    await seedMix();
    expect(await titles([])).toEqual(['d', 'c', 'b', 'a']);
  });

  it('ORs the values of one filter and ANDs filters', async () => {
    await seedMix();
    expect(
      await titles([{ key: 'impact', condition: { equals: { integerValues: [1, 2] } } }]),
    ).toEqual(['d', 'b', 'a']);
    expect(
      await titles([
        { key: 'impact', condition: { equals: { integerValues: [1, 2] } } },
        { key: 'status', condition: { equals: { stringValues: ['OPEN'] } } },
      ]),
    ).toEqual(['d', 'a']);
    expect(
      await titles([
        {
          key: 'createdBy',
          condition: { equals: { stringValues: ['arn:aws:iam::123456789012:user/alice'] } },
        },
      ]),
    ).toEqual(['c']);
  });

  it('filters creationTime with before and after', async () => {
    await seedMix();
    expect(
      await titles([
        { key: 'creationTime', condition: { after: new Date('2024-01-02T12:00:00Z') } },
      ]),
    ).toEqual(['d', 'c']);
    expect(
      await titles([
        { key: 'creationTime', condition: { after: new Date('2024-01-01T12:00:00Z') } },
        { key: 'creationTime', condition: { before: new Date('2024-01-03T12:00:00Z') } },
      ]),
    ).toEqual(['c', 'b']);
  });

  it('rejects unknown keys, mismatched conditions and more than 5 filters', async () => {
    const cases = [
      [{ key: 'title', condition: { equals: { stringValues: ['x'] } } }],
      [{ key: 'impact', condition: { equals: { stringValues: ['1'] } } }],
      [{ key: 'status', condition: { after: new Date() } }],
      [{ key: 'creationTime', condition: { equals: { integerValues: [1] } } }],
      Array.from({ length: 6 }, () => ({
        key: 'status',
        condition: { equals: { stringValues: ['OPEN'] } },
      })),
    ];
    for (const filters of cases) {
      const error = await failure(shared.ssm.send(new ListIncidentRecordsCommand({ filters })));
      expect(error).toBeInstanceOf(ValidationException);
      expect(error.message).toContain('filters');
    }
  });

  it('pages with opaque tokens, each record exactly once, and rejects forged tokens', async () => {
    await shared.emulator.seed({ generateIncidents: { count: 250, responsePlan: 'checkout' } });
    const first = await shared.ssm.send(new ListIncidentRecordsCommand({ maxResults: 100 }));
    expect(first.incidentRecordSummaries).toHaveLength(100);
    expect(first.nextToken).toBeTruthy();
    expect(first.nextToken).not.toMatch(/^\d+$/);
    const seen: string[] = [];
    for await (const page of paginateListIncidentRecords(
      { client: shared.ssm, pageSize: 100 },
      {},
    )) {
      seen.push(...page.incidentRecordSummaries!.map((s) => s.arn!));
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);

    for (const nextToken of ['100', 'garbage', `${first.nextToken!.slice(0, -2)}xx`]) {
      expect(
        await failure(shared.ssm.send(new ListIncidentRecordsCommand({ nextToken }))),
      ).toBeInstanceOf(ValidationException);
    }
    // A token is bound to the filters of the request that produced it.
    const otherFilters = shared.ssm.send(
      new ListIncidentRecordsCommand({
        nextToken: first.nextToken,
        filters: [{ key: 'status', condition: { equals: { stringValues: ['OPEN'] } } }],
      }),
    );
    expect(await failure(otherFilters)).toBeInstanceOf(ValidationException);
  });

  it('rejects maxResults outside 1..100', async () => {
    for (const maxResults of [0, 101]) {
      const error = await failure(shared.ssm.send(new ListIncidentRecordsCommand({ maxResults })));
      expect(error).toBeInstanceOf(ValidationException);
      expect(error.message).toContain("'maxResults'");
    }
  });
});

describe('timeline events', () => {
  let incident: string;
  beforeEach(async () => {
    incident = await startIncident(await createPlan());
  });

  it('creates (201), gets, updates and deletes an event', async () => {
    const eventTime = new Date('2024-05-01T10:00:00.250Z');
    const created = await shared.ssm.send(
      new CreateTimelineEventCommand({
        incidentRecordArn: incident,
        eventTime,
        eventType: 'Note',
        eventData: '"Deployed v2"',
        eventReferences: [{ resource: incident }],
      }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created.eventId).toMatch(/^[0-9a-f-]{36}$/);
    const { event } = await shared.ssm.send(
      new GetTimelineEventCommand({ incidentRecordArn: incident, eventId: created.eventId }),
    );
    expect(event).toMatchObject({
      eventId: created.eventId,
      eventTime,
      eventType: 'Note',
      eventData: '"Deployed v2"',
      eventReferences: [{ resource: incident }],
    });
    expect(event!.eventUpdatedTime).toBeInstanceOf(Date);

    const updated = await shared.ssm.send(
      new UpdateTimelineEventCommand({
        incidentRecordArn: incident,
        eventId: created.eventId,
        eventData: '"Rolled back"',
        eventReferences: [],
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(204);
    const after = await shared.ssm.send(
      new GetTimelineEventCommand({ incidentRecordArn: incident, eventId: created.eventId }),
    );
    expect(after.event).toMatchObject({
      eventData: '"Rolled back"',
      eventType: 'Note',
      eventReferences: [],
    });
    expect(after.event!.eventUpdatedTime!.getTime()).toBeGreaterThanOrEqual(
      event!.eventUpdatedTime!.getTime(),
    );

    const deleted = await shared.ssm.send(
      new DeleteTimelineEventCommand({ incidentRecordArn: incident, eventId: created.eventId }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const error = await failure(
      shared.ssm.send(
        new GetTimelineEventCommand({ incidentRecordArn: incident, eventId: created.eventId }),
      ),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.resourceType).toBe('TIMELINE_EVENT');
    // DeleteTimelineEvent is idempotent in the model: deleting again succeeds.
    await shared.ssm.send(
      new DeleteTimelineEventCommand({ incidentRecordArn: incident, eventId: created.eventId }),
    );
  });

  it('updates an unknown event with ResourceNotFoundException', async () => {
    const error = await failure(
      shared.ssm.send(
        new UpdateTimelineEventCommand({
          incidentRecordArn: incident,
          eventId: 'nope',
          eventData: 'x',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('only lets callers write Custom Event and Note', async () => {
    const error = await failure(createEvent(incident, new Date(), 'x', 'Deployment'));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toContain('eventType');
  });

  it('sorts by event time, newest first by default, and pages', async () => {
    const base = Date.parse('2024-05-01T00:00:00Z');
    const ids = [];
    for (let i = 0; i < 7; i++)
      ids.push(await createEvent(incident, new Date(base + ((i * 3) % 7) * 60_000), `"${i}"`));
    const times = (summaries: { eventTime?: Date }[] | undefined) =>
      summaries!.map((s) => s.eventTime!.getTime());
    const descending = await shared.ssm.send(
      new ListTimelineEventsCommand({ incidentRecordArn: incident }),
    );
    expect(times(descending.eventSummaries)).toEqual(
      [...times(descending.eventSummaries)].sort((a, b) => b - a),
    );
    const ascending = await shared.ssm.send(
      new ListTimelineEventsCommand({
        incidentRecordArn: incident,
        sortBy: 'EVENT_TIME',
        sortOrder: 'ASCENDING',
      }),
    );
    expect(times(ascending.eventSummaries)).toEqual(
      [...times(ascending.eventSummaries)].sort((a, b) => a - b),
    );

    const paged: string[] = [];
    for await (const page of paginateListTimelineEvents(
      { client: shared.ssm, pageSize: 3 },
      { incidentRecordArn: incident, sortOrder: 'ASCENDING' },
    )) {
      expect(page.eventSummaries!.length).toBeLessThanOrEqual(3);
      paged.push(...page.eventSummaries!.map((e) => e.eventId!));
    }
    expect(paged.sort()).toEqual([...ids].sort());
  });

  it('filters by eventTime and eventType', async () => {
    await createEvent(incident, new Date('2024-05-01T00:00:00Z'), '"a"', 'Custom Event');
    await createEvent(incident, new Date('2024-05-02T00:00:00Z'), '"b"', 'Note');
    await createEvent(incident, new Date('2024-05-03T00:00:00Z'), '"c"', 'Custom Event');
    const list = async (filters: ListTimelineEventsCommandInput['filters']) =>
      (
        await shared.ssm.send(
          new ListTimelineEventsCommand({
            incidentRecordArn: incident,
            filters,
            sortOrder: 'ASCENDING',
          }),
        )
      ).eventSummaries!.map((e) => e.eventTime!.toISOString().slice(0, 10));
    expect(
      await list([{ key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } }]),
    ).toEqual(['2024-05-01', '2024-05-03']);
    expect(
      await list([{ key: 'eventTime', condition: { after: new Date('2024-05-01T12:00:00Z') } }]),
    ).toEqual(['2024-05-02', '2024-05-03']);
    expect(
      await list([
        { key: 'eventTime', condition: { before: new Date('2024-05-02T12:00:00Z') } },
        { key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } },
      ]),
    ).toEqual(['2024-05-01']);
  });

  it('accepts relatedItemId references of the incident only', async () => {
    await shared.ssm.send(
      new UpdateRelatedItemsCommand({
        incidentRecordArn: incident,
        relatedItemsUpdate: {
          itemToAdd: {
            title: 'Commit',
            identifier: { type: 'OTHER', value: { url: 'https://github.com/o/r/commit/abc' } },
          },
        },
      }),
    );
    const { relatedItems } = await shared.ssm.send(
      new ListRelatedItemsCommand({ incidentRecordArn: incident }),
    );
    const relatedItemId = relatedItems![0]!.generatedId!;
    await shared.ssm.send(
      new CreateTimelineEventCommand({
        incidentRecordArn: incident,
        eventTime: new Date(),
        eventType: 'Custom Event',
        eventData: 'x',
        eventReferences: [{ relatedItemId }],
      }),
    );
    const unknown = 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF';
    const error = await failure(
      shared.ssm.send(
        new CreateTimelineEventCommand({
          incidentRecordArn: incident,
          eventTime: new Date(),
          eventType: 'Custom Event',
          eventData: 'x',
          eventReferences: [{ relatedItemId: unknown }],
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toContain('eventReferences.1.member.relatedItemId');
  });

  it('limits eventReferences to 10 and eventData to 12000 characters', async () => {
    const references = Array.from({ length: 11 }, () => ({ resource: incident }));
    const tooMany = await failure(
      shared.ssm.send(
        new CreateTimelineEventCommand({
          incidentRecordArn: incident,
          eventTime: new Date(),
          eventType: 'Note',
          eventData: 'x',
          eventReferences: references,
        }),
      ),
    );
    expect(tooMany.message).toContain(
      "'eventReferences' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
    await createEvent(incident, new Date(), 'x'.repeat(12000));
    const tooLong = await failure(createEvent(incident, new Date(), 'x'.repeat(12001)));
    expect(tooLong.message).toContain(
      "'eventData' failed to satisfy constraint: Member must have length less than or equal to 12000",
    );
  });
});

describe('idempotency', () => {
  it('replays CreateTimelineEvent for the same clientToken and parameters, conflicts otherwise', async () => {
    const incidentRecordArn = await startIncident(await createPlan());
    const input = {
      incidentRecordArn,
      eventTime: new Date('2024-05-01T00:00:00Z'),
      eventType: 'Custom Event',
      eventData: '"deploy"',
      clientToken: 'run-1-attempt-1',
    };
    const first = await shared.ssm.send(new CreateTimelineEventCommand(input));
    const again = await shared.ssm.send(new CreateTimelineEventCommand(input));
    expect(again.eventId).toBe(first.eventId);
    const { eventSummaries } = await shared.ssm.send(
      new ListTimelineEventsCommand({ incidentRecordArn }),
    );
    expect(eventSummaries).toHaveLength(1);

    const error = await failure(
      shared.ssm.send(new CreateTimelineEventCommand({ ...input, eventData: '"other"' })),
    );
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    // What the conflict names is a setting (conflict-identifier.test.ts); by default nothing.
    expect(error.resourceIdentifier).toBeUndefined();
    // Nothing was written by the conflicting call.
    const after = await shared.ssm.send(new ListTimelineEventsCommand({ incidentRecordArn }));
    expect(after.eventSummaries?.map((e) => e.eventId)).toEqual([first.eventId]);
  });

  it('gives every SDK call its own token when none is set', async () => {
    const incidentRecordArn = await startIncident(await createPlan());
    await createEvent(incidentRecordArn, new Date('2024-05-01T00:00:00Z'));
    await createEvent(incidentRecordArn, new Date('2024-05-01T00:00:00Z'));
    const { eventSummaries } = await shared.ssm.send(
      new ListTimelineEventsCommand({ incidentRecordArn }),
    );
    expect(eventSummaries).toHaveLength(2);
  });

  it('replays StartIncident, CreateResponsePlan and the update operations', async () => {
    const plan = {
      name: 'p',
      incidentTemplate: { title: 't', impact: 3 },
      clientToken: 'plan-token',
    };
    const planArn = (await shared.ssm.send(new CreateResponsePlanCommand(plan))).arn!;
    expect((await shared.ssm.send(new CreateResponsePlanCommand(plan))).arn).toBe(planArn);

    const start = { responsePlanArn: planArn, clientToken: 'start-token' };
    const arn = (await shared.ssm.send(new StartIncidentCommand(start))).incidentRecordArn!;
    expect((await shared.ssm.send(new StartIncidentCommand(start))).incidentRecordArn).toBe(arn);
    expect(
      await failure(shared.ssm.send(new StartIncidentCommand({ ...start, title: 'other' }))),
    ).toBeInstanceOf(ConflictException);
    expect(
      (await shared.ssm.send(new ListIncidentRecordsCommand({}))).incidentRecordSummaries,
    ).toHaveLength(1);

    const resolve = { arn, status: 'RESOLVED' as const, clientToken: 'resolve-token' };
    await shared.ssm.send(new UpdateIncidentRecordCommand(resolve));
    const modified = (await shared.ssm.send(new GetIncidentRecordCommand({ arn }))).incidentRecord!
      .lastModifiedTime;
    await shared.ssm.send(new UpdateIncidentRecordCommand(resolve));
    expect(
      (await shared.ssm.send(new GetIncidentRecordCommand({ arn }))).incidentRecord!
        .lastModifiedTime,
    ).toEqual(modified);

    const add = {
      incidentRecordArn: arn,
      clientToken: 'add-token',
      relatedItemsUpdate: {
        itemToAdd: { identifier: { type: 'OTHER' as const, value: { url: 'https://x.example' } } },
      },
    };
    await shared.ssm.send(new UpdateRelatedItemsCommand(add));
    await shared.ssm.send(new UpdateRelatedItemsCommand(add));
    expect(
      (await shared.ssm.send(new ListRelatedItemsCommand({ incidentRecordArn: arn }))).relatedItems,
    ).toHaveLength(1);
  });
});

describe('related items', () => {
  it('adds with a generated ID, rejects duplicates, lists with pages and removes', async () => {
    const incidentRecordArn = await startIncident(await createPlan());
    const add = (
      type: 'OTHER' | 'METRIC' | 'ATTACHMENT',
      value: { url: string } | { metricDefinition: string } | { arn: string },
      title?: string,
    ) =>
      shared.ssm.send(
        new UpdateRelatedItemsCommand({
          incidentRecordArn,
          relatedItemsUpdate: { itemToAdd: { title, identifier: { type, value } } },
        }),
      );
    await add('OTHER', { url: 'https://github.com/o/r/commit/1' }, 'Commit 1');
    await add('METRIC', { metricDefinition: '{"metric":"5xx"}' });
    await add('ATTACHMENT', { arn: 'arn:aws:s3:::bucket/log.txt' });
    const duplicate = await failure(
      add('OTHER', { url: 'https://github.com/o/r/commit/1' }, 'another title'),
    );
    expect(duplicate).toBeInstanceOf(ConflictException);

    const first = await shared.ssm.send(
      new ListRelatedItemsCommand({ incidentRecordArn, maxResults: 2 }),
    );
    expect(first.relatedItems).toHaveLength(2);
    const second = await shared.ssm.send(
      new ListRelatedItemsCommand({ incidentRecordArn, maxResults: 2, nextToken: first.nextToken }),
    );
    expect(second.relatedItems).toHaveLength(1);
    expect(second.nextToken).toBeUndefined();
    const all = [...first.relatedItems!, ...second.relatedItems!];
    expect(all[0]).toMatchObject({
      title: 'Commit 1',
      identifier: { type: 'OTHER', value: { url: 'https://github.com/o/r/commit/1' } },
    });
    for (const item of all)
      expect(item.generatedId).toMatch(
        new RegExp(`^related-item/${item.identifier!.type}/[0-9A-F]{32}$`),
      );

    await shared.ssm.send(
      new UpdateRelatedItemsCommand({
        incidentRecordArn,
        relatedItemsUpdate: {
          itemToRemove: { type: 'METRIC', value: { metricDefinition: '{"metric":"5xx"}' } },
        },
      }),
    );
    const remaining = await shared.ssm.send(new ListRelatedItemsCommand({ incidentRecordArn }));
    expect(remaining.relatedItems?.map((i) => i.identifier?.type)).toEqual(['OTHER', 'ATTACHMENT']);
    const gone = await failure(
      shared.ssm.send(
        new UpdateRelatedItemsCommand({
          incidentRecordArn,
          relatedItemsUpdate: {
            itemToRemove: { type: 'METRIC', value: { metricDefinition: '{"metric":"5xx"}' } },
          },
        }),
      ),
    );
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
  });
});
