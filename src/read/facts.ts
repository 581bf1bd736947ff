import { commitSubjectOf } from '../parse/commit-message.js';
import { parseTimestamp } from '../parse/time.js';
import type { Env } from '../runtime/env.js';
import { readFileSync } from 'node:fs';

/**
 * What the workflow run tells about itself. Read from the runner's environment and event payload
 * directly: `@actions/github`'s context would pull in all of Octokit to read the same variables.
 */
export interface WorkflowFacts {
  serverUrl: string;
  repository: string;
  /** The deployed commit (see `deployedCommit`), and where it was taken from. */
  sha: string;
  shaSource: CommitSource;
  shortSha: string;
  ref: string;
  refName: string;
  actor: string;
  workflow: string;
  job: string;
  /** `GITHUB_ACTION`: the step's id, unique within a job. */
  step: string;
  /** The `job-instance` input: the job's check run ID (or matrix index), to tell matrix legs apart. */
  jobInstance: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  commitUrl: string;
  /**
   * The first line of the deployed commit's message, from the event payload when it carries that
   * commit (push's `head_commit`, `workflow_run.head_commit`); empty until read from GitHub.
   */
  commitSubject: string;
  eventName: string;
  /** The environment named by the event (a deployment, or a dispatch input `environment`). */
  eventEnvironment: string;
  /** A `deployment_status` event's state, as a `status` word (`succeeded`, `failed`, …). */
  eventStatus: string;
  /** `workflow_dispatch` inputs, as text. */
  dispatchInputs: ReadonlyMap<string, string>;
  /** `CODEBUILD_BUILD_ARN` on CodeBuild-hosted runners. */
  codeBuildArn: string;
  /** `GITHUB_API_URL`: github.com's API or a GitHub Enterprise Server's. */
  apiUrl: string;
  /** A `deployment_status` event's deployment: one timeline event per deployment and incident. */
  deployment?: DeploymentFacts;
}

/** The deployment a `deployment_status` event reports, as the payload gives it. */
export interface DeploymentFacts {
  /** `deployment.id`, as text. */
  id: string;
  /** `deployment.url`: the deployment in GitHub's API, the related item the event references. */
  url: string;
  environment: string;
  /** `deployment_status.state` as GitHub writes it: `success`, `in_progress`, … */
  state: string;
  /** Whether the state is one a deployment ends in: `success`, `failure` or `error`. */
  final: boolean;
  /** `deployment.created_at`: the event's time, and where `{duration}` starts. */
  createdAt?: Date;
  /** `deployment_status.created_at`: where `{duration}` ends. */
  stateAt?: Date;
}

/** The states a deployment ends in; `inactive` only says that a later one replaced it. */
export const FINAL_DEPLOYMENT_STATES: ReadonlySet<string> = new Set([
  'success',
  'failure',
  'error',
]);

/** `ci`: another CI system's variable; `git`: the checkout's HEAD (the command, see ci-facts.ts). */
export type CommitSource = 'sha' | 'deployment' | 'workflow_run' | 'GITHUB_SHA' | 'ci' | 'git';

export interface DeployedCommit {
  sha: string;
  ref: string;
  refName: string;
  source: CommitSource;
}

/** `refs/heads/main` → `main`; a deployment's `v1.2.0` or a SHA stays as it is. */
function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

/**
 * The commit that was deployed, which is not always GITHUB_SHA: the `sha` input when given (with
 * the run's ref); else a deployment's `sha` and `ref` (`deployment` and `deployment_status`
 * events); else a `workflow_run` event's `head_sha` and `head_branch` (a deploy after CI, whose
 * GITHUB_SHA is the default branch's head); else GITHUB_SHA and GITHUB_REF.
 */
export function deployedCommit(
  payload: Record<string, unknown>,
  env: Env,
  shaInput = '',
): DeployedCommit {
  // On pull requests GITHUB_REF_NAME is "<number>/merge"; the branch is what people recognise.
  const runRef = {
    ref: env.GITHUB_REF ?? '',
    refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
  };
  if (shaInput) return { sha: shaInput, ...runRef, source: 'sha' };
  const deployment = asRecord(payload.deployment);
  const deployedSha = text(deployment.sha);
  if (deployedSha) {
    const ref = text(deployment.ref);
    const refs = ref ? { ref, refName: shortRef(ref) } : runRef;
    return { sha: deployedSha, ...refs, source: 'deployment' };
  }
  const workflowRun = asRecord(payload.workflow_run);
  const headSha = text(workflowRun.head_sha);
  if (headSha) {
    const branch = text(workflowRun.head_branch);
    const refs = branch ? { ref: branch, refName: shortRef(branch) } : runRef;
    return { sha: headSha, ...refs, source: 'workflow_run' };
  }
  return { sha: env.GITHUB_SHA ?? '', ...runRef, source: 'GITHUB_SHA' };
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    // A missing or unreadable payload only costs the environment and dispatch inputs.
    return {};
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** GitHub's deployment states, in the words of the `status` input (a Map: own entries only). */
const DEPLOYMENT_STATES = new Map([
  ['success', 'succeeded'],
  ['failure', 'failed'],
  ['error', 'failed'],
  ['in_progress', 'started'],
  ['queued', 'queued'],
  ['pending', 'pending'],
  ['inactive', 'inactive'],
]);

/** The `status` word of a deployment state (`success` → `succeeded`), or '' for an unknown one. */
export function deploymentStatusWord(state: string): string {
  return DEPLOYMENT_STATES.get(state) ?? '';
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A time of the payload, or undefined when it is missing or not a timestamp (no duration then). */
function payloadTime(value: unknown): Date | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    return parseTimestamp('deployment', raw);
  } catch {
    return undefined;
  }
}

