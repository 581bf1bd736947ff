/**
 * Units of the job end's modules: the outcome from `job-status` (job-end/outcome), the state saved
 * after each create (job-end/state), the text that must fit at job end (render) and the
 * cancellation of the main step (cancel, deadline).
 */
import { describe, expect, it, vi } from 'vitest';
import { Cancellation, GRACE_MS } from '../src/cancel.js';
import { Deadline } from '../src/deadline.js';
import { collectFacts } from '../src/facts.js';
import { getInputs } from '../src/inputs.js';
import { jobOutcome, OUTCOME_WORDS } from '../src/job-end/outcome.js';
import {
  decodeFinishState,
  encodeFinishState,
  FINISH_STATE,
  JobEndStateError,
  FinishStateRecorder,
  type FinishState,
} from '../src/job-end/state.js';
import { checkFitsAtJobEnd, formatDuration, LONGEST_DURATION_MS } from '../src/render.js';
import { expectCarries } from './carries.js';

describe('the outcome from job-status', () => {
  it.each([
    ['success', 'succeeded'],
    ['failure', 'failed'],
    ['cancelled', 'cancelled'],
    [' Success ', 'succeeded'],
  ])('%s is %s', (status, word) => {
    expect(jobOutcome(status)).toEqual({ word });
  });

  it.each([
    ['', 'job-status is empty'],
    ['skipped', "job-status is 'skipped', not success, failure or cancelled"],
    ['constructor', "job-status is 'constructor', not success, failure or cancelled"],
    ['${{ job.status }}', "job-status is '${{ job.status }}', not success, failure or cancelled"],
  ])('%j is finished, saying why', (status, why) => {
    expect(jobOutcome(status)).toEqual({ word: 'finished', unknownBecause: why });
  });

  it('cuts a long unknown status in the reason', () => {
    expect(jobOutcome('x'.repeat(5000)).unknownBecause?.length).toBeLessThan(120);
  });

  it('lists every word the job end may write', () => {
    expect(OUTCOME_WORDS).toEqual(['succeeded', 'failed', 'cancelled', 'finished']);
  });
});

describe('the state saved for the job end', () => {
  it('is saved again after each create, holding every event so far', () => {
    const save = vi.fn<(name: string, value: string) => void>();
    const recorder = new FinishStateRecorder(new Date('2026-05-01T12:00:00Z'), save);
    recorder.add({ incidentArn: 'arn:a', eventId: 'e1' });
    recorder.add({ incidentArn: 'arn:b', eventId: 'e2' });
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls.every(([name]) => name === FINISH_STATE)).toBe(true);
    const first = decodeFinishState(save.mock.calls[0]![1]) as FinishState;
    expect(first.events).toEqual([{ incidentArn: 'arn:a', eventId: 'e1' }]);
    const last = decodeFinishState(save.mock.calls[1]![1]) as FinishState;
    expect(last.events).toEqual([
      { incidentArn: 'arn:a', eventId: 'e1' },
      { incidentArn: 'arn:b', eventId: 'e2' },
    ]);
    expect(last.startedAt).toBe('2026-05-01T12:00:00.000Z');
    expect(recorder.count).toBe(2);
    // No subject given: none is saved.
    expect(last).not.toHaveProperty('commitSubject');
  });

  it('the job end reads it through getInputs: the saved events and the outcome', async () => {
    const state = JSON.stringify({
      version: 1,
      startedAt: '2026-05-01T12:00:00.000Z',
      events: [{ incidentArn: 'arn:a', eventId: 'e1' }],
    });
    const read = (name: string) => (name === 'job-status' ? 'failure' : '');
    const inputs = await getInputs(
      read,
      { AWS_REGION: 'us-east-1', [`STATE_${FINISH_STATE}`]: state },
      'job-end',
    );
    expect(inputs.targeting).toEqual({
      kind: 'saved',
      events: [{ incidentArn: 'arn:a', eventId: 'e1' }],
    });
    expect(inputs.write).toEqual({
      kind: 'job-end',
      outcome: { word: 'failed' },
      startedAt: new Date('2026-05-01T12:00:00.000Z'),
      commitSubject: '',
    });
  });

  it('keeps the commit subject the events were written with', () => {
    const save = vi.fn<(name: string, value: string) => void>();
    new FinishStateRecorder(new Date(0), save, 'Fix checkout retry storm (#482)').add({
      incidentArn: 'arn:a',
      eventId: 'e1',
    });
    const state = decodeFinishState(save.mock.calls[0]![1]) as FinishState;
    expect(state.commitSubject).toBe('Fix checkout retry storm (#482)');
  });

  it('a state that cannot be used is refused with the reason', async () => {
    await expect(
      getInputs(() => '', { AWS_REGION: 'us-east-1', [`STATE_${FINISH_STATE}`]: '{' }, 'job-end'),
    ).rejects.toThrow('the saved state is not JSON');
  });
});

