// The GitHub stand-in's jobs as stored, and GitHub's values for their members.

/** GitHub's job statuses (the REST schema's `job.status`). */
export const JOB_STATUSES = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending',
] as const;
export const STEP_STATUSES = ['queued', 'in_progress', 'completed'] as const;
export const JOB_CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
] as const;

export type JobStatus = (typeof JOB_STATUSES)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StoredStep {
  name: string;
  status: StepStatus;
  conclusion: string | null;
  number: number;
  startedAt: string | null;
  completedAt: string | null;
}

/** A job as stored; `job-view.ts` renders it in GitHub's shape with the URLs of the request. */
export interface StoredJob {
  id: number;
  repository: string;
  runId: number;
  attempt: number;
  name: string;
  status: JobStatus;
  conclusion: string | null;
  createdAt: string;
  startedAt: string;
  completedAt: string | null;
  steps: StoredStep[];
  labels: string[];
  runnerId: number | null;
  runnerName: string | null;
  runnerGroupId: number | null;
  runnerGroupName: string | null;
  workflowName: string | null;
  headSha: string;
  headBranch: string | null;
}

/** The jobs of one run attempt, checked, with the IDs asked for (others are assigned on store). */
export interface RunAttemptJobs {
  repository: string;
  runId: number;
  attempt: number;
  jobs: (Omit<StoredJob, 'id'> & { id?: number })[];
}

/** A run attempt as a state file keeps it: the control API's format, with every member and ID. */
export interface RunAttemptRecord {
  repository: string;
  runId: number;
  attempt: number;
  jobs: Omit<StoredJob, 'repository' | 'runId' | 'attempt'>[];
}

/** Where a run attempt's jobs are filed; owner and repository names are case-insensitive on GitHub. */
export function runKey(repository: string, runId: number, attempt: number): string {
  return `${repository.toLowerCase()}#${runId}#${attempt}`;
}
