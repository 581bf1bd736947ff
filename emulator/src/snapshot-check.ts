import { parseRepositoryCommitsList } from './github/commit-spec.js';
import { operationNames } from './routing.js';
import type { StateSnapshot } from './types.js';
import { formatProblems, isPlainObject, validateShape } from './validation.js';

/** A state file that cannot be loaded; the message names every problem found, by its place. */
export class SnapshotError extends Error {}

const RESPONSE_PLAN_ARN = /^arn:aws(-cn|-us-gov)?:ssm-incidents::\d{12}:response-plan\/[\w-]+$/;
const INCIDENT_RECORD_ARN =
  /^arn:aws(-cn|-us-gov)?:ssm-incidents::\d{12}:incident-record\/[\w-]+\/[\w-]+$/;

/** Enough to see what is wrong without flooding a terminal with one line per incident. */
const PROBLEMS_SHOWN = 10;

/**
 * Checks a state file's document completely before any of it is loaded, so a corrupt or
 * hand-edited file is refused with its problems named instead of leaving half a state. Records are
 * checked against the model's own output shapes (IncidentRecord, RelatedItem, EventReference),
 * plans against CreateResponsePlan's input; what the model does not say (event IDs unique within
 * an incident, an event's incident being the one it is stored under) is checked here.
 */
export function checkSnapshot(document: unknown): StateSnapshot {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  if (!isPlainObject(document)) {
    throw new SnapshotError(
      'the document must be a JSON object (a state file this emulator wrote)',
    );
  }
  if (document.version !== 1)
    problem(`version must be 1, the format this emulator writes (found ${show(document.version)})`);
  if (typeof document.accountId !== 'string' || !/^\d{12}$/.test(document.accountId))
    problem(`accountId must be 12 digits (found ${show(document.accountId)})`);
  for (const [name, check] of [
    ['responsePlans', checkResponsePlan],
    ['incidents', checkIncident],
    ['idempotency', checkIdempotencyRecord],
  ] as const) {
    const list = document[name];
    if (!Array.isArray(list)) {
      problem(`${name} must be a list (found ${show(list)})`);
      continue;
    }
    const seen = new Set<string>();
    list.forEach((item: unknown, index) => check(item, `${name}[${index}]`, problem, seen));
  }
  if (document.githubCommits !== undefined) {
    const commits = parseRepositoryCommitsList(document.githubCommits, 'githubCommits');
    if (typeof commits === 'string') problem(commits);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ');
    const more =
      problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
    const noun = problems.length === 1 ? 'problem' : 'problems';
    throw new SnapshotError(`${problems.length} ${noun}: ${shown}${more}`);
  }
  return document as unknown as StateSnapshot;
}

type Report = (message: string) => void;

function checkResponsePlan(plan: unknown, where: string, problem: Report, seen: Set<string>): void {
  if (!isPlainObject(plan)) return problem(`${where} must be an object`);
  const { arn, resourcePolicies, ...definition } = plan;
  if (resourcePolicies !== undefined) {
    if (!Array.isArray(resourcePolicies)) problem(`${where}.resourcePolicies must be a list`);
    else
      resourcePolicies.forEach((policy: unknown, index) =>
        shapeProblems('ResourcePolicy', policy, `${where}.resourcePolicies[${index}]`, problem),
      );
  }
  if (typeof arn !== 'string' || !RESPONSE_PLAN_ARN.test(arn))
    problem(`${where}.arn must be a response plan ARN (found ${show(arn)})`);
  else if (seen.has(arn)) problem(`${where}.arn ${arn} appears twice`);
  else seen.add(arn);
  shapeProblems('CreateResponsePlanInput', definition, where, problem);
}

