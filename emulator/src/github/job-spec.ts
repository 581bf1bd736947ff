import { isPlainObject } from '../validation.js';
import {
  JOB_CONCLUSIONS,
  JOB_STATUSES,
  runKey,
  STEP_STATUSES,
  type RunAttemptJobs,
  type StoredStep,
} from './job-types.js';

const RUN_MEMBERS = [
  'repository',
  'runId',
  'attempt',
  'workflowName',
  'headSha',
  'headBranch',
  'jobs',
];
const JOB_MEMBERS = [
  'id',
  'name',
  'status',
  'conclusion',
  'createdAt',
  'startedAt',
  'completedAt',
  'steps',
  'labels',
  'runnerId',
  'runnerName',
  'runnerGroupId',
  'runnerGroupName',
  'workflowName',
  'headSha',
  'headBranch',
];
const STEP_MEMBERS = ['name', 'status', 'conclusion', 'number', 'startedAt', 'completedAt'];

/** GitHub's owner and repository names: letters, digits, `-`, and for repositories `.` and `_`. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/;

/** GitHub writes times as ISO 8601 in UTC, to the second. */
export function githubTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

type Fail = (message: string) => never;

/**
 * Checks the jobs of one run attempt as `POST /_emulator/github/jobs` and a seed's `githubJobs[]`
 * give them (camelCase members, GitHub's values), and fills GitHub's defaults. Returns the jobs
 * or a message naming what is wrong, prefixed with `where`.
 */
export function parseRunAttemptJobs(
  spec: unknown,
  where: string,
  now = Date.now(),
): RunAttemptJobs | string {
  try {
    return parseOrThrow(spec, where, now);
  } catch (error) {
    if (error instanceof JobSpecError) return error.message;
    throw error;
  }
}

class JobSpecError extends Error {}

function parseOrThrow(spec: unknown, where: string, now: number): RunAttemptJobs {
  const fail: Fail = (message) => {
    throw new JobSpecError(`${where}${message}`);
  };
  const run = objectWith(spec, RUN_MEMBERS, '', fail);
  const { repository, runId, attempt = 1, jobs } = run;
  if (typeof repository !== 'string' || !REPOSITORY.test(repository))
    fail('repository must be owner/repo');
  positiveInteger(runId, 'runId', fail);
  positiveInteger(attempt, 'attempt', fail);
  if (!Array.isArray(jobs)) return fail('jobs must be a list (an empty list clears the attempt)');
  const runDefaults = {
    workflowName: optionalNullableString(run.workflowName, 'workflowName', fail) ?? null,
    headSha: headSha(run.headSha, 'headSha', fail) ?? '0'.repeat(40),
    headBranch: optionalNullableString(run.headBranch, 'headBranch', fail) ?? null,
  };
  const ids = new Set<number>();
  const parsed = jobs.map((job, index) => {
    const at = `jobs[${index}].`;
    const fields = objectWith(job, JOB_MEMBERS, at, fail);
    if (fields.id !== undefined) {
      positiveInteger(fields.id, `${at}id`, fail);
      if (ids.has(fields.id as number)) fail(`${at}id ${String(fields.id)} is used twice`);
      ids.add(fields.id as number);
    }
    if (typeof fields.name !== 'string' || fields.name.length === 0)
      fail(`${at}name must be a non-empty string`);
    const status = oneOf(fields.status, JOB_STATUSES, `${at}status`, fail);
    const nowText = githubTime(now);
    const startedAt = time(fields.startedAt, `${at}startedAt`, fail);
    // A job is created when it is queued, at the latest when it starts.
    const createdAt = time(fields.createdAt, `${at}createdAt`, fail) ?? startedAt ?? nowText;
    return {
      ...(fields.id === undefined ? {} : { id: fields.id as number }),
      repository: repository as string,
      runId: runId as number,
      attempt: attempt as number,
      name: fields.name as string,
      status,
      conclusion: conclusion(fields.conclusion, JOB_CONCLUSIONS, `${at}conclusion`, fail),
      createdAt,
      startedAt: startedAt ?? createdAt,
      completedAt:
        nullableTime(fields.completedAt, `${at}completedAt`, fail) ??
        (status === 'completed' ? nowText : null),
      steps: steps(fields.steps, at, nowText, fail),
      labels: labels(fields.labels, `${at}labels`, fail),
      runnerId: nullableInteger(fields.runnerId, `${at}runnerId`, fail),
      runnerName: nullableString(fields.runnerName, `${at}runnerName`, fail),
      runnerGroupId: nullableInteger(fields.runnerGroupId, `${at}runnerGroupId`, fail),
      runnerGroupName: nullableString(fields.runnerGroupName, `${at}runnerGroupName`, fail),
      workflowName:
        optionalNullableString(fields.workflowName, `${at}workflowName`, fail) ??
        runDefaults.workflowName,
      headSha: headSha(fields.headSha, `${at}headSha`, fail) ?? runDefaults.headSha,
      headBranch:
        optionalNullableString(fields.headBranch, `${at}headBranch`, fail) ??
        runDefaults.headBranch,
    };
  });
  return {
    repository: repository as string,
    runId: runId as number,
    attempt: attempt as number,
    jobs: parsed,
  };
}

