import type { OperationInputs, ServedOperation } from '../model/service-model.generated.js';
import { assertValidInput, isPlainObject } from '../validation.js';
import type { Handler, OperationContext } from './context.js';
import { batchGetIncidentFindings, listIncidentFindings } from './findings.js';
import {
  deleteIncidentRecord,
  getIncidentRecord,
  listIncidentRecords,
  startIncident,
  updateIncidentRecord,
} from './incidents.js';
import { listRelatedItems, updateRelatedItems } from './related-items.js';
import {
  createReplicationSet,
  deleteReplicationSet,
  getReplicationSet,
  listReplicationSets,
  updateDeletionProtection,
  updateReplicationSet,
} from './replication-sets.js';
import {
  deleteResourcePolicy,
  getResourcePolicies,
  putResourcePolicy,
} from './resource-policies.js';
import {
  createResponsePlan,
  deleteResponsePlan,
  getResponsePlan,
  listResponsePlans,
  updateResponsePlan,
} from './response-plans.js';
import { listTagsForResource, tagResource, untagResource } from './tags.js';
import {
  createTimelineEvent,
  deleteTimelineEvent,
  getTimelineEvent,
  listTimelineEvents,
  updateTimelineEvent,
} from './timeline-events.js';

/**
 * One handler per served operation (a missing one does not compile); routes and status codes come
 * from the model, not from here.
 */
export type HandlerTable = { [Op in ServedOperation]: Handler<Op> };

export const handlers: HandlerTable = {
  CreateResponsePlan: createResponsePlan,
  GetResponsePlan: getResponsePlan,
  ListResponsePlans: listResponsePlans,
  UpdateResponsePlan: updateResponsePlan,
  DeleteResponsePlan: deleteResponsePlan,
  PutResourcePolicy: putResourcePolicy,
  GetResourcePolicies: getResourcePolicies,
  DeleteResourcePolicy: deleteResourcePolicy,
  StartIncident: startIncident,
  GetIncidentRecord: getIncidentRecord,
  ListIncidentRecords: listIncidentRecords,
  UpdateIncidentRecord: updateIncidentRecord,
  DeleteIncidentRecord: deleteIncidentRecord,
  ListIncidentFindings: listIncidentFindings,
  BatchGetIncidentFindings: batchGetIncidentFindings,
  CreateTimelineEvent: createTimelineEvent,
  UpdateTimelineEvent: updateTimelineEvent,
  GetTimelineEvent: getTimelineEvent,
  ListTimelineEvents: listTimelineEvents,
  DeleteTimelineEvent: deleteTimelineEvent,
  UpdateRelatedItems: updateRelatedItems,
  ListRelatedItems: listRelatedItems,
  CreateReplicationSet: createReplicationSet,
  GetReplicationSet: getReplicationSet,
  ListReplicationSets: listReplicationSets,
  UpdateReplicationSet: updateReplicationSet,
  DeleteReplicationSet: deleteReplicationSet,
  UpdateDeletionProtection: updateDeletionProtection,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};

/**
 * Validates the input of the operation against the model, then runs its handler with every JSON
 * null left out: the service reads a null member as an absent one, so no handler can store one.
 */
export function runOperation<Op extends ServedOperation>(
  operation: Op,
  context: OperationContext,
  input: Record<string, unknown>,
): unknown {
  assertValidInput(operation, input);
  const handler: Handler<Op> = handlers[operation];
  return handler(context, withoutNulls(input) as OperationInputs[Op]);
}

/** Validation refuses a null inside a list or map, so only members of structures are left out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isPlainObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    if (member !== null) kept[name] = withoutNulls(member);
  }
  return kept;
}
