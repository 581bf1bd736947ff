import { notFound, validationError } from '../errors.js';
import { idempotent } from '../idempotency.js';
import { newResourceId, nowSeconds } from '../ids.js';
import type {
  DeleteTimelineEventInput,
  GetTimelineEventInput,
  ListTimelineEventsInput,
} from '../model/service-model.generated.js';
import { sortByKey } from '../pagination.js';
import type { IncidentEntry, Store, StoredEvent } from '../store.js';
import type { EventReference, TimelineEvent } from '../types.js';
import { constraintError } from '../validation.js';
import {
  incidentAsSettingsAnswer,
  requireIncident,
  visibleIn,
  type OperationContext,
} from './context.js';
import { compileFilters } from './filters.js';

/** The model leaves eventType open; the service only lets callers write these two. */
export const WRITABLE_EVENT_TYPES = ['Custom Event', 'Note'];

export function addTimelineEvent(
  store: Store,
  entry: IncidentEntry,
  fields: Pick<TimelineEvent, 'eventTime' | 'eventType' | 'eventData' | 'eventReferences'>,
  now = nowSeconds(),
  writtenIn = '',
): TimelineEvent {
  const event: TimelineEvent = {
    eventId: newResourceId(),
    incidentRecordArn: entry.record.arn,
    ...fields,
    eventUpdatedTime: now,
  };
  entry.events.set(event.eventId, {
    event,
    seq: store.nextSeq(),
    ...(writtenIn ? { written: { region: writtenIn, at: Date.now() } } : {}),
  });
  store.touch();
  return event;
}

function checkEventType(eventType: string | undefined): void {
  if (eventType !== undefined && !WRITABLE_EVENT_TYPES.includes(eventType)) {
    throw constraintError(
      'eventType',
      eventType,
      `Member must be one of [${WRITABLE_EVENT_TYPES.join(', ')}]`,
    );
  }
}

/** A relatedItemId reference must name a related item of the same incident. */
function checkReferences(entry: IncidentEntry, references: EventReference[] | undefined): void {
  references?.forEach((reference, index) => {
    const id = reference.relatedItemId;
    if (id !== undefined && !entry.relatedItems.some((stored) => stored.item.generatedId === id)) {
      throw constraintError(
        `eventReferences.${index + 1}.member.relatedItemId`,
        id,
        `Related item ${id} does not exist on incident ${entry.record.arn}`,
      );
    }
  });
}

/**
 * Events Incident Manager wrote itself (`SSM Incident Record Update`...) are not the caller's to
 * change: UpdateTimelineEvent's documentation allows Custom Event only, the model's eventType
 * allows callers Custom Event and Note.
 */
function refuseAutomaticEvent(event: TimelineEvent, action: 'updated' | 'deleted'): void {
  if (!WRITABLE_EVENT_TYPES.includes(event.eventType)) {
    throw validationError(
      `Timeline event ${event.eventId} is of type ${event.eventType}, which Incident Manager writes itself; only events of type ${WRITABLE_EVENT_TYPES.join(' or ')} can be ${action}`,
    );
  }
}

function requireEvent(
  entry: IncidentEntry,
  eventId: string,
  context: Pick<OperationContext, 'region' | 'settings'>,
): StoredEvent {
  const stored = entry.events.get(eventId);
  if (!stored || !visibleIn(stored, context))
    throw notFound(
      'TIMELINE_EVENT',
      eventId,
      `Timeline event ${eventId} does not exist on incident ${entry.record.arn}`,
    );
  return stored;
}

export const createTimelineEvent = idempotent(
  'CreateTimelineEvent',
  'TIMELINE_EVENT',
  ({ store, region }, input) => {
    const entry = requireIncident(store, input.incidentRecordArn);
    checkReferences(entry, input.eventReferences);
    const event = addTimelineEvent(
      store,
      entry,
      {
        eventTime: input.eventTime,
        eventType: input.eventType,
        eventData: input.eventData,
        eventReferences: input.eventReferences,
      },
      nowSeconds(),
      region,
    );
    return { eventId: event.eventId, incidentRecordArn: event.incidentRecordArn };
  },
  (r) => r.eventId,
  (input) => checkEventType(input.eventType),
);

export const updateTimelineEvent = idempotent(
  'UpdateTimelineEvent',
  'TIMELINE_EVENT',
  (context, input) => {
    const { store } = context;
    const entry = requireIncident(store, input.incidentRecordArn);
    const { event } = requireEvent(entry, input.eventId, context);
    refuseAutomaticEvent(event, 'updated');
    checkReferences(entry, input.eventReferences);
    if (input.eventTime !== undefined) event.eventTime = input.eventTime;
    if (input.eventType !== undefined) event.eventType = input.eventType;
    if (input.eventData !== undefined) event.eventData = input.eventData;
    // Documented: the given list replaces every existing reference.
    if (input.eventReferences !== undefined) event.eventReferences = input.eventReferences;
    event.eventUpdatedTime = nowSeconds();
    store.touch();
    return undefined;
  },
  (_result, input) => input.eventId,
  (input) => checkEventType(input.eventType),
);

export function getTimelineEvent(context: OperationContext, input: GetTimelineEventInput) {
  const entry = requireIncident(context.store, input.incidentRecordArn);
  return { event: requireEvent(entry, input.eventId, context).event };
}

/**
 * Idempotent, as the model marks it: deleting an event that is already gone succeeds. A region
 * deletes only what it reads: an event not replicated there yet is, for it, not there.
 */
export function deleteTimelineEvent(context: OperationContext, input: DeleteTimelineEventInput) {
  const { store } = context;
  const entry = incidentAsSettingsAnswer(context, input.incidentRecordArn);
  const stored = entry?.events.get(input.eventId);
  if (!entry || !stored || !visibleIn(stored, context)) return undefined;
  refuseAutomaticEvent(stored.event, 'deleted');
  entry.events.delete(input.eventId);
  store.touch();
  return undefined;
}

export function listTimelineEvents(context: OperationContext, input: ListTimelineEventsInput) {
  const { paginator } = context;
  const entry = incidentAsSettingsAnswer(context, input.incidentRecordArn);
  const matches = compileFilters<StoredEvent>(input.filters, {
    eventTime: { kind: 'timestamp', read: (s) => s.event.eventTime },
    eventType: { kind: 'string', read: (s) => s.event.eventType },
    eventReference: {
      kind: 'string',
      read: (s) => (s.event.eventReferences ?? []).map((r) => r.resource ?? r.relatedItemId ?? ''),
    },
  });
  // Newest first unless asked otherwise, as the service lists a timeline.
  const sign = input.sortOrder === 'ASCENDING' ? 1 : -1;
  const keyOf = (s: StoredEvent) => [sign * s.event.eventTime, sign * s.seq];
  const events = entry ? [...entry.events.values()] : [];
  const seen = events.filter((s) => visibleIn(s, context) && matches(s));
  const sorted = sortByKey(seen, keyOf);
  const page = paginator.page('ListTimelineEvents', input, sorted, keyOf);
  return {
    eventSummaries: page.items.map(({ event }) => ({
      eventId: event.eventId,
      eventReferences: event.eventReferences,
      eventTime: event.eventTime,
      eventType: event.eventType,
      eventUpdatedTime: event.eventUpdatedTime,
      incidentRecordArn: event.incidentRecordArn,
    })),
    nextToken: page.nextToken,
  };
}
