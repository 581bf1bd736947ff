/**
 * Units of the Incident Manager calls (aws/incidents): what each call sends, what it makes of the
 * answer, the operation and resource its failure names, its debug line, and how a call goes on in
 * the next region. The client is aws-sdk-client-mock's.
 */
import {
  CreateTimelineEventCommand,
  GetIncidentRecordCommand,
  GetTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListRelatedItemsCommand,
  ListResponsePlansCommand,
  ListTimelineEventsCommand,
  SSMIncidentsClient,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
  type RelatedItem,
} from '@aws-sdk/client-ssm-incidents';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AwsCallError } from '../src/aws/call-error.js';
import { IncidentsApi } from '../src/aws/incidents.js';
import { RegionFailoverError, RegionRoute } from '../src/aws/regions.js';
import { Deadline } from '../src/runtime/deadline.js';

const ssm = mockClient(SSMIncidentsClient);
const ARN = 'arn:aws:ssm-incidents::111122223333:incident-record/p/i';
const LIMITS = { connectMs: 1_000, attemptMs: 2_000, deadlineMs: 60_000 };

function apiIn(regions: string[], maxAttempts?: number) {
  const debug = vi.fn<(message: string) => void>();
  const route = new RegionRoute(
    regions,
    new Deadline(60_000),
    async (region) =>
      new SSMIncidentsClient({
        region,
        credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
      }),
  );
  const api = new IncidentsApi(route, LIMITS, debug, maxAttempts);
  return { api, debug };
}

const refused = () => Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
const denied = () =>
  Object.assign(new Error('no'), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 403 },
  });

beforeEach(() => {
  ssm.reset();
});

