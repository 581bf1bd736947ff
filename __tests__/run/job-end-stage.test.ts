/**
 * The job-end step of finish-on-job-end, in process: the main step really runs first (its saved
 * state is handed on as the runner does, `STATE_finish-on-job-end`), then `run('job-end')`
 * finishes the events it created with the job's outcome. The bundle's version of these runs is
 * `__tests__/e2e/job-end.test.ts`.
 */
import { DeleteTimelineEventCommand } from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { decodeFinishState, FINISH_STATE } from '../../src/job-end/state.js';
import {
  INCIDENT_A,
  INCIDENT_B,
  NEAR_NOW,
  TARGETS,
  freezeClock,
  savedStateEnv,
  useEmulatorRun,
  type RunResult,
  type Scenario,
} from './helpers.js';
import { expectCarries } from '../carries.js';

const action = useEmulatorRun();

const SUBJECT = 'Fix checkout retry storm (#482)';
const JOB_END_TITLE = 'Incident timeline: job end';
/** The text says the outcome, the commit's subject and how long the job took. */
const TEMPLATE = '{status}: {commit_subject} in {duration}';
/** How long after the main step's start the job ends, and how the text says it. */
const TOOK_MS = 245_000;
const TOOK = '4m05s';
const STARTED = NEAR_NOW;
const ENDED = new Date(NEAR_NOW.getTime() + TOOK_MS);

beforeEach(async () => {
  await action.seed(TARGETS.A, TARGETS.B);
  action.addCommit(SUBJECT);
});

/** The main step's scenario: both incidents, one at a time, the subject read from GitHub. */
function mainStep(inputs: Record<string, string> = {}, env: Scenario['env'] = {}): Scenario {
  return {
    inputs: {
      'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
      'finish-on-job-end': 'true',
      'link-commit': 'false',
      'event-data': TEMPLATE,
      'github-token': 'ghs_test',
      ...inputs,
    },
    env: {
      GITHUB_API_URL: action.githubApiUrl,
      INCIDENT_TIMELINE_PARALLEL_TARGETS: '1',
      ...env,
    },
  };
}

/** Runs the main step at STARTED; answers its result and the state it saved. */
async function runMain(
  inputs: Record<string, string> = {},
  env: Scenario['env'] = {},
): Promise<{ main: RunResult; saved: Record<string, string> }> {
  freezeClock(STARTED);
  const main = await action.run(mainStep(inputs, env));
  if (main.state[FINISH_STATE] === undefined) {
    throw new Error(`the main step saved nothing: ${main.failure}`);
  }
  return { main, saved: main.state };
}

/** Runs the job-end step at ENDED with the same inputs, the saved state and the job's status. */
function runJobEnd(
  saved: Record<string, string>,
  jobStatus: string,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  freezeClock(ENDED);
  const scenario = mainStep(
    { 'job-status': jobStatus, ...inputs },
    savedStateEnv({ state: saved }),
  );
  return action.run(scenario, 'job-end');
}

const texts = () =>
  [INCIDENT_A, INCIDENT_B].map((arn) => action.events(arn).map((e) => JSON.parse(e.eventData)));

