import { codePointLength, firstCodePoints } from '../runtime/code-points.js';
import type { Env } from '../runtime/env.js';
import { InputError, InputProblems, quoteInput } from '../runtime/errors.js';
import { jobOutcome, type JobOutcome } from '../job-end/outcome.js';
import { decodeFinishState, JobEndStateError, type SavedEvent } from '../job-end/state.js';
import {
  parseAnyArn,
  parseIncidentArn,
  parseResponsePlan,
  parseRoleArn,
  type IncidentArn,
  type ResponsePlanRef,
} from '../parse/arn.js';
import { parseDuration } from '../parse/duration.js';
import { splitList, unique } from '../parse/list.js';
import { parseReferences, type EventReference, type LinkInput } from '../parse/references.js';
import { isRegionName, parseBoolean, parseChoice, parseInteger } from '../parse/scalars.js';
import { checkTemplate } from '../parse/template.js';
import { parseTimestamp } from '../parse/time.js';
import { compileTitleFilter, parseTitleFilter, type TitleMatcher } from '../parse/title-filter.js';

export const SELECT_POLICIES = ['all', 'latest', 'oldest', 'single'] as const;
export const NO_INCIDENT_POLICIES = ['skip', 'warn', 'fail'] as const;
export const ENCODINGS = ['json-string', 'raw'] as const;
export const EVENT_TYPES = ['Custom Event', 'Note'] as const;

export type SelectPolicy = (typeof SELECT_POLICIES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Encoding = (typeof ENCODINGS)[number];

export interface SearchFilters {
  /** A plan, or `*`: any plan (the explicit way to mark every open incident). */
  responsePlan?: ResponsePlanRef;
  titleFilter?: TitleMatcher;
  /** Highest impact number included: 2 means impact 1 and 2. */
  impact?: number;
  createdWithinMs?: number;
}

/** Where the event goes, decided once from the inputs. */
export type Targeting =
  | {
      kind: 'arns';
      arns: IncidentArn[];
      /** Search inputs that were also given and are ignored (the run warns about them). */
      ignoredFilters: string[];
    }
  | {
      kind: 'search';
      filters: SearchFilters;
      select: SelectPolicy;
      /** The filters as written (`response-plan: checkout-api`), for the log and the summary. */
      described: string[];
    }
  /** The job-end step: the events its main step created and saved. */
  | { kind: 'saved'; events: SavedEvent[] };

export interface CreateMode {
  kind: 'create';
  eventType: EventType;
  eventTime?: Date;
  /** The job-end step will update the created events with the job's outcome. */
  finishOnJobEnd: boolean;
}

/** An update keeps the event's type, time (unless event-time is given) and references. */
export interface UpdateMode {
  kind: 'update';
  eventId: string;
  eventTime?: Date;
}

/**
 * A `deployment_status` event without `event-id`: one event per deployment and incident, created
 * by the first state seen and updated in place by each later one (a final state is never
 * overwritten by one that is not).
 */
export interface DeploymentMode {
  kind: 'deployment';
  /** The type of the event when this run creates it; an update keeps the event's own. */
  eventType: EventType;
  /** Default: the deployment's creation, so that every state's run writes the same time. */
  eventTime?: Date;
}

/** The job-end step's update of each saved event: the text with the outcome, nothing else. */
export interface JobEndMode {
  kind: 'job-end';
  outcome: JobOutcome;
  /** The start of the main step, for `{duration}`. */
  startedAt: Date;
  /** The commit's subject the main step wrote, if any: the text keeps it. */
  commitSubject: string;
  /**
   * What the main step's creates were sent with: a create whose outcome it could not learn is
   * sent again with these (and the target's token and references), as the same call.
   */
  created: { eventType: string; eventTime: Date; eventData: string };
}

/** What is written to each target, decided once from the inputs (and, at job end, the state). */
export type WriteMode =
  | CreateMode
  | UpdateMode
  | DeploymentMode
  | { kind: 'dry-run'; of: CreateMode | UpdateMode | DeploymentMode }
  | JobEndMode;

export interface RoleInputs {
  roleArn: string;
  /** Empty: derived from the run. */
  sessionName: string;
  audience: string;
}

export interface Inputs {
  targeting: Targeting;
  write: WriteMode;
  maxIncidents: number;
  ifNoIncident: (typeof NO_INCIDENT_POLICIES)[number];
  /** Empty when the default message is wanted. */
  eventDataTemplate: string;
  status: string;
  environment: string;
  encoding: Encoding;
  references: EventReference[];
  /** The `https://` URLs of `references`, added as related items of each target. */
  links: LinkInput[];
  pipelineArn: string;
  linkCommit: boolean;
  clientToken: string;
  /** The `sha` input, lower case; empty when the commit comes from the event. */
  sha: string;
  /** Tells apart jobs that share GITHUB_JOB (matrix legs, reusable workflows), for the tokens. */
  jobInstance: string;
  /** The regions to call, in order of preference; the first is the region of a run without failover. */
  regions: string[];
  role?: RoleInputs;
  endpointUrl: string;
  maxAttempts: number;
}

/** Reads one input's raw text; `core.getInput` in the action, a map in tests. */
export type InputReader = (name: string) => string;

/** Which stage of the action reads the inputs: the step itself, or its job-end step. */
export type Stage = 'main' | 'job-end';

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const SHA = /^[0-9a-f]{7,40}$/i;
/** `job.check_run_id` or a matrix index: a number; longer text is cut off the token's input. */
const MAX_JOB_INSTANCE_LENGTH = 100;
/** The model's event ID is a string of at most 50 characters; the service's are UUIDs. */
export const EVENT_ID = /^[A-Za-z0-9-]{1,50}$/;
export const MAX_CLIENT_TOKEN_LENGTH = 128;
export const MAX_STATUS_LENGTH = 100;
/** GitHub's own limit on an environment's name. */
export const MAX_ENVIRONMENT_LENGTH = 255;

/** `fail-on-error` is read first and alone, so that a bad value elsewhere is still softened. */
export function readFailOnError(read: InputReader): boolean {
  return bool(read, 'fail-on-error', true);
}

function optional<T>(raw: string, parse: (value: string) => T): T | undefined {
  return raw.trim() === '' ? undefined : parse(raw);
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name);
  return raw.trim() === '' ? fallback : parseBoolean(name, raw);
}