describe('reads', () => {
  it('getIncident reads the record and keeps what it documents', async () => {
    ssm.on(GetIncidentRecordCommand).resolves({
      incidentRecord: {
        arn: 'ignored',
        title: 'Checkout down',
        impact: 1,
        status: 'OPEN',
        creationTime: new Date(0),
      } as never,
    });
    const { api, debug } = apiIn(['us-east-1']);
    expect(await api.getIncident(ARN)).toEqual({
      arn: ARN,
      title: 'Checkout down',
      impact: 1,
      status: 'OPEN',
      creationTime: new Date(0),
    });
    expect(ssm.commandCalls(GetIncidentRecordCommand)[0]?.args[0].input).toEqual({ arn: ARN });
    expect(debug).toHaveBeenCalledWith(`GetIncidentRecord ${ARN}`);
    ssm.on(GetIncidentRecordCommand).resolves({});
    expect(await api.getIncident(ARN)).toEqual({ arn: ARN, title: '' });
  });

  it('a failure names the operation and the resource', async () => {
    ssm.on(GetIncidentRecordCommand).rejects(denied());
    const { api } = apiIn(['us-east-1'], 4);
    const error = (await api.getIncident(ARN).catch((e: unknown) => e)) as AwsCallError;
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.operation).toBe('GetIncidentRecord');
    expect(error.context).toMatchObject({
      service: 'ssm-incidents',
      resource: ARN,
      attemptMs: 2_000,
      maxAttempts: 4,
    });
    const { api: without } = apiIn(['us-east-1']);
    const other = (await without.getIncident(ARN).catch((e: unknown) => e)) as AwsCallError;
    expect(other.context).not.toHaveProperty('maxAttempts');
  });

  it('incidentPages reads 100 a page with the filters, page by page', async () => {
    ssm
      .on(ListIncidentRecordsCommand)
      .resolvesOnce({
        incidentRecordSummaries: [{ arn: 'a', title: 'A', impact: 2 } as never],
        nextToken: 't2',
      })
      .resolvesOnce({});
    const { api, debug } = apiIn(['us-east-1']);
    const filters = [{ key: 'status', condition: { equals: { stringValues: ['OPEN'] } } }];
    const pages = [];
    for await (const page of api.incidentPages(filters)) pages.push(page);
    expect(pages).toEqual([
      { incidents: [{ arn: 'a', title: 'A', impact: 2 }], more: true, restarted: false },
      { incidents: [], more: false, restarted: false },
    ]);
    expect(ssm.commandCalls(ListIncidentRecordsCommand).map((c) => c.args[0].input)).toEqual([
      { filters, maxResults: 100, nextToken: undefined },
      { filters, maxResults: 100, nextToken: 't2' },
    ]);
    expect(debug.mock.calls.map((c) => c[0])).toEqual([
      'ListIncidentRecords page 1: 1 record(s)',
      'ListIncidentRecords page 2: 0 record(s)',
    ]);
  });

  it('starts a listing again from the first page in the next region', async () => {
    let calls = 0;
    ssm.on(ListIncidentRecordsCommand).callsFake((input: { nextToken?: string }) => {
      calls += 1;
      if (calls === 1) return { incidentRecordSummaries: [{ arn: 'a' }], nextToken: 'from-east' };
      if (calls === 2) throw refused();
      expect(input.nextToken).toBeUndefined();
      return { incidentRecordSummaries: [{ arn: 'b' }] };
    });
    const { api, debug } = apiIn(['us-east-1', 'us-west-2']);
    const pages = [];
    for await (const page of api.incidentPages([])) pages.push(page);
    expect(pages.map((p) => [p.incidents.map((i) => i.arn), p.restarted])).toEqual([
      [['a'], false],
      [['b'], true],
    ]);
    expect(debug.mock.calls.map((c) => c[0])).toEqual([
      'ListIncidentRecords page 1: 1 record(s)',
      'ListIncidentRecords page 1: 1 record(s)',
    ]);
    expect(api.region).toBe('us-west-2');
    expect(api.failovers).toEqual([
      {
        from: 'us-east-1',
        to: 'us-west-2',
        why: 'us-east-1 is unavailable: it could not be reached (ECONNREFUSED) after 1 attempt',
      },
    ]);
    api.close();
  });

  it('responsePlans reads every page, keeps named plans, and starts again in the next region', async () => {
    let calls = 0;
    ssm.on(ListResponsePlansCommand).callsFake(() => {
      calls += 1;
      if (calls === 1)
        return { responsePlanSummaries: [{ name: 'stale', arn: 'x' }], nextToken: 't' };
      if (calls === 2) throw refused();
      if (calls === 3)
        return {
          responsePlanSummaries: [{ name: 'p1', arn: 'arn:1' }, { arn: 'arn:nameless' }],
          nextToken: 't3',
        };
      return { responsePlanSummaries: [{ name: 'p2' }] };
    });
    const { api, debug } = apiIn(['us-east-1', 'us-west-2']);
    expect(await api.responsePlans()).toEqual([
      { name: 'p1', arn: 'arn:1' },
      { name: 'p2', arn: '' },
    ]);
    expect(ssm.commandCalls(ListResponsePlansCommand).map((c) => c.args[0].input)).toEqual([
      { maxResults: 100, nextToken: undefined },
      { maxResults: 100, nextToken: 't' },
      { maxResults: 100, nextToken: undefined },
      { maxResults: 100, nextToken: 't3' },
    ]);
    expect(debug).toHaveBeenCalledWith('ListResponsePlans: 2 plan(s)');
    ssm.reset();
    ssm.on(ListResponsePlansCommand).resolves({});
    expect(await apiIn(['us-east-1']).api.responsePlans()).toEqual([]);
  });

  it('listRelatedItems reads every page, starting again in the next region', async () => {
    let calls = 0;
    ssm.on(ListRelatedItemsCommand).callsFake(() => {
      calls += 1;
      if (calls === 1) return { relatedItems: [{ title: 'stale' }], nextToken: 't' };
      if (calls === 2) throw refused();
      if (calls === 3) return { relatedItems: [{ title: 'one' }], nextToken: 't3' };
      return {};
    });
    const { api, debug } = apiIn(['us-east-1', 'us-west-2']);
    expect(await api.listRelatedItems(ARN)).toEqual([{ title: 'one' }]);
    expect(ssm.commandCalls(ListRelatedItemsCommand)[0]?.args[0].input).toEqual({
      incidentRecordArn: ARN,
      maxResults: 100,
      nextToken: undefined,
    });
    expect(debug).toHaveBeenCalledWith(`ListRelatedItems ${ARN}: 1 item(s)`);
  });

  it('a call whose own budget ran out does not move the run to another region', async () => {
    const budget = new AbortController();
    ssm.on(ListRelatedItemsCommand).callsFake(() => {
      budget.abort();
      throw Object.assign(new Error('aborted'), { name: 'TimeoutError' });
    });
    const { api } = apiIn(['us-east-1', 'us-west-2']);
    const error = await api.listRelatedItems(ARN, { signal: budget.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).operation).toBe('ListRelatedItems');
    expect(api.region).toBe('us-east-1');
    expect(api.failovers).toEqual([]);
  });

  it("passes on the caller's signal with the deadline's", async () => {
    const budget = new AbortController();
    ssm.on(ListRelatedItemsCommand).resolves({});
    const { api } = apiIn(['us-east-1']);
    const send = vi.spyOn(SSMIncidentsClient.prototype, 'send');
    await api.listRelatedItems(ARN, { signal: budget.signal });
    const seen = (send.mock.calls[0]?.[1] as { abortSignal?: AbortSignal } | undefined)
      ?.abortSignal;
    send.mockRestore();
    expect(seen).toBeInstanceOf(AbortSignal);
    expect(seen?.aborted).toBe(false);
    budget.abort();
    expect(seen?.aborted).toBe(true);
  });

  it('getEvent reads one event, and an answer without one is a failure', async () => {
    ssm.on(GetTimelineEventCommand).resolves({ event: { eventId: 'e1' } as never });
    const { api, debug } = apiIn(['us-east-1']);
    expect(await api.getEvent(ARN, 'e1')).toEqual({ eventId: 'e1' });
    expect(ssm.commandCalls(GetTimelineEventCommand)[0]?.args[0].input).toEqual({
      incidentRecordArn: ARN,
      eventId: 'e1',
    });
    expect(debug).toHaveBeenCalledWith(`GetTimelineEvent ${ARN} event e1`);
    ssm.on(GetTimelineEventCommand).resolves({});
    const error = (await api.getEvent(ARN, 'e1').catch((e: unknown) => e)) as AwsCallError;
    expect(error.operation).toBe('GetTimelineEvent');
    expect(error.context.resource).toBe(`event e1 of ${ARN}`);
    expect(error.message).toBe(
      `GetTimelineEvent on event e1 of ${ARN} failed after 1 attempt: InvalidAnswer: the answer holds no event`,
    );
  });

  it('eventPages lists events of one type since a time, newest first', async () => {
    ssm
      .on(ListTimelineEventsCommand)
      .resolvesOnce({ eventSummaries: [{ eventId: 'e1' } as never], nextToken: 'n' })
      .resolvesOnce({});
    const { api } = apiIn(['us-east-1']);
    const since = new Date('2026-05-01T00:00:00Z');
    const pages = [];
    for await (const page of api.eventPages(ARN, 'Custom Event', since)) pages.push(page);
    expect(pages).toEqual([[{ eventId: 'e1' }], []]);
    expect(ssm.commandCalls(ListTimelineEventsCommand)[1]?.args[0].input).toEqual({
      incidentRecordArn: ARN,
      filters: [
        { key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } },
        { key: 'eventTime', condition: { after: since } },
      ],
      sortBy: 'EVENT_TIME',
      sortOrder: 'DESCENDING',
      maxResults: 100,
      nextToken: 'n',
    });
  });
});

