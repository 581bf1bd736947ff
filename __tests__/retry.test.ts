/**
 * Units of the retry decision (aws/retry): throttling until the deadline, max-attempts for 5xx,
 * timeouts and dropped connections only, nothing else retried, and no retry whose backoff would
 * pass the deadline. The whole behaviour against the emulator's throttling: run/retries.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decideRetry, DeadlineRetryStrategy, type RetryCount } from '../src/aws/retry.js';

const NOW = 1_000_000;
const count = (changes: Partial<RetryCount> = {}): RetryCount => ({
  retries: 0,
  throttled: 0,
  failed: 0,
  ...changes,
});
const rule = (changes: Partial<Parameters<typeof decideRetry>[2]> = {}) => ({
  maxAttempts: 3,
  remainingMs: 120_000,
  lastAttemptMs: 0,
  now: NOW,
  random: 0.5,
  ...changes,
});
const error = (errorType: 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR') => ({
  errorType,
});

describe('decideRetry', () => {
  it('retries throttling however many attempts were throttled, max-attempts aside', () => {
    const decision = decideRetry(
      count({ retries: 40, throttled: 40 }),
      error('THROTTLING'),
      rule(),
    );
    expect(decision).toEqual({
      retry: true,
      delayMs: 10_000,
      count: { retries: 41, throttled: 41, failed: 0 },
    });
  });

  it('gives up a 5xx, timeout or dropped connection on its max-attempts-th failure', () => {
    expect(decideRetry(count({ retries: 1, failed: 1 }), error('TRANSIENT'), rule())).toEqual({
      retry: true,
      delayMs: 50,
      count: { retries: 2, throttled: 0, failed: 2 },
    });
    expect(decideRetry(count({ retries: 2, failed: 2 }), error('TRANSIENT'), rule())).toEqual({
      retry: false,
      why: 'max-attempts',
    });
    expect(decideRetry(count(), error('TRANSIENT'), rule({ maxAttempts: 1 }))).toEqual({
      retry: false,
      why: 'max-attempts',
    });
  });

  it('does not count throttled attempts against max-attempts', () => {
    const decision = decideRetry(
      count({ retries: 9, throttled: 8, failed: 1 }),
      error('TRANSIENT'),
      rule(),
    );
    expect(decision).toMatchObject({
      retry: true,
      count: { retries: 10, throttled: 8, failed: 2 },
    });
    // With max-attempts 1, throttling is still retried.
    expect(decideRetry(count(), error('THROTTLING'), rule({ maxAttempts: 1 }))).toMatchObject({
      retry: true,
    });
  });

  it.each(['CLIENT_ERROR', 'SERVER_ERROR'] as const)('never retries a %s', (type) => {
    expect(decideRetry(count(), error(type), rule())).toEqual({
      retry: false,
      why: 'not retryable',
    });
  });

  it('backs off exponentially with full jitter, from 1 s for throttling, at most 20 s', () => {
    const delay = (throttled: number, random: number) =>
      decideRetry(count({ throttled }), error('THROTTLING'), rule({ random }));
    expect(delay(0, 0.5)).toMatchObject({ delayMs: 500 });
    expect(delay(3, 0.5)).toMatchObject({ delayMs: 4_000 });
    expect(delay(3, 0)).toMatchObject({ delayMs: 0 });
    expect(delay(5, 0.999)).toMatchObject({ delayMs: 19_980 });
    expect(delay(60, 0.5)).toMatchObject({ delayMs: 10_000 });
  });

  it('waits at least until Retry-After, up to 5 s beyond its own backoff', () => {
    const hinted = (seconds: number) =>
      decideRetry(
        count(),
        { ...error('THROTTLING'), retryAfterHint: new Date(NOW + seconds * 1000) },
        rule(),
      );
    expect(hinted(2)).toMatchObject({ delayMs: 2_000 });
    expect(hinted(60)).toMatchObject({ delayMs: 5_500 });
    expect(hinted(0)).toMatchObject({ delayMs: 500 });
  });

  it('does not start a retry whose backoff would pass the deadline', () => {
    const throttled = count({ throttled: 2 });
    // 0.5 × 4 s = 2 s of backoff.
    expect(decideRetry(throttled, error('THROTTLING'), rule({ remainingMs: 2_001 }))).toMatchObject(
      { retry: true, delayMs: 2_000 },
    );
    expect(decideRetry(throttled, error('THROTTLING'), rule({ remainingMs: 2_000 }))).toEqual({
      retry: false,
      why: 'deadline',
    });
    expect(decideRetry(count(), error('TRANSIENT'), rule({ remainingMs: 0 }))).toEqual({
      retry: false,
      why: 'deadline',
    });
  });

  it('nor one that would leave less time than the last attempt took', () => {
    const throttled = count({ throttled: 2 });
    const after = (lastAttemptMs: number) =>
      decideRetry(throttled, error('THROTTLING'), rule({ remainingMs: 3_000, lastAttemptMs }));
    expect(after(999)).toMatchObject({ retry: true, delayMs: 2_000 });
    expect(after(1_000)).toEqual({ retry: false, why: 'deadline' });
  });
});

describe('DeadlineRetryStrategy', () => {
  it('carries the count from attempt to attempt and refuses by throwing', async () => {
    let remainingMs = 60_000;
    const strategy = new DeadlineRetryStrategy(2, { remainingMs: () => remainingMs }, () => 0.5);
    let token = await strategy.acquireInitialRetryToken('');
    expect(token.getRetryCount()).toBe(0);
    token = await strategy.refreshRetryTokenForRetry(token, error('THROTTLING'));
    token = await strategy.refreshRetryTokenForRetry(token, error('THROTTLING'));
    token = await strategy.refreshRetryTokenForRetry(token, error('TRANSIENT'));
    expect(token.getRetryCount()).toBe(3);
    // The SDK's middleware waits the token's delay: 0.5 × 50 ms for the first 5xx.
    expect(token.getRetryDelay()).toBe(25);
    await expect(strategy.refreshRetryTokenForRetry(token, error('TRANSIENT'))).rejects.toThrow(
      'max-attempts',
    );
    remainingMs = 1;
    await expect(strategy.refreshRetryTokenForRetry(token, error('THROTTLING'))).rejects.toThrow(
      'deadline',
    );
  });
});
