import { InputError } from './errors.js';
import {
  parseAnyArn,
  parseIncidentArn,
  parseResponsePlan,
  parseRoleArn,
  type IncidentArn,
  type ResponsePlanRef,
} from './parse/arn.js';
import { parseDuration } from './parse/duration.js';
import { splitList, unique } from './parse/list.js';
import { parseReferences, type EventReference } from './parse/references.js';
import { parseBoolean, parseChoice, parseInteger } from './parse/scalars.js';
import { parseTimestamp } from './parse/time.js';
import { parseTitleFilter, type TitleMatcher } from './parse/title-filter.js';

export const SELECT_POLICIES = ['all', 'latest', 'oldest', 'single'] as const;
export const NO_INCIDENT_POLICIES = ['skip', 'fail'] as const;
export const ENCODINGS = ['json-string', 'raw'] as const;
export const EVENT_TYPES = ['Custom Event', 'Note'] as const;

export type SelectPolicy = (typeof SELECT_POLICIES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Encoding = (typeof ENCODINGS)[number];

export interface SearchFilters {
  responsePlan?: ResponsePlanRef;
  titleFilter?: TitleMatcher;
  /** Highest impact number included: 2 means impact 1 and 2. */
  impact?: number;
  createdWithinMs?: number;
}

export interface Inputs {
  incidentArns: IncidentArn[];
  search: SearchFilters;
  select: SelectPolicy;
  maxIncidents: number;
  ifNoIncident: (typeof NO_INCIDENT_POLICIES)[number];
  /** Empty when the default message is wanted. */
  eventDataTemplate: string;
  status: string;
  environment: string;
  encoding: Encoding;
  eventType: EventType;
  eventTime?: Date;
  references: EventReference[];
  pipelineArn: string;
  linkCommit: boolean;
  eventId: string;
  clientToken: string;
  dryRun: boolean;
  failOnError: boolean;
  region: string;
  roleToAssume: string;
  roleSessionName: string;
  audience: string;
  endpointUrl: string;
  maxAttempts: number;
}

/** Reads one input's raw text; `core.getInput` in the action, a map in tests. */
export type InputReader = (name: string) => string;
type Env = Readonly<Record<string, string | undefined>>;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EVENT_ID = /^[A-Za-z0-9-]{1,50}$/;
export const MAX_CLIENT_TOKEN_LENGTH = 128;

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

function readRegion(read: InputReader, env: Env): string {
  const raw = read('aws-region').trim();
  const region = raw || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
  if (!region) {
    throw new InputError(
      'aws-region',
      'no AWS region: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it). Any region of the replication set serves.',
    );
  }
  if (!REGION.test(region)) {
    throw new InputError(
      'aws-region',
      `'${region}'${raw ? '' : ' (from the environment)'} is not a region name; use one such as us-east-1.`,
    );
  }
  return region;
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
      `'${v}' is not a URL; use e.g. https://ssm-incidents.us-east-1.amazonaws.com.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('endpoint-url', `'${v}' must use http or https.`);
  }
  return v;
}

/** Reads and checks every input. Throws InputError naming the first bad one; calls nothing remote. */
export function getInputs(read: InputReader, env: Env = process.env): Inputs {
  const incidentArns = unique(
    splitList(read('incident-arn')).map((v) => parseIncidentArn('incident-arn', v)),
    (a) => a.arn,
  );

  const search: SearchFilters = {};
  const plan = optional(read('response-plan'), (v) => parseResponsePlan('response-plan', v));
  if (plan) search.responsePlan = plan;
  const title = optional(read('title-filter'), (v) => parseTitleFilter('title-filter', v));
  if (title) search.titleFilter = title;
  const impact = optional(read('impact'), (v) => parseInteger('impact', v, 1, 5));
  if (impact !== undefined) search.impact = impact;
  const within = optional(read('created-within'), (v) => parseDuration('created-within', v));
  if (within !== undefined) search.createdWithinMs = within;

  const eventId = read('event-id').trim();
  if (eventId && !EVENT_ID.test(eventId)) {
    throw new InputError(
      'event-id',
      `'${eventId}' is not an event ID; use the event-id output of an earlier step (letters, digits and -, at most 50).`,
    );
  }
  if (eventId && incidentArns.length > 1) {
    throw new InputError(
      'event-id',
      `updates one event of one incident, but incident-arn names ${incidentArns.length} incidents.`,
    );
  }

  const clientToken = read('client-token').trim();
  if (clientToken.length > MAX_CLIENT_TOKEN_LENGTH) {
    throw new InputError(
      'client-token',
      `is ${clientToken.length} characters; at most ${MAX_CLIENT_TOKEN_LENGTH} are accepted.`,
    );
  }

  const roleToAssume =
    optional(read('role-to-assume'), (v) => parseRoleArn('role-to-assume', v)) ?? '';
  const roleSessionName = read('role-session-name').trim();
  if (roleSessionName && !SESSION_NAME.test(roleSessionName)) {
    throw new InputError(
      'role-session-name',
      `'${roleSessionName}' is not accepted; use 2 to 64 letters, digits or +=,.@_- characters.`,
    );
  }

  const eventTime = optional(read('event-time'), (v) => parseTimestamp('event-time', v));
  const inputs: Inputs = {
    incidentArns,
    search,
    select: parseChoice('select', read('select') || 'all', SELECT_POLICIES),
    maxIncidents: parseInteger('max-incidents', read('max-incidents') || '10', 1, 100),
    ifNoIncident: parseChoice(
      'if-no-incident',
      read('if-no-incident') || 'skip',
      NO_INCIDENT_POLICIES,
    ),
    eventDataTemplate: read('event-data'),
    status: read('status').trim(),
    environment: read('environment').trim(),
    encoding: parseChoice(
      'event-data-encoding',
      read('event-data-encoding') || 'json-string',
      ENCODINGS,
    ),
    eventType: parseChoice('event-type', read('event-type') || 'Custom Event', EVENT_TYPES),
    references: parseReferences('references', read('references')),
    pipelineArn: optional(read('pipeline-arn'), (v) => parseAnyArn('pipeline-arn', v)) ?? '',
    linkCommit: bool(read, 'link-commit', true),
    eventId,
    clientToken,
    dryRun: bool(read, 'dry-run', false),
    failOnError: readFailOnError(read),
    region: readRegion(read, env),
    roleToAssume,
    roleSessionName,
    audience: read('audience').trim() || 'sts.amazonaws.com',
    endpointUrl: readEndpoint(read('endpoint-url')),
    maxAttempts: parseInteger('max-attempts', read('max-attempts') || '5', 1, 20),
  };
  if (eventTime) inputs.eventTime = eventTime;
  return inputs;
}

export function hasSearchFilters(search: SearchFilters): boolean {
  return Object.keys(search).length > 0;
}
