/**
 * Units of the run's time limits (deadline): the limits read from the environment, the deadline's
 * shares, shortening, signals and the way it names itself in messages. Behaviour against a server
 * that stalls is in time-limits.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadline, DeadlineError, formatSeconds, timeLimits } from '../src/runtime/deadline.js';

describe('timeLimits', () => {
  it('defaults to 5 s to connect, 15 s an attempt and 120 s a run', () => {
    expect(timeLimits({})).toEqual({ connectMs: 5_000, attemptMs: 15_000, deadlineMs: 120_000 });
  });

  it('reads each limit from its own variable', () => {
    expect(
      timeLimits({
        INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS: '100',
        INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '200',
        INCIDENT_TIMELINE_DEADLINE_MS: '300.5',
      }),
    ).toEqual({ connectMs: 100, attemptMs: 200, deadlineMs: 300.5 });
  });

  it.each(['', '  ', '0', '-5', 'soon', 'Infinity'])('ignores %j', (value) => {
    expect(timeLimits({ INCIDENT_TIMELINE_DEADLINE_MS: value }).deadlineMs).toBe(120_000);
  });
});

describe('formatSeconds', () => {
  it.each([
    [120_000, '120 s'],
    [5_000, '5 s'],
    [700, '0.7 s'],
    [1_250, '1.3 s'],
    [0, '0 s'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});

describe('Deadline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts its signal with a DeadlineError when the time is up, not before', () => {
    const deadline = new Deadline(1_000);
    expect(deadline.remainingMs()).toBe(1_000);
    vi.advanceTimersByTime(999);
    expect(deadline.expired).toBe(false);
    expect(deadline.remainingMs()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(deadline.expired).toBe(true);
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineError);
    expect((deadline.signal.reason as Error).message).toBe('1000 ms passed');
    expect(deadline.remainingMs()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(deadline.remainingMs()).toBe(0);
  });

  it('describes itself with the variable that sets it', () => {
    expect(new Deadline(120_000).describe()).toBe(
      "the run's time limit of 120 s (INCIDENT_TIMELINE_DEADLINE_MS)",
    );
    expect(new Deadline(120_000).error('Reading the commit').message).toBe(
      "Reading the commit did not finish within the run's time limit of 120 s (INCIDENT_TIMELINE_DEADLINE_MS).",
    );
  });

  it('gives a share that ends with it at the latest and describes itself by its label', () => {
    const run = new Deadline(10_000);
    const long = run.share(60_000.7, "us-east-1's share");
    expect(long.ms).toBe(60_000);
    expect(long.remainingMs()).toBe(10_000);
    expect(long.describe()).toBe("us-east-1's share (60 s)");
    const short = run.share(2_000, "us-west-2's share");
    expect(short.remainingMs()).toBe(2_000);
    vi.advanceTimersByTime(2_000);
    expect(short.expired).toBe(true);
    expect(run.expired).toBe(false);
    expect(short.describe()).toBe("us-west-2's share (2 s)");
  });

  it('a share of nothing is still a millisecond', () => {
    const share = new Deadline(10_000).share(0.4, 'a share');
    expect(share.ms).toBe(1);
    expect(share.expired).toBe(false);
    vi.advanceTimersByTime(1);
    expect(share.expired).toBe(true);
  });

  it('ends a share when the run ends, and then names the run', () => {
    const run = new Deadline(1_000);
    const share = run.share(5_000, 'a share');
    vi.advanceTimersByTime(1_000);
    expect(run.expired).toBe(true);
    expect(share.expired).toBe(true);
    expect(share.describe()).toBe("the run's time limit of 1 s (INCIDENT_TIMELINE_DEADLINE_MS)");
  });

  it('a share of a run already over is over', () => {
    const run = new Deadline(10);
    vi.advanceTimersByTime(10);
    const share = run.share(5_000, 'a share');
    expect(share.expired).toBe(true);
    expect(share.signal.reason).toBe(run.signal.reason);
  });

  it('shortens to the new end and names it; never lengthens, nor after the end', () => {
    const deadline = new Deadline(10_000);
    deadline.shorten(20_000, 'longer');
    expect(deadline.remainingMs()).toBe(10_000);
    expect(deadline.describe()).toBe(
      "the run's time limit of 10 s (INCIDENT_TIMELINE_DEADLINE_MS)",
    );
    deadline.shorten(10_000, 'the same');
    expect(deadline.describe()).not.toBe('the same');
    deadline.shorten(3_000, 'the grace');
    expect(deadline.remainingMs()).toBe(3_000);
    expect(deadline.describe()).toBe('the grace');
    vi.advanceTimersByTime(2_999);
    expect(deadline.expired).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.expired).toBe(true);
    expect((deadline.signal.reason as Error).message).toBe('the grace ended');
    deadline.shorten(0, 'after');
    expect(deadline.describe()).toBe('the grace');
    // The original timer was cleared: nothing aborts it again.
    vi.advanceTimersByTime(10_000);
    expect((deadline.signal.reason as Error).message).toBe('the grace ended');
  });

  it('within: fires after its own time or at the deadline, whichever is first', () => {
    const deadline = new Deadline(5_000);
    const soon = deadline.within(1_000.9);
    const late = deadline.within(60_000);
    const none = deadline.within(0);
    vi.advanceTimersByTime(0);
    expect(none.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(none.aborted).toBe(true);
    vi.advanceTimersByTime(998);
    expect(soon.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(soon.aborted).toBe(true);
    expect((soon.reason as Error).message).toBe('1000 ms passed');
    expect(late.aborted).toBe(false);
    vi.advanceTimersByTime(4_000);
    expect(late.aborted).toBe(true);
    expect(late.reason).toBe(deadline.signal.reason);
  });

  it('race rejects at once once the deadline has passed', async () => {
    const deadline = new Deadline(100);
    vi.advanceTimersByTime(100);
    const error = await deadline.race(Promise.resolve('late'), 'The token').catch((e) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as Error).name).toBe('DeadlineError');
    expect((error as Error).message).toBe(
      "The token did not finish within the run's time limit of 0.1 s (INCIDENT_TIMELINE_DEADLINE_MS).",
    );
  });

  it('race stops listening once the wait is over', async () => {
    const deadline = new Deadline(10_000);
    const remove = vi.spyOn(deadline.signal, 'removeEventListener');
    await expect(deadline.race(Promise.resolve(1), 'x')).resolves.toBe(1);
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('race rejects with the reason of a wait that fails first', async () => {
    const deadline = new Deadline(10_000);
    await expect(deadline.race(Promise.reject(new Error('refused')), 'x')).rejects.toThrow(
      'refused',
    );
  });
});
