import { runKey, type RunAttemptJobs, type RunAttemptRecord, type StoredJob } from './job-types.js';

/** A run attempt and its jobs, in the order they were given (the order GitHub lists them in). */
export interface StoredRunAttempt {
  repository: string;
  runId: number;
  attempt: number;
  jobs: StoredJob[];
}

/**
 * The jobs the GitHub stand-in serves, set per run attempt through the control API and seeds.
 * Job IDs are unique across attempts: assigned from 1 up, or given.
 */
export class GitHubJobStore {
  private readonly attempts = new Map<string, StoredRunAttempt>();
  private readonly byId = new Map<number, StoredJob>();
  private nextId = 1;

  /** An ID given for a job that another run attempt already has; undefined when all are free. */
  takenId(run: RunAttemptJobs): number | undefined {
    const key = runKey(run.repository, run.runId, run.attempt);
    return run.jobs.find((job) => {
      const holder = job.id === undefined ? undefined : this.byId.get(job.id);
      return (
        holder !== undefined && runKey(holder.repository, holder.runId, holder.attempt) !== key
      );
    })?.id;
  }

  /** Replaces the jobs of the attempt (an empty list leaves it with none); call `takenId` first. */
  replace(run: RunAttemptJobs): StoredRunAttempt {
    const key = runKey(run.repository, run.runId, run.attempt);
    for (const job of this.attempts.get(key)?.jobs ?? []) this.byId.delete(job.id);
    const given = new Set(run.jobs.flatMap((job) => (job.id === undefined ? [] : [job.id])));
    const jobs = run.jobs.map((job) => {
      let id = job.id;
      if (id === undefined) {
        while (this.byId.has(this.nextId) || given.has(this.nextId)) this.nextId++;
        id = this.nextId++;
      }
      const stored: StoredJob = { ...job, id };
      this.byId.set(id, stored);
      return stored;
    });
    const attempt = { repository: run.repository, runId: run.runId, attempt: run.attempt, jobs };
    this.attempts.set(key, attempt);
    return attempt;
  }

  attempt(repository: string, runId: number, attempt: number): StoredRunAttempt | undefined {
    return this.attempts.get(runKey(repository, runId, attempt));
  }

  job(id: number): StoredJob | undefined {
    return this.byId.get(id);
  }

  list(): StoredRunAttempt[] {
    return [...this.attempts.values()];
  }

  snapshot(): RunAttemptRecord[] {
    return this.list().map((run) => ({
      repository: run.repository,
      runId: run.runId,
      attempt: run.attempt,
      jobs: run.jobs.map(({ repository: _r, runId: _i, attempt: _a, ...job }) => job),
    }));
  }

  /** Replaces everything with attempts checked by `parseRunAttemptList`. */
  load(runs: RunAttemptJobs[]): void {
    this.clear();
    for (const run of runs) this.replace(run);
  }

  clear(): void {
    this.attempts.clear();
    this.byId.clear();
    this.nextId = 1;
  }
}
