/**
 * Several regions, in process: `aws-region: us-east-1,us-west-2` against the emulator, which
 * serves every region a request is signed for and takes us-east-1 down with region faults. The
 * run goes on in us-west-2 and says so; a create whose answer was lost in us-east-1 is looked for
 * in us-west-2 before it is written there, against the emulator's replication lag and client
 * token scope.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { decodeFinishState } from '../../src/job-end/state.js';
import {
  DEFAULT_TEXT,
  INCIDENT_A,
  core,
  SUCCEEDED,
  TARGETS,
  results,
  savedStateEnv,
  useEmulatorRun,
} from './helpers.js';
import { expectCarries } from '../carries.js';
import { oidcToken } from '../oidc-token.js';

const action = useEmulatorRun();

const REGIONS = 'us-east-1,us-west-2';
const FAILOVER_TITLE = 'Incident timeline: region failover';
/** Two attempts per call, so that a region that is down is given up on quickly. */
const TWO_REGIONS = { 'aws-region': REGIONS, 'max-attempts': '2', 'link-commit': 'false' };
const TO_A = { 'incident-arn': INCIDENT_A, ...SUCCEEDED, ...TWO_REGIONS };

/** us-east-1 fails every call (of `operation`, when given), without end. */
const down = (type: 'drop' | 'server-error' | 'unavailable' | 'lose-answer', operation?: string) =>
  action.fault({ type, region: 'us-east-1', every: 1, ...(operation ? { operation } : {}) });

/** The regions each call of `operation` was signed for, in order. */
const regionsOf = (operation: string) =>
  action
    .requests()
    .filter((r) => r.operation === operation)
    .map((r) => r.region);

/** What the warning of a create perhaps written twice must carry: both regions, and why. */
const PERHAPS_TWICE = [
  /^us-east-1 became unavailable after the event was sent to it/,
  'us-west-2 did not show it yet',
  'written in us-west-2',
  'twice once the regions replicate',
];
/** ... and of one an earlier try wrote, that the next region knows only by its token. */
const ID_NOT_KNOWN = [
  /^us-east-1 wrote the event before it became unavailable/,
  'us-west-2 knows its token',
  'replication lag',
  'its ID is not known',
];

const ours = () =>
  action.events(INCIDENT_A).filter((e) => e.eventData === JSON.stringify(DEFAULT_TEXT));

