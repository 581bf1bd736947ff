import type { ServedOperation } from '../model/service-model.generated.js';
import { assertValidInput } from '../validation.js';
import type { Handler, OperationContext } from './context.js';
import {
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
  updateReplicationSet,
} from './replication-sets.js';
import { createResponsePlan, getResponsePlan, listResponsePlans } from './response-plans.js';
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
  StartIncident: startIncident,
  GetIncidentRecord: getIncidentRecord,
  ListIncidentRecords: listIncidentRecords,
  UpdateIncidentRecord: updateIncidentRecord,
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
};

/** Validates the input of the operation against the model, then runs its handler. */
export function runOperation<Op extends ServedOperation>(
  operation: Op,
  context: OperationContext,
  input: Record<string, unknown>,
): unknown {
  assertValidInput(operation, input);
  const handler: Handler<Op> = handlers[operation];
  return handler(context, input);
}