function steps(value: unknown, at: string, nowText: string, fail: Fail): StoredStep[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(`${at}steps must be a list`);
  return value.map((step, index) => {
    const where = `${at}steps[${index}].`;
    const fields = objectWith(step, STEP_MEMBERS, where, fail);
    if (typeof fields.name !== 'string' || fields.name.length === 0)
      fail(`${where}name must be a non-empty string`);
    const status = oneOf(fields.status, STEP_STATUSES, `${where}status`, fail);
    if (fields.number !== undefined) positiveInteger(fields.number, `${where}number`, fail);
    return {
      name: fields.name as string,
      status,
      // Steps conclude like check runs: success, failure, cancelled, skipped...
      conclusion: conclusion(fields.conclusion, JOB_CONCLUSIONS, `${where}conclusion`, fail),
      number: (fields.number as number | undefined) ?? index + 1,
      startedAt:
        nullableTime(fields.startedAt, `${where}startedAt`, fail) ??
        (status === 'queued' ? null : nowText),
      completedAt:
        nullableTime(fields.completedAt, `${where}completedAt`, fail) ??
        (status === 'completed' ? nowText : null),
    };
  });
}

function objectWith(
  value: unknown,
  members: string[],
  at: string,
  fail: Fail,
): Record<string, unknown> {
  if (!isPlainObject(value)) return fail(`${at ? at.slice(0, -1) : 'the body'} must be an object`);
  const unknown = Object.keys(value).filter((name) => !members.includes(name));
  if (unknown.length > 0)
    fail(`${at}${unknown[0]} is not a member; the members are ${members.join(', ')}`);
  return value;
}

function positiveInteger(value: unknown, name: string, fail: Fail): void {
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 1))
    fail(`${name} must be a positive integer`);
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  fail: Fail,
): T {
  if (!(allowed as readonly unknown[]).includes(value))
    fail(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function conclusion(
  value: unknown,
  allowed: readonly string[],
  name: string,
  fail: Fail,
): string | null {
  if (value === undefined || value === null) return null;
  return oneOf(value, allowed, `${name} (or null)`, fail);
}

function time(value: unknown, name: string, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    fail(`${name} must be an ISO 8601 time`);
  return githubTime(Date.parse(value as string));
}

function nullableTime(value: unknown, name: string, fail: Fail): string | null | undefined {
  return value === null ? null : time(value, name, fail);
}

function optionalString(value: unknown, name: string, fail: Fail): string | undefined {
  if (value !== undefined && typeof value !== 'string') fail(`${name} must be a string`);
  return value as string | undefined;
}

/** undefined when absent (the default applies), else a string or null. */
function optionalNullableString(
  value: unknown,
  name: string,
  fail: Fail,
): string | null | undefined {
  return value === null ? null : optionalString(value, `${name} (or null)`, fail);
}

function nullableString(value: unknown, name: string, fail: Fail): string | null {
  return value === null ? null : (optionalString(value, `${name} (or null)`, fail) ?? null);
}

function nullableInteger(value: unknown, name: string, fail: Fail): number | null {
  if (value === undefined || value === null) return null;
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0))
    fail(`${name} must be a non-negative integer or null`);
  return value as number;
}

function headSha(value: unknown, name: string, fail: Fail): string | undefined {
  if (value !== undefined && !(typeof value === 'string' && /^[0-9a-f]{40}$/.test(value)))
    fail(`${name} must be 40 lower-case hex digits`);
  return value as string | undefined;
}

function labels(value: unknown, name: string, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((label) => typeof label === 'string'))
    fail(`${name} must be a list of strings`);
  return value as string[];
}

/**
 * A list of run attempts (a seed's `githubJobs`, a state file's): each checked, no attempt twice,
 * no job ID twice. Returns the attempts or what is wrong.
 */
export function parseRunAttemptList(
  value: unknown,
  where: string,
  now = Date.now(),
): RunAttemptJobs[] | string {
  if (!Array.isArray(value)) return `${where} must be a list`;
  const runs: RunAttemptJobs[] = [];
  const attempts = new Set<string>();
  const ids = new Set<number>();
  for (const [index, spec] of value.entries()) {
    const at = `${where}[${index}]`;
    const run = parseRunAttemptJobs(spec, `${at}.`, now);
    if (typeof run === 'string') return run;
    const key = runKey(run.repository, run.runId, run.attempt);
    if (attempts.has(key))
      return `${at}: attempt ${run.attempt} of run ${run.runId} of ${run.repository} appears twice`;
    attempts.add(key);
    for (const job of run.jobs) {
      if (job.id === undefined) continue;
      if (ids.has(job.id)) return `${at}: job id ${job.id} is used twice`;
      ids.add(job.id);
    }
    runs.push(run);
  }
  return runs;
}