describe('the first region is unavailable', () => {
  it.each([
    [
      'drops every connection',
      'drop',
      'the connection was dropped (ECONNRESET) after 2 attempts',
      'the connection was dropped \\(ECONNRESET\\) after 2 attempts',
    ],
    [
      'answers 500',
      'server-error',
      'it answered 500 (InternalServerException) after 2 attempts',
      'it answered 500 \\(InternalServerException\\) after 2 attempts',
    ],
    [
      'answers 503',
      'unavailable',
      'it answered 503 (ServiceUnavailableException) after 2 attempts',
      'it answered 503 \\(ServiceUnavailableException\\) after 2 attempts',
    ],
  ] as const)(
    '%s: the search and the write go to us-west-2, and it is said',
    async (_, type, why, escapedWhy) => {
      await action.seed(TARGETS.A);
      down(type);
      const r = await action.run({ inputs: { ...SUCCEEDED, ...TWO_REGIONS } });
      expect(r.failure).toBeUndefined();
      expect(regionsOf('ListIncidentRecords')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
      expect(regionsOf('CreateTimelineEvent')).toEqual(['us-west-2']);
      expect(ours()).toHaveLength(1);
      expect(r.warnings).toEqual([
        `us-east-1 is unavailable: ${why}. The rest of the run goes to us-west-2.`,
      ]);
      expect(r.warningTitles).toEqual([FAILOVER_TITLE]);
      expect(r.outputs.outcome).toBe('created');
      expect(r.outputs['event-id']).toBe(ours()[0]!.eventId);
      // The note, the action and the console link name the region it went on in.
      expect(r.summary).toContain(
        `> us\\-east\\-1 is unavailable\\: ${escapedWhy}\\. The rest of the run went to us\\-west\\-2\\.`,
      );
      // Impact and status come from the search, as the summary's row shows them.
      expect(r.summary).toContain('| 2 | OPEN | created in us\\-west\\-2 |');
      expect(r.summary).toContain('incidents/home?region=us-west-2');
      expect(r.summary).not.toContain('region=us-east-1');
    },
  );

  it('one region down for a while: the failover happens once, and the rest stays in us-west-2', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'server-error', region: 'us-east-1', count: 2 });
    const r = await action.run({ inputs: { ...SUCCEEDED, ...TWO_REGIONS, 'link-commit': 'true' } });
    expect(r.failure).toBeUndefined();
    expect(action.requests().map((q) => `${q.operation} ${q.region}`)).toEqual([
      'ListIncidentRecords us-east-1',
      'ListIncidentRecords us-east-1',
      'ListIncidentRecords us-west-2',
      'ListRelatedItems us-west-2',
      'UpdateRelatedItems us-west-2',
      'ListRelatedItems us-west-2',
      'CreateTimelineEvent us-west-2',
    ]);
    expect(r.warnings).toHaveLength(1);
  });

  it('a region that answers is not left: a throttled call is an answer, not an outage', async () => {
    await action.seed(TARGETS.A);
    action.fault({
      type: 'throttle',
      region: 'us-east-1',
      operation: 'CreateTimelineEvent',
      every: 1,
    });
    // Throttling is retried within us-east-1's share of the run's time (1 s of 2 s), with a fixed
    // jitter: backoffs of 0.5 s, then 1 s, which would pass the share's end.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const r = await action.run({ inputs: TO_A, env: { INCIDENT_TIMELINE_DEADLINE_MS: '2000' } });
    vi.mocked(Math.random).mockRestore();
    expect(r.outputs.outcome).toBe('failed');
    expect(r.failure).toContain('throttled on every attempt (2 attempts)');
    expect(action.requests().filter((q) => q.region === 'us-west-2')).toEqual([]);
    expect(r.warningTitles).not.toContain(FAILOVER_TITLE);
    expect(r.summary).not.toContain('The rest of the run went to');
  });

  it('with one region given, an outage is a failure', async () => {
    await action.seed(TARGETS.A);
    down('server-error');
    const r = await action.run({ inputs: { ...TO_A, 'aws-region': 'us-east-1' } });
    expect(r.outputs.outcome).toBe('failed');
    expect(r.failure).toContain('InternalServerException');
    expect(results(r)).toEqual([
      expect.objectContaining({ action: 'failed', eventId: '', title: '' }),
    ]);
    expect(ours()).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('a create that failed where it may have been sent is looked for, then written, and said to be perhaps twice', async () => {
    await action.seed(TARGETS.A);
    // The 500 comes before the service wrote anything; the action cannot know that.
    down('server-error', 'CreateTimelineEvent');
    const r = await action.run({ inputs: TO_A });
    expect(r.failure).toBeUndefined();
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
    expect(regionsOf('ListTimelineEvents')).toEqual(['us-west-2']);
    expect(ours()).toHaveLength(1);
    expect(r.warnings).toHaveLength(2);
    expectCarries(r.warnings[0], [/^us-east-1 is unavailable: /, '500', 'goes to us-west-2']);
    expectCarries(r.warnings[1], PERHAPS_TWICE);
    expect(r.warningTitles).toEqual([FAILOVER_TITLE, 'Incident timeline']);
    expect(r.outputs['event-id']).toBe(ours()[0]!.eventId);
    expect(r.summary).toContain('| created in us\\-west\\-2, perhaps twice \\(see below\\) |');
    expect(r.summary).toContain('shows it twice once the regions replicate');
  });

  it('a create answered in the first region after a read there failed over stays where it was written', async () => {
    await action.seed(TARGETS.A);
    // The title is read beside the create: its read fails over while the create is held.
    down('drop', 'GetIncidentRecord');
    action.fault({
      type: 'latency',
      latencyMs: 300,
      region: 'us-east-1',
      operation: 'CreateTimelineEvent',
    });
    const r = await action.run({ inputs: TO_A });
    expect(r.failure).toBeUndefined();
    expect(regionsOf('GetIncidentRecord')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1']);
    expect(ours()).toHaveLength(1);
    expect(results(r)[0]).toMatchObject({ action: 'created', title: 'Checkout errors' });
    expect(r.summary).toContain('| created in us\\-east\\-1 |');
    expect(r.summary).toContain('The rest of the run went to us\\-west\\-2');
  });
});

describe('a create whose answer was lost in the first region', () => {
  it('found in the next region (replicated at once): reported, not written again', async () => {
    await action.seed(TARGETS.A);
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({ inputs: TO_A });
    expect(r.failure).toBeUndefined();
    const [event] = ours();
    expect(ours()).toHaveLength(1);
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1', 'us-east-1']);
    expect(regionsOf('ListTimelineEvents')).toEqual(['us-west-2']);
    expect(r.outputs['event-id']).toBe(event!.eventId);
    expect(r.outputs.outcome).toBe('created');
    expect(r.infos).toContain(
      `us-east-1 became unavailable after the event was sent to it; it had written event ${event!.eventId}, found in us-west-2.`,
    );
    expect(r.warnings).toEqual([
      'us-east-1 is unavailable: the connection was dropped (ECONNRESET) after 2 attempts. The rest of the run goes to us-west-2.',
    ]);
    expect(r.summary).toContain('| created in us\\-west\\-2 \\(by an earlier try\\) |');
    expect(r.summary).not.toContain('twice');
  });

  it('not yet replicated, tokens known where used: written again, and said to be perhaps twice', async () => {
    await action.seed(TARGETS.A);
    action.emulator.settings.update({ replicationLagMs: 60_000, clientTokenScope: 'region' });
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({ inputs: TO_A });
    expect(r.failure).toBeUndefined();
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
    // One in each region: us-east-1's, whose answer was lost, and us-west-2's.
    expect(ours()).toHaveLength(2);
    expectCarries(r.warnings[1], PERHAPS_TWICE);
    const inWest = ours().find((e) => e.eventId === r.outputs['event-id']);
    expect(inWest).toBeDefined();
    expect(r.summary).toContain('perhaps twice');
  });

  it('a link whose add was lost, not yet replicated: linked in the next region, and said to be perhaps twice', async () => {
    await action.seed(TARGETS.A);
    action.emulator.settings.update({ replicationLagMs: 60_000, clientTokenScope: 'region' });
    down('lose-answer', 'UpdateRelatedItems');
    const r = await action.run({ inputs: { ...TO_A, 'link-commit': 'true' } });
    expect(r.failure).toBeUndefined();
    expect(regionsOf('UpdateRelatedItems')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
    const linked = r.warnings.filter((w) => w.startsWith('link-commit:'));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toContain('us-east-1 became unavailable');
    expect(linked[0]).toContain('linked in us-west-2');
    expect(linked[0]).toContain('twice');
    // The event references the item us-west-2 holds.
    expect(r.outputs['event-id']).not.toBe('');
  });

  it('a link added where the run started is not said to be twice', async () => {
    await action.seed(TARGETS.A);
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({ inputs: { ...TO_A, 'link-commit': 'true' } });
    expect(regionsOf('UpdateRelatedItems')).toEqual(['us-east-1']);
    expect(r.warnings.filter((w) => w.startsWith('link-commit:'))).toEqual([]);
  });

  it('not yet replicated, tokens known everywhere: the next region answers with the same event', async () => {
    await action.seed(TARGETS.A);
    action.emulator.settings.update({ replicationLagMs: 60_000, clientTokenScope: 'global' });
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({ inputs: TO_A });
    expect(r.failure).toBeUndefined();
    expect(ours()).toHaveLength(1);
    expect(r.outputs['event-id']).toBe(ours()[0]!.eventId);
    // The action cannot tell the token's answer from a new write: it says what may have happened.
    expect(r.warnings[1]).toContain('the timeline shows it twice once the regions replicate');
  });

  it('an earlier try wrote it, not yet replicated, tokens known everywhere: reported without an ID', async () => {
    await action.seed(TARGETS.A);
    action.emulator.settings.update({ replicationLagMs: 3_600_000, clientTokenScope: 'global' });
    // An earlier try of the step wrote the event in us-east-1 with another event time.
    const earlier = await action.run({
      inputs: { ...TO_A, 'event-time': '2026-05-01T11:00:00Z' },
    });
    expect(earlier.outputs.outcome).toBe('created');
    // This try's create is sent to us-east-1 (which refuses it: same token, other time), and
    // lost on the way back; us-west-2 knows the token but does not show the event yet.
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({
      inputs: { ...TO_A, 'event-time': '2026-05-01T11:30:00Z', 'finish-on-job-end': 'true' },
    });
    expect(r.failure).toBeUndefined();
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
    expect(ours()).toHaveLength(1);
    expect(r.outputs.outcome).toBe('created');
    expect(r.outputs['event-id']).toBe('');
    expect(results(r)).toEqual([
      expect.objectContaining({ action: 'created', eventId: '', error: '' }),
    ]);
    expect(r.infos).toContain('us-east-1 wrote the event before it became unavailable.');
    expectCarries(r.warnings[1], [...ID_NOT_KNOWN, 'the job end looks for it again']);
    expect(r.summary).toContain('| created in us\\-east\\-1 \\(by an earlier try\\) |');
    // Kept for the job end, which looks for it once the regions have replicated.
    expect(decodeFinishState((name) => r.state[name])).toMatchObject({
      events: [{ incidentArn: INCIDENT_A }],
    });
    expect(r.infos.join('\n')).toContain(
      'When the job ends, 1 create(s) whose outcome is not known',
    );
  });

  it('an earlier try wrote it, without finish-on-job-end: its ID is not known, and nothing more', async () => {
    await action.seed(TARGETS.A);
    action.emulator.settings.update({ replicationLagMs: 3_600_000, clientTokenScope: 'global' });
    await action.run({ inputs: { ...TO_A, 'event-time': '2026-05-01T11:00:00Z' } });
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({ inputs: { ...TO_A, 'event-time': '2026-05-01T11:30:00Z' } });
    expectCarries(r.warnings[1], [...ID_NOT_KNOWN, /^(?!.*job end)/]);
  });

  it('two events with its type and text in the next region: none is claimed', async () => {
    await action.seed(TARGETS.A);
    // Matrix legs with the same text wrote before this step.
    const text = JSON.stringify(DEFAULT_TEXT);
    const first = await action.addEvent(INCIDENT_A, { eventData: text, eventTime: new Date() });
    const second = await action.addEvent(INCIDENT_A, { eventData: text, eventTime: new Date() });
    down('lose-answer', 'CreateTimelineEvent');
    const r = await action.run({ inputs: { ...TO_A, 'finish-on-job-end': 'true' } });
    expect(r.failure).toBeUndefined();
    // Ours (written in us-east-1, answer lost) and the two others.
    expect(ours()).toHaveLength(3);
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1', 'us-east-1']);
    expect(r.outputs['event-id']).toBe('');
    expect(r.outputs.outcome).toBe('created');
    expect(r.infos).toContain('This step already posted its event earlier; not posting it again.');
    const ids = ours()
      .map((e) => e.eventId)
      .filter((id) => id !== first && id !== second);
    expect(ids).toHaveLength(1);
    expectCarries(r.warnings[1], [
      'already posted its event earlier',
      '3 events have its type and text',
      'none is reported or finished at job end',
      'event-data (such as {job} or a matrix value)',
    ]);
    for (const id of [first, second, ids[0]!]) expect(r.warnings[1]).toContain(id);
    expect(r.summary).toContain('by an earlier try');
    // Nothing the job end could tell apart either.
    expect(decodeFinishState((name) => r.state[name])).toMatchObject({ events: [] });
  });
});

describe('role-to-assume: STS moves with the run', () => {
  const ROLE = 'arn:aws:iam::111122223333:role/deploy-markers';
  /** STS is the emulator's (its stand-in answers every region at one endpoint, as an override does). */
  const stsEnv = () => ({ AWS_ENDPOINT_URL_STS: action.emulator.url });
  const ASSUMING = { ...TO_A, 'role-to-assume': ROLE };

  it("chained from the environment's keys: us-east-1 down with its STS, the role is assumed in us-west-2, and written there", async () => {
    await action.seed(TARGETS.A);
    down('drop');
    const r = await action.run({ inputs: ASSUMING, env: stsEnv() });
    expect(r.failure).toBeUndefined();
    // AssumeRole is signed for the region it asks: the emulator sees which STS was called.
    expect(regionsOf('AssumeRole')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
    expect(
      action.requests().filter((q) => q.region === 'us-east-1' && q.operation !== 'AssumeRole'),
    ).toEqual([]);
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-west-2']);
    expect(ours()).toHaveLength(1);
    // The event was written with the session's credentials, not the environment's keys.
    const create = action.requests().find((q) => q.operation === 'CreateTimelineEvent');
    expect(create?.headers['x-amz-security-token']).toBeDefined();
    expect(r.warnings).toEqual([
      'us-east-1 is unavailable (AssumeRole): the connection was dropped (ECONNRESET) after 2 attempts. The rest of the run goes to us-west-2.',
    ]);
    expect(r.outputs.outcome).toBe('created');
  });

  it('with OIDC: the token is requested once, STS is asked again in us-west-2, and the event written there', async () => {
    await action.seed(TARGETS.A);
    down('drop');
    // AssumeRoleWithWebIdentity is unsigned, so no region fault can tell which STS it reached:
    // us-east-1's STS drops both of its attempts.
    action.fault({ type: 'drop', operation: 'AssumeRoleWithWebIdentity', count: 2 });
    core.getIDToken.mockResolvedValue(
      oidcToken({
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'sts.amazonaws.com',
        sub: 'repo:acme/shop:ref:refs/heads/main',
        exp: Math.floor(Date.now() / 1000) + 300,
      }),
    );
    const r = await action.run({
      inputs: ASSUMING,
      env: {
        ...stsEnv(),
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(core.getIDToken).toHaveBeenCalledTimes(1);
    expect(
      action
        .requests()
        .filter((q) => q.operation === 'AssumeRoleWithWebIdentity')
        .map((q) => q.status),
    ).toEqual([0, 0, 200]);
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-west-2']);
    expect(ours()).toHaveLength(1);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^us-east-1 is unavailable \(AssumeRoleWithWebIdentity\): the connection was dropped/,
      ),
    ]);
  });

  it('credentials from the first region are kept: only Incident Manager is called in the next', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'drop', region: 'us-east-1', operation: 'CreateTimelineEvent', every: 1 });
    const r = await action.run({ inputs: ASSUMING, env: stsEnv() });
    expect(r.failure).toBeUndefined();
    expect(regionsOf('AssumeRole')).toEqual(['us-east-1']);
    expect(regionsOf('CreateTimelineEvent')).toEqual(['us-east-1', 'us-east-1', 'us-west-2']);
  });

  it('an STS that answers (access denied) is not failed over: the role is the problem', async () => {
    await action.seed(TARGETS.A);
    action.fault({ type: 'access-denied', operation: 'AssumeRole', every: 1 });
    const r = await action.run({ inputs: ASSUMING, env: stsEnv() });
    expect(r.failure).toContain(`Could not assume role ${ROLE}`);
    expect(regionsOf('AssumeRole')).toEqual(['us-east-1']);
    expect(r.warningTitles).not.toContain(FAILOVER_TITLE);
  });
});