function checkIncident(incident: unknown, where: string, problem: Report, seen: Set<string>): void {
  if (!isPlainObject(incident)) return problem(`${where} must be an object`);
  const { timelineEvents, relatedItems, tags, findings, ...record } = incident;
  if (tags !== undefined) shapeProblems('TagMap', tags, `${where}.tags`, problem);
  if (findings !== undefined) {
    if (!Array.isArray(findings)) problem(`${where}.findings must be a list`);
    else {
      const findingIds = new Set<unknown>();
      findings.forEach((finding: unknown, index) => {
        const at = `${where}.findings[${index}]`;
        shapeProblems('Finding', finding, at, problem);
        const id = isPlainObject(finding) ? finding.id : undefined;
        if (findingIds.has(id)) problem(`${at}.id ${String(id)} appears twice`);
        findingIds.add(id);
      });
    }
  }
  const arn = record.arn;
  if (typeof arn !== 'string' || !INCIDENT_RECORD_ARN.test(arn))
    problem(`${where}.arn must be an incident record ARN (found ${show(arn)})`);
  else if (seen.has(arn)) problem(`${where}.arn ${arn} appears twice`);
  else seen.add(arn);
  shapeProblems('IncidentRecord', record, where, problem);

  if (!Array.isArray(relatedItems)) problem(`${where}.relatedItems must be a list`);
  else
    relatedItems.forEach((item: unknown, index) => {
      const at = `${where}.relatedItems[${index}]`;
      if (isPlainObject(item) && typeof item.generatedId !== 'string')
        problem(`${at}.generatedId must be a related item ID`);
      shapeProblems('RelatedItem', item, at, problem);
    });

  if (!Array.isArray(timelineEvents)) return problem(`${where}.timelineEvents must be a list`);
  const eventIds = new Set<string>();
  timelineEvents.forEach((event: unknown, index) => {
    const at = `${where}.timelineEvents[${index}]`;
    if (!isPlainObject(event)) return problem(`${at} must be an object`);
    const { eventId, incidentRecordArn, eventTime, eventUpdatedTime, eventType, eventData } = event;
    if (typeof eventId !== 'string' || eventId.length === 0 || eventId.length > 50)
      problem(`${at}.eventId must be a string of 1 to 50 characters`);
    else if (eventIds.has(eventId)) problem(`${at}.eventId ${eventId} appears twice`);
    else eventIds.add(eventId);
    if (incidentRecordArn !== arn)
      problem(`${at}.incidentRecordArn must be the ARN of the incident it is stored under`);
    for (const [name, value] of [
      ['eventTime', eventTime],
      ['eventUpdatedTime', eventUpdatedTime],
    ] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        problem(`${at}.${name} must be a number (epoch seconds)`);
    }
    if (typeof eventType !== 'string' || eventType.length === 0)
      problem(`${at}.eventType must be a non-empty string`);
    // Not the model's 12,000-character limit: the service's own events may be longer.
    if (typeof eventData !== 'string') problem(`${at}.eventData must be a string`);
    const references = event.eventReferences;
    if (references !== undefined && !Array.isArray(references))
      problem(`${at}.eventReferences must be a list`);
    else
      references?.forEach((reference: unknown, i: number) =>
        shapeProblems('EventReference', reference, `${at}.eventReferences[${i}]`, problem),
      );
  });
}

function checkIdempotencyRecord(
  record: unknown,
  where: string,
  problem: Report,
  seen: Set<string>,
): void {
  if (!isPlainObject(record)) return problem(`${where} must be an object`);
  const { operation, clientToken } = record;
  if (typeof operation !== 'string' || !operationNames.includes(operation))
    problem(
      `${where}.operation must name an Incident Manager operation (found ${show(operation)})`,
    );
  for (const name of ['clientToken', 'fingerprint', 'resourceType', 'resourceIdentifier']) {
    if (typeof record[name] !== 'string') problem(`${where}.${name} must be a string`);
  }
  if (!Object.hasOwn(record, 'response'))
    problem(`${where}.response must be present (the first answer, or null)`);
  if (record.region !== undefined && typeof record.region !== 'string')
    problem(`${where}.region must be a string`);
  const key = `${String(operation)} ${String(clientToken)} ${String(record.region ?? '')}`;
  if (seen.has(key)) problem(`${where}: the clientToken of ${String(operation)} appears twice`);
  seen.add(key);
}

function shapeProblems(shape: string, value: unknown, where: string, problem: Report): void {
  const problems = validateShape(shape, value);
  if (problems.length > 0) problem(`${where}: ${formatProblems(problems)}`);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
