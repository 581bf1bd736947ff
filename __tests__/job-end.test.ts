/**
 * Units of the job end's modules: the outcome from `job-status` (job-end/outcome), the state saved
 * after each create (job-end/state), the text that must fit at job end (render) and the
 * cancellation of the main step (cancel, deadline).
 */
import { describe, expect, it, vi } from 'vitest';
import { Cancellation, GRACE_MS } from '../src/runtime/cancel.js';
import { Deadline } from '../src/runtime/deadline.js';
import { collectFacts } from '../src/read/facts.js';
import { getInputs } from '../src/read/inputs.js';
import { jobOutcome, OUTCOME_WORDS } from '../src/job-end/outcome.js';
import {
  decodeFinishState,
  encodeFinishState,
  FINISH_STATE,
  JobEndStateError,
  FinishStateRecorder,
  STATE_PART_CHARS,
  targetStateName,
  type FinishState,
} from '../src/job-end/state.js';
import { checkFitsAtJobEnd, formatDuration, LONGEST_DURATION_MS } from '../src/text/render.js';
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

const START = '2026-05-01T12:00:00.000Z';
const CREATE = { eventType: 'Custom Event', eventTime: START, eventData: '"Deployment started"' };
const ARN_A = 'arn:aws:ssm-incidents::111122223333:incident-record/checkout-api/a';
const ARN_B = 'arn:aws:ssm-incidents::111122223333:incident-record/checkout-api/b';

/** What a step saved, as the runner keeps it: the last value of each name. */
function savedBy(): { save: (name: string, value: string) => void; state: Map<string, string> } {
  const state = new Map<string, string>();
  return { save: (name, value) => state.set(name, value), state };
}

const readFrom = (state: Map<string, string> | Record<string, string>) => (name: string) =>
  state instanceof Map ? state.get(name) : state[name];

