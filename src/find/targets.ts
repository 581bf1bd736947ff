import type { Filter } from '@aws-sdk/client-ssm-incidents';
import type { IncidentSummary, IncidentsApi } from '../aws/incidents.js';
import type { SearchFilters, SelectPolicy, Targeting } from '../read/inputs.js';
import { inert } from '../runtime/inert.js';
import { matchIncidentArn, responsePlanMatches } from '../parse/arn.js';
import { SafeError } from '../runtime/errors.js';
import type { SavedEvent } from '../job-end/state.js';

/** A resolution that must stop the run before anything is written. */
class TargetError extends SafeError {
  override name = 'TargetError';
}

/** The server-side part of a search: open incidents, by impact and creation time. */
function searchFilters(search: SearchFilters, now: Date): Filter[] {
  const filters: Filter[] = [{ key: 'status', condition: { equals: { stringValues: ['OPEN'] } } }];
  if (search.impact !== undefined) {
    const impacts = Array.from({ length: search.impact }, (_, i) => i + 1);
    filters.push({ key: 'impact', condition: { equals: { integerValues: impacts } } });
  }
  if (search.createdWithinMs !== undefined) {
    filters.push({
      key: 'creationTime',
      condition: { after: new Date(now.getTime() - search.createdWithinMs) },
    });
  }
  return filters;
}

/** The client-side part: response plan and title, which the service cannot filter on. */
function matchesLocally(search: SearchFilters, incident: IncidentSummary): boolean {
  if (search.responsePlan) {
    const arn = matchIncidentArn(incident.arn);
    if (!arn || !responsePlanMatches(search.responsePlan, arn)) return false;
  }
  return search.titleFilter ? search.titleFilter(incident.title) : true;
}

function byNewest(a: IncidentSummary, b: IncidentSummary): number {
  return (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0);
}

function applySelect(policy: SelectPolicy, matches: IncidentSummary[]): IncidentSummary[] {
  const sorted = [...matches].sort(byNewest);
  switch (policy) {
    case 'latest':
      return sorted.slice(0, 1);
    case 'oldest':
      return sorted.slice(-1);
    case 'single':
      if (sorted.length > 1) {
        throw new TargetError(
          `select is 'single' but ${sorted.length} open incidents match: ${describe(sorted)}. Narrow the filters, or use select: latest or all.`,
        );
      }
      return sorted;
    case 'all':
      return sorted;
  }
}

function describe(incidents: IncidentSummary[]): string {
  const shown = incidents.slice(0, 5).map((i) => `"${inert(i.title)}" (${inert(i.arn)})`);
  return shown.join(', ') + (incidents.length > 5 ? ` and ${incidents.length - 5} more` : '');
}

/** How many matches are enough to know the answer without reading further pages. */
function enough(policy: SelectPolicy, maxIncidents: number, singleTarget: boolean): number {
  switch (policy) {
    case 'single':
      return 2; // Two matches already fail the step.
    case 'all':
      // One more than allowed already fails it.
      return singleTarget ? 2 : maxIncidents + 1;
    default:
      return Number.POSITIVE_INFINITY; // The newest or oldest may be on the last page.
  }
}

/** An incident that gets the event; at job end, with the event its main step created. */
export interface Target extends IncidentSummary {
  eventId?: string;
  /** At job end: what the main step saved of this target's create (its event, or the intent). */
  saved?: SavedEvent;
}

export interface Resolution {
  targets: Target[];
  /** Things the user should know, logged and shown in the summary. */
  notes: string[];
  /** How many open incidents the search read (before the client-side filters); 0 without one. */
  seen: number;
}

export interface ResolveOptions {
  maxIncidents: number;
  /** Update one event: more than one target is an error. */
  singleTarget: boolean;
  /** Read each given ARN (a dry run shows titles and proves the incidents exist). */
  readGivenArns: boolean;
  now: Date;
}

/**
 * The incidents that get the event: those named by `incident-arn`, or the open incidents a search
 * finds. A search reads only as many pages as it needs: with `select: all` or `single` it stops as
 * soon as the matches are too many to write. Records whose ARN is not an incident record ARN are
 * left out, with a note: an answer is not trusted beyond what AWS documents.
 */
export async function resolveTargets(
  api: IncidentsApi,
  targeting: Targeting,
  options: ResolveOptions,
): Promise<Resolution> {
  const notes: string[] = [];
  let targets: Target[];
  let stoppedEarly = false;
  let seen = 0;
  if (targeting.kind === 'saved') {
    targets = targeting.events.map((saved) => {
      const { incidentArn, eventId, title, impact, status } = saved;
      return {
        arn: incidentArn,
        title: title ?? '',
        ...(eventId ? { eventId } : {}),
        ...(impact !== undefined ? { impact } : {}),
        ...(status ? { status } : {}),
        saved,
      };
    });
  } else if (targeting.kind === 'arns') {
    targets = options.readGivenArns
      ? await Promise.all(targeting.arns.map((a) => api.getIncident(a.arn)))
      : targeting.arns.map((a) => ({ arn: a.arn, title: '' }));
  } else {
    const matches: IncidentSummary[] = [];
    const stopAt = enough(targeting.select, options.maxIncidents, options.singleTarget);
    for await (const page of api.incidentPages(searchFilters(targeting.filters, options.now))) {
      // The run moved to another region: its pages are read again from the first.
      if (page.restarted) {
        matches.length = 0;
        seen = 0;
      }
      seen += page.incidents.length;
      for (const incident of page.incidents) {
        if (!matchIncidentArn(incident.arn)) {
          notes.push(
            `Left out a search result whose ARN is not an incident record ARN: ${inert(incident.arn)}`,
          );
        } else if (matchesLocally(targeting.filters, incident)) {
          matches.push(incident);
        }
      }
      if (matches.length >= stopAt) {
        stoppedEarly = page.more;
        break;
      }
    }
    targets = applySelect(targeting.select, matches);
  }
  if (targets.length > options.maxIncidents) {
    throw new TargetError(
      `${targets.length}${stoppedEarly ? ' or more' : ''} incidents would get the event, more than max-incidents (${options.maxIncidents}): ${describe(targets)}. Narrow the filters, set select, or raise max-incidents.`,
    );
  }
  if (options.singleTarget && targets.length > 1) {
    throw new TargetError(
      `event-id updates one event of one incident, but ${targets.length}${stoppedEarly ? ' or more' : ''} incidents match: ${describe(targets)}. Name the incident with incident-arn, or set select: latest or single.`,
    );
  }
  return { targets, notes, seen };
}
