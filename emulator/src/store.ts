import type {
  IdempotencyRecord,
  IncidentRecord,
  RelatedItem,
  ResponsePlan,
  StateSnapshot,
  TimelineEvent,
} from './types.js';

/** A replication set as GetReplicationSet answers it (times in epoch seconds). */
export interface ReplicationSetRecord {
  arn: string;
  regionMap: Record<string, { sseKmsKeyId: string; status: string; statusUpdateDateTime: number }>;
  status: string;
  deletionProtected: boolean;
  createdBy: string;
  createdTime: number;
  lastModifiedBy: string;
  lastModifiedTime: number;
}

/** Sequence numbers break ties between equal timestamps so that list order (and paging) is stable. */
export interface StoredEvent {
  event: TimelineEvent;
  seq: number;
  /** Where and when a caller wrote it (not kept in the state file): other regions see it later. */
  written?: { region: string; at: number };
}

export interface StoredRelatedItem {
  item: RelatedItem;
  seq: number;
  /** Where and when a caller added it (not kept in the state file): other regions see it later. */
  written?: { region: string; at: number };
}

export interface IncidentEntry {
  record: IncidentRecord;
  seq: number;
  events: Map<string, StoredEvent>;
  relatedItems: StoredRelatedItem[];
}

/**
 * The emulator's whole state, in memory. Every mutation goes through a method here or is followed
 * by `touch()`, so that `version` tells the server whether a request wrote something to persist.
 */
export class Store {
  readonly responsePlans = new Map<string, ResponsePlan>();
  /** The account's replication set (one at most), in memory only: not in the state file. */
  replicationSet: ReplicationSetRecord | undefined;
  readonly incidents = new Map<string, IncidentEntry>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  version = 0;
  private sequence = 0;
  private newestFirst: IncidentEntry[] | undefined;

  constructor(public accountId: string) {}

  nextSeq(): number {
    return ++this.sequence;
  }

  touch(): void {
    this.version++;
  }

  putResponsePlan(plan: ResponsePlan): void {
    this.responsePlans.set(plan.arn, plan);
    this.touch();
  }

  addIncident(
    record: IncidentRecord,
    relatedItems: RelatedItem[] = [],
    events: TimelineEvent[] = [],
  ): IncidentEntry {
    const entry: IncidentEntry = {
      record,
      seq: this.nextSeq(),
      events: new Map(events.map((event) => [event.eventId, { event, seq: this.nextSeq() }])),
      relatedItems: relatedItems.map((item) => ({ item, seq: this.nextSeq() })),
    };
    this.incidents.set(record.arn, entry);
    this.newestFirst = undefined;
    this.touch();
    return entry;
  }

  /** Incidents newest first (the service's list order); cached because creation times never change. */
  incidentsNewestFirst(): IncidentEntry[] {
    this.newestFirst ??= [...this.incidents.values()].sort(
      (a, b) => b.record.creationTime - a.record.creationTime || b.seq - a.seq,
    );
    return this.newestFirst;
  }

  clear(accountId: string): void {
    this.accountId = accountId;
    this.replicationSet = undefined;
    this.responsePlans.clear();
    this.incidents.clear();
    this.idempotency.clear();
    this.newestFirst = undefined;
    this.touch();
  }

  snapshot(): StateSnapshot {
    return {
      version: 1,
      accountId: this.accountId,
      responsePlans: [...this.responsePlans.values()],
      incidents: [...this.incidents.values()].map((entry) => ({
        ...entry.record,
        timelineEvents: [...entry.events.values()].map((stored) => stored.event),
        relatedItems: entry.relatedItems.map((stored) => stored.item),
      })),
      idempotency: [...this.idempotency.values()],
    };
  }

  /** Arrays in a snapshot are in creation order, so re-numbering on load keeps every tie-break. */
  load(snapshot: StateSnapshot): void {
    this.clear(snapshot.accountId);
    for (const plan of snapshot.responsePlans) this.responsePlans.set(plan.arn, plan);
    for (const { timelineEvents, relatedItems, ...record } of snapshot.incidents) {
      this.addIncident(record, relatedItems, timelineEvents);
    }
    for (const record of snapshot.idempotency) {
      this.idempotency.set(
        idempotencyKey(record.operation, record.clientToken, record.region),
        record,
      );
    }
  }
}

/** A token's key: per operation, and per region when tokens are known only where used. */
export function idempotencyKey(operation: string, clientToken: string, region = ''): string {
  return `${operation}\u0000${clientToken}\u0000${region}`;
}
