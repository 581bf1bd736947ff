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
import type { Deadline, TimeLimits } from '../deadline.js';
import { AwsCallError } from './call-error.js';

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

/**
 * The Incident Manager calls the action makes. Each call knows its operation and resource and
 * throws one error type that carries both (AwsCallError), so no caller keeps track of which call
 * failed. Calls are logged at debug level by operation and target only: credentials and headers
 * never reach a log.
 */
export class IncidentsApi {
  constructor(
    private readonly client: SSMIncidentsClient,
    private readonly deadline: Deadline,
    private readonly limits: TimeLimits,
    private readonly debug: (message: string) => void,
  ) {}

  /** Closes the client's kept-alive connections, so nothing holds the process open. */
  close(): void {
    this.client.destroy();
  }

  private async call<T>(
    operation: string,
    resource: string,
    send: (abortSignal: AbortSignal) => Promise<T>,
    options: CallOptions = {},
  ): Promise<T> {
    const signal = options.signal ?? this.deadline.signal;
    try {
      return await send(signal);
    } catch (error) {
      throw new AwsCallError(
        {
          service: 'ssm-incidents',
          operation,
          resource,
          attemptMs: this.limits.attemptMs,
          deadline: this.deadline,
        },
        error,
      );
    }
  }

  /** Open incidents page by page (100 a page, the most the service gives), until the caller stops. */
  async *incidentPages(
    filters: Filter[],
  ): AsyncGenerator<{ incidents: IncidentSummary[]; more: boolean }> {
    let nextToken: string | undefined;
    let page = 0;
    do {
      const output = await this.call('ListIncidentRecords', 'incident records', (abortSignal) =>
        this.client.send(new ListIncidentRecordsCommand({ filters, maxResults: 100, nextToken }), {
          abortSignal,
        }),
      );
      page += 1;
      const records = output.incidentRecordSummaries ?? [];
      this.debug(`ListIncidentRecords page ${page}: ${records.length} record(s)`);
      nextToken = output.nextToken;
      yield { incidents: records.map(summarize), more: Boolean(nextToken) };
    } while (nextToken);
  }

  async getIncident(arn: string): Promise<IncidentSummary> {
    this.debug(`GetIncidentRecord ${arn}`);
    const output = await this.call('GetIncidentRecord', arn, (abortSignal) =>
      this.client.send(new GetIncidentRecordCommand({ arn }), { abortSignal }),
    );
    return summarize({ ...output.incidentRecord, arn });
  }

  /** The account's response plans, every page (the plan check of a search). */
  async responsePlans(): Promise<{ name: string; arn: string }[]> {
    const plans: { name: string; arn: string }[] = [];
    let nextToken: string | undefined;
    do {
      const output = await this.call('ListResponsePlans', 'response plans', (abortSignal) =>
        this.client.send(new ListResponsePlansCommand({ maxResults: 100, nextToken }), {
          abortSignal,
        }),
      );
      for (const { name, arn } of output.responsePlanSummaries ?? []) {
        if (name) plans.push({ name, arn: arn ?? '' });
      }
      nextToken = output.nextToken;
    } while (nextToken);
    this.debug(`ListResponsePlans: ${plans.length} plan(s)`);
    return plans;
  }

  async listRelatedItems(incidentRecordArn: string, options?: CallOptions): Promise<RelatedItem[]> {
    const items: RelatedItem[] = [];
    let nextToken: string | undefined;
    do {
      const output = await this.call(
        'ListRelatedItems',
        incidentRecordArn,
        (abortSignal) =>
          this.client.send(
            new ListRelatedItemsCommand({ incidentRecordArn, maxResults: 100, nextToken }),
            { abortSignal },
          ),
        options,
      );
      items.push(...(output.relatedItems ?? []));
      nextToken = output.nextToken;
    } while (nextToken);
    this.debug(`ListRelatedItems ${incidentRecordArn}: ${items.length} item(s)`);
    return items;
  }

  async addRelatedItem(
    incidentRecordArn: string,
    item: RelatedItem,
    clientToken: string,
    options?: CallOptions,
  ): Promise<void> {
    this.debug(`UpdateRelatedItems ${incidentRecordArn}: add ${item.identifier?.type} item`);
    await this.call(
      'UpdateRelatedItems',
      incidentRecordArn,
      (abortSignal) =>
        this.client.send(
          new UpdateRelatedItemsCommand({
            incidentRecordArn,
            clientToken,
            relatedItemsUpdate: { itemToAdd: item },
          }),
          { abortSignal },
        ),
      options,
    );
  }

  async createEvent(event: NewEvent): Promise<string> {
    this.debug(
      `CreateTimelineEvent ${event.incidentRecordArn} (${event.eventType}, ${event.eventReferences?.length ?? 0} reference(s))`,
    );
    const output = await this.call('CreateTimelineEvent', event.incidentRecordArn, (abortSignal) =>
      this.client.send(new CreateTimelineEventCommand(event), { abortSignal }),
    );
    return output.eventId ?? '';
  }

  async updateEvent(update: EventUpdate): Promise<void> {
    this.debug(
      `UpdateTimelineEvent ${update.incidentRecordArn} event ${update.eventId}${update.eventReferences ? ` (${update.eventReferences.length} reference(s))` : ''}`,
    );
    await this.call(
      'UpdateTimelineEvent',
      `event ${update.eventId} of ${update.incidentRecordArn}`,
      (abortSignal) => this.client.send(new UpdateTimelineEventCommand(update), { abortSignal }),
    );
  }

  async getEvent(incidentRecordArn: string, eventId: string): Promise<TimelineEvent> {
    this.debug(`GetTimelineEvent ${incidentRecordArn} event ${eventId}`);
    return this.call(
      'GetTimelineEvent',
      `event ${eventId} of ${incidentRecordArn}`,
      async (abortSignal) => {
        const { event } = await this.client.send(
          new GetTimelineEventCommand({ incidentRecordArn, eventId }),
          { abortSignal },
        );
        if (!event) {
          throw Object.assign(new Error('the answer holds no event'), { name: 'InvalidAnswer' });
        }
        return event;
      },
    );
  }

  /** Events of one type since a time, newest first, page by page, until the caller stops. */
  async *eventPages(
    incidentRecordArn: string,
    eventType: string,
    since: Date,
  ): AsyncGenerator<EventSummary[]> {
    let nextToken: string | undefined;
    do {
      const output = await this.call('ListTimelineEvents', incidentRecordArn, (abortSignal) =>
        this.client.send(
          new ListTimelineEventsCommand({
            incidentRecordArn,
            filters: [
              { key: 'eventType', condition: { equals: { stringValues: [eventType] } } },
              { key: 'eventTime', condition: { after: since } },
            ],
            sortBy: 'EVENT_TIME',
            sortOrder: 'DESCENDING',
            maxResults: 100,
            nextToken,
          }),
          { abortSignal },
        ),
      );
      yield output.eventSummaries ?? [];
      nextToken = output.nextToken;
    } while (nextToken);
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
