import { consoleHostOf, matchIncidentArn } from '../parse/arn.js';
import { isRegionName } from '../parse/scalars.js';

/**
 * The Incident Manager console of the incident's partition, in the region the event was written
 * in. AWS documents the console's address (`…/systems-manager/incidents/home`), not the form of
 * an incident's own page, so the link opens the console, where the incident is one click away;
 * undefined for a partition without a public console.
 */
export function incidentManagerConsoleUrl(incidentArn: string, region: string): string | undefined {
  const partition = matchIncidentArn(incidentArn)?.partition;
  const host = partition ? consoleHostOf(partition) : undefined;
  if (!host || !isRegionName(region)) return undefined;
  return `https://${host}/systems-manager/incidents/home?region=${region}`;
}
