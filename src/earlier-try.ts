import type { TimelineEvent } from '@aws-sdk/client-ssm-incidents';
import { AwsCallError } from './aws/call-error.js';
import type { IncidentsApi } from './aws/incidents.js';
import { EVENT_ID } from './inputs.js';

/** How far back an earlier try of the same step may have written its event. */
export const EARLIER_TRY_WINDOW_MS = 24 * 3_600_000;
/** Candidates read before giving up: each costs a GetTimelineEvent, since summaries omit the data. */
export const MAX_CANDIDATES = 100;

export interface EarlierTry {
  incidentArn: string;
  eventType: string;
  /** The encoded eventData the earlier try sent, the same as this try's. */
  eventData: string;
  /** The events of an earlier try are at or after this time. */
  since: Date;
}

function isSame(event: TimelineEvent, wanted: EarlierTry): boolean {
  return event.eventType === wanted.eventType && event.eventData === wanted.eventData;
}

/** What the search for an earlier try found. */
export type EarlierTryFound =
  | { kind: 'found'; eventId: string }
  | { kind: 'none' }
  /** More than one event has this type and text (matrix legs with the same text): which one is
   * this job's cannot be told, and claiming another job's event would finish it with this job's
   * outcome. */
  | { kind: 'ambiguous'; eventIds: string[] };

/**
 * The event an earlier try of this step wrote, after the service answered that the step's token
 * was already used (a retried step, a restarted runner, with a new event time or references).
 *
 * What the live service puts in the ConflictException's `resourceIdentifier` is not documented:
 * the earlier event, the token, or nothing. The identifier is used only when it has the form of an
 * event ID and reads back as an event of this type and text; otherwise, or on any failure of that
 * read, the timeline is searched: events of this type since `since`, newest first, compared by
 * type and text; every candidate is read, since another job (a matrix leg) may have written the
 * same text. Automatic events (`SSM Incident Record Update`) are never candidates.
 */
export async function findEarlierTry(
  api: IncidentsApi,
  wanted: EarlierTry,
  conflict?: AwsCallError,
): Promise<EarlierTryFound> {
  const named = conflict?.named ?? {};
  const candidate =
    named.identifier && EVENT_ID.test(named.identifier) && named.type !== 'INCIDENT_RECORD'
      ? named.identifier
      : undefined;
  if (candidate) {
    try {
      if (isSame(await api.getEvent(wanted.incidentArn, candidate), wanted)) {
        return { kind: 'found', eventId: candidate };
      }
    } catch (error) {
      // The name was not an event of this incident after all (or could not be read): search.
      if (!(error instanceof AwsCallError)) throw error;
    }
  }
  const same: string[] = [];
  let seen = 0;
  search: for await (const page of api.eventPages(
    wanted.incidentArn,
    wanted.eventType,
    wanted.since,
  )) {
    for (const summary of page) {
      if (seen++ >= MAX_CANDIDATES) break search;
      const id = summary.eventId;
      if (!id || id === candidate || !EVENT_ID.test(id) || summary.eventType !== wanted.eventType)
        continue;
      if (isSame(await api.getEvent(wanted.incidentArn, id), wanted)) same.push(id);
    }
  }
  if (same.length > 1) return { kind: 'ambiguous', eventIds: same };
  return same[0] ? { kind: 'found', eventId: same[0] } : { kind: 'none' };
}
