/**
 * Idempotency: the client token each write carries, and the recovery when an earlier try of the
 * same step already used it (a ConflictException, whatever it names), against the emulator's
 * idempotency records and its `conflictIdentifier` setting.
 */
import {
  ConflictException,
  CreateTimelineEventCommand,
  DeleteTimelineEventCommand,
  GetTimelineEventCommand,
  ListTimelineEventsCommand,
  UpdateTimelineEventCommand,
  type GetTimelineEventCommandInput,
} from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  DEFAULT_TEXT,
  HOUR,
  INCIDENT_A,
  INCIDENT_B,
  NEAR_NOW,
  PIPELINE,
  SUCCEEDED,
  freezeClock,
  mockedOperations,
  results,
  TARGETS,
  useEmulatorRun,
  useMockedAnswers,
  type Scenario,
} from './helpers.js';
import { expectCarries } from '../carries.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B));

/** Between a step and its repeat; within the SDK's five minutes of clock skew (see NEAR_NOW). */
const LATER = 2 * 60_000;
const NOW = NEAR_NOW;

type Sent = { incidentRecordArn?: string; clientToken?: string; eventId?: string };
const tokens = () => action.sent<Sent>('CreateTimelineEvent').map((c) => c.clientToken ?? '');
const reads = () => action.sent<Sent>('GetTimelineEvent').map((c) => c.eventId);

