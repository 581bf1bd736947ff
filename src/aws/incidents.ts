import {
  CreateTimelineEventCommand,
  GetIncidentRecordCommand,
  GetTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListRelatedItemsCommand,
  ListResponsePlansCommand,
  ListTimelineEventsCommand,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
  type EventReference,
  type EventSummary,
  type Filter,
  type IncidentRecordSummary,
  type RelatedItem,
  type SSMIncidentsClient,
  type TimelineEvent,
} from '@aws-sdk/client-ssm-incidents';
import type { TimeLimits } from '../runtime/deadline.js';
import { AwsCallError, isRefusal } from './call-error.js';
import { mayHaveReachedService } from './client-config.js';
import {
  RegionFailoverError,
  regionUnavailable,
  type Failover,
  type RegionRoute,
} from './regions.js';

export interface IncidentSummary {
  arn: string;
  title: string;
  impact?: number;
  status?: string;
  creationTime?: Date;
}

export interface NewEvent {
  incidentRecordArn: string;
  eventData: string;
  eventType: string;
  eventTime: Date;
  /** Omitted when empty. */
  eventReferences?: EventReference[];
  clientToken: string;
}

/** An update changes what it names and nothing else: no `eventType`, and references only when given. */
export interface EventUpdate {
  incidentRecordArn: string;
  eventId: string;
  eventData: string;
  eventTime?: Date;
  eventReferences?: EventReference[];
  clientToken: string;
}

/** Per-call options: a signal narrower than the run's deadline (link-commit's budget). */
export interface CallOptions {
  signal?: AbortSignal;
}

/** A page token is good only in the region that gave it. */
interface Page {
  token?: string;
  region: string;
}

/**
 * The Incident Manager calls the action makes. Each call knows its operation and resource and
 * throws one error type that carries both (AwsCallError), so no caller keeps track of which call
 * failed. Calls go to the run's region; when it is unavailable (RegionRoute), a read goes on in the
 * next region, and so does a write that cannot have been duplicated; a create is handed back to
 * the writer as a RegionFailoverError, to look for it in the next region first. Calls are logged
 * at debug level by operation and target only: credentials and headers never reach a log.
 */
export class IncidentsApi {
  constructor(
    private readonly route: RegionRoute,
    private readonly limits: TimeLimits,
    private readonly debug: (message: string) => void,
    /** `max-attempts`, so that an error can tell the SDK's retry quota running out. */
    private readonly maxAttempts?: number,
  ) {}

  /** The region the run calls now. */
  get region(): string {
    return this.route.region;
  }

  /** The regions that became unavailable during the run, and where it went on. */
  get failovers(): readonly Failover[] {
    return this.route.failovers;
  }

  /** Closes the clients' kept-alive connections, so nothing holds the process open. */
  close(): void {
    this.route.close();
  }

  private async call<T>(
    operation: string,
    resource: string,
    send: (client: SSMIncidentsClient, abortSignal: AbortSignal, region: string) => Promise<T>,
    /**
     * `write`: a failure after an attempt that may have reached the service is an unknown outcome
     * (AwsCallError.outcomeUnknown). `create`: also handed back as a RegionFailoverError on a
     * failover, for the writer to look for it in the next region first.
     */
    options: CallOptions & { create?: boolean; write?: boolean } = {},
  ): Promise<{ value: T; region: string }> {
    for (;;) {
      const { region, client, deadline } = await this.route.current();
      // A signal of this call's own: the client's handler marks it when an attempt may have
      // reached the service (mayHaveReachedService).
      const signal = AbortSignal.any(
        options.signal ? [options.signal, deadline.signal] : [deadline.signal],
      );
      try {
        return { value: await send(client, signal, region), region };
      } catch (error) {
        const reached = mayHaveReachedService(signal);
        const write = options.write === true || options.create === true;
        const failure = new AwsCallError(
          {
            service: 'ssm-incidents',
            operation,
            resource,
            attemptMs: this.limits.attemptMs,
            deadline,
            ...(this.maxAttempts !== undefined ? { maxAttempts: this.maxAttempts } : {}),
          },
          error,
          write && reached && !isRefusal(error),
        );
        // The caller's own budget (link-commit's) ran out: not the region's doing.
        const ownBudget = options.signal?.aborted && !deadline.expired;
        const unavailable = ownBudget ? undefined : regionUnavailable(error, deadline);
        if (!unavailable) throw failure;
        if (!this.route.failover(region, `${region} is unavailable: ${unavailable.why}`)) {
          throw failure;
        }
        if (options.create) {
          throw new RegionFailoverError(failure, region, unavailable.maybeSent || reached);
        }
      }
    }
  }