function bounded(read: InputReader, name: string, max: number): string {
  const value = read(name).trim();
  const length = codePointLength(value);
  if (length > max) {
    throw new InputError(name, `is ${length} characters; at most ${max} are accepted.`);
  }
  return value;
}

/** The replication set's limit: Incident Manager replicates to at most three Regions. */
export const MAX_REGIONS = 3;

/**
 * The region to call, or the replication set's regions in order of preference (the run fails over
 * to the next when one is unavailable): `aws-region`, else AWS_REGION, else AWS_DEFAULT_REGION.
 */
function readRegions(read: InputReader, env: Env): string[] {
  const raw = read('aws-region').trim();
  const given = splitList(raw || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '');
  if (given.length === 0) {
    throw new InputError(
      'aws-region',
      'no AWS region: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it). Any region of the replication set serves; list several, in order of preference, to fail over.',
    );
  }
  for (const region of given) {
    if (!isRegionName(region)) {
      throw new InputError(
        'aws-region',
        `${quoteInput(region)}${raw ? '' : ' (from the environment)'} is not a region name; use one such as us-east-1, or several separated by commas or newlines.`,
      );
    }
  }
  if (given.length > MAX_REGIONS) {
    throw new InputError(
      'aws-region',
      `lists ${given.length} regions; a replication set has at most ${MAX_REGIONS}.`,
    );
  }
  const twice = given.find((region, i) => given.indexOf(region) !== i);
  if (twice)
    throw new InputError('aws-region', `lists ${quoteInput(twice)} twice; name each region once.`);
  return given;
}

function readEndpoint(raw: string): string {
  const v = raw.trim();
  if (!v) return '';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new InputError(
      'endpoint-url',
      `${quoteInput(v)} is not a URL; use e.g. https://ssm-incidents.us-east-1.amazonaws.com.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('endpoint-url', `${quoteInput(v)} must use http or https.`);
  }
  return v;
}

async function readTargeting(read: InputReader, problems: InputProblems): Promise<Targeting> {
  const before = problems.count;
  const arns = problems.take(
    () =>
      unique(
        splitList(read('incident-arn')).map((v) => parseIncidentArn('incident-arn', v)),
        (a) => a.arn,
      ),
    [],
  );
  const filters: SearchFilters = {};
  const plan = problems.take(
    () => optional(read('response-plan'), (v) => parseResponsePlan('response-plan', v)),
    undefined,
  );
  if (plan) filters.responsePlan = plan;
  const title = await problems.takeAsync(async () => {
    const parsed = optional(read('title-filter'), (v) => parseTitleFilter('title-filter', v));
    return parsed && (await compileTitleFilter('title-filter', parsed));
  }, undefined);
  if (title) filters.titleFilter = title;
  const impact = problems.take(
    () => optional(read('impact'), (v) => parseInteger('impact', v, 1, 5)),
    undefined,
  );
  if (impact !== undefined) filters.impact = impact;
  const within = problems.take(
    () => optional(read('created-within'), (v) => parseDuration('created-within', v)),
    undefined,
  );
  if (within !== undefined) filters.createdWithinMs = within;
  const select = problems.take(
    () => parseChoice('select', read('select') || 'all', SELECT_POLICIES),
    'all',
  );
  if (arns.length > 0) {
    const ignoredFilters = Object.keys(filters).map((key) => SEARCH_INPUT_NAMES.get(key) ?? key);
    return { kind: 'arns', arns, ignoredFilters };
  }
  // A filter that was refused is a filter the workflow meant to give.
  if (problems.count === before) problems.take(() => checkSearchHasFilter(filters), undefined);
  const described = [...SEARCH_INPUT_NAMES.values()]
    .map((name) => [name, read(name).trim()])
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value}`);
  return { kind: 'search', filters, select, described };
}

