import type { Deadline } from '../deadline.js';
import { errorMessage } from '../errors.js';
import { inert } from '../log.js';

/** The job's outcome in the words of the `status` input. */
export type OutcomeWord = 'succeeded' | 'failed' | 'cancelled';

/** What the rules read of a job from GitHub's REST API ("List jobs for a workflow run attempt"). */
export interface JobView {
  status?: string | null;
  runner_name?: string | null;
  steps?: { name?: string | null; conclusion?: string | null }[] | null;
}

export type JobOutcome =
  | { known: true; word: OutcomeWord; job: string }
  | { known: false; word: 'finished'; why: string; fix: string };

/**
 * This job among the jobs of its run attempt: the one in progress on this runner. Every job of a
 * matrix has the same name, so the runner tells them apart.
 */
export function findThisJob<T extends JobView>(
  jobs: readonly T[],
  runnerName: string,
): T | undefined {
  return jobs.find((job) => job.status === 'in_progress' && job.runner_name === runnerName);
}

/**
 * The outcome so far: a step that concluded `failure` makes it `failed`, one that concluded
 * `cancelled` makes it `cancelled`, otherwise `succeeded`. A step with `continue-on-error` that
 * failed concludes `success` (its outcome, not its conclusion, is `failure`: the runner reports
 * the result after continue-on-error), so it does not fail the job here either.
 */
export function outcomeOfSteps(job: JobView): OutcomeWord {
  const conclusions = (job.steps ?? []).map((step) => step?.conclusion);
  if (conclusions.includes('failure')) return 'failed';
  if (conclusions.includes('cancelled')) return 'cancelled';
  return 'succeeded';
}

export interface JobOutcomeRequest {
  apiUrl: string;
  token: string;
  repository: string;
  runId: string;
  runAttempt: string;
  runnerName: string;
  deadline: Deadline;
}

const ACTIONS_READ =
  "grant the job 'permissions: actions: read' (and pass github-token if you use another token)";

function unknown(why: string, fix: string): JobOutcome {
  return { known: false, word: 'finished', why, fix };
}

interface HttpError {
  status?: number;
  message?: string;
}

/** Why GitHub's answer could not give the outcome, and what to do about it. */
function explain(error: unknown, request: JobOutcomeRequest): JobOutcome {
  const { status } = (error ?? {}) as HttpError;
  const detail = inert(errorMessage(error));
  if (request.deadline.expired) {
    return unknown(
      `GitHub's API did not answer within ${request.deadline.describe()}`,
      'check the network to GITHUB_API_URL',
    );
  }
  if (status === 401 || status === 403) {
    return unknown(`GitHub refused to list this run's jobs (${status}: ${detail})`, ACTIONS_READ);
  }
  if (status === 404) {
    return unknown(
      `GitHub has no jobs of run ${inert(request.runId)} attempt ${inert(request.runAttempt)} at ${inert(request.apiUrl)} (404: ${detail})`,
      `check that GITHUB_API_URL serves the Actions API (GitHub Enterprise Server 3.4 or later) and that the token belongs to ${inert(request.repository)}`,
    );
  }
  return unknown(
    `GitHub's API could not be read (${detail})`,
    'check the network to GITHUB_API_URL; the outcome is read again on a re-run',
  );
}

/**
 * Reads this job's outcome from GitHub's REST API: the jobs of this run attempt, page by page until
 * this job is found. Octokit is loaded only here (the job-end step with finish-on-job-end), with
 * retries of 5xx answers and of primary and secondary rate limits, all within the deadline.
 */
export async function readJobOutcome(request: JobOutcomeRequest): Promise<JobOutcome> {
  const [owner, repo] = request.repository.split('/');
  if (!owner || !repo || !request.runId || !request.runnerName) {
    return unknown(
      'the run is not described by GITHUB_REPOSITORY, GITHUB_RUN_ID and RUNNER_NAME',
      'run the action in a GitHub Actions job',
    );
  }
  if (!request.token) {
    return unknown(
      'github-token is empty',
      'leave github-token at its default (${{ github.token }}) and ' + ACTIONS_READ,
    );
  }
  const { deadline } = request;
  try {
    const [{ getOctokit }, { defaults }, { retry }, { throttling }] = await Promise.all([
      import('@actions/github'),
      import('@actions/github/lib/utils'),
      import('@octokit/plugin-retry'),
      import('@octokit/plugin-throttling'),
    ]);
    // Wait for a rate limit only when the wait ends before the deadline, and at most twice.
    const retryWithin = (
      retryAfter: number,
      _options: unknown,
      _octokit: unknown,
      retryCount: number,
    ) => retryCount < 2 && retryAfter * 1000 < deadline.remainingMs();
    const octokit = getOctokit(
      request.token,
      {
        baseUrl: request.apiUrl,
        // Octokit merges options shallowly: keep @actions/github's proxy agent and fetch.
        request: { ...defaults.request, signal: deadline.signal },
        throttle: { onRateLimit: retryWithin, onSecondaryRateLimit: retryWithin },
      },
      retry,
      throttling,
    );
    const pages = octokit.paginate.iterator(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
      owner,
      repo,
      run_id: Number(request.runId),
      attempt_number: Number(request.runAttempt || '1'),
      per_page: 100,
    });
    const read = (async () => {
      for await (const page of pages) {
        const job = findThisJob(page.data as JobView[], request.runnerName);
        if (job) return job as JobView & { name?: string };
      }
      return undefined;
    })();
    const job = await deadline.race(read, "Reading the job's outcome from GitHub");
    if (!job) {
      return unknown(
        `no job of run ${inert(request.runId)} attempt ${inert(request.runAttempt)} is in progress on runner '${inert(request.runnerName)}'`,
        'this happens when the API lags behind the runner; the event says finished instead',
      );
    }
    return { known: true, word: outcomeOfSteps(job), job: inert(job.name ?? '') };
  } catch (error) {
    return explain(error, request);
  }
}