  /** Every page of a listing, started again from the first when the run moves to another region. */
  private async *pages<T>(
    operation: string,
    resource: string,
    send: (
      client: SSMIncidentsClient,
      abortSignal: AbortSignal,
      nextToken: string | undefined,
    ) => Promise<T & { nextToken?: string }>,
    options: CallOptions = {},
  ): AsyncGenerator<{ output: T; more: boolean; restarted: boolean }> {
    let page: Page | undefined;
    do {
      const from = page;
      const { value, region } = await this.call(
        operation,
        resource,
        (client, abortSignal, at) =>
          send(client, abortSignal, from?.region === at ? from.token : undefined),
        options,
      );
      const restarted = from !== undefined && from.region !== region;
      page = value.nextToken ? { token: value.nextToken, region } : undefined;
      yield { output: value, more: page !== undefined, restarted };
    } while (page);
  }

  /** Open incidents page by page (100 a page, the most the service gives), until the caller stops. */
  async *incidentPages(
    filters: Filter[],
  ): AsyncGenerator<{ incidents: IncidentSummary[]; more: boolean; restarted: boolean }> {
    let count = 0;
    for await (const { output, more, restarted } of this.pages(
      'ListIncidentRecords',
      'incident records',
      (client, abortSignal, nextToken) =>
        client.send(new ListIncidentRecordsCommand({ filters, maxResults: 100, nextToken }), {
          abortSignal,
        }),
    )) {
      count = restarted ? 1 : count + 1;
      const records = output.incidentRecordSummaries ?? [];
      this.debug(`ListIncidentRecords page ${count}: ${records.length} record(s)`);
      yield { incidents: records.map(summarize), more, restarted };
    }
  }

  async getIncident(arn: string): Promise<IncidentSummary> {
    this.debug(`GetIncidentRecord ${arn}`);
    const { value } = await this.call('GetIncidentRecord', arn, (client, abortSignal) =>
      client.send(new GetIncidentRecordCommand({ arn }), { abortSignal }),
    );
    return summarize({ ...value.incidentRecord, arn });
  }

  /** The account's response plans, every page (the plan check of a search). */
  async responsePlans(): Promise<{ name: string; arn: string }[]> {
    let plans: { name: string; arn: string }[] = [];
    for await (const { output, restarted } of this.pages(
      'ListResponsePlans',
      'response plans',
      (client, abortSignal, nextToken) =>
        client.send(new ListResponsePlansCommand({ maxResults: 100, nextToken }), {
          abortSignal,
        }),
    )) {
      if (restarted) plans = [];
      for (const { name, arn } of output.responsePlanSummaries ?? []) {
        if (name) plans.push({ name, arn: arn ?? '' });
      }
    }
    this.debug(`ListResponsePlans: ${plans.length} plan(s)`);
    return plans;
  }

  async listRelatedItems(incidentRecordArn: string, options?: CallOptions): Promise<RelatedItem[]> {
    let items: RelatedItem[] = [];
    for await (const { output, restarted } of this.pages(
      'ListRelatedItems',
      incidentRecordArn,
      (client, abortSignal, nextToken) =>
        client.send(
          new ListRelatedItemsCommand({ incidentRecordArn, maxResults: 100, nextToken }),
          { abortSignal },
        ),
      options,
    )) {
      if (restarted) items = [];
      items.push(...(output.relatedItems ?? []));
    }
    this.debug(`ListRelatedItems ${incidentRecordArn}: ${items.length} item(s)`);
    return items;
  }

  async addRelatedItem(
    incidentRecordArn: string,
    item: RelatedItem,
    clientToken: string,
    options?: CallOptions,
  ): Promise<string> {
    this.debug(`UpdateRelatedItems ${incidentRecordArn}: add ${item.identifier?.type} item`);
    // Added again in the next region when its own is lost: a second add of the same URL is
    // refused there (ConflictException), which the caller takes as "already there". Answers the
    // region it was added in, so that the caller can tell an add that moved to another region.
    const { region } = await this.call(
      'UpdateRelatedItems',
      incidentRecordArn,
      (client, abortSignal) =>
        client.send(
          new UpdateRelatedItemsCommand({
            incidentRecordArn,
            clientToken,
            relatedItemsUpdate: { itemToAdd: item },
          }),
          { abortSignal },
        ),
      { ...options, write: true },
    );
    return region;
  }

