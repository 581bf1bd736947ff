import { MAXIMUM_RETRY_DELAY, Retry, type StandardRetryStrategy } from '@smithy/util-retry';
import type { Deadline } from '../runtime/deadline.js';

/** What the SDK's retry middleware tells the strategy about a failed attempt that it uses. */
type FailedAttempt = Pick<
  Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1],
  'errorType' | 'retryAfterHint'
>;

/** The attempts of one call so far, by how they failed. */
export interface RetryCount {
  /** Retries made, of either kind. */
  retries: number;
  /** Attempts answered with throttling. */
  throttled: number;
  /** Attempts that failed with a 5xx, a timeout or a dropped connection: what max-attempts bounds. */
  failed: number;
}

export type RetryDecision =
  | { retry: true; delayMs: number; count: RetryCount }
  | { retry: false; why: 'not retryable' | 'max-attempts' | 'deadline' };

export interface RetryRule {
  maxAttempts: number;
  /** Time left before the deadline the call runs under. */
  remainingMs: number;
  /** How long the attempt that failed took: the next one is expected to take as long. */
  lastAttemptMs: number;
  now: number;
  /** In [0, 1): the jitter. */
  random: number;
}

/**
 * Whether a failed attempt is tried again, and after how long. Throttling is the normal state of
 * an outage, when many runs write into one incident at once: it is retried until the deadline,
 * never given up after a count. `max-attempts` bounds the attempts that fail with a 5xx, a timeout
 * or a dropped connection (the SDK's "transient" errors); anything else (validation, access, not
 * found) is an answer and never retried. The backoff is the SDK's own (full jitter, exponential
 * from its base for the kind of error, at most 20 s, lengthened to a `Retry-After` as the SDK
 * does), and a retry is not started when its backoff would pass the deadline, or leave less
 * time than the last attempt took: an attempt cut off by a region's share of the time would count
 * as a region that did not answer, which a throttled region is not.
 */
export function decideRetry(
  count: RetryCount,
  error: FailedAttempt,
  rule: RetryRule,
): RetryDecision {
  const throttled = error.errorType === 'THROTTLING';
  if (!throttled && error.errorType !== 'TRANSIENT') return { retry: false, why: 'not retryable' };
  const failed = count.failed + (throttled ? 0 : 1);
  if (failed >= rule.maxAttempts) return { retry: false, why: 'max-attempts' };
  const exponent = throttled ? count.throttled : count.failed;
  const base = throttled ? Retry.throttlingDelay() : Retry.delay();
  let delayMs = Math.floor(rule.random * Math.min(base * 2 ** exponent, MAXIMUM_RETRY_DELAY));
  if (error.retryAfterHint instanceof Date) {
    const hinted = error.retryAfterHint.getTime() - rule.now;
    delayMs = Math.max(delayMs, Math.min(hinted, delayMs + 5_000));
  }
  if (delayMs + rule.lastAttemptMs >= rule.remainingMs) return { retry: false, why: 'deadline' };
  return {
    retry: true,
    delayMs,
    count: {
      retries: count.retries + 1,
      throttled: count.throttled + (throttled ? 1 : 0),
      failed,
    },
  };
}

/** The token the SDK carries between the attempts of one call; it waits `getRetryDelay()`. */
class RetryToken {
  /** When the attempt this token is for starts: after its delay. */
  readonly attemptAt: number;

  constructor(
    readonly count: RetryCount,
    private readonly delayMs: number,
    now: number,
  ) {
    this.attemptAt = now + delayMs;
  }

  getRetryCount(): number {
    return this.count.retries;
  }

  getRetryDelay(): number {
    return this.delayMs;
  }

  getRetryCost(): number | undefined {
    return undefined;
  }
}

const FIRST: RetryCount = { retries: 0, throttled: 0, failed: 0 };

/**
 * The retry strategy of every AWS client of the action (`retryStrategy` of the client config), on
 * the SDK's retry middleware, which classifies each error, reads `Retry-After`, and waits the
 * token's delay under the call's abort signal. Unlike the SDK's standard strategy it keeps no
 * retry quota across calls: that guards a long-lived client against retry storms, where a run's
 * client lives for one step and its retries are bounded by max-attempts and the deadline.
 */
export class DeadlineRetryStrategy {
  readonly mode = 'standard';

  constructor(
    private readonly maxAttempts: number,
    private readonly deadline: Pick<Deadline, 'remainingMs'>,
    private readonly random: () => number = Math.random,
  ) {}

  async acquireInitialRetryToken(_scope: string): Promise<RetryToken> {
    return new RetryToken(FIRST, 0, Date.now());
  }

  async refreshRetryTokenForRetry(token: RetryToken, error: FailedAttempt): Promise<RetryToken> {
    const now = Date.now();
    const decision = decideRetry(token.count, error, {
      maxAttempts: this.maxAttempts,
      remainingMs: this.deadline.remainingMs(),
      lastAttemptMs: Math.max(0, now - token.attemptAt),
      now,
      random: this.random(),
    });
    // The middleware then throws the attempt's own error.
    if (!decision.retry) throw new Error(`no retry: ${decision.why}`);
    return new RetryToken(decision.count, decision.delayMs, now);
  }

  recordSuccess(_token: RetryToken): void {}
}