describe('the job-end step finishes each saved event with the job outcome', () => {
  it.each([
    ['success', 'succeeded'],
    ['failure', 'failed'],
    ['cancelled', 'cancelled'],
  ])('job-status %s: every event says %s, with the duration', async (status, word) => {
    const { main } = await runMain();
    expect(main.commands).toContain('github:GetCommit');
    expect(texts()).toEqual([[`started: ${SUBJECT} in 0s`], [`started: ${SUBJECT} in 0s`]]);
    const ids = [INCIDENT_A, INCIDENT_B].map((arn) => action.events(arn)[0]?.eventId);

    const r = await runJobEnd(main.state, status);
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([]);
    // The same events, updated: none created.
    expect(texts()).toEqual([
      [`${word}: ${SUBJECT} in ${TOOK}`],
      [`${word}: ${SUBJECT} in ${TOOK}`],
    ]);
    expect([INCIDENT_A, INCIDENT_B].map((arn) => action.events(arn)[0]?.eventId)).toEqual(ids);
    expect(r.commands).not.toContain('CreateTimelineEvent');
    expect(action.sent<{ eventId: string }>('UpdateTimelineEvent').map((u) => u.eventId)).toEqual(
      ids,
    );
    expect(r.infos).toContain(
      `Finishing the event with the job's outcome (${word}) on 2 incident(s).`,
    );
    expect(r.summary).toMatch(new RegExp(`^## Timeline event finished: ${word} in ${TOOK}\n`));
    // What it wrote: an update of the event, with the outcome.
    expect(r.summary).toContain(
      `\n**Update**\n\n> ${word}\\: Fix checkout retry storm \\(\\#482\\) in ${TOOK}\n`,
    );
  });

  it('writes no outputs and saves nothing', async () => {
    const { saved } = await runMain();
    const r = await runJobEnd(saved, 'success');
    expect(r.outputs).toEqual({});
    expect(r.state).toEqual({});
  });

  it("takes the commit's subject from the saved state: GitHub is not asked again", async () => {
    const { saved } = await runMain();
    // The commit GitHub serves now says something else: the job end never reads it.
    action.addCommit('Something else entirely');
    const r = await runJobEnd(saved, 'success');
    expect(r.commands).not.toContain('github:GetCommit');
    expect(r.commands.filter((c) => c.startsWith('github:'))).toEqual([]);
    expect(texts()).toEqual([
      [`succeeded: ${SUBJECT} in ${TOOK}`],
      [`succeeded: ${SUBJECT} in ${TOOK}`],
    ]);
  });
});

describe("the job's outcome is not known", () => {
  it.each([
    ['skipped', "job-status is 'skipped', not success, failure or cancelled"],
    ['', 'job-status is empty'],
  ])('job-status %j: the events say finished, and a warning says why', async (status, why) => {
    const { saved } = await runMain();
    const r = await runJobEnd(saved, status);
    expect(r.failure).toBeUndefined();
    expect(texts()).toEqual([
      [`finished: ${SUBJECT} in ${TOOK}`],
      [`finished: ${SUBJECT} in ${TOOK}`],
    ]);
    expect(r.warnings).toHaveLength(1);
    expectCarries(r.warnings[0], [
      "'finished'",
      why,
      'Leave job-status unset',
      '${{ job.status }}',
    ]);
    expect(r.warningTitles).toEqual([JOB_END_TITLE]);
    expect(r.infos).toContain(
      "Finishing the event with the job's outcome (finished) on 2 incident(s).",
    );
    expect(r.summary).toMatch(
      new RegExp(`^## Timeline event finished in ${TOOK} \\(the job's outcome is not known\\)\n`),
    );
  });
});

