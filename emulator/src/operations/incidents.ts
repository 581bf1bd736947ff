import { notFound } from '../errors.js';
import type {
  DeleteIncidentRecordInput,
  GetIncidentRecordInput,
  ListIncidentRecordsInput,
} from '../model/service-model.generated.js';
import { idempotent } from '../idempotency.js';
import { incidentRecordArn, newResourceId, nowSeconds } from '../ids.js';
import type { IncidentEntry, Store } from '../store.js';
import type { IncidentRecord, IncidentStatus, ResponsePlan } from '../types.js';
import { requireIncident, type OperationContext } from './context.js';
import { compileFilters } from './filters.js';
import { addRelatedItem, refuseDuplicateItems } from './related-items.js';
import { noteAttributeChanges, type ModifiedAttribute } from './record-update-events.js';

/** The source the service records for incidents started through the API rather than by a trigger. */
export const MANUAL_INCIDENT_SOURCE = 'aws.ssm-incidents.custom';

export interface NewIncident {
  plan: ResponsePlan;
  principal: string;
  id?: string;
  title?: string;
  impact?: number;
  status?: IncidentStatus;
  creationTime?: number;
  source?: string;
  triggerArn?: string;
}

/** Builds a record from a response plan's template; StartIncident and seeding share it. */
export function createIncident(store: Store, incident: NewIncident): IncidentEntry {
  const { plan, principal } = incident;
  const template = plan.incidentTemplate;
  const creationTime = incident.creationTime ?? nowSeconds();
  const status = incident.status ?? 'OPEN';
  const record: IncidentRecord = {
    arn: incidentRecordArn(store.accountId, plan.name, incident.id ?? newResourceId()),
    title: incident.title ?? template.title,
    impact: incident.impact ?? template.impact,
    status,
    summary: template.summary,
    creationTime,
    resolvedTime: status === 'RESOLVED' ? creationTime : undefined,
    lastModifiedTime: creationTime,
    lastModifiedBy: principal,
    dedupeString: template.dedupeString ?? newResourceId(),
    incidentRecordSource: {
      createdBy: principal,
      invokedBy: principal,
      source: incident.source ?? MANUAL_INCIDENT_SOURCE,
      resourceArn: incident.triggerArn,
    },
    chatChannel: plan.chatChannel,
    notificationTargets: template.notificationTargets ?? [],
    automationExecutions: [],
  };
  const entry = store.addIncident(record);
  // Documented for incidentTemplate.incidentTags: StartIncident gives the incident these tags.
  if (template.incidentTags) store.setTags(record.arn, template.incidentTags);
  return entry;
}

export const startIncident = idempotent(
  'StartIncident',
  'INCIDENT_RECORD',
  ({ store, principal }, input) => {
    const plan = store.responsePlans.get(input.responsePlanArn);
    if (!plan) throw notFound('RESPONSE_PLAN', input.responsePlanArn);
    refuseDuplicateItems(input.relatedItems ?? []);
    const entry = createIncident(store, {
      plan,
      principal,
      title: input.title,
      impact: input.impact,
      source: input.triggerDetails?.source,
      triggerArn: input.triggerDetails?.triggerArn,
    });
    for (const item of input.relatedItems ?? []) addRelatedItem(store, entry, item);
    return { incidentRecordArn: entry.record.arn };
  },
  (r) => r.incidentRecordArn,
);

export function getIncidentRecord({ store }: OperationContext, input: GetIncidentRecordInput) {
  return { incidentRecord: requireIncident(store, input.arn).record };
}

export function listIncidentRecords(
  { store, paginator }: OperationContext,
  input: ListIncidentRecordsInput,
) {
  const matches = compileFilters<IncidentEntry>(input.filters, {
    creationTime: { kind: 'timestamp', read: (e) => e.record.creationTime },
    impact: { kind: 'integer', read: (e) => e.record.impact },
    status: { kind: 'string', read: (e) => e.record.status },
    createdBy: { kind: 'string', read: (e) => e.record.incidentRecordSource.createdBy },
  });
  const all = store.incidentsNewestFirst();
  const selected = input.filters?.length ? all.filter(matches) : all;
  const page = paginator.page('ListIncidentRecords', input, selected, (e) => [
    -e.record.creationTime,
    -e.seq,
  ]);
  return {
    incidentRecordSummaries: page.items.map(({ record }) => ({
      arn: record.arn,
      creationTime: record.creationTime,
      impact: record.impact,
      incidentRecordSource: record.incidentRecordSource,
      resolvedTime: record.resolvedTime,
      status: record.status,
      title: record.title,
    })),
    nextToken: page.nextToken,
  };
}

/**
 * Idempotent, as the model marks it, and without ResourceNotFoundException among its errors:
 * deleting an incident that is already gone succeeds.
 */
export function deleteIncidentRecord(
  { store }: OperationContext,
  input: DeleteIncidentRecordInput,
) {
  store.deleteIncident(input.arn);
  return undefined;
}

const UPDATABLE = [
  'title',
  'impact',
  'status',
  'summary',
  'chatChannel',
  'notificationTargets',
] as const;

export const updateIncidentRecord = idempotent(
  'UpdateIncidentRecord',
  'INCIDENT_RECORD',
  ({ store, principal }, input) => {
    const entry = requireIncident(store, input.arn);
    const record = entry.record as unknown as Record<string, unknown>;
    const now = nowSeconds();
    const modifiedAttributes: ModifiedAttribute[] = [];
    for (const name of UPDATABLE) {
      const value = input[name];
      if (value === undefined || JSON.stringify(value) === JSON.stringify(record[name])) continue;
      // Documented: the empty chat channel removes the record's channel.
      const removed = name === 'chatChannel' && input.chatChannel?.empty !== undefined;
      if (removed && record.chatChannel === undefined) continue;
      modifiedAttributes.push({
        attributeName: name,
        previousValue: record[name] ?? null,
        newValue: removed ? null : value,
      });
      if (removed) delete record.chatChannel;
      else record[name] = value;
    }
    if (input.status === 'RESOLVED' && entry.record.resolvedTime === undefined)
      entry.record.resolvedTime = now;
    if (input.status === 'OPEN') delete entry.record.resolvedTime;
    entry.record.lastModifiedTime = now;
    entry.record.lastModifiedBy = principal;
    // The service notes its own changes on the timeline: one event per update.
    noteAttributeChanges(store, entry, principal, modifiedAttributes);
    store.touch();
    return undefined;
  },
  (_result, input) => input.arn,
);