describe('client tokens', () => {
  const tokenOf = async (scenario: Scenario): Promise<string[]> => {
    await action.run(scenario);
    return action
      .sent<Sent>('CreateTimelineEvent')
      .sort((x, y) => (x.incidentRecordArn! < y.incidentRecordArn! ? -1 : 1))
      .map((c) => c.clientToken ?? '');
  };
  const fixed = { 'incident-arn': INCIDENT_A, 'event-data': 'Deploy done', 'link-commit': 'false' };

  it('derives the same token for the same step twice, even at a later time', async () => {
    freezeClock();
    const first = await tokenOf({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    freezeClock(new Date(NOW.getTime() + LATER));
    const second = await tokenOf({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
    });
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
    expect(first[0]!.length).toBeLessThanOrEqual(128);
  });

  it('derives distinct tokens across incidents, steps and run attempts', async () => {
    const [a, b] = await tokenOf({
      inputs: { ...fixed, 'incident-arn': `${INCIDENT_A},${INCIDENT_B}` },
    });
    const [base] = await tokenOf({ inputs: fixed });
    const [otherStep] = await tokenOf({ inputs: fixed, env: { GITHUB_ACTION: 'mark-incident-2' } });
    const [otherAttempt] = await tokenOf({ inputs: fixed, env: { GITHUB_RUN_ATTEMPT: '2' } });
    const [otherJob] = await tokenOf({ inputs: fixed, env: { GITHUB_JOB: 'rollback' } });
    // Matrix legs: the job-instance input (its default is the job's check run ID or index).
    const [leg1] = await tokenOf({ inputs: { ...fixed, 'job-instance': '1' } });
    const [leg2] = await tokenOf({ inputs: { ...fixed, 'job-instance': '2' } });
    const all = [a, b, otherStep, otherAttempt, otherJob, leg1, leg2];
    expect(base).toBe(a);
    expect(new Set(all).size).toBe(all.length);
  });

  it('derives another token for another text or event type, so the step changed and run again writes anew', async () => {
    const [base] = await tokenOf({ inputs: fixed });
    const [otherText] = await tokenOf({ inputs: { ...fixed, 'event-data': 'Deploy done, v2' } });
    const [otherType] = await tokenOf({ inputs: { ...fixed, 'event-type': 'Note' } });
    expect(new Set([base, otherText, otherType]).size).toBe(3);
    expect(action.events(INCIDENT_A).map((e) => e.eventData)).toEqual([
      '"Deploy done"',
      '"Deploy done, v2"',
      '"Deploy done"',
    ]);
  });

  it('sends a given client-token as is, and keeps it distinct per incident when there are several', async () => {
    expect(await tokenOf({ inputs: { ...fixed, 'client-token': 'deploy-2026-05-01' } })).toEqual([
      'deploy-2026-05-01',
    ]);
    const many = await tokenOf({
      inputs: {
        ...fixed,
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'client-token': 'x'.repeat(128),
      },
    });
    expect(many).toHaveLength(2);
    expect(many[0]).not.toBe(many[1]);
    for (const token of many) expect(token.length).toBeLessThanOrEqual(128);
  });
});

const inputs = { 'incident-arn': INCIDENT_A, ...SUCCEEDED, 'link-commit': 'false' };

describe('an earlier try of the step already used the token', () => {
  /**
   * The same step two minutes before NOW wrote its event; the clock is then at NOW, so the
   * repeat sends another eventTime with the same token: a ConflictException. Answers the event.
   */
  async function earlierTry(extra: Record<string, string> = {}): Promise<string> {
    freezeClock(new Date(NOW.getTime() - LATER));
    const r = await action.run({ inputs: { ...inputs, ...extra } });
    freezeClock(NOW);
    const id = r.outputs['event-id'];
    if (!id) throw new Error(`the earlier try wrote nothing: ${r.failure}`);
    return id;
  }
  const names = (conflictIdentifier: 'event' | 'token' | 'none') =>
    action.emulator.settings.update({ conflictIdentifier });

  it('reports the event an earlier try wrote when the token was already used', async () => {
    const earlier = await earlierTry();
    // Someone else wrote a newer event, which is read and passed over.
    await action.addEvent(INCIDENT_A, {
      eventTime: NOW,
      eventData: JSON.stringify('someone else wrote this'),
    });

    const r = await action.run({ inputs });

    expect(r.failure).toBeUndefined();
    expect(tokens()).toHaveLength(1);
    expect(action.sent('ListTimelineEvents')[0]).toMatchObject({
      incidentRecordArn: INCIDENT_A,
      filters: [
        { key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } },
        { key: 'eventTime', condition: { after: (NOW.getTime() - 24 * HOUR) / 1000 } },
      ],
    });
    expect(r.outputs['event-id']).toBe(earlier);
    expect(r.outputs.outcome).toBe('created');
    expect(results(r)[0]).toMatchObject({ action: 'created', eventId: earlier, error: '' });
    expect(r.infos.join('\n')).toContain(`already posted event ${earlier}`);
    expect(r.summary).toContain('| created in us\\-east\\-1 \\(by an earlier try\\) |');
    // Still one event of ours.
    expect(
      action.events(INCIDENT_A).filter((e) => e.eventData === JSON.stringify(DEFAULT_TEXT)),
    ).toHaveLength(1);
  });

  it('reads the event a ConflictException names first, without a search', async () => {
    const earlier = await earlierTry();
    names('event');
    const r = await action.run({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.commands).toEqual(['GetIncidentRecord', 'CreateTimelineEvent', 'GetTimelineEvent']);
    expect(action.sent('GetTimelineEvent')).toEqual([
      { incidentRecordArn: INCIDENT_A, eventId: earlier },
    ]);
    expect(r.outputs['event-id']).toBe(earlier);
  });

  it('searches when the named event holds other text', async () => {
    const other = await earlierTry();
    await action.client.send(
      new UpdateTimelineEventCommand({
        incidentRecordArn: INCIDENT_A,
        eventId: other,
        eventData: '"other"',
      }),
    );
    const match = await action.addEvent(INCIDENT_A, {
      eventTime: NOW,
      eventData: JSON.stringify(DEFAULT_TEXT),
    });
    names('event');
    const r = await action.run({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe(match);
    // The named event is read once, not again during the search.
    expect(reads()).toEqual([other, match]);
  });

  it('says an earlier try posted it when the token was used but the search finds no event', async () => {
    const gone = await earlierTry({ 'finish-on-job-end': 'true' });
    await action.client.send(
      new DeleteTimelineEventCommand({ incidentRecordArn: INCIDENT_A, eventId: gone }),
    );
    const r = await action.run({ inputs: { ...inputs, 'finish-on-job-end': 'true' } });
    // Not posted again, not a failure, and not the service's raw words.
    expect(r.failure).toBeUndefined();
    expect(tokens()).toHaveLength(1);
    expect(action.events(INCIDENT_A)).toHaveLength(0);
    expect(r.outputs.outcome).toBe('created');
    expect(r.outputs['event-id']).toBe('');
    const [warning, ...more] = r.warnings;
    expect(more).toEqual([]);
    expect(warning).toContain('already posted its event in an earlier try');
    expect(warning).toContain('the job end cannot finish it');
    expect(warning).toContain('re-run the workflow');
    expect(warning).not.toContain('ConflictException');
    expect(r.infos.join('\n')).toContain('not posting it again');
  });

  it('a given client-token used by a write of another text: a failure naming client-token', async () => {
    await earlierTry({ 'client-token': 'deploy-123', 'event-data': 'Deploy one' });
    const r = await action.run({
      inputs: { ...inputs, 'client-token': 'deploy-123', 'event-data': 'Deploy two' },
    });
    expect(r.outputs.outcome).toBe('failed');
    const error = results(r)[0]?.error ?? '';
    expect(error).toMatch(/^client-token was already used for a write with other parameters/);
    expect(error).toContain('Nothing was written');
    expect(error).toContain('leave it unset');
    expect(action.events(INCIDENT_A)).toHaveLength(1);
  });

  it('reads every event of the window, not a count: found behind 120 others', async () => {
    const earlier = await earlierTry();
    for (let i = 0; i < 120; i++) {
      await action.addEvent(INCIDENT_A, {
        eventTime: new Date(NOW.getTime() - 60_000),
        eventData: JSON.stringify(`other ${i}`),
      });
    }
    const r = await action.run({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe(earlier);
    expect(reads()).toHaveLength(121);
  });

  it('names the token (longer than an event ID): the token is never read as an event, the search finds it', async () => {
    const earlier = await earlierTry();
    names('token');
    const r = await action.run({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe(earlier);
    expect(reads()).toEqual([earlier]);
  });

  it('names nothing: the search finds it', async () => {
    const earlier = await earlierTry();
    names('none');
    const r = await action.run({ inputs });
    expect(r.outputs['event-id']).toBe(earlier);
    expect(r.summary).toContain('by an earlier try');
  });

  it('names something event-shaped that does not read back: the search finds it', async () => {
    // The emulator names the token itself, here a client-token shaped like an event ID.
    const earlier = await earlierTry({ 'client-token': 'deploy-123' });
    names('token');
    const r = await action.run({ inputs: { ...inputs, 'client-token': 'deploy-123' } });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe(earlier);
    expect(reads()).toEqual(['deploy-123', earlier]);
  });

  it('searches back from the earlier of now and a given event-time', async () => {
    // The earlier try also referenced the pipeline: same token and time, other parameters.
    const at = { 'event-time': '2026-04-01T12:00:00Z' };
    const earlier = await earlierTry({ ...at, 'pipeline-arn': PIPELINE });
    const r = await action.run({ inputs: { ...inputs, ...at } });
    expect(r.outputs['event-id']).toBe(earlier);
    const filters = action.sent<{ filters: unknown[] }>('ListTimelineEvents')[0]?.filters;
    expect(filters?.[1]).toEqual({
      key: 'eventTime',
      condition: { after: Date.parse('2026-03-31T12:00:00Z') / 1000 },
    });
  });

  it("claims none of several events with its type and text: none can be told to be this job's", async () => {
    const earlier = await earlierTry();
    // A matrix leg with the same text wrote the same event.
    const other = await action.addEvent(INCIDENT_A, {
      eventTime: NOW,
      eventData: JSON.stringify(DEFAULT_TEXT),
    });
    const r = await action.run({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('created');
    expect(r.outputs['event-id']).toBe('');
    expect(r.outputs['event-ids']).toBe('[]');
    expect(results(r)).toEqual([
      expect.objectContaining({ action: 'created', eventId: '', error: '' }),
    ]);
    expect(r.infos).toContain('This step already posted its event earlier; not posting it again.');
    expect(r.warnings).toHaveLength(1);
    expectCarries(r.warnings[0], [
      'already posted its event earlier',
      `2 events have its type and text (${other}, ${earlier})`,
      'none is reported',
      'event-data (such as {job} or a matrix value)',
    ]);
    expect(r.summary).toContain('| created \\(by an earlier try\\) |');
    expect(tokens()).toHaveLength(1);
  });

  it('names the call that failed: a denied GetTimelineEvent asks for that IAM action', async () => {
    await earlierTry();
    action.fault({ type: 'access-denied', operation: 'GetTimelineEvent' });
    const r = await action.run({ inputs });
    expect(results(r)[0]?.error).toContain('GetTimelineEvent was denied');
    expect(results(r)[0]?.error).toContain('ssm-incidents:GetTimelineEvent');
    expect(results(r)[0]?.error).not.toContain('ListTimelineEvents');
  });
});

describe("a retried step whose tries read the commit's subject differently", () => {
  /** Each try: the default message, whose subject is read from GitHub when it answers. */
  const tryOf = (github: boolean) =>
    action.run({
      inputs: { ...inputs, 'github-token': 'ghs_token' },
      env: github ? { GITHUB_API_URL: action.githubApiUrl } : {},
    });

  it.each([
    ['the first try could not read it, the second could', false],
    ['the first try read it, the second could not', true],
  ])('%s: one event, the same token', async (_, firstReads) => {
    action.addCommit('Fix the checkout retry storm\n\nDetails.');
    freezeClock(new Date(NOW.getTime() - LATER));
    const first = await tryOf(firstReads);
    const [firstToken] = tokens();
    freezeClock(NOW);
    const second = await tryOf(!firstReads);
    expect(first.failure).toBeUndefined();
    expect(second.failure).toBeUndefined();
    expect(tokens()).toEqual([firstToken]);
    const events = action.events(INCIDENT_A);
    expect(events).toHaveLength(1);
    expect(events[0]!.eventData.includes('Fix the checkout retry storm')).toBe(firstReads);
    expect(second.outputs['event-id']).toBe(first.outputs['event-id']);
    expect(second.infos.join('\n')).toContain('already posted event');
  });

  it('another text from the same step is another write', async () => {
    const r1 = await action.run({ inputs: { ...inputs, 'event-data': 'Deploy {commit_subject}' } });
    const r2 = await action.run({
      inputs: { ...inputs, 'event-data': 'Rollback {commit_subject}' },
    });
    expect(r1.failure ?? r2.failure).toBeUndefined();
    expect(action.events(INCIDENT_A)).toHaveLength(2);
  });
});

describe('without job.check_run_id', () => {
  it("two calls of a reusable workflow with one text: the second says the event may be the first call's, naming job-instance", async () => {
    const call = { inputs: { ...inputs, 'job-instance': '0' } };
    freezeClock(new Date(NOW.getTime() - LATER));
    const first = await action.run(call);
    freezeClock(NOW);
    const second = await action.run(call);
    expect(first.warnings).toEqual([]);
    expect(second.outputs['event-id']).toBe(first.outputs['event-id']);
    const [warning, ...more] = second.warnings;
    expect(more).toEqual([]);
    expect(warning).toContain(first.outputs['event-id']);
    expect(warning).toContain('job-instance');
    expect(warning).toContain('job.check_run_id');
    expect(warning).toContain('reusable workflow');
    expect(warning).toContain('${{ inputs.environment }}');
  });

  it('says nothing when job-instance is the check run ID, or empty with nothing found', async () => {
    freezeClock(new Date(NOW.getTime() - LATER));
    await action.run({ inputs });
    freezeClock(NOW);
    expect((await action.run({ inputs })).warnings).toEqual([]);
    expect(
      (await action.run({ inputs: { ...inputs, 'job-instance': '', 'event-data': 'x' } })).warnings,
    ).toEqual([]);
  });
});

describe('an answer the service should never give', () => {
  const answers = useMockedAnswers();

  it('is not fooled by automatic events with the same text', async () => {
    // The search asks for Custom Events only; this answer holds an automatic one all the same,
    // with our text, which the emulator cannot produce.
    const { ssm } = answers;
    const events: Record<string, string> = {
      'evt-auto': 'SSM Incident Record Update',
      'evt-earlier': 'Custom Event',
    };
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new ConflictException({ message: 'token reused', $metadata: {} }));
    ssm.on(ListTimelineEventsCommand).resolves({
      eventSummaries: Object.entries(events).map(([eventId, eventType]) => ({
        eventId,
        eventType,
        incidentRecordArn: INCIDENT_A,
        eventTime: NOW,
        eventUpdatedTime: NOW,
      })),
    });
    ssm.on(GetTimelineEventCommand).callsFake((input: GetTimelineEventCommandInput) => ({
      event: {
        incidentRecordArn: INCIDENT_A,
        eventId: input.eventId,
        eventType: events[input.eventId ?? ''],
        eventData: JSON.stringify(DEFAULT_TEXT),
        eventTime: NOW,
        eventUpdatedTime: NOW,
      },
    }));
    const r = await action.run({ inputs });
    expect(r.outputs['event-id']).toBe('evt-earlier');
    const read = ssm.commandCalls(GetTimelineEventCommand).map((c) => c.args[0].input.eventId);
    expect(read).not.toContain('evt-auto');
    expect(mockedOperations(ssm)).toContain('ListTimelineEvents');
  });
});
