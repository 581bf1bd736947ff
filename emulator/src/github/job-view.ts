import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { StoredRunAttempt } from './job-store.js';
import type { StoredJob } from './job-types.js';
import { GITHUB_PREFIX } from './operations.js';

/** The web UI a job's `html_url` points to; the stand-in serves only the REST API. */
const SERVER_URL = 'https://github.com';

/** A Host header is the client's to choose; only a plain host[:port] goes into URLs and Link headers. */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * The origin as the client reached it (`http://127.0.0.1:4566`), for the URLs in answers, as
 * GitHub builds them from its own host name; `fallbackHost` when the Host header is missing or not
 * a plain host. The API base is this origin followed by `/_github`.
 */
export function requestOrigin(request: IncomingMessage, fallbackHost: string): string {
  const scheme = (request.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  const host = request.headers.host;
  return `${scheme}://${host !== undefined && PLAIN_HOST.test(host) ? host : fallbackHost}`;
}

export function apiBaseOf(request: IncomingMessage, fallbackHost: string): string {
  return `${requestOrigin(request, fallbackHost)}${GITHUB_PREFIX}`;
}

/** A run attempt as the control API shows it: its identity and its jobs as GitHub serves them. */
export function runAttemptView(run: StoredRunAttempt, apiBase: string): Record<string, unknown> {
  return {
    repository: run.repository,
    runId: run.runId,
    attempt: run.attempt,
    jobs: run.jobs.map((job) => jobView(job, apiBase)),
  };
}

/**
 * A job in the shape of GitHub's REST schema `job` (List jobs for a workflow run attempt, Get a
 * job for a workflow run), member for member.
 */
export function jobView(job: StoredJob, apiBase: string): Record<string, unknown> {
  const repo = `${apiBase}/repos/${job.repository}`;
  return {
    id: job.id,
    run_id: job.runId,
    workflow_name: job.workflowName,
    head_branch: job.headBranch,
    run_url: `${repo}/actions/runs/${job.runId}`,
    run_attempt: job.attempt,
    node_id: `CR_kwDO${Buffer.from(`job:${job.id}`).toString('base64url')}`,
    head_sha: job.headSha,
    url: `${repo}/actions/jobs/${job.id}`,
    html_url: `${SERVER_URL}/${job.repository}/actions/runs/${job.runId}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.createdAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((step) => ({
      name: step.name,
      status: step.status,
      conclusion: step.conclusion,
      number: step.number,
      started_at: step.startedAt,
      completed_at: step.completedAt,
    })),
    check_run_url: `${repo}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: job.runnerId,
    runner_name: job.runnerName,
    runner_group_id: job.runnerGroupId,
    runner_group_name: job.runnerGroupName,
  };
}
