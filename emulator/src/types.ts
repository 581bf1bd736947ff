import type { RepositoryCommits } from './github/commit-spec.js';
import type { ChatChannel } from './model/service-model.generated.js';

/** Wire shapes of the resources the emulator keeps, as the service returns them. Times are epoch seconds. */

export interface IncidentTemplate {
  title: string;
  impact: number;
  summary?: string;
  dedupeString?: string;
  incidentTags?: Record<string, string>;
  notificationTargets?: NotificationTarget[];
}

export interface NotificationTarget {
  snsTopicArn?: string;
}

export interface ResponsePlan {
  arn: string;
  name: string;
  displayName?: string;
  incidentTemplate: IncidentTemplate;
  actions?: unknown[];
  chatChannel?: ChatChannel;
  engagements?: string[];
  integrations?: unknown[];
  tags?: Record<string, string>;
}

export interface ItemValue {
  arn?: string;
  url?: string;
  metricDefinition?: string;
  pagerDutyIncidentDetail?: { id: string; autoResolve?: boolean; secretId?: string };
}

export interface ItemIdentifier {
  type: string;
  value: ItemValue;
}

export interface RelatedItem {
  generatedId: string;
  identifier: ItemIdentifier;
  title?: string;
}

export interface EventReference {
  resource?: string;
  relatedItemId?: string;
}

export interface TimelineEvent {
  eventId: string;
  incidentRecordArn: string;
  eventTime: number;
  eventType: string;
  eventData: string;
  eventReferences?: EventReference[];
  eventUpdatedTime: number;
}

export type IncidentStatus = 'OPEN' | 'RESOLVED';

export interface IncidentRecordSource {
  createdBy: string;
  invokedBy?: string;
  resourceArn?: string;
  source: string;
}

export interface IncidentRecord {
  arn: string;
  title: string;
  impact: number;
  status: IncidentStatus;
  summary?: string;
  creationTime: number;
  resolvedTime?: number;
  lastModifiedTime: number;
  lastModifiedBy: string;
  dedupeString: string;
  incidentRecordSource: IncidentRecordSource;
  chatChannel?: ChatChannel;
  notificationTargets: NotificationTarget[];
  automationExecutions: unknown[];
}

/** A finding of an incident (a deployment or stack update that may have caused it), as served. */
export interface Finding {
  id: string;
  creationTime: number;
  lastModifiedTime: number;
  details?: { codeDeployDeployment?: unknown; cloudFormationStackUpdate?: unknown };
}

/** A resource policy of a response plan, as GetResourcePolicies answers it. */
export interface ResourcePolicy {
  policyId: string;
  policyDocument: string;
  ramResourceShareRegion: string;
}

/** What the first call with a clientToken answered, replayed to later calls with the same token. */
export interface IdempotencyRecord {
  operation: string;
  clientToken: string;
  fingerprint: string;
  response: unknown;
  resourceType: string;
  resourceIdentifier: string;
  /** With the `region` token scope: the region the token was used in, the only one that knows it. */
  region?: string;
}

/** The persisted state file and the `GET /_emulator/state` dump share this format. */
export interface StateSnapshot {
  version: 1;
  accountId: string;
  /** A plan's tags and resource policies are kept with it; both are absent in older files. */
  responsePlans: (ResponsePlan & { resourcePolicies?: ResourcePolicy[] })[];
  incidents: (IncidentRecord & {
    timelineEvents: TimelineEvent[];
    relatedItems: RelatedItem[];
    /** Absent in files written before tags and findings were served. */
    tags?: Record<string, string>;
    findings?: Finding[];
  })[];
  idempotency: IdempotencyRecord[];
  /** The GitHub stand-in's commits, by repository; absent in files written before it existed. */
  githubCommits?: RepositoryCommits[];
}
