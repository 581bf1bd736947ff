import type {
  Finding,
  IdempotencyRecord,
  IncidentRecord,
  RelatedItem,
  ResourcePolicy,
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
  /** By finding ID, in the order they were seeded (the order ListIncidentFindings serves). */
  findings: Map<string, StoredFinding>;
}

export interface StoredFinding {
  finding: Finding;
  seq: number;
}

/** A response plan's resource policy; `seq` orders GetResourcePolicies' pages. */
export interface StoredPolicy {
  policy: ResourcePolicy;
  seq: number;
}

export type Tags = Record<string, string>;

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
  /** Tags by resource ARN (response plans, incidents, the replication set), kept apart from the records GetResponsePlan and GetIncidentRecord serve. */
  readonly tags = new Map<string, Tags>();
  /** Resource policies by response plan ARN, oldest first. */
  readonly resourcePolicies = new Map<string, StoredPolicy[]>();
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

  /** A plan's tags are kept with the other resources' tags, not in what GetResponsePlan serves. */
  putResponsePlan({ tags, ...plan }: ResponsePlan): void {
    this.responsePlans.set(plan.arn, plan);
    if (tags !== undefined) this.setTags(plan.arn, tags);
    this.touch();
  }

  addIncident(
    record: IncidentRecord,
    relatedItems: RelatedItem[] = [],
    events: TimelineEvent[] = [],
    findings: Finding[] = [],
  ): IncidentEntry {
    const entry: IncidentEntry = {
      record,
      seq: this.nextSeq(),
      events: new Map(events.map((event) => [event.eventId, { event, seq: this.nextSeq() }])),
      relatedItems: relatedItems.map((item) => ({ item, seq: this.nextSeq() })),
      findings: new Map(findings.map((finding) => [finding.id, { finding, seq: this.nextSeq() }])),
    };
    this.incidents.set(record.arn, entry);
    this.newestFirst = undefined;
    this.touch();
    return entry;
  }

  /** Replaces the tags of a resource; an empty set removes the entry. */
  setTags(arn: string, tags: Tags | undefined): void {
    if (tags && Object.keys(tags).length > 0) this.tags.set(arn, { ...tags });
    else this.tags.delete(arn);
    this.touch();
  }

  /** The incident with its timeline, related items, findings and tags. */
  deleteIncident(arn: string): boolean {
    if (!this.incidents.delete(arn)) return false;
    this.tags.delete(arn);
    this.newestFirst = undefined;
    this.touch();
    return true;
  }

  /** The plan with its tags and resource policies; the incidents it started stay. */
  deleteResponsePlan(arn: string): boolean {
    if (!this.responsePlans.delete(arn)) return false;
    this.tags.delete(arn);
    this.resourcePolicies.delete(arn);
    this.touch();
    return true;
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
    this.tags.clear();
    this.resourcePolicies.clear();
    this.newestFirst = undefined;
    this.touch();
  }

  snapshot(): StateSnapshot {
    return {
      version: 1,
      accountId: this.accountId,
      responsePlans: [...this.responsePlans.values()].map((plan) => ({
        ...plan,
        ...optional('tags', this.tags.get(plan.arn)),
        ...optional(
          'resourcePolicies',
          this.resourcePolicies.get(plan.arn)?.map((stored) => stored.policy),
        ),
      })),
      incidents: [...this.incidents.values()].map((entry) => ({
        ...entry.record,
        timelineEvents: [...entry.events.values()].map((stored) => stored.event),
        relatedItems: entry.relatedItems.map((stored) => stored.item),
        ...optional('tags', this.tags.get(entry.record.arn)),
        ...(entry.findings.size > 0
          ? { findings: [...entry.findings.values()].map((stored) => stored.finding) }
          : {}),
      })),
      idempotency: [...this.idempotency.values()],
    };
  }

  /** Arrays in a snapshot are in creation order, so re-numbering on load keeps every tie-break. */
  load(snapshot: StateSnapshot): void {
    this.clear(snapshot.accountId);
    for (const { tags, resourcePolicies, ...plan } of snapshot.responsePlans) {
      this.responsePlans.set(plan.arn, plan);
      if (tags) this.tags.set(plan.arn, tags);
      if (resourcePolicies?.length) {
        const stored = resourcePolicies.map((policy) => ({ policy, seq: this.nextSeq() }));
        this.resourcePolicies.set(plan.arn, stored);
      }
    }
    for (const { timelineEvents, relatedItems, tags, findings, ...record } of snapshot.incidents) {
      this.addIncident(record, relatedItems, timelineEvents, findings);
      if (tags) this.tags.set(record.arn, tags);
    }
    for (const record of snapshot.idempotency) {
      this.idempotency.set(
        idempotencyKey(record.operation, record.clientToken, record.region),
        record,
      );
    }
  }
}

function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

/** A token's key: per operation, and per region when tokens are known only where used. */
export function idempotencyKey(operation: string, clientToken: string, region = ''): string {
  return `${operation}\u0000${clientToken}\u0000${region}`;
}
