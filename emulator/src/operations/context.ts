import { notFound } from '../errors.js';
import type { OperationInputs, ServedOperation } from '../model/service-model.generated.js';
import type { Paginator } from '../pagination.js';
import type { EmulatorSettings } from '../settings.js';
import type { IncidentEntry, Store } from '../store.js';

export interface OperationContext {
  store: Store;
  paginator: Paginator;
  /** ARN of the caller, recorded as createdBy / lastModifiedBy. */
  principal: string;
  /** The settings at the time of the call (what a token conflict names...). */
  settings: EmulatorSettings;
}

/**
 * The handler of one operation: gets its input as validated against the model, returns the
 * response body, or undefined for the operations that answer 204 without one.
 */
export type Handler<Op extends ServedOperation> = (
  context: OperationContext,
  input: OperationInputs[Op],
) => unknown;

export function requireIncident(store: Store, arn: string): IncidentEntry {
  const entry = store.incidents.get(arn);
  if (!entry) throw notFound('INCIDENT_RECORD', arn);
  return entry;
}