describe('what the job end cannot do is a warning, never a failed job', () => {
  it('events that cannot be finished: each is named, and the step does not fail', async () => {
    const { saved } = await runMain();
    action.fault({ type: 'access-denied', operation: 'UpdateTimelineEvent', every: 1 });
    const r = await runJobEnd(saved, 'success', { 'max-attempts': '1' });
    expect(r.failure).toBeUndefined();
    expect(r.errors).toEqual([]);
    const [warning, ...others] = r.warnings;
    expect(others).toEqual([]);
    expect(r.warningTitles).toEqual([JOB_END_TITLE]);
    // One line for the count, then one per event, naming its incident and the call denied.
    const [count, ...lines] = warning!.split('\n');
    expect(count).toMatch(/^2 of 2 event\(s\) could not be finished/);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${INCIDENT_A}: UpdateTimelineEvent was denied`)),
      expect.stringMatching(new RegExp(`^${INCIDENT_B}: UpdateTimelineEvent was denied`)),
    ]);
    // Nothing was changed.
    expect(texts()).toEqual([[`started: ${SUBJECT} in 0s`], [`started: ${SUBJECT} in 0s`]]);
  });

  it('an event deleted since: the others are finished, and the one is named', async () => {
    const { saved } = await runMain();
    const gone = action.events(INCIDENT_B)[0]!.eventId;
    await action.client.send(
      new DeleteTimelineEventCommand({ incidentRecordArn: INCIDENT_B, eventId: gone }),
    );
    const r = await runJobEnd(saved, 'success');
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^1 of 2 event\\(s\\) could not be finished:\n${INCIDENT_B}: GetTimelineEvent: [^\n]*not found`,
        ),
      ),
    ]);
    expect(r.warningTitles).toEqual([JOB_END_TITLE]);
    expect(texts()).toEqual([[`succeeded: ${SUBJECT} in ${TOOK}`], []]);
  });

  it('a step whose every create was refused: nothing to finish, said in an info line, no call', async () => {
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent', every: 1 });
    freezeClock(STARTED);
    const main = await action.run(mainStep({ 'link-commit': 'false' }));
    expect(main.failure).toMatch(/could not be written to 2 of 2/);
    action.emulator.faults.clear();
    const r = await runJobEnd(main.state, 'success');
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.infos).toContainEqual(expect.stringMatching(/^Nothing to finish: .*refused/));
    expect(r.commands).toEqual([]);
    expect(r.summary).toBe('');
  });

  it.each([
    ['{"version":2}', 'the saved state finish-on-job-end has an unknown form'],
    ['1:{', 'the saved state is not JSON'],
  ])(
    'a saved state %j that cannot be used: nothing to finish, no call, no summary',
    async (saved, why) => {
      const r = await runJobEnd({ [FINISH_STATE]: saved }, 'success');
      expect(r.failure).toBeUndefined();
      expect(r.warnings).toEqual([`Nothing to finish: ${why}.`]);
      expect(r.warningTitles).toEqual([JOB_END_TITLE]);
      expect(r.commands).toEqual([]);
      expect(r.summary).toBe('');
      expect(r.outputs).toEqual({});
    },
  );
});

describe('the job-end update has its own client token', () => {
  it.each([
    ['given by the workflow', { 'client-token': 'deploy-42' }],
    ['derived from the run', {}],
  ])(
    'a client token %s: the update at job end sends one no earlier write used',
    async (_, inputs) => {
      const { saved } = await runMain(inputs);
      const created = action
        .sent<{ clientToken: string }>('CreateTimelineEvent')
        .map((c) => c.clientToken);
      expect(created).toHaveLength(2);
      await runJobEnd(saved, 'success', inputs);
      const updates = action
        .sent<{ clientToken: string }>('UpdateTimelineEvent')
        .map((u) => u.clientToken);
      expect(updates).toHaveLength(2);
      for (const token of updates) {
        expect(token).toMatch(/\S/);
        expect(created).not.toContain(token);
      }
      expect(new Set(updates).size).toBe(2);
    },
  );
});

