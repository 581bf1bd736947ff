import { parseRepositoryCommitsList, type RepositoryCommits } from './github/commit-spec.js';
import type { GitHubCommitStore } from './github/commit-store.js';
import { newResourceId, responsePlanArn, principalArn, nowSeconds } from './ids.js';
import { addFinding } from './operations/findings.js';
import { createIncident } from './operations/incidents.js';
import { addRelatedItem } from './operations/related-items.js';
import type { IncidentEntry, Store } from './store.js';
import type { Finding, IncidentStatus, IncidentTemplate, ResponsePlan } from './types.js';
import { formatProblems, isPlainObject, validateShape } from './validation.js';

export interface SeedRelatedItem {
  title?: string;
  type: string;
  url?: string;
  arn?: string;
}

/** A finding as the seed gives it: times as ISO 8601 strings or epoch seconds. */
export interface SeedFinding {
  id?: string;
  creationTime?: string | number;
  lastModifiedTime?: string | number;
  codeDeployDeployment?: Record<string, unknown>;
  cloudFormationStackUpdate?: Record<string, unknown>;
}

export interface SeedIncident {
  responsePlan: string;
  id?: string;
  title?: string;
  impact?: number;
  status?: IncidentStatus;
  /** ISO 8601 string or epoch seconds. */
  creationTime?: string | number;
  createdBy?: string;
  relatedItems?: SeedRelatedItem[];
  /** Added to those the plan's template gives (`incidentTemplate.incidentTags`). */
  tags?: Record<string, string>;
  findings?: SeedFinding[];
}

export interface SeedDocument {
  accountId?: string;
  /** Commits of the GitHub stand-in, each item as `POST /_emulator/github/commits` takes it. */
  githubCommits?: unknown[];
  responsePlans?: (Omit<ResponsePlan, 'arn'> & { incidentTemplate: IncidentTemplate })[];
  incidents?: SeedIncident[];
  /** Findings of incidents that exist already (started through the API, or seeded before). */
  findings?: (SeedFinding & { incidentRecordArn: string })[];
  generateIncidents?: {
    count: number;
    responsePlan: string;
    status?: IncidentStatus;
    impact?: number;
    titlePrefix?: string;
  };
}

export interface SeedResult {
  responsePlans: string[];
  incidents: string[];
  /** The IDs of the findings added, by incident, when the seed has any. */
  findings?: { incidentRecordArn: string; ids: string[] }[];
  /** The SHAs of the GitHub commits stored, by repository. */
  githubCommits?: { repository: string; shas: string[] }[];
  /** How many incidents `generateIncidents` created; their ARNs are listed only when few. */
  generatedIncidents?: number;
}

/** Generated incidents' ARNs are returned only up to this count, to keep the answer small. */
const LIST_GENERATED_UP_TO = 100;

export class SeedError extends Error {}

/**
 * Applies a seed document on top of the current state. The document is checked completely before
 * anything is written, so a bad seed leaves the state as it was.
 */