describe('reading the saved state back', () => {
  const START = '2026-05-01T12:00:00.000Z';
  const state = (fields: object) => JSON.stringify({ version: 1, startedAt: START, ...fields });

  it.each([
    ['', 'the saved state is not JSON'],
    ['null', 'the saved state has an unknown form'],
    ['"text"', 'the saved state has an unknown form'],
    [
      '{"version":2,"startedAt":"2026-05-01T12:00:00Z","events":[]}',
      'the saved state has an unknown form',
    ],
    [JSON.stringify({ version: 1, events: [] }), 'the saved state has no start time'],
    [JSON.stringify({ version: 1, startedAt: 5, events: [] }), 'the saved state has no start time'],
    [
      JSON.stringify({ version: 1, startedAt: 'yesterday', events: [] }),
      'the saved state has no start time',
    ],
    [state({}), 'the saved state lists no events'],
    [state({ events: {} }), 'the saved state lists no events'],
    [state({ events: [null] }), 'the saved state lists no events'],
    [state({ events: [] }), 'the saved state lists no events'],
    [state({ events: ['arn:a'] }), 'the saved state lists no events'],
    [state({ events: [{ eventId: 'e1' }] }), 'the saved state lists no events'],
    [state({ events: [{ incidentArn: 'arn:a' }] }), 'the saved state lists no events'],
    [
      state({
        events: [
          { incidentArn: 'arn:a', eventId: 'e1' },
          { incidentArn: 'arn:b', eventId: 2 },
        ],
      }),
      'the saved state lists no events',
    ],
  ])('refuses %s: %s', (raw, why) => {
    expect(decodeFinishState(raw)).toBe(why);
  });

  it('keeps what each event has of the documented form, and nothing else', () => {
    const decoded = decodeFinishState(
      state({
        events: [
          {
            incidentArn: 'arn:a',
            eventId: 'e1',
            title: 'Checkout down',
            impact: 2,
            status: 'OPEN',
            region: 'eu-west-1',
            extra: 'x',
          },
          {
            incidentArn: 'arn:b',
            eventId: 'e2',
            title: '',
            impact: 1.5,
            status: '',
            region: 'eu-west-1x',
          },
          {
            incidentArn: 'arn:c',
            eventId: 'e3',
            title: 5,
            impact: '2',
            status: 7,
            region: 'xeu-west-1',
          },
          { incidentArn: 'arn:d', eventId: 'e4', region: 'eu-west-123' },
          { incidentArn: 'arn:e', eventId: 'e5', region: 'us-gov-west-1' },
          { incidentArn: 'arn:f', eventId: 'e6', region: 'eu-1' },
          { incidentArn: 'arn:g', eventId: 'e7', region: 12 },
          { incidentArn: 'arn:h', eventId: 'e8', region: ['eu-west-1'] },
          { incidentArn: 'arn:i', eventId: 'e9', region: 'us-east-10' },
        ],
        commitSubject: 7,
      }),
    );
    expect(decoded).toEqual({
      version: 1,
      startedAt: START,
      events: [
        {
          incidentArn: 'arn:a',
          eventId: 'e1',
          region: 'eu-west-1',
          title: 'Checkout down',
          impact: 2,
          status: 'OPEN',
        },
        { incidentArn: 'arn:b', eventId: 'e2' },
        { incidentArn: 'arn:c', eventId: 'e3' },
        { incidentArn: 'arn:d', eventId: 'e4' },
        { incidentArn: 'arn:e', eventId: 'e5', region: 'us-gov-west-1' },
        { incidentArn: 'arn:f', eventId: 'e6' },
        { incidentArn: 'arn:g', eventId: 'e7' },
        { incidentArn: 'arn:h', eventId: 'e8' },
        { incidentArn: 'arn:i', eventId: 'e9', region: 'us-east-10' },
      ],
    });
  });

  it('keeps the first line of the commit subject, and no empty one', () => {
    const events = [{ incidentArn: 'arn:a', eventId: 'e1' }];
    expect(decodeFinishState(state({ events, commitSubject: 'Fix it\nbody' }))).toMatchObject({
      commitSubject: 'Fix it',
    });
    expect(decodeFinishState(state({ events, commitSubject: '' }))).not.toHaveProperty(
      'commitSubject',
    );
  });

  it('writes the subject only when there is one', () => {
    expect(JSON.parse(encodeFinishState(new Date(START), []))).toEqual({
      version: 1,
      startedAt: START,
      events: [],
    });
  });

  it('is refused through an error named JobEndStateError', async () => {
    const error = await getInputs(
      () => '',
      { AWS_REGION: 'us-east-1', [`STATE_${FINISH_STATE}`]: 'null' },
      'job-end',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobEndStateError);
    expect((error as Error).name).toBe('JobEndStateError');
  });
});