/**
 * The deployment of a `deployment_status` event, or undefined for any other event and for a
 * payload without the deployment's ID and https URL (such a run marks the state as an event of
 * its own).
 */
export function deploymentOf(
  payload: Record<string, unknown>,
  eventName: string,
): DeploymentFacts | undefined {
  if (eventName !== 'deployment_status') return undefined;
  const deployment = asRecord(payload.deployment);
  const status = asRecord(payload.deployment_status);
  const id = text(deployment.id);
  const url = text(deployment.url);
  if (!/^\d{1,20}$/.test(id) || !/^https:\/\/\S+$/i.test(url)) return undefined;
  const state = text(status.state);
  const createdAt = payloadTime(deployment.created_at);
  const stateAt = payloadTime(status.created_at);
  return {
    id,
    url,
    environment: text(deployment.environment),
    state,
    final: FINAL_DEPLOYMENT_STATES.has(state),
    ...(createdAt ? { createdAt } : {}),
    ...(stateAt ? { stateAt } : {}),
  };
}

/** The subject of `sha` from a payload that carries that commit, else ''. */
function payloadSubject(payload: Record<string, unknown>, sha: string): string {
  for (const commit of [
    asRecord(payload.head_commit),
    asRecord(asRecord(payload.workflow_run).head_commit),
  ]) {
    const id = text(commit.id);
    if (id && sha && id.toLowerCase() === sha.toLowerCase()) {
      return commitSubjectOf(text(commit.message));
    }
  }
  return '';
}

/** The most jobs one matrix makes, so the highest `strategy.job-index` is one less. */
const MAX_MATRIX_JOBS = 256;

/**
 * Whether `job-instance` tells apart two calls of one reusable workflow, which share GITHUB_JOB
 * and the step's id. Its default is the job's check run ID (`job.check_run_id`), its own in every
 * job, and far larger than any matrix index; a runner without it gives the matrix index
 * (`strategy.job-index`), which is 0 in each call of a reusable workflow that has no matrix, or
 * nothing. A value set by hand that is not a small number is taken to tell them apart.
 */
export function tellsCallsApart(jobInstance: string): boolean {
  if (jobInstance === '') return false;
  return !(/^\d{1,3}$/.test(jobInstance) && Number(jobInstance) < MAX_MATRIX_JOBS);
}

/** What the inputs add to the facts: the `sha` and `job-instance` inputs (each may be empty). */
export interface GivenFacts {
  sha?: string;
  jobInstance?: string;
}

/** The workflow facts, from the runner's environment, the event payload and `given`. */
export function collectFacts(given: GivenFacts = {}, env: Env = process.env): WorkflowFacts {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const deployment = asRecord(payload.deployment);
  const commit = deployedCommit(payload, env, given.sha);
  const sha = commit.sha;
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
  const dispatchInputs = new Map(
    Object.entries(asRecord(payload.inputs)).map(([key, value]) => [key, text(value)]),
  );
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const reported = deploymentOf(payload, eventName);
  return {
    serverUrl,
    repository,
    sha,
    shaSource: commit.source,
    shortSha: sha.slice(0, 7),
    ref: commit.ref,
    refName: commit.refName,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    step: env.GITHUB_ACTION ?? '',
    jobInstance: given.jobInstance ?? '',
    runId,
    runAttempt,
    runUrl:
      repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`
        : '',
    commitUrl: repository && sha ? `${serverUrl}/${repository}/commit/${sha}` : '',
    commitSubject: payloadSubject(payload, sha),
    eventName,
    eventEnvironment: text(deployment.environment) || dispatchInputs.get('environment') || '',
    eventStatus: deploymentStatusWord(text(asRecord(payload.deployment_status).state)),
    dispatchInputs,
    codeBuildArn: env.CODEBUILD_BUILD_ARN ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    ...(reported ? { deployment: reported } : {}),
  };
}
