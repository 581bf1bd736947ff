import { readFileSync } from 'node:fs';

/**
 * What the workflow run tells about itself. Read from the runner's environment and event payload
 * directly: `@actions/github`'s context would pull in all of Octokit to read the same variables.
 */
export interface WorkflowFacts {
  serverUrl: string;
  repository: string;
  sha: string;
  shortSha: string;
  ref: string;
  refName: string;
  actor: string;
  workflow: string;
  job: string;
  /** `GITHUB_ACTION`: the step's id, unique within a job. */
  step: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  commitUrl: string;
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
  /** `RUNNER_NAME`: tells this job apart among the jobs of its run. */
  runnerName: string;
}

type Env = Readonly<Record<string, string | undefined>>;

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

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function collectFacts(env: Env = process.env): WorkflowFacts {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const deployment = asRecord(payload.deployment);
  const sha = text(deployment.sha) || env.GITHUB_SHA || '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
  const dispatchInputs = new Map(
    Object.entries(asRecord(payload.inputs)).map(([key, value]) => [key, text(value)]),
  );
  // On pull requests GITHUB_REF_NAME is "<number>/merge"; the branch is what people recognise.
  const refName = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '';
  return {
    serverUrl,
    repository,
    sha,
    shortSha: sha.slice(0, 7),
    ref: env.GITHUB_REF ?? '',
    refName,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    step: env.GITHUB_ACTION ?? '',
    runId,
    runAttempt,
    runUrl:
      repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`
        : '',
    commitUrl: repository && sha ? `${serverUrl}/${repository}/commit/${sha}` : '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventEnvironment: text(deployment.environment) || dispatchInputs.get('environment') || '',
    eventStatus: DEPLOYMENT_STATES.get(text(asRecord(payload.deployment_status).state)) ?? '',
    dispatchInputs,
    codeBuildArn: env.CODEBUILD_BUILD_ARN ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runnerName: env.RUNNER_NAME ?? '',
  };
}