describe('the region the job end starts in', () => {
  const REGIONS = { 'aws-region': 'us-east-1,us-west-2', 'max-attempts': '1' };

  /** The main step, with us-east-1 down: it fails over and writes in us-west-2. */
  async function writtenInWest(): Promise<Record<string, string>> {
    action.fault({ type: 'server-error', region: 'us-east-1', every: 1 });
    // Found by a search, which fails over before any write is sent.
    const { main, saved } = await runMain({
      ...REGIONS,
      'incident-arn': '',
      'response-plan': 'shop-outage',
    });
    expect(main.failure).toBeUndefined();
    const creates = action.requests().filter((q) => q.operation === 'CreateTimelineEvent');
    expect(creates.at(-1)?.region).toBe('us-west-2');
    expect(main.warnings).toEqual([
      expect.stringMatching(
        /^us-east-1 is unavailable: .*\. The rest of the run goes to us-west-2\.$/,
      ),
    ]);
    expect(main.warningTitles).toEqual(['Incident timeline: region failover']);
    expect(main.summary).toMatch(
      /\n> us\\-east\\-1 is unavailable\\: .*\\. The rest of the run went to us\\-west\\-2\\.\n/,
    );
    action.emulator.faults.clear();
    return saved;
  }

  it('starts in the region its main step wrote in, not the first listed', async () => {
    const saved = await writtenInWest();
    const r = await runJobEnd(saved, 'success', REGIONS);
    expect(r.warnings).toEqual([]);
    const regions = action.requests().map((q) => q.region);
    expect(regions[0]).toBe('us-west-2');
    expect(new Set(regions)).toEqual(new Set(['us-west-2']));
    expect(texts()).toEqual([
      [`succeeded: ${SUBJECT} in ${TOOK}`],
      [`succeeded: ${SUBJECT} in ${TOOK}`],
    ]);
  });

  it('fails over to the other listed regions when the region it wrote in is down', async () => {
    const saved = await writtenInWest();
    action.fault({ type: 'server-error', region: 'us-west-2', every: 1 });
    const r = await runJobEnd(saved, 'success', REGIONS);
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^us-west-2 is unavailable: .*\. The rest of the run goes to us-east-1\.$/,
      ),
    ]);
    const regions = action.requests().map((q) => q.region);
    expect(regions[0]).toBe('us-west-2');
    expect(regions.at(-1)).toBe('us-east-1');
    expect(texts()).toEqual([
      [`succeeded: ${SUBJECT} in ${TOOK}`],
      [`succeeded: ${SUBJECT} in ${TOOK}`],
    ]);
  });

  it('with every region down: each is tried once, the saved one first, and the step does not fail', async () => {
    const saved = await writtenInWest();
    action.fault({ type: 'server-error', region: 'us-west-2', every: 1 });
    action.fault({ type: 'server-error', region: 'us-east-1', every: 1 });
    const r = await runJobEnd(saved, 'success', REGIONS);
    expect(r.failure).toBeUndefined();
    expect(r.warnings.at(-1)).toMatch(/^2 of 2 event\(s\) could not be finished:\n/);
    const regions = action.requests().map((q) => q.region);
    expect(regions[0]).toBe('us-west-2');
    // Once in us-east-1, the run never goes back to us-west-2.
    expect(regions.slice(regions.indexOf('us-east-1'))).not.toContain('us-west-2');
    expect(regions).toContain('us-east-1');
  });

  it('starts in the first listed region when the saved one is not listed', async () => {
    const { saved } = await runMain({ 'aws-region': 'us-west-2' });
    expect(decodeFinishState((name) => saved[name])).toMatchObject({
      events: [{ region: 'us-west-2' }, { region: 'us-west-2' }],
    });
    const r = await runJobEnd(saved, 'success', { 'aws-region': 'eu-west-1,us-east-1' });
    expect(r.warnings).toEqual([]);
    const regions = action.requests().map((q) => q.region);
    expect(regions[0]).toBe('eu-west-1');
    expect(new Set(regions)).toEqual(new Set(['eu-west-1']));
  });
});

describe('what the job end calls', () => {
  it('reads and updates each event, nothing more: the links were made by its main step', async () => {
    const inputs = { 'link-commit': 'true', references: 'https://status.example/7' };
    const { main } = await runMain(inputs);
    expect(main.commands).toContain('UpdateRelatedItems');
    const r = await runJobEnd(main.state, 'success', inputs);
    expect(r.failure).toBeUndefined();
    expect([...r.commands].sort()).toEqual([
      'GetTimelineEvent',
      'GetTimelineEvent',
      'UpdateTimelineEvent',
      'UpdateTimelineEvent',
    ]);
  });
});