describe('the job end after a failover', () => {
  /** The main step, with us-east-1 dropping every call: it writes in us-west-2. */
  async function mainStepFailedOver(): Promise<{ eventId: string; env: Record<string, string> }> {
    await action.seed(TARGETS.A);
    down('drop');
    const main = await action.run({ inputs: { ...TO_A, 'finish-on-job-end': 'true' } });
    expect(main.failure).toBeUndefined();
    expect(Object.keys(main.state).length).toBeGreaterThan(0);
    action.emulator.faults.clear();
    const env = savedStateEnv(main);
    return { eventId: main.outputs['event-id'] ?? '', env };
  }
  const jobEnd = (env: Record<string, string>) =>
    action.run(
      { inputs: { ...TO_A, 'finish-on-job-end': 'true', 'job-status': 'success' }, env },
      'job-end',
    );

  it('goes straight to the region its step wrote in', async () => {
    const { eventId, env } = await mainStepFailedOver();
    const end = await jobEnd(env);
    expect(end.warnings).toEqual([]);
    expect(action.requests().map((q) => `${q.operation} ${q.region}`)).toEqual([
      'GetTimelineEvent us-west-2',
      'UpdateTimelineEvent us-west-2',
    ]);
    const [event] = action.events(INCIDENT_A);
    expect(event?.eventId).toBe(eventId);
    expect(JSON.parse(event?.eventData ?? '""')).toMatch(/^Deployment succeeded: .* in \d/);
  });

  it('goes back to the first region when the one its step wrote in is down by then', async () => {
    const { eventId, env } = await mainStepFailedOver();
    action.fault({ type: 'drop', region: 'us-west-2', every: 1 });
    const end = await jobEnd(env);
    expect(action.requests().map((q) => `${q.operation} ${q.region}`)).toEqual([
      'GetTimelineEvent us-west-2',
      'GetTimelineEvent us-west-2',
      'GetTimelineEvent us-east-1',
      'UpdateTimelineEvent us-east-1',
    ]);
    expect(end.warnings).toEqual([
      'us-west-2 is unavailable: the connection was dropped (ECONNRESET) after 2 attempts. The rest of the run goes to us-east-1.',
    ]);
    expect(action.events(INCIDENT_A).map((e) => e.eventId)).toEqual([eventId]);
  });

  /** The main step writes in us-east-1; by the job end, us-east-1 is down. */
  async function writtenInEastThenDown(lagMs: number): Promise<Record<string, string>> {
    await action.seed(TARGETS.A);
    action.emulator.settings.update({ replicationLagMs: lagMs });
    const main = await action.run({ inputs: { ...TO_A, 'finish-on-job-end': 'true' } });
    expect(main.failure).toBeUndefined();
    down('drop');
    return savedStateEnv(main);
  }

  it('waits for the event to replicate to the region it failed over to, then finishes it', async () => {
    const env = await writtenInEastThenDown(1_500);
    const end = await jobEnd(env);
    expect(end.warnings).toHaveLength(1);
    expect(end.warnings[0]).toContain('The rest of the run goes to us-west-2');
    const west = action.requests().filter((q) => q.region === 'us-west-2');
    expect(west.at(-1)?.operation).toBe('UpdateTimelineEvent');
    expect(west.filter((q) => q.operation === 'GetTimelineEvent').length).toBeGreaterThan(1);
    expect(JSON.parse(action.events(INCIDENT_A)[0]!.eventData)).toMatch(/^Deployment succeeded/);
  });

  it('says plainly that the event has not replicated, and how to finish it, when it does not in time', async () => {
    const env = await writtenInEastThenDown(3_600_000);
    const eventId = action.events(INCIDENT_A)[0]!.eventId;
    const end = await jobEnd({ ...env, INCIDENT_TIMELINE_DEADLINE_MS: '4000' });
    expect(end.failure).toBeUndefined();
    const message = end.warnings.at(-1) ?? '';
    expect(message).toMatch(/^1 of 1 event\(s\) could not be finished:/);
    for (const part of ['replication lag', 'us-east-1', 'us-west-2', `event-id: ${eventId}`]) {
      expect(message).toContain(part);
    }
    expect(message).not.toContain('was not found');
  });
});
