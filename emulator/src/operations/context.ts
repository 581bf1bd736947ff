import { notFound, validationError } from '../errors.js';
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
  /** The region the call was signed for ('' when unsigned): what it writes is seen there first. */
  region: string;
  /** The emulator's own region (`--region`): where an unsigned call is taken to be made. */
  homeRegion: string;
}

/**
 * Whether a timeline event is read in `region` yet: at once where it was written, after the
 * replication lag elsewhere. Events the emulator or a seed wrote are everywhere.
 */
export function visibleIn(
  stored: { written?: { region: string; at: number } },
  { region, settings }: Pick<OperationContext, 'region' | 'settings'>,
): boolean {
  const { written } = stored;
  if (!written || !region || written.region === region) return true;
  return Date.now() >= written.at + settings.replicationLagMs;
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

/**
 * The incident of ListTimelineEvents, ListRelatedItems or DeleteTimelineEvent, whose documented
 * errors do not say what an unknown one answers: as the `unknownIncident` setting chooses, with
 * undefined for `empty` (nothing there: an empty list, or nothing to delete).
 */
export function incidentAsSettingsAnswer(
  { store, settings }: Pick<OperationContext, 'store' | 'settings'>,
  arn: string,
): IncidentEntry | undefined {
  const entry = store.incidents.get(arn);
  if (entry) return entry;
  switch (settings.unknownIncident) {
    case 'empty':
      return undefined;
    case 'validation':
      throw validationError(`Incident record ${arn} does not exist`);
    case 'not-found':
      throw notFound('INCIDENT_RECORD', arn);
  }
}