/**
 * A search needs a filter. With none, the step would mark every open incident of the account:
 * that is what a mistyped input name (`response_plan:`, which the runner ignores with a warning)
 * or an expression that evaluated empty looks like, so it must be written down as `*`.
 */
export function checkSearchHasFilter(filters: SearchFilters): void {
  if (Object.keys(filters).length > 0) return;
  throw new InputError(
    'incident-arn',
    `no incident-arn and no search filter (${[...SEARCH_INPUT_NAMES.values()].join(', ')}) is set, so the action cannot tell which incidents to mark. Check the workflow for a mistyped input name (such as response_plan) and for an expression that evaluated empty. To mark every open incident of the account, write response-plan: '*'.`,
  );
}

/** The inputs that filter a search, by the name of their field in SearchFilters. */
export const SEARCH_INPUT_NAMES = new Map([
  ['responsePlan', 'response-plan'],
  ['titleFilter', 'title-filter'],
  ['impact', 'impact'],
  ['createdWithinMs', 'created-within'],
]);

function readCreateOrUpdate(
  read: InputReader,
  targeting: Targeting,
  problems: InputProblems,
): CreateMode | UpdateMode {
  const eventTime = problems.take(
    () => optional(read('event-time'), (v) => parseTimestamp('event-time', v)),
    undefined,
  );
  const time = eventTime ? { eventTime } : {};
  const eventId = read('event-id').trim();
  if (!eventId) {
    const eventType = problems.take(
      () => parseChoice('event-type', read('event-type') || 'Custom Event', EVENT_TYPES),
      'Custom Event',
    );
    return { kind: 'create', eventType, ...time, finishOnJobEnd: false };
  }
  if (!EVENT_ID.test(eventId)) {
    problems.take(() => {
      throw new InputError(
        'event-id',
        `${quoteInput(eventId)} is not an event ID; use the event-id output of an earlier step (letters, digits and -, at most 50).`,
      );
    }, undefined);
  } else if (targeting.kind === 'arns' && targeting.arns.length > 1) {
    problems.take(() => {
      throw new InputError(
        'event-id',
        `updates one event of one incident, but incident-arn names ${targeting.arns.length} incidents.`,
      );
    }, undefined);
  }
  return { kind: 'update', eventId, ...time };
}

/**
 * Create, update or a dry run of either; with finish-on-job-end, a create the job end finishes;
 * on a `deployment_status` event, a create becomes the deployment's one event, unless the step
 * finishes its own event at job end (this job's work, started and finished, as on any event).
 */
function readWriteMode(
  read: InputReader,
  targeting: Targeting,
  problems: InputProblems,
  deploymentStatus: boolean,
): WriteMode {
  const given = readCreateOrUpdate(read, targeting, problems);
  const dryRun = problems.take(() => bool(read, 'dry-run', false), false);
  const finishOnJobEnd = problems.take(() => bool(read, 'finish-on-job-end', false), false);
  const write: CreateMode | UpdateMode | DeploymentMode =
    deploymentStatus && given.kind === 'create' && !finishOnJobEnd
      ? {
          kind: 'deployment',
          eventType: given.eventType,
          ...(given.eventTime ? { eventTime: given.eventTime } : {}),
        }
      : given;
  const refuse = (message: string) =>
    problems.take(() => {
      throw new InputError('finish-on-job-end', message);
    }, undefined);
  if (finishOnJobEnd && write.kind === 'update') {
    refuse(
      'updates the events this step creates, so it cannot be combined with event-id; remove one of them.',
    );
  } else if (finishOnJobEnd && dryRun) {
    refuse('updates the events this step creates, and a dry run creates none; remove one of them.');
  }
  if (dryRun) return { kind: 'dry-run', of: write };
  return write.kind === 'create' ? { ...write, finishOnJobEnd } : write;
}

