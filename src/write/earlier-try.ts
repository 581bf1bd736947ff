import type { TimelineEvent } from '@aws-sdk/client-ssm-incidents';
import { AwsCallError } from '../aws/call-error.js';
import type { IncidentsApi } from '../aws/incidents.js';
import { EVENT_ID } from '../read/inputs.js';

/** How far back an earlier try of the same step may have written its event. */
export const EARLIER_TRY_WINDOW_MS = 24 * 3_600_000;
/** How far apart the clocks of two tries' runners may be. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface EarlierTry {
  incidentArn: string;
  eventType: string;
  /** The encoded eventData this try sends. */
  eventData: string;
  /**
   * Whether an event's data is this write's text. An earlier try's may differ from this one's by
   * what the token leaves out (the commit's subject, which one try may not have read). When not
   * given: the same eventData.
   */
  sameText?: (eventData: string) => boolean;
  /** The events of an earlier try are at or after this time… */
  since: Date;
  /** …and at or before this one: newer events are passed over unread. No bound when absent. */
  until?: Date;
}

function isSame(event: TimelineEvent, wanted: EarlierTry): boolean {
  if (event.eventType !== wanted.eventType || typeof event.eventData !== 'string') return false;
  return wanted.sameText ? wanted.sameText(event.eventData) : event.eventData === wanted.eventData;
}

/** What the search for an earlier try found. */
export type EarlierTryFound =
  | { kind: 'found'; eventId: string }
  /** `read` events were read; `timedOut`: the run's time ran out before the window was read. */
  | { kind: 'none'; read: number; timedOut: boolean }
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
 * read, the timeline is searched: events of this type in the earlier try's time window (`since`
 * to `until`), newest first, so from the time of the latest try back; every candidate is read
 * (summaries omit the text), since another job (a matrix leg) may have written the same text.
 * The search is bounded by that window and by the run's deadline, not by a count. Automatic
 * events (`SSM Incident Record Update`) are never candidates.
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
  let read = 0;
  try {
    for await (const page of api.eventPages(wanted.incidentArn, wanted.eventType, wanted.since)) {
      for (const summary of page) {
        const id = summary.eventId;
        if (!id || id === candidate || !EVENT_ID.test(id) || summary.eventType !== wanted.eventType)
          continue;
        if (wanted.until && summary.eventTime && summary.eventTime > wanted.until) continue;
        read++;
        if (isSame(await api.getEvent(wanted.incidentArn, id), wanted)) same.push(id);
      }
    }
  } catch (error) {
    // The run's time ran out: what was found is the answer, and nothing found says so.
    if (!(error instanceof AwsCallError && error.context.deadline.expired)) throw error;
    if (same.length === 0) return { kind: 'none', read, timedOut: true };
  }
  if (same.length > 1) return { kind: 'ambiguous', eventIds: same };
  return same[0] ? { kind: 'found', eventId: same[0] } : { kind: 'none', read, timedOut: false };
}
