import { matchIncidentArn } from '../parse/arn.js';
import { isRegionName } from '../parse/scalars.js';

/**
 * The AWS console's host in each partition (AWS documents each: the standard console, AWS China's
 * and AWS GovCloud (US)'s). Other partitions have consoles of their own that are not public.
 */
const CONSOLE_HOSTS = new Map([
  ['aws', 'console.aws.amazon.com'],
  ['aws-cn', 'console.amazonaws.cn'],
  ['aws-us-gov', 'console.amazonaws-us-gov.com'],
]);

/** The AWS console's host in a partition with a public console, else undefined. */
export function consoleHostOf(partition: string): string | undefined {
  return CONSOLE_HOSTS.get(partition);
}

/**
 * The Incident Manager console of the incident's partition, in the region the event was written
 * in. AWS documents the console's address (`…/systems-manager/incidents/home`), not the form of
 * an incident's own page, so the link opens the console, where the incident is one click away;
 * undefined for a partition without a public console.
 */
export function incidentManagerConsoleUrl(incidentArn: string, region: string): string | undefined {
  const partition = matchIncidentArn(incidentArn)?.partition;
  const host = partition ? CONSOLE_HOSTS.get(partition) : undefined;
  if (!host || !isRegionName(region)) return undefined;
  return `https://${host}/systems-manager/incidents/home?region=${region}`;
}