  /** Creates the event; resolves its ID and the region it was written in. */
  async createEvent(
    event: NewEvent,
    options: CallOptions = {},
  ): Promise<{ eventId: string; region: string }> {
    this.debug(
      `CreateTimelineEvent ${event.incidentRecordArn} (${event.eventType}, ${event.eventReferences?.length ?? 0} reference(s))`,
    );
    const { value, region } = await this.call(
      'CreateTimelineEvent',
      event.incidentRecordArn,
      (client, abortSignal) => client.send(new CreateTimelineEventCommand(event), { abortSignal }),
      { ...options, create: true },
    );
    return { eventId: value.eventId ?? '', region };
  }

  /** Updates the event (the same update again in the next region, if need be): resolves the region. */
  async updateEvent(update: EventUpdate): Promise<string> {
    this.debug(
      `UpdateTimelineEvent ${update.incidentRecordArn} event ${update.eventId}${update.eventReferences ? ` (${update.eventReferences.length} reference(s))` : ''}`,
    );
    const { region } = await this.call(
      'UpdateTimelineEvent',
      `event ${update.eventId} of ${update.incidentRecordArn}`,
      (client, abortSignal) => client.send(new UpdateTimelineEventCommand(update), { abortSignal }),
    );
    return region;
  }

  async getEvent(incidentRecordArn: string, eventId: string): Promise<TimelineEvent> {
    this.debug(`GetTimelineEvent ${incidentRecordArn} event ${eventId}`);
    const { value } = await this.call(
      'GetTimelineEvent',
      `event ${eventId} of ${incidentRecordArn}`,
      async (client, abortSignal) => {
        const { event } = await client.send(
          new GetTimelineEventCommand({ incidentRecordArn, eventId }),
          { abortSignal },
        );
        if (!event) {
          throw Object.assign(new Error('the answer holds no event'), { name: 'InvalidAnswer' });
        }
        return event;
      },
    );
    return value;
  }

  /**
   * The events that reference `reference` (a related item's ID or a resource's ARN), oldest
   * first: every page (the service's documented `eventReference` filter).
   */
  async eventsReferencing(incidentRecordArn: string, reference: string): Promise<EventSummary[]> {
    this.debug(`ListTimelineEvents ${incidentRecordArn} referencing ${reference}`);
    let events: EventSummary[] = [];
    const filters: Filter[] = [
      { key: 'eventReference', condition: { equals: { stringValues: [reference] } } },
    ];
    for await (const { output, restarted } of this.timelinePages(
      incidentRecordArn,
      filters,
      'ASCENDING',
    )) {
      if (restarted) events = [];
      events.push(...(output.eventSummaries ?? []));
    }
    return events;
  }

  /** Events of one type since a time, newest first, page by page, until the caller stops. */
  async *eventPages(
    incidentRecordArn: string,
    eventType: string,
    since: Date,
  ): AsyncGenerator<EventSummary[]> {
    const filters: Filter[] = [
      { key: 'eventType', condition: { equals: { stringValues: [eventType] } } },
      { key: 'eventTime', condition: { after: since } },
    ];
    for await (const { output } of this.timelinePages(incidentRecordArn, filters, 'DESCENDING')) {
      yield output.eventSummaries ?? [];
    }
  }

  /** ListTimelineEvents with `filters`, by event time, a full page at a time. */
  private timelinePages(
    incidentRecordArn: string,
    filters: Filter[],
    sortOrder: 'ASCENDING' | 'DESCENDING',
  ) {
    return this.pages('ListTimelineEvents', incidentRecordArn, (client, abortSignal, nextToken) =>
      client.send(
        new ListTimelineEventsCommand({
          incidentRecordArn,
          filters,
          sortBy: 'EVENT_TIME',
          sortOrder,
          maxResults: 100,
          nextToken,
        }),
        { abortSignal },
      ),
    );
  }
}

function summarize(record: Partial<IncidentRecordSummary>): IncidentSummary {
  return {
    arn: record.arn ?? '',
    title: record.title ?? '',
    ...(record.impact !== undefined ? { impact: record.impact } : {}),
    ...(record.status ? { status: record.status } : {}),
    ...(record.creationTime ? { creationTime: record.creationTime } : {}),
  };
}