describe('writes', () => {
  const event = {
    incidentRecordArn: ARN,
    eventData: '"x"',
    eventType: 'Custom Event',
    eventTime: new Date(0),
    clientToken: 'tok',
  };

  it('createEvent sends the event and gives its ID and region', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ eventId: 'e9', incidentRecordArn: ARN });
    const { api, debug } = apiIn(['eu-west-1']);
    expect(await api.createEvent(event)).toEqual({ eventId: 'e9', region: 'eu-west-1' });
    expect(ssm.commandCalls(CreateTimelineEventCommand)[0]?.args[0].input).toEqual(event);
    expect(debug).toHaveBeenCalledWith(`CreateTimelineEvent ${ARN} (Custom Event, 0 reference(s))`);
    ssm.on(CreateTimelineEventCommand).resolves({});
    await api.createEvent({ ...event, eventReferences: [{ resource: 'arn:x' }] });
    expect(debug).toHaveBeenLastCalledWith(
      `CreateTimelineEvent ${ARN} (Custom Event, 1 reference(s))`,
    );
    expect((await api.createEvent(event)).eventId).toBe('');
  });

  it('a create whose region is unavailable is handed back, not written again', async () => {
    ssm.on(CreateTimelineEventCommand).rejects(refused());
    const { api } = apiIn(['us-east-1', 'us-west-2']);
    const error = (await api.createEvent(event).catch((e: unknown) => e)) as RegionFailoverError;
    expect(error).toBeInstanceOf(RegionFailoverError);
    expect(error.from).toBe('us-east-1');
    expect(error.maybeSent).toBe(false);
    expect(error.failure.operation).toBe('CreateTimelineEvent');
    expect(ssm.commandCalls(CreateTimelineEventCommand)).toHaveLength(1);
    expect(api.region).toBe('us-west-2');
  });

  it('a create in the last region fails as the call it is', async () => {
    ssm.on(CreateTimelineEventCommand).rejects(refused());
    const { api } = apiIn(['us-east-1']);
    const error = await api.createEvent(event).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
  });

  it('an answer is no outage: a denial fails without moving on', async () => {
    ssm.on(CreateTimelineEventCommand).rejects(denied());
    const { api } = apiIn(['us-east-1', 'us-west-2']);
    const error = await api.createEvent(event).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(api.region).toBe('us-east-1');
  });

  it('updateEvent goes on in the next region, and gives the region', async () => {
    let calls = 0;
    ssm.on(UpdateTimelineEventCommand).callsFake(() => {
      calls += 1;
      if (calls === 1) throw refused();
      return {};
    });
    const { api, debug } = apiIn(['us-east-1', 'us-west-2']);
    const update = { incidentRecordArn: ARN, eventId: 'e1', eventData: '"y"', clientToken: 't' };
    expect(await api.updateEvent(update)).toBe('us-west-2');
    expect(ssm.commandCalls(UpdateTimelineEventCommand).map((c) => c.args[0].input)).toEqual([
      update,
      update,
    ]);
    expect(debug).toHaveBeenCalledWith(`UpdateTimelineEvent ${ARN} event e1`);
    await api.updateEvent({ ...update, eventReferences: [] });
    expect(debug).toHaveBeenLastCalledWith(`UpdateTimelineEvent ${ARN} event e1 (0 reference(s))`);
  });

  it('an update that fails names the event', async () => {
    ssm.on(UpdateTimelineEventCommand).rejects(denied());
    const { api } = apiIn(['us-east-1']);
    const error = (await api
      .updateEvent({ incidentRecordArn: ARN, eventId: 'e1', eventData: '', clientToken: 't' })
      .catch((e: unknown) => e)) as AwsCallError;
    expect(error.operation).toBe('UpdateTimelineEvent');
    expect(error.context.resource).toBe(`event e1 of ${ARN}`);
  });

  it('addRelatedItem adds one item with its token', async () => {
    ssm.on(UpdateRelatedItemsCommand).resolves({});
    const { api, debug } = apiIn(['us-east-1']);
    const item = { identifier: { type: 'OTHER' as const, value: { url: 'https://x' } } };
    await api.addRelatedItem(ARN, item, 'tok');
    expect(ssm.commandCalls(UpdateRelatedItemsCommand)[0]?.args[0].input).toEqual({
      incidentRecordArn: ARN,
      clientToken: 'tok',
      relatedItemsUpdate: { itemToAdd: item },
    });
    expect(debug).toHaveBeenCalledWith(`UpdateRelatedItems ${ARN}: add OTHER item`);
    ssm.on(UpdateRelatedItemsCommand).rejects(denied());
    const error = (await api
      .addRelatedItem(ARN, {} as RelatedItem, 'tok')
      .catch((e: unknown) => e)) as AwsCallError;
    expect(error.operation).toBe('UpdateRelatedItems');
    expect(error.context.resource).toBe(ARN);
    expect(debug).toHaveBeenLastCalledWith(`UpdateRelatedItems ${ARN}: add undefined item`);
  });
});

