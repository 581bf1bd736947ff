import { conflict, conflictWithoutResource, notFound } from '../errors.js';
import { idempotent, stableStringify } from '../idempotency.js';
import { newRelatedItemId } from '../ids.js';
import type { ListRelatedItemsInput } from '../model/service-model.generated.js';
import type { IncidentEntry, Store } from '../store.js';
import type { ItemIdentifier, RelatedItem } from '../types.js';
import {
  incidentAsSettingsAnswer,
  requireIncident,
  visibleIn,
  type OperationContext,
} from './context.js';
import { noteRelatedItemAdded, noteRelatedItemRemoved } from './record-update-events.js';

/** Two related items are the same item when type and value match; the title does not count. */
function sameIdentifier(a: ItemIdentifier, b: ItemIdentifier): boolean {
  return a.type === b.type && stableStringify(a.value) === stableStringify(b.value);
}

/**
 * StartIncident's related items, checked before the incident is created so that a refused call
 * writes nothing: two with the same type and value are a ConflictException, as UpdateRelatedItems
 * refuses adding an item the incident has. No incident exists yet to name.
 */
export function refuseDuplicateItems(items: readonly Omit<RelatedItem, 'generatedId'>[]): void {
  items.forEach((item, index) => {
    const first = items.findIndex((other) => sameIdentifier(other.identifier, item.identifier));
    if (first < index) {
      throw conflictWithoutResource(
        `relatedItems.${index + 1} has the type ${item.identifier.type} and the value of relatedItems.${first + 1}: an incident has each related item once`,
      );
    }
  });
}

/** Shared by UpdateRelatedItems, StartIncident and seeding: a duplicate is a ConflictException. */
export function addRelatedItem(
  store: Store,
  entry: IncidentEntry,
  item: Omit<RelatedItem, 'generatedId'>,
  /** The call that adds it: the item replicates from its region. None for seeds and StartIncident. */
  context?: Pick<OperationContext, 'region' | 'settings'>,
): RelatedItem {
  // A region sees only what has replicated to it: an item not there yet can be added again.
  const seen = entry.relatedItems.filter((stored) => !context || visibleIn(stored, context));
  if (seen.some((stored) => sameIdentifier(stored.item.identifier, item.identifier))) {
    throw conflict(
      'INCIDENT_RECORD',
      entry.record.arn,
      `The incident already has a related item of type ${item.identifier.type} with this value`,
    );
  }
  const added: RelatedItem = { ...item, generatedId: newRelatedItemId(item.identifier.type) };
  entry.relatedItems.push({
    item: added,
    seq: store.nextSeq(),
    ...(context?.region ? { written: { region: context.region, at: Date.now() } } : {}),
  });
  store.touch();
  return added;
}

export const updateRelatedItems = idempotent(
  'UpdateRelatedItems',
  'INCIDENT_RECORD',
  (context, input) => {
    const { store, principal } = context;
    const entry = requireIncident(store, input.incidentRecordArn);
    const { itemToAdd, itemToRemove } = input.relatedItemsUpdate;
    if (itemToAdd) {
      // generatedId is an output: the service assigns it, whatever the caller sent.
      const { generatedId: _ignored, ...item } = itemToAdd as RelatedItem;
      const added = addRelatedItem(store, entry, item, context);
      noteRelatedItemAdded(store, entry, principal, added);
    } else if (itemToRemove) {
      const index = entry.relatedItems.findIndex((stored) =>
        sameIdentifier(stored.item.identifier, itemToRemove),
      );
      if (index < 0) {
        throw notFound(
          'INCIDENT_RECORD',
          input.incidentRecordArn,
          `The incident has no related item of type ${itemToRemove.type} with this value`,
        );
      }
      const [removed] = entry.relatedItems.splice(index, 1);
      noteRelatedItemRemoved(store, entry, principal, removed!.item, itemToRemove);
      store.touch();
    }
    return undefined;
  },
  (_result, input) => input.incidentRecordArn,
);

export function listRelatedItems(context: OperationContext, input: ListRelatedItemsInput) {
  const entry = incidentAsSettingsAnswer(context, input.incidentRecordArn);
  const seen = (entry?.relatedItems ?? []).filter((stored) => visibleIn(stored, context));
  const page = context.paginator.page('ListRelatedItems', input, seen, (stored) => [stored.seq]);
  return { relatedItems: page.items.map((stored) => stored.item), nextToken: page.nextToken };
}
