import { isPlainObject } from './validation.js';

/**
 * What a ConflictException for a reused clientToken names, which AWS does not document:
 * - `event`: the resource the first call wrote (the event ID for CreateTimelineEvent, the
 *   incident ARN for StartIncident...), with its resourceType;
 * - `token`: the client token itself as resourceIdentifier, with the resourceType of the
 *   operation's resource;
 * - `none`: neither resourceIdentifier nor resourceType.
 */
export const CONFLICT_IDENTIFIERS = ['event', 'token', 'none'] as const;
export type ConflictIdentifier = (typeof CONFLICT_IDENTIFIERS)[number];

/**
 * Behaviours AWS leaves open, chosen by the test: at start (flags, `startEmulator` options) and
 * at run time (`/_emulator/settings`). A reset goes back to the start values.
 */
export interface EmulatorSettings {
  conflictIdentifier: ConflictIdentifier;
  /**
   * How long a timeline event written in one region takes to be read in the others (the
   * replication set's copy), in milliseconds: 0 by default, replicated at once.
   */
  replicationLagMs: number;
  /**
   * Whether a clientToken is known only in the region it was used in (`region`), or in every
   * region (`global`). AWS does not document it; `region` invents least (a region knows what
   * it processed), and a caller must cope with either.
   */
  clientTokenScope: ClientTokenScope;
  /**
   * What a region outside the account's replication set answers (when the account has one):
   * `not-found` (ResourceNotFoundException: Incident Manager holds nothing there), `access-denied`,
   * or `serve` (as if it were in the set). AWS does not document it.
   */
  outsideRegion: OutsideRegion;
  /**
   * What ListTimelineEvents, ListRelatedItems and DeleteTimelineEvent answer for an incident that
   * does not exist, which their documented errors leave open (ResourceNotFoundException is not
   * among them): `not-found` (ResourceNotFoundException, the default), `empty` (an empty list;
   * success for the delete, as for an event already gone), or `validation` (ValidationException).
   */
  unknownIncident: UnknownIncident;
}

export const UNKNOWN_INCIDENT_ANSWERS = ['not-found', 'empty', 'validation'] as const;
export type UnknownIncident = (typeof UNKNOWN_INCIDENT_ANSWERS)[number];

export const OUTSIDE_REGION_ANSWERS = ['not-found', 'access-denied', 'serve'] as const;
export type OutsideRegion = (typeof OUTSIDE_REGION_ANSWERS)[number];

export const CLIENT_TOKEN_SCOPES = ['region', 'global'] as const;
export type ClientTokenScope = (typeof CLIENT_TOKEN_SCOPES)[number];

/** `none` invents least: a caller must recover without being told what the first call wrote. */
export const DEFAULT_SETTINGS: EmulatorSettings = {
  conflictIdentifier: 'none',
  replicationLagMs: 0,
  clientTokenScope: 'region',
  outsideRegion: 'not-found',
  unknownIncident: 'not-found',
};

export function isConflictIdentifier(value: unknown): value is ConflictIdentifier {
  return (CONFLICT_IDENTIFIERS as readonly unknown[]).includes(value);
}

const SETTING_CHECKS: Record<keyof EmulatorSettings, (value: unknown) => string | undefined> = {
  conflictIdentifier: (value) =>
    isConflictIdentifier(value)
      ? undefined
      : `conflictIdentifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`,
  replicationLagMs: (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? undefined
      : 'replicationLagMs must be a non-negative number of milliseconds',
  outsideRegion: (value) =>
    (OUTSIDE_REGION_ANSWERS as readonly unknown[]).includes(value)
      ? undefined
      : `outsideRegion must be one of ${OUTSIDE_REGION_ANSWERS.join(', ')}`,
  unknownIncident: (value) =>
    (UNKNOWN_INCIDENT_ANSWERS as readonly unknown[]).includes(value)
      ? undefined
      : `unknownIncident must be one of ${UNKNOWN_INCIDENT_ANSWERS.join(', ')}`,
  clientTokenScope: (value) =>
    (CLIENT_TOKEN_SCOPES as readonly unknown[]).includes(value)
      ? undefined
      : `clientTokenScope must be one of ${CLIENT_TOKEN_SCOPES.join(', ')}`,
};

export class Settings {
  private current: EmulatorSettings;

  constructor(private readonly atStart: EmulatorSettings) {
    this.current = { ...atStart };
  }

  get(): EmulatorSettings {
    return { ...this.current };
  }

  /** Applies the members given (all or none of them); returns every setting, or what is wrong. */
  update(patch: unknown): EmulatorSettings | string {
    if (!isPlainObject(patch)) return 'The body must be a JSON object of settings';
    const problems: string[] = [];
    for (const [name, value] of Object.entries(patch)) {
      if (!Object.hasOwn(SETTING_CHECKS, name)) {
        problems.push(
          `unknown setting ${name}; the settings are ${Object.keys(SETTING_CHECKS).join(', ')}`,
        );
        continue;
      }
      const problem = SETTING_CHECKS[name as keyof EmulatorSettings](value);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) return problems.join('; ');
    this.current = { ...this.current, ...(patch as Partial<EmulatorSettings>) };
    return this.get();
  }

  reset(): void {
    this.current = { ...this.atStart };
  }
}