describe('every call', () => {
  it("sends the deadline's signal, so that the deadline stops it", async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({});
    ssm.on(GetIncidentRecordCommand).resolves({});
    ssm.on(ListResponsePlansCommand).resolves({});
    ssm.on(UpdateRelatedItemsCommand).resolves({});
    ssm.on(CreateTimelineEventCommand).resolves({});
    ssm.on(UpdateTimelineEventCommand).resolves({});
    ssm.on(GetTimelineEventCommand).resolves({ event: { eventId: 'e1' } as never });
    ssm.on(ListTimelineEventsCommand).resolves({});
    const { api } = apiIn(['us-east-1']);
    const send = vi.spyOn(SSMIncidentsClient.prototype, 'send');
    for await (const page of api.incidentPages([])) void page;
    await api.getIncident(ARN);
    await api.responsePlans();
    await api.addRelatedItem(ARN, {} as RelatedItem, 'tok');
    await api.createEvent({
      incidentRecordArn: ARN,
      eventData: '"x"',
      eventType: 'Custom Event',
      eventTime: new Date(0),
      clientToken: 'tok',
    });
    await api.updateEvent({
      incidentRecordArn: ARN,
      eventId: 'e1',
      eventData: '"y"',
      clientToken: 'tok',
    });
    await api.getEvent(ARN, 'e1');
    for await (const page of api.eventPages(ARN, 'Custom Event', new Date(0))) void page;
    const signals = send.mock.calls.map(
      (call) => (call[1] as { abortSignal?: unknown } | undefined)?.abortSignal,
    );
    send.mockRestore();
    expect(signals).toHaveLength(8);
    for (const signal of signals) expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('a failed listing names its operation and what it lists', async () => {
    ssm.on(ListIncidentRecordsCommand).rejects(denied());
    ssm.on(ListResponsePlansCommand).rejects(denied());
    ssm.on(ListTimelineEventsCommand).rejects(denied());
    const { api } = apiIn(['us-east-1']);
    const failure = async (pages: AsyncIterable<unknown>) => {
      try {
        for await (const page of pages) void page;
      } catch (error) {
        return error as AwsCallError;
      }
      throw new Error('expected a failure');
    };
    const incidents = await failure(api.incidentPages([]));
    expect([incidents.operation, incidents.context.resource]).toEqual([
      'ListIncidentRecords',
      'incident records',
    ]);
    const plans = (await api.responsePlans().catch((e: unknown) => e)) as AwsCallError;
    expect([plans.operation, plans.context.resource]).toEqual([
      'ListResponsePlans',
      'response plans',
    ]);
    const events = await failure(api.eventPages(ARN, 'Custom Event', new Date(0)));
    expect([events.operation, events.context.resource]).toEqual(['ListTimelineEvents', ARN]);
  });

  it('listRelatedItems gives the items of one page and nothing else', async () => {
    ssm.on(ListRelatedItemsCommand).resolves({ relatedItems: [{ title: 'one' } as never] });
    expect(await apiIn(['us-east-1']).api.listRelatedItems(ARN)).toEqual([{ title: 'one' }]);
  });

  it('close destroys the clients opened, so that no kept-alive connection holds the process', async () => {
    ssm.on(GetIncidentRecordCommand).resolves({});
    const { api } = apiIn(['us-east-1']);
    await api.getIncident(ARN);
    const destroy = vi.spyOn(SSMIncidentsClient.prototype, 'destroy');
    api.close();
    await new Promise((resolve) => setImmediate(resolve));
    const calls = destroy.mock.calls.length;
    destroy.mockRestore();
    expect(calls).toBe(1);
  });
});
