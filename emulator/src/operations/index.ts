import type { OperationHandler } from './context.js';
import {
  getIncidentRecord,
  listIncidentRecords,
  startIncident,
  updateIncidentRecord,
} from './incidents.js';
import { listRelatedItems, updateRelatedItems } from './related-items.js';
import { createResponsePlan, getResponsePlan, listResponsePlans } from './response-plans.js';
import {
  createTimelineEvent,
  deleteTimelineEvent,
  getTimelineEvent,
  listTimelineEvents,
  updateTimelineEvent,
} from './timeline-events.js';

/** One handler per served operation; routes and status codes come from the model, not from here. */
export const handlers: Record<string, OperationHandler> = {
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
} as Record<string, OperationHandler>;