describe('the state saved for the job end', () => {
  it('holds the intent before each create is answered, then the event it wrote', () => {
    const { save, state } = savedBy();
    const recorder = new FinishStateRecorder(new Date(START), save, CREATE, 2);
    recorder.intend(0, { incidentArn: ARN_A, clientToken: 'token-a', region: 'us-east-1' });
    recorder.intend(1, {
      incidentArn: ARN_B,
      clientToken: 'token-b',
      eventReferences: [{ resource: ARN_B }],
      region: 'us-east-1',
    });
    const pending = decodeFinishState(readFrom(state)) as FinishState;
    expect(pending.create).toEqual(CREATE);
    expect(pending.events.map((e) => e.eventId)).toEqual([undefined, undefined]);
    expect(recorder.pending).toBe(2);

    recorder.written(0, { incidentArn: ARN_A, eventId: 'e1', region: 'us-east-1' });
    recorder.notWritten(1);
    const last = decodeFinishState(readFrom(state)) as FinishState;
    expect(last.events).toEqual([
      { incidentArn: ARN_A, clientToken: 'token-a', eventId: 'e1', region: 'us-east-1' },
    ]);
    expect(last.startedAt).toBe(START);
    expect([recorder.count, recorder.pending]).toEqual([1, 0]);
    // No subject given: none is saved.
    expect(last).not.toHaveProperty('commitSubject');
  });

  it('fits any runner: 100 targets with the longest text, every saved value bounded', () => {
    const { save, state } = savedBy();
    const saves: number[] = [];
    // 12,000 characters that JSON escapes the most (a quote is two), and emoji (two units each).
    const eventData = `"${'\\"'.repeat(3_000)}${'\u{1F680}'.repeat(5_990)}"`;
    const recorder = new FinishStateRecorder(
      new Date(START),
      (name, value) => {
        saves.push(value.length);
        save(name, value);
      },
      { ...CREATE, eventData },
      100,
      'Fix checkout retry storm (#482)',
    );
    const references = Array.from({ length: 10 }, (_, i) => ({
      resource: `arn:aws:codepipeline:us-east-1:111122223333:${'p'.repeat(900)}${i}`,
    }));
    for (let i = 0; i < 100; i += 1) {
      const incidentArn = `${ARN_A}${i}`;
      recorder.intend(i, {
        incidentArn,
        clientToken: 't'.repeat(128),
        eventReferences: references,
      });
      recorder.written(i, {
        incidentArn,
        eventId: `e${i}`,
        title: 'T'.repeat(200),
        region: 'us-east-1',
      });
    }
    // Windows allows 32,767 characters a variable (its name included).
    expect(Math.max(...saves)).toBeLessThanOrEqual(STATE_PART_CHARS);
    expect([...state.keys()].some((name) => name.startsWith(`${FINISH_STATE}-part-`))).toBe(true);
    const back = decodeFinishState(readFrom(state)) as FinishState;
    expect(back.create.eventData).toBe(eventData);
    expect(back.events).toHaveLength(100);
    expect(back.events[99]).toMatchObject({ eventId: 'e99', eventReferences: references });
    expect(back.commitSubject).toBe('Fix checkout retry storm (#482)');
  });

  it('never splits a character between two saved values', () => {
    const eventData = 'x'.repeat(STATE_PART_CHARS - 60) + '\u{1F680}'.repeat(100);
    const state = encodeFinishState({
      startedAt: START,
      create: { ...CREATE, eventData },
      events: [],
    });
    for (const value of Object.values(state)) {
      expect(value).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(
      (decodeFinishState(readFrom({ ...state, [targetStateName(0)]: '' })) as FinishState).create
        .eventData,
    ).toBe(eventData);
  });

  it('the job end reads it through getInputs: the saved events, the create and the outcome', async () => {
    const saved = encodeFinishState({
      startedAt: START,
      create: CREATE,
      events: [{ incidentArn: ARN_A, clientToken: 'token-a', eventId: 'e1' }],
    });
    const env = Object.fromEntries(Object.entries(saved).map(([k, v]) => [`STATE_${k}`, v]));
    const read = (name: string) => (name === 'job-status' ? 'failure' : '');
    const inputs = await getInputs(read, { AWS_REGION: 'us-east-1', ...env }, 'job-end');
    expect(inputs.targeting).toEqual({
      kind: 'saved',
      events: [{ incidentArn: ARN_A, clientToken: 'token-a', eventId: 'e1' }],
    });
    expect(inputs.write).toEqual({
      kind: 'job-end',
      outcome: { word: 'failed' },
      startedAt: new Date(START),
      commitSubject: '',
      created: { ...CREATE, eventTime: new Date(START) },
    });
  });

  it('a state whose every create was refused finishes nothing, quietly', async () => {
    const saved = encodeFinishState({ startedAt: START, create: CREATE, events: [] });
    const error = await getInputs(
      () => '',
      { AWS_REGION: 'us-east-1', [`STATE_${FINISH_STATE}`]: saved[FINISH_STATE]! },
      'job-end',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobEndStateError);
    expect((error as JobEndStateError).nothingCreated).toBe(true);
  });
});

describe('reading the saved state back', () => {
  const head = (fields: object = {}) =>
    `1:${JSON.stringify({ version: 2, startedAt: START, create: CREATE, targets: 1, ...fields })}`;
  const target = (fields: object) => `1:${JSON.stringify(fields)}`;
  const event = { incidentArn: ARN_A, clientToken: 'token-a', eventId: 'e1' };
  const decode = (headValue: string, targetValue?: string) =>
    decodeFinishState(
      readFrom({
        [FINISH_STATE]: headValue,
        ...(targetValue === undefined ? {} : { [targetStateName(0)]: targetValue }),
      }),
    );

  it.each([
    ['', 'no state'],
    ['{', 'unknown form'],
    ['1:{', 'not JSON'],
    ['1:null', 'unknown form'],
    ['2:{"version":2}', 'missing part 2'],
    [head({ version: 1 }), 'unknown form'],
    [head({ startedAt: 'yesterday' }), 'no start time'],
    [head({ create: { ...CREATE, eventType: 'Incident' } }), 'no create'],
    [head({ create: { ...CREATE, eventData: 5 } }), 'no create'],
    [head({ targets: '1' }), 'no count of targets'],
    [head({ targets: 101 }), 'unknown form'],
  ])('refuses the shared part %j: %s', (raw, why) => {
    expect(decode(raw, target(event))).toContain(why);
  });

  it.each([
    [target({ ...event, incidentArn: '' }), 'target-1'],
    [target({ ...event, clientToken: 't'.repeat(129) }), 'target-1'],
    [target({ ...event, eventId: 2 }), 'target-1'],
    [target({ ...event, eventReferences: [{ resource: 'a', relatedItemId: 'b' }] }), 'target-1'],
    [target({ ...event, eventReferences: [{ url: 'https://x' }] }), 'target-1'],
    ['x:{}', 'target-1'],
  ])('refuses a target %j, naming it', (raw, name) => {
    expect(decode(head(), raw)).toContain(name);
  });

  it('skips a target saved empty (its create was not written), and one never saved', () => {
    expect(decode(head(), '')).toMatchObject({ events: [] });
    expect(decode(head())).toMatchObject({ events: [] });
  });

  it('keeps what each event has of the documented form, and nothing else', () => {
    expect(
      decode(
        head({ commitSubject: 'Fix it\nbody' }),
        target({ ...event, title: '', impact: 1.5, status: 7, region: 'eu-west-1x', extra: 'x' }),
      ),
    ).toEqual({
      version: 2,
      startedAt: START,
      commitSubject: 'Fix it',
      create: CREATE,
      events: [event],
    });
    expect(
      decode(
        head(),
        target({ ...event, title: 'Checkout down', impact: 2, region: 'us-gov-west-1' }),
      ),
    ).toMatchObject({
      events: [{ ...event, title: 'Checkout down', impact: 2, region: 'us-gov-west-1' }],
    });
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