describe('the text fits at job end', () => {
  const facts = collectFacts(
    {},
    {
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: '1111111111111111111111111111111111111111',
      GITHUB_RUN_ID: '42',
    },
  );
  const fit =
    (template: string, encoding: 'json-string' | 'raw' = 'json-string') =>
    () =>
      checkFitsAtJobEnd({ eventDataTemplate: template, encoding }, facts, '');

  it('the longest duration is as wide as any under 1,000 hours', () => {
    expect(formatDuration(LONGEST_DURATION_MS)).toBe('999h59m59s');
    expect(formatDuration(120 * 3600 * 1000).length).toBeLessThanOrEqual(10);
  });

  it('refuses a text that fits as started but not as succeeded, saying by how much', () => {
    let message = '';
    try {
      fit(`${'x'.repeat(11_990)} {status}`)();
    } catch (e) {
      message = (e as Error).message;
    }
    expectCarries(message, [
      /^Input 'event-data': /,
      'finish-on-job-end',
      "'succeeded', after 999h59m59s",
      '12,002 characters after json-string encoding',
      '2 over',
      '12,000',
      'Shorten it by 2 characters',
    ]);
  });

  it('counts the duration at its longest', () => {
    // 11,989 + 1 + 10 = 12,000 in raw encoding: fits; one more character does not.
    expect(fit(`${'x'.repeat(11_989)} {duration}`, 'raw')).not.toThrow();
    expect(fit(`${'x'.repeat(11_990)} {duration}`, 'raw')).toThrow(/1 over/);
  });

  it('accepts the default message', () => {
    expect(fit('')).not.toThrow();
  });
});

describe('cancellation', () => {
  it('stops new writes and shortens the deadline to the grace period', () => {
    vi.useFakeTimers();
    try {
      const deadline = new Deadline(120_000);
      const said: string[] = [];
      const cancellation = new Cancellation(deadline, (m) => said.push(m));
      expect(cancellation.reason()).toBeUndefined();
      cancellation.cancel('SIGINT');
      expect(cancellation.requested).toBe(true);
      expect(cancellation.reason()).toBe('not written: the step was cancelled (SIGINT)');
      expect(deadline.remainingMs()).toBeLessThanOrEqual(5_000);
      expect(said).toEqual([
        'SIGINT: the job is being cancelled. No new write starts; writes in flight have 5 s to finish.',
      ]);
      expect(deadline.describe()).toBe('the 5 s the step has after SIGINT (the job was cancelled)');
      // SIGTERM later brings the end closer still, never further.
      cancellation.cancel('SIGTERM');
      expect(deadline.remainingMs()).toBeLessThanOrEqual(2_000);
      expect(cancellation.signal).toBe('SIGINT');
      expect(deadline.expired).toBe(false);
      vi.advanceTimersByTime(2_001);
      expect(deadline.expired).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives SIGINT 5 s and SIGTERM 2 s, as the runner waits before its next signal', () => {
    expect([...GRACE_MS]).toEqual([
      ['SIGINT', 5_000],
      ['SIGTERM', 2_000],
    ]);
  });

  it('SIGTERM first: 2 s, named in the reason and the deadline', () => {
    vi.useFakeTimers();
    try {
      const deadline = new Deadline(120_000);
      const cancellation = new Cancellation(deadline);
      expect(cancellation.requested).toBe(false);
      expect(cancellation.signal).toBe('');
      cancellation.cancel('SIGTERM');
      expect(cancellation.signal).toBe('SIGTERM');
      expect(cancellation.reason()).toBe('not written: the step was cancelled (SIGTERM)');
      expect(deadline.remainingMs()).toBe(2_000);
      expect(deadline.describe()).toBe(
        'the 2 s the step has after SIGTERM (the job was cancelled)',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('a signal the runner does not send leaves no time', () => {
    vi.useFakeTimers();
    try {
      const deadline = new Deadline(120_000);
      const said: string[] = [];
      new Cancellation(deadline, (m) => said.push(m)).cancel('SIGHUP');
      expect(said).toEqual([
        'SIGHUP: the job is being cancelled. No new write starts; writes in flight have 0 s to finish.',
      ]);
      expect(deadline.remainingMs()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cancels when the process receives the signal', () => {
    vi.useFakeTimers();
    try {
      const deadline = new Deadline(120_000);
      const before = process.listeners('SIGINT');
      const cancellation = new Cancellation(deadline).listen();
      try {
        // The listener itself, rather than process.emit, which would reach the test runner's own.
        const added = process.listeners('SIGINT').filter((l) => !before.includes(l));
        expect(added).toHaveLength(1);
        added[0]!('SIGINT');
        expect(cancellation.signal).toBe('SIGINT');
        expect(deadline.remainingMs()).toBe(5_000);
      } finally {
        cancellation.dispose();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('listens to SIGINT and SIGTERM only between listen and dispose', () => {
    const before = ['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s));
    const cancellation = new Cancellation(new Deadline(120_000)).listen();
    expect(['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s))).toEqual(
      before.map((n) => n + 1),
    );
    cancellation.dispose();
    expect(['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s))).toEqual(before);
  });
});

describe('the job-end launcher', () => {
  it('names the state the main step saves (it imports nothing, so it spells it out)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../src/post.ts', import.meta.url), 'utf8');
    expect(source).toContain(`process.env['STATE_${FINISH_STATE}']`);
    expect(source).not.toMatch(/^import /m);
  });
});
