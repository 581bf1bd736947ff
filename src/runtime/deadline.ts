import type { Env } from './env.js';
import { SafeError } from './errors.js';
/**
 * Time limits of a run. A stuck connection must not hold a deployment job for the runner's
 * six-hour limit: one deadline bounds the whole run (the OIDC token, STS, the search, link-commit
 * and the writes, with every retry), and each attempt of a call is bounded in total time, so a
 * server that answers one byte at a time is retried, then given up, like one that never answers.
 * The environment variables exist for tests and unusual networks; the README documents them.
 */
export interface TimeLimits {
  connectMs: number;
  /** One attempt of one call, from sending the request to the last byte of the answer. */
  attemptMs: number;
  deadlineMs: number;
}

function fromEnv(name: string, fallback: number, env: Env): number {
  const raw = env[name];
  const n = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function timeLimits(env: Env): TimeLimits {
  return {
    connectMs: fromEnv('INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS', 5_000, env),
    attemptMs: fromEnv('INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS', 15_000, env),
    deadlineMs: fromEnv('INCIDENT_TIMELINE_DEADLINE_MS', 120_000, env),
  };
}

/** Raised when the run's deadline passes; the message says what was being waited for. */
export class DeadlineError extends SafeError {
  override name = 'DeadlineError';
}

/**
 * A signal aborted after `ms`, or when `parent` aborts, whichever comes first. Built on a timer
 * and a listener held here rather than on `AbortSignal.timeout` inside `AbortSignal.any`: a timeout
 * signal that nothing else references can be collected before it fires, and the combined signal
 * then never aborts. The timer does not keep the process alive.
 */
function timedSignal(
  ms: number,
  parent?: AbortSignal,
): { controller: AbortController; timer: NodeJS.Timeout } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DeadlineError(`${ms} ms passed`)),
    Math.max(0, ms),
  );
  timer.unref();
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  return { controller, timer };
}

/** The run's one deadline: a signal for the SDK and `fetch`, and a race for anything else. */
export class Deadline {
  readonly signal: AbortSignal;
  private endsAt: number;
  private readonly controller: AbortController;
  private timer: NodeJS.Timeout;
  /** Set when `shorten` brought the end forward: what the limit is now, for messages. */
  private shortenedFor = '';

  /**
   * `ms` from now. With a `parent`, never later than the parent's end, and described as `label`
   * (a region's share of the run's time).
   */
  constructor(
    readonly ms: number,
    private readonly parent?: Deadline,
    private readonly label = '',
  ) {
    this.endsAt = Math.min(Date.now() + ms, parent ? parent.endsAt : Number.POSITIVE_INFINITY);
    ({ controller: this.controller, timer: this.timer } = timedSignal(
      this.endsAt - Date.now(),
      parent?.signal,
    ));
    this.signal = this.controller.signal;
  }

  /** A part of this deadline: at most `ms` of it, ending with it at the latest. */
  share(ms: number, label: string): Deadline {
    return new Deadline(Math.max(1, Math.floor(ms)), this, label);
  }

  /**
   * Brings the end forward to `ms` from now, never later: what is in flight then has that long
   * (a cancelled step's grace before the runner's next signal). `why` describes the new limit.
   */
  shorten(ms: number, why: string): void {
    const endsAt = Date.now() + ms;
    if (endsAt >= this.endsAt || this.signal.aborted) return;
    this.endsAt = endsAt;
    this.shortenedFor = why;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.controller.abort(new DeadlineError(`${why} ended`)), ms);
    this.timer.unref();
  }

  get expired(): boolean {
    return this.signal.aborted;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** A signal that fires at the deadline or after `ms`, whichever comes first. */
  within(ms: number): AbortSignal {
    return timedSignal(Math.max(1, Math.floor(ms)), this.signal).controller.signal;
  }

  /** Describes the limit for messages: `the run's time limit of 120 s (INCIDENT_TIMELINE_DEADLINE_MS)`. */
  describe(): string {
    if (this.parent?.expired) return this.parent.describe();
    if (this.shortenedFor) return this.shortenedFor;
    if (this.label) return `${this.label} (${formatSeconds(this.ms)})`;
    return `the run's time limit of ${formatSeconds(this.ms)} (INCIDENT_TIMELINE_DEADLINE_MS)`;
  }

  /**
   * Settles with `promise`, or rejects with a DeadlineError when the deadline passes first. For
   * waits that take no signal (a credential provider, `@actions/core`'s OIDC request): what they
   * leave running is ended with the process, which exits when the run is over.
   */
  race<T>(promise: Promise<T>, what: string): Promise<T> {
    if (this.signal.aborted) return Promise.reject(this.error(what));
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(this.error(what));
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([promise, aborted]).finally(() =>
      this.signal.removeEventListener('abort', onAbort),
    );
  }

  error(what: string): DeadlineError {
    return new DeadlineError(`${what} did not finish within ${this.describe()}.`);
  }
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