export function applySeed(store: Store, seed: unknown, github: GitHubCommitStore): SeedResult {
  const document = checkSeed(seed);
  const commits = checkGitHubCommits(document.githubCommits);
  // Checked before anything is written, as the rest of the seed is.
  const added = new Set<string>();
  for (const [index, finding] of (document.findings ?? []).entries()) {
    const key = `${finding.incidentRecordArn} ${String(finding.id)}`;
    if (finding.id !== undefined && added.has(key))
      throw new SeedError(`Invalid seed: findings[${index}].id ${finding.id} is used twice`);
    added.add(key);
    if (!store.incidents.has(finding.incidentRecordArn))
      throw new SeedError(
        `Invalid seed: findings[${index}].incidentRecordArn names no incident; seed findings of a new incident in its own incidents[].findings`,
      );
    if (
      finding.id !== undefined &&
      store.incidents.get(finding.incidentRecordArn)!.findings.has(finding.id)
    )
      throw new SeedError(
        `Invalid seed: findings[${index}].id ${finding.id} is a finding the incident has`,
      );
  }
  if (document.accountId !== undefined) store.accountId = document.accountId;
  const principal = principalArn(store.accountId, undefined);
  const result: SeedResult = { responsePlans: [], incidents: [] };

  for (const definition of document.responsePlans ?? []) {
    const arn = responsePlanArn(store.accountId, definition.name);
    store.putResponsePlan({ arn, ...definition });
    result.responsePlans.push(arn);
  }
  const planNamed = (reference: string): ResponsePlan => {
    const name = planNameOf(reference);
    const arn = responsePlanArn(store.accountId, name);
    let plan = store.responsePlans.get(arn);
    if (!plan) {
      plan = { arn, name, incidentTemplate: { title: `${name} incident`, impact: 3 } };
      store.putResponsePlan(plan);
      result.responsePlans.push(arn);
    }
    return plan;
  };

  for (const incident of document.incidents ?? []) {
    const entry = createIncident(store, {
      plan: planNamed(incident.responsePlan),
      principal: incident.createdBy ?? principal,
      id: incident.id,
      title: incident.title,
      impact: incident.impact,
      status: incident.status,
      creationTime: toEpochSeconds(incident.creationTime),
    });
    for (const item of incident.relatedItems ?? []) {
      addRelatedItem(store, entry, {
        ...(item.title === undefined ? {} : { title: item.title }),
        identifier: {
          type: item.type,
          value: item.url !== undefined ? { url: item.url } : { arn: item.arn! },
        },
      });
    }
    if (incident.tags)
      store.setTags(entry.record.arn, { ...store.tags.get(entry.record.arn), ...incident.tags });
    for (const finding of incident.findings ?? []) seedFinding(store, entry, finding, result);
    result.incidents.push(entry.record.arn);
  }
  for (const { incidentRecordArn, ...finding } of document.findings ?? []) {
    seedFinding(store, store.incidents.get(incidentRecordArn)!, finding, result);
  }

  const generate = document.generateIncidents;
  if (generate) {
    const plan = planNamed(generate.responsePlan);
    const now = nowSeconds();
    const arns: string[] = [];
    for (let i = 0; i < generate.count; i++) {
      // One second apart and in the past, so newest-first order is the generation order reversed.
      const entry = createIncident(store, {
        plan,
        principal,
        title: `${generate.titlePrefix ?? 'Generated incident'} ${i + 1}`,
        impact: generate.impact,
        status: generate.status,
        creationTime: Math.floor(now) - (generate.count - i),
      });
      if (generate.count <= LIST_GENERATED_UP_TO) arns.push(entry.record.arn);
    }
    result.incidents.push(...arns);
    result.generatedIncidents = generate.count;
  }
  if (commits.length > 0) {
    result.githubCommits = commits.map((set) => {
      github.add(set);
      return { repository: set.repository, shas: set.commits.map((commit) => commit.sha) };
    });
  }
  return result;
}

function seedFinding(
  store: Store,
  entry: IncidentEntry,
  seed: SeedFinding,
  result: SeedResult,
): void {
  const now = nowSeconds();
  const creationTime = toEpochSeconds(seed.creationTime) ?? now;
  const details = findingDetails(seed);
  const finding: Finding = {
    id: seed.id ?? newResourceId(),
    creationTime,
    lastModifiedTime: toEpochSeconds(seed.lastModifiedTime) ?? creationTime,
    ...(details ? { details } : {}),
  };
  addFinding(store, entry, finding);
  const arn = entry.record.arn;
  result.findings ??= [];
  let listed = result.findings.find((f) => f.incidentRecordArn === arn);
  if (!listed) {
    listed = { incidentRecordArn: arn, ids: [] };
    result.findings.push(listed);
  }
  listed.ids.push(finding.id);
}

/** The model's FindingDetails union, with the seed's ISO 8601 times as epoch seconds. */
function findingDetails(seed: SeedFinding): Finding['details'] {
  const [member, value] = FINDING_KINDS.map((kind) => [kind, seed[kind]] as const).find(
    ([, v]) => v !== undefined,
  ) ?? [undefined, undefined];
  if (!member || !value) return undefined;
  const converted: Record<string, unknown> = { ...value };
  for (const name of ['startTime', 'endTime']) {
    const time = converted[name];
    if (typeof time === 'string') converted[name] = Date.parse(time) / 1000;
  }
  return { [member]: converted };
}

const FINDING_KINDS = ['codeDeployDeployment', 'cloudFormationStackUpdate'] as const;

