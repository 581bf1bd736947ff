import type { Filter } from '@aws-sdk/client-ssm-incidents';
import type { IncidentSummary, IncidentsApi } from './aws/incidents.js';
import type { Inputs, SearchFilters, SelectPolicy } from './inputs.js';
import { matchIncidentArn, responsePlanMatches } from './parse/arn.js';

/** A resolution that must stop the run before anything is written. */
export class TargetError extends Error {
  override name = 'TargetError';
}

/** The server-side part of a search: open incidents, by impact and creation time. */
export function searchFilters(search: SearchFilters, now: Date): Filter[] {
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
export function matchesLocally(search: SearchFilters, incident: IncidentSummary): boolean {
  if (search.responsePlan) {
    const arn = matchIncidentArn(incident.arn);
    if (!arn || !responsePlanMatches(search.responsePlan, arn)) return false;
  }
  return search.titleFilter ? search.titleFilter(incident.title) : true;
}

function byNewest(a: IncidentSummary, b: IncidentSummary): number {
  return (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0);
}

export function applySelect(policy: SelectPolicy, matches: IncidentSummary[]): IncidentSummary[] {
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
  const shown = incidents.slice(0, 5).map((i) => `"${i.title}" (${i.arn})`);
  return shown.join(', ') + (incidents.length > 5 ? ` and ${incidents.length - 5} more` : '');
}

/**
 * The incidents that get the event: those named by `incident-arn`, or the open incidents a search
 * finds. With ARNs given nothing is read unless it is a dry run, which checks that they exist.
 */
export async function resolveTargets(
  api: IncidentsApi,
  inputs: Inputs,
  now: Date,
): Promise<IncidentSummary[]> {
  let targets: IncidentSummary[];
  if (inputs.incidentArns.length > 0) {
    targets = inputs.dryRun
      ? await Promise.all(inputs.incidentArns.map((a) => api.getIncident(a.arn)))
      : inputs.incidentArns.map((a) => ({ arn: a.arn, title: '' }));
  } else {
    const found = await api.listIncidents(searchFilters(inputs.search, now));
    targets = applySelect(
      inputs.select,
      found.filter((incident) => matchesLocally(inputs.search, incident)),
    );
  }
  if (targets.length > inputs.maxIncidents) {
    throw new TargetError(
      `${targets.length} incidents would get the event, more than max-incidents (${inputs.maxIncidents}): ${describe(targets)}. Narrow the filters, set select, or raise max-incidents.`,
    );
  }
  if (inputs.eventId && targets.length > 1) {
    throw new TargetError(
      `event-id updates one event of one incident, but ${targets.length} incidents match: ${describe(targets)}. Name the incident with incident-arn, or set select: latest or single.`,
    );
  }
  return targets;
}
