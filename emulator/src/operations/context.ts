import { notFound } from '../errors.js';
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

/** Returns the response body, or undefined for the operations that answer 204 without one. */
export type OperationHandler = (context: OperationContext, input: never) => unknown;

export function requireIncident(store: Store, arn: string): IncidentEntry {
  const entry = store.incidents.get(arn);
  if (!entry) throw notFound('INCIDENT_RECORD', arn);
  return entry;
}