function checkFinding(finding: unknown, where: string, fail: (message: string) => never): void {
  if (!isPlainObject(finding)) return fail(`${where} must be an object`);
  const known = ['id', 'creationTime', 'lastModifiedTime', ...FINDING_KINDS, 'incidentRecordArn'];
  const unknown = Object.keys(finding).filter((name) => !known.includes(name));
  if (unknown.length > 0)
    fail(
      `${where}.${unknown[0]} is not a member of a finding; the members are ${known.join(', ')}`,
    );
  if (finding.id !== undefined && validateShape('FindingId', finding.id).length > 0)
    fail(`${where}.id must be a string of at most 128 characters`);
  for (const name of ['creationTime', 'lastModifiedTime'])
    checkTime(finding[name], `${where}.${name}`, fail);
  const kinds = FINDING_KINDS.filter((kind) => finding[kind] !== undefined);
  if (kinds.length > 1) fail(`${where} has ${kinds.join(' and ')}; a finding is one of them`);
  for (const kind of kinds) {
    const value = finding[kind];
    if (!isPlainObject(value)) return fail(`${where}.${kind} must be an object`);
    for (const name of ['startTime', 'endTime'])
      checkTime(value[name], `${where}.${kind}.${name}`, fail);
    const asModel = findingDetails({ [kind]: value } as SeedFinding);
    const problems = validateShape('FindingDetails', asModel);
    if (problems.length > 0) fail(`${where}.${kind}: ${formatProblems(problems)}`);
  }
}

function checkTime(time: unknown, where: string, fail: (message: string) => never): void {
  if (
    time !== undefined &&
    !(typeof time === 'number' && Number.isFinite(time)) &&
    !(typeof time === 'string' && !Number.isNaN(Date.parse(time)))
  ) {
    fail(`${where} must be an ISO 8601 string or epoch seconds`);
  }
}

function checkGitHubCommits(list: unknown): RepositoryCommits[] {
  if (list === undefined) return [];
  const sets = parseRepositoryCommitsList(list, 'githubCommits');
  if (typeof sets === 'string') throw new SeedError(`Invalid seed: ${sets}`);
  return sets;
}

function toEpochSeconds(value: string | number | undefined): number | undefined {
  if (value === undefined || typeof value === 'number') return value;
  return Date.parse(value) / 1000;
}

