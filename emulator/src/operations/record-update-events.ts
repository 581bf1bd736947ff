import { nowSeconds } from '../ids.js';
import type { IncidentEntry, Store } from '../store.js';
import type { ItemIdentifier, RelatedItem, TimelineEvent } from '../types.js';
import { addTimelineEvent } from './timeline-events.js';

/** The type of the events Incident Manager writes itself when an incident record changes. */
export const RECORD_UPDATE_EVENT_TYPE = 'SSM Incident Record Update';

export interface ModifiedAttribute {
  attributeName: string;
  previousValue?: unknown;
  newValue: unknown;
}

/**
 * Notes a change of the incident record on its timeline, in the envelope of the GetTimelineEvent
 * example of the API reference: `eventData` is JSON `{modifiedBy, modifiedAttributes,
 * incidentTitle}`, and the event references the incident.
 */
function noteRecordUpdate(
  store: Store,
  entry: IncidentEntry,
  principal: string,
  modifiedAttributes: ModifiedAttribute[],
  relatedItemId?: string,
): TimelineEvent {
  // Written at one instant: its time and its last update are the same.
  const now = nowSeconds();
  return addTimelineEvent(
    store,
    entry,
    {
      eventType: RECORD_UPDATE_EVENT_TYPE,
      eventTime: now,
      eventData: JSON.stringify({
        modifiedBy: principal,
        modifiedAttributes,
        incidentTitle: entry.record.title,
      }),
      eventReferences: [
        ...(relatedItemId === undefined ? [] : [{ relatedItemId }]),
        { resource: entry.record.arn },
      ],
    },
    now,
  );
}

/** UpdateIncidentRecord's changes; what each attribute carries is the emulator's own choice. */
export function noteAttributeChanges(
  store: Store,
  entry: IncidentEntry,
  principal: string,
  modifiedAttributes: ModifiedAttribute[],
): void {
  if (modifiedAttributes.length > 0) noteRecordUpdate(store, entry, principal, modifiedAttributes);
}

/**
 * UpdateRelatedItems: as in the API reference's example, the attribute `relatedItems` whose
 * `newValue` is the update as JSON text (`{"itemToAdd":{"identifier":…,"title":…}}`), and
 * references to the related item and the incident. Removal is not documented; it mirrors the
 * addition with `{"itemToRemove":{"type":…,"value":…}}` and the removed item's ID.
 */
export function noteRelatedItemAdded(
  store: Store,
  entry: IncidentEntry,
  principal: string,
  item: RelatedItem,
): void {
  const itemToAdd = {
    identifier: inDocumentedOrder(item.identifier),
    ...(item.title === undefined ? {} : { title: item.title }),
  };
  noteRecordUpdate(
    store,
    entry,
    principal,
    [{ attributeName: 'relatedItems', newValue: JSON.stringify({ itemToAdd }) }],
    item.generatedId,
  );
}

export function noteRelatedItemRemoved(
  store: Store,
  entry: IncidentEntry,
  principal: string,
  removed: RelatedItem,
  itemToRemove: ItemIdentifier,
): void {
  noteRecordUpdate(
    store,
    entry,
    principal,
    [
      {
        attributeName: 'relatedItems',
        newValue: JSON.stringify({ itemToRemove: inDocumentedOrder(itemToRemove) }),
      },
    ],
    removed.generatedId,
  );
}

/** `type` before `value`, as the example shows, whatever order the caller's JSON had. */
function inDocumentedOrder(identifier: ItemIdentifier): ItemIdentifier {
  return { type: identifier.type, value: identifier.value };
}
