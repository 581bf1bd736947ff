import {
  CreateTimelineEventCommand,
  GetIncidentRecordCommand,
  GetTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListRelatedItemsCommand,
  ListTimelineEventsCommand,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
  type EventReference,
  type Filter,
  type IncidentRecordSummary,
  type RelatedItem,
  type SSMIncidentsClient,
} from '@aws-sdk/client-ssm-incidents';
import { errorName } from './errors.js';

export interface IncidentSummary {
  arn: string;
  title: string;
  impact?: number;
  status?: string;
  creationTime?: Date;
}

export interface TimelineWrite {
  incidentRecordArn: string;
  eventData: string;
  eventType: string;
  eventTime?: Date;
  /** Omitted when empty: an update then keeps the event's references. */
  eventReferences?: EventReference[];
  clientToken: string;
}

/**
 * The Incident Manager calls the action makes, each logged at debug level by operation and target
 * only: request bodies carry no secrets, but credentials and headers never reach a log.
 */
export class IncidentsApi {
  constructor(
    private readonly client: SSMIncidentsClient,
    private readonly signal: AbortSignal,
    private readonly debug: (message: string) => void,
  ) {}

  /** Closes the client's kept-alive connections, so nothing holds the process open. */
  close(): void {
    this.client.destroy();
  }

  private get options() {
    return { abortSignal: this.signal };
  }

  async listIncidents(filters: Filter[]): Promise<IncidentSummary[]> {
    const found: IncidentSummary[] = [];
    let page = 0;
    const pages = paginate((nextToken) =>
      this.client.send(
        new ListIncidentRecordsCommand({ filters, maxResults: 100, nextToken }),
        this.options,
      ),
    );
    for await (const output of pages) {
      page += 1;
      const records = output.incidentRecordSummaries ?? [];
      this.debug(`ListIncidentRecords page ${page}: ${records.length} record(s)`);
      found.push(...records.map(summarize));
    }
    return found;
  }

  async getIncident(arn: string): Promise<IncidentSummary> {
    this.debug(`GetIncidentRecord ${arn}`);
    const output = await this.client.send(new GetIncidentRecordCommand({ arn }), this.options);
    const record = output.incidentRecord;
    return {
      arn,
      title: record?.title ?? '',
      ...(record?.impact !== undefined ? { impact: record.impact } : {}),
      ...(record?.status ? { status: record.status } : {}),
      ...(record?.creationTime ? { creationTime: record.creationTime } : {}),
    };
  }

  async listRelatedItems(incidentRecordArn: string): Promise<RelatedItem[]> {
    const items: RelatedItem[] = [];
    const pages = paginate((nextToken) =>
      this.client.send(
        new ListRelatedItemsCommand({ incidentRecordArn, maxResults: 100, nextToken }),
        this.options,
      ),
    );
    for await (const output of pages) {
      items.push(...(output.relatedItems ?? []));
    }
    this.debug(`ListRelatedItems ${incidentRecordArn}: ${items.length} item(s)`);
    return items;
  }

  async addRelatedItem(
    incidentRecordArn: string,
    item: RelatedItem,
    clientToken: string,
  ): Promise<void> {
    this.debug(`UpdateRelatedItems ${incidentRecordArn}: add ${item.identifier?.type} item`);
    await this.client.send(
      new UpdateRelatedItemsCommand({
        incidentRecordArn,
        clientToken,
        relatedItemsUpdate: { itemToAdd: item },
      }),
      this.options,
    );
  }

  async createEvent(write: TimelineWrite & { eventTime: Date }): Promise<string> {
    this.debug(
      `CreateTimelineEvent ${write.incidentRecordArn} (${write.eventType}, ${write.eventReferences?.length ?? 0} reference(s))`,
    );
    const output = await this.client.send(
      new CreateTimelineEventCommand({ ...write, eventTime: write.eventTime }),
      this.options,
    );
    return output.eventId ?? '';
  }

  async updateEvent(write: TimelineWrite & { eventId: string }): Promise<void> {
    this.debug(`UpdateTimelineEvent ${write.incidentRecordArn} event ${write.eventId}`);
    await this.client.send(new UpdateTimelineEventCommand(write), this.options);
  }

  /**
   * The event an earlier try of the same step wrote: the one a ConflictException names when it
   * names one and its data matches, else the newest event of this type since `since` whose data
   * is exactly `eventData`. Summaries omit the data, so candidates are read.
   */
  async findEvent(
    incidentRecordArn: string,
    eventType: string,
    eventData: string,
    since: Date,
    named?: string,
    limit = 100,
  ): Promise<string | undefined> {
    if (named && (await this.eventData(incidentRecordArn, named)) === eventData) return named;
    let seen = 0;
    const pages = paginate((nextToken) =>
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
        this.options,
      ),
    );
    for await (const output of pages) {
      for (const summary of output.eventSummaries ?? []) {
        if (seen++ >= limit) return undefined;
        if (!summary.eventId || summary.eventId === named) continue;
        if ((await this.eventData(incidentRecordArn, summary.eventId)) === eventData) {
          return summary.eventId;
        }
      }
    }
    return undefined;
  }

  private async eventData(incidentRecordArn: string, eventId: string): Promise<string | undefined> {
    try {
      const { event } = await this.client.send(
        new GetTimelineEventCommand({ incidentRecordArn, eventId }),
        this.options,
      );
      return event?.eventData;
    } catch (error) {
      // A named event that is gone is no match; anything else is a real failure.
      if (errorName(error) === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  }
}

/** Follows `nextToken` until the last page. */
async function* paginate<T extends { nextToken?: string | undefined }>(
  fetchPage: (nextToken: string | undefined) => Promise<T>,
): AsyncGenerator<T> {
  let nextToken: string | undefined;
  do {
    const page = await fetchPage(nextToken);
    yield page;
    nextToken = page.nextToken;
  } while (nextToken);
}

function summarize(record: IncidentRecordSummary): IncidentSummary {
  return {
    arn: record.arn ?? '',
    title: record.title ?? '',
    ...(record.impact !== undefined ? { impact: record.impact } : {}),
    ...(record.status ? { status: record.status } : {}),
    ...(record.creationTime ? { creationTime: record.creationTime } : {}),
  };
}