/** Response plans are checked against the CreateResponsePlan input shape; incidents by hand. */
function checkSeed(seed: unknown): SeedDocument {
  const fail = (message: string): never => {
    throw new SeedError(`Invalid seed: ${message}`);
  };
  if (!isPlainObject(seed)) return fail('the document must be a JSON object');
  const { accountId, responsePlans, incidents, generateIncidents, findings } = seed;
  const known = [
    'accountId',
    'responsePlans',
    'incidents',
    'findings',
    'generateIncidents',
    'githubCommits',
  ];
  // `$schema`, `$comment`... are the document's own notes.
  const unknown = Object.keys(seed).filter(
    (name) => !known.includes(name) && !name.startsWith('$'),
  );
  if (unknown.length > 0)
    fail(`${unknown[0]} is not a member of a seed; the members are ${known.join(', ')}`);
  if (accountId !== undefined && (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId))) {
    fail('accountId must be 12 digits');
  }
  if (responsePlans !== undefined && !Array.isArray(responsePlans))
    fail('responsePlans must be a list');
  (responsePlans as unknown[] | undefined)?.forEach((plan, index) => {
    const problems = validateShape('CreateResponsePlanInput', plan);
    if (problems.length > 0) fail(`responsePlans[${index}]: ${formatProblems(problems)}`);
  });
  if (incidents !== undefined && !Array.isArray(incidents)) fail('incidents must be a list');
  const ids = new Set<string>();
  (incidents as unknown[] | undefined)?.forEach((incident, index) => {
    const where = `incidents[${index}]`;
    if (!isPlainObject(incident)) return fail(`${where} must be an object`);
    checkIncidentFields(incident, where, fail);
    checkPlanReference(incident.responsePlan, `${where}.responsePlan`, fail);
    if (incident.id !== undefined) {
      if (typeof incident.id !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(incident.id))
        fail(`${where}.id must be letters, digits, - or _`);
      const key = `${String(incident.responsePlan)}/${String(incident.id)}`;
      if (ids.has(key)) fail(`${where}.id ${String(incident.id)} is used twice`);
      ids.add(key);
    }
    checkTime(incident.creationTime, `${where}.creationTime`, fail);
    if (incident.tags !== undefined) {
      const problems = validateShape('TagMap', incident.tags);
      if (problems.length > 0) fail(`${where}.tags: ${formatProblems(problems)}`);
    }
    const incidentFindings = incident.findings;
    if (incidentFindings !== undefined && !Array.isArray(incidentFindings))
      fail(`${where}.findings must be a list`);
    const findingIds = new Set<unknown>();
    (incidentFindings as unknown[] | undefined)?.forEach((finding, i) => {
      const at = `${where}.findings[${i}]`;
      checkFinding(finding, at, fail);
      if (isPlainObject(finding) && finding.incidentRecordArn !== undefined)
        fail(`${at}.incidentRecordArn is the incident it is listed under; leave it out`);
      const id = isPlainObject(finding) ? finding.id : undefined;
      if (id !== undefined && findingIds.has(id)) fail(`${at}.id ${String(id)} is used twice`);
      findingIds.add(id);
    });
    // The service records an ARN here; anything else would make a state file that cannot be reloaded.
    if (incident.createdBy !== undefined && validateShape('Arn', incident.createdBy).length > 0)
      fail(`${where}.createdBy must be an ARN, such as arn:aws:iam::111122223333:user/oncall`);
    const items = incident.relatedItems;
    if (items !== undefined && !Array.isArray(items)) fail(`${where}.relatedItems must be a list`);
    const identifiers = new Set<string>();
    (items as unknown[] | undefined)?.forEach((item, i) => {
      const at = `${where}.relatedItems[${i}]`;
      if (!isPlainObject(item)) return fail(`${at} must be an object`);
      const value = item.url !== undefined ? { url: item.url } : { arn: item.arn };
      // An incident has each related item once; a duplicate would stop the seed half-way.
      const identity = JSON.stringify([item.type, value]);
      if (identifiers.has(identity)) fail(`${at} repeats an earlier related item's type and value`);
      identifiers.add(identity);
      const problems = validateShape('RelatedItem', {
        title: item.title,
        identifier: { type: item.type, value },
      });
      if (problems.length > 0) fail(`${at}: ${formatProblems(problems)}`);
    });
  });
  if (findings !== undefined && !Array.isArray(findings)) fail('findings must be a list');
  (findings as unknown[] | undefined)?.forEach((finding, index) => {
    const where = `findings[${index}]`;
    checkFinding(finding, where, fail);
    const arn = isPlainObject(finding) ? finding.incidentRecordArn : undefined;
    if (typeof arn !== 'string' || validateShape('Arn', arn).length > 0)
      fail(`${where}.incidentRecordArn must be the ARN of an incident`);
  });
  if (generateIncidents !== undefined) {
    if (!isPlainObject(generateIncidents)) return fail('generateIncidents must be an object');
    const { count, responsePlan, titlePrefix } = generateIncidents;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) {
      fail('generateIncidents.count must be an integer from 0 to 1000000');
    }
    checkPlanReference(responsePlan, 'generateIncidents.responsePlan', fail);
    if (titlePrefix !== undefined && typeof titlePrefix !== 'string')
      fail('generateIncidents.titlePrefix must be a string');
    checkIncidentFields(generateIncidents, 'generateIncidents', fail);
  }
  return seed as SeedDocument;
}

/** Seeds name a plan by name or by ARN (`…:response-plan/<name>`). */
function planNameOf(reference: string): string {
  return reference.slice(reference.lastIndexOf('/') + 1);
}

function checkPlanReference(
  reference: unknown,
  where: string,
  fail: (message: string) => never,
): void {
  const name = typeof reference === 'string' ? planNameOf(reference) : '';
  if (!/^[a-zA-Z0-9_-]{1,200}$/.test(name))
    fail(`${where} must be a response plan name (letters, digits, - and _) or ARN`);
}

function checkIncidentFields(
  fields: Record<string, unknown>,
  where: string,
  fail: (message: string) => never,
): void {
  const { title, impact, status } = fields;
  if (title !== undefined && (typeof title !== 'string' || title.length > 200))
    fail(`${where}.title must be a string of at most 200 characters`);
  if (
    impact !== undefined &&
    (typeof impact !== 'number' || !Number.isInteger(impact) || impact < 1 || impact > 5)
  ) {
    fail(`${where}.impact must be an integer from 1 to 5`);
  }
  if (status !== undefined && status !== 'OPEN' && status !== 'RESOLVED')
    fail(`${where}.status must be OPEN or RESOLVED`);
}