/** The job-end step's targets and mode: the saved events, and the outcome from `job-status`. */
function readJobEnd(read: InputReader, env: Env): { targeting: Targeting; write: JobEndMode } {
  const state = decodeFinishState((name) => env[`STATE_${name}`]);
  if (typeof state === 'string') throw new JobEndStateError(state);
  if (state.events.length === 0) {
    throw new JobEndStateError('the step created no event (each create was refused)', true);
  }
  return {
    targeting: { kind: 'saved', events: state.events },
    write: {
      kind: 'job-end',
      outcome: jobOutcome(read('job-status')),
      startedAt: new Date(state.startedAt),
      commitSubject: state.commitSubject ?? '',
      created: {
        eventType: state.create.eventType,
        eventTime: new Date(state.create.eventTime),
        eventData: state.create.eventData,
      },
    },
  };
}

function readSha(read: InputReader): string {
  const sha = read('sha').trim();
  if (sha && !SHA.test(sha)) {
    throw new InputError(
      'sha',
      `${quoteInput(sha)} is not a commit SHA; use 7 to 40 hexadecimal digits, such as \${{ github.event.workflow_run.head_sha }}, or leave it unset for the event's commit.`,
    );
  }
  return sha.toLowerCase();
}

function readRole(read: InputReader): RoleInputs | undefined {
  const roleArn = optional(read('role-to-assume'), (v) => parseRoleArn('role-to-assume', v));
  const sessionName = read('role-session-name').trim();
  if (sessionName && !SESSION_NAME.test(sessionName)) {
    throw new InputError(
      'role-session-name',
      `${quoteInput(sessionName)} is not accepted; use 2 to 64 letters, digits or +=,.@_- characters.`,
    );
  }
  if (!roleArn) return undefined;
  return { roleArn, sessionName, audience: read('audience').trim() || 'sts.amazonaws.com' };
}

function optionalRole(role: RoleInputs | undefined): { role?: RoleInputs } {
  return role ? { role } : {};
}

/**
 * Reads and checks every input. Throws InputError naming the bad one, or InputErrors listing each
 * when several are bad, so that one run reports them all; calls nothing remote. The modes (ARNs, a
 * search or the saved events; create, update, dry run or job end) are decided here, once. The
 * job-end step reads the same inputs, as the runner evaluates them again for it.
 */
export async function getInputs(
  read: InputReader,
  env: Env,
  stage: Stage = 'main',
): Promise<Inputs> {
  const problems = new InputProblems();
  const take = problems.take.bind(problems);
  let targeting: Targeting;
  let write: WriteMode;
  if (stage === 'job-end') {
    ({ targeting, write } = readJobEnd(read, env));
  } else {
    targeting = await readTargeting(read, problems);
    write = readWriteMode(read, targeting, problems, env.GITHUB_EVENT_NAME === 'deployment_status');
  }
  const clientToken = read('client-token').trim();
  const tokenLength = codePointLength(clientToken);
  if (tokenLength > MAX_CLIENT_TOKEN_LENGTH) {
    take(() => {
      throw new InputError(
        'client-token',
        `is ${tokenLength} characters; at most ${MAX_CLIENT_TOKEN_LENGTH} are accepted.`,
      );
    }, undefined);
  }
  const inputs: Inputs = {
    targeting,
    write,
    maxIncidents: take(
      () => parseInteger('max-incidents', read('max-incidents') || '10', 1, 100),
      10,
    ),
    ifNoIncident: take(
      () => parseChoice('if-no-incident', read('if-no-incident') || 'skip', NO_INCIDENT_POLICIES),
      'skip',
    ),
    eventDataTemplate: take(() => checkTemplate('event-data', read('event-data')), ''),
    status: take(() => bounded(read, 'status', MAX_STATUS_LENGTH), ''),
    environment: take(() => bounded(read, 'environment', MAX_ENVIRONMENT_LENGTH), ''),
    encoding: take(
      () =>
        parseChoice('event-data-encoding', read('event-data-encoding') || 'json-string', ENCODINGS),
      'json-string',
    ),
    ...take(() => parseReferences('references', read('references')), {
      references: [],
      links: [],
    }),
    pipelineArn: take(
      () => optional(read('pipeline-arn'), (v) => parseAnyArn('pipeline-arn', v)) ?? '',
      '',
    ),
    linkCommit: take(() => bool(read, 'link-commit', true), true),
    clientToken,
    sha: take(() => readSha(read), ''),
    jobInstance: firstCodePoints(read('job-instance').trim(), MAX_JOB_INSTANCE_LENGTH),
    regions: take(() => readRegions(read, env), []),
    ...optionalRole(take(() => readRole(read), undefined)),
    endpointUrl: take(() => readEndpoint(read('endpoint-url')), ''),
    maxAttempts: take(() => parseInteger('max-attempts', read('max-attempts') || '5', 1, 20), 5),
  };
  problems.throwIfAny();
  return inputs;
}

/** A dry run writes what its mode would, without writing. */
export function intendedWrite(write: WriteMode): Exclude<WriteMode, { kind: 'dry-run' }> {
  return write.kind === 'dry-run' ? write.of : write;
}
