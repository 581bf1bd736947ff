/**
 * `{commit_subject}` in process: taken from the event payload when it carries the commit, else read
 * from GitHub's REST API (the emulator's stand-in under `/_github`) with `github-token`, beside the
 * AWS calls; never read when the text does not use it; empty, with a debug line saying why, when
 * GitHub cannot say; and the text's length checked before any call with the longest subject.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  DEFAULT_TEXT,
  INCIDENT_A,
  RUN_URL,
  SHA,
  SUCCEEDED,
  TARGETS,
  core,
  savedStateEnv,
  useEmulatorRun,
  type Scenario,
} from './helpers.js';
import { expectCarries } from '../carries.js';

const action = useEmulatorRun();

const TOKEN = 'ghs_TokenOfThisStep000000000000000000000';
/** The token the mocked runner gives `github-token` by default (`${{ github.token }}`). */
const RUNNER_TOKEN = 'ghs_JobTokenOfTheRunner0000000000000000';
const SUBJECT = 'Roll out the new pricing page';
const TEMPLATE = '{short_sha}: {commit_subject}';

/** The GitHub stand-in of the running emulator. */
const github = () => ({ GITHUB_API_URL: `${action.emulator.url}/_github` });

/** Stores the deployed commit in the GitHub stand-in. */
async function storeCommit(message = `${SUBJECT}\n\nDetails of the change.`): Promise<void> {
  await action.emulator.seed({
    githubCommits: [{ repository: 'acme/shop', commits: [{ sha: SHA, message }] }],
  });
}

/** A push to acme/shop whose payload does not carry the commit (no head_commit). */
const push = (inputs: Record<string, string> = {}, env: Record<string, string> = {}): Scenario => ({
  inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', ...inputs },
  env: { ...github(), ...env },
  payload: { ref: 'refs/heads/main', after: SHA },
});

const reads = () => action.requests().filter((r) => r.operation === 'github:GetCommit');
const written = () =>
  action.sent<{ eventData: string }>('CreateTimelineEvent').map((b) => b.eventData);
const subjectDebug = (debugs: string[]) => debugs.filter((d) => d.startsWith('{commit_subject}'));

describe('{commit_subject}', () => {
  it('read from GitHub when the payload does not carry the commit', async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    const r = await action.run(push({ 'event-data': TEMPLATE, 'github-token': TOKEN }));
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([JSON.stringify(`1a2b3c4: ${SUBJECT}`)]);
    expect(reads()).toHaveLength(1);
    expect(reads()[0]).toMatchObject({
      method: 'GET',
      path: `/_github/repos/acme/shop/commits/${SHA}`,
      status: 200,
    });
    expect(r.outputs['event-data']).toBe(`1a2b3c4: ${SUBJECT}`);
    expect(subjectDebug(r.debugs)).toEqual([]);
    // The summary's commit line carries the subject too.
    expect(r.summary).toMatch(
      /\*\*Commit\*\* \[1a2b3c4\]\([^)]+\) Roll out the new pricing page\n/,
    );
  });

  it('the token is registered as a secret', async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    await action.run(push({ 'event-data': TEMPLATE, 'github-token': TOKEN }));
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN);
    // The runner's token is what the input holds by default.
    await action.run(push({ 'event-data': TEMPLATE }));
    expect(core.setSecret).toHaveBeenCalledWith(RUNNER_TOKEN);
  });

  it('in the default message, quoted after the commit', async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    const r = await action.run(push(SUCCEEDED));
    expect(written()).toEqual([
      JSON.stringify(
        `Deployment succeeded: acme/shop@1a2b3c4 "${SUBJECT}" (main) to production by octocat, run ${RUN_URL}`,
      ),
    ]);
    expect(reads()).toHaveLength(1);
    expect(r.failure).toBeUndefined();
  });

  it('empty when GitHub cannot be reached, with a debug line that says why', async () => {
    await action.seed(TARGETS.A);
    // The mocked runner's GITHUB_API_URL is a closed port.
    const r = await action.run({ ...push(SUCCEEDED), env: {} });
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([JSON.stringify(DEFAULT_TEXT)]);
    const [debug, ...more] = subjectDebug(r.debugs);
    expect(more).toEqual([]);
    expect(debug).toMatch(
      /^\{commit_subject\} is empty: GitHub did not give the commit's subject \(.+\)\.$/,
    );
    expect(core.setSecret).toHaveBeenCalledWith(RUNNER_TOKEN);
    expect(r.warnings).toEqual([]);
  });

  it('empty when GitHub does not know the commit (404)', async () => {
    await action.seed(TARGETS.A);
    const r = await action.run(push({ 'event-data': `${TEMPLATE}.`, 'github-token': TOKEN }));
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([JSON.stringify('1a2b3c4: .')]);
    expect(reads()).toEqual([expect.objectContaining({ status: 404 })]);
    expect(subjectDebug(r.debugs)).toEqual([
      expect.stringMatching(
        /^\{commit_subject\} is empty: GitHub did not give the commit's subject \(404: /,
      ),
    ]);
  });

  it('empty without a read when github-token is empty', async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    const r = await action.run(push({ 'event-data': `${TEMPLATE}.`, 'github-token': '' }));
    expect(r.failure).toBeUndefined();
    expect(reads()).toEqual([]);
    expect(written()).toEqual([JSON.stringify('1a2b3c4: .')]);
    expect(subjectDebug(r.debugs)).toEqual(['{commit_subject} is empty: github-token is empty.']);
    expect(core.setSecret).not.toHaveBeenCalledWith('');
  });

  it("taken from the payload's head_commit without any call to GitHub", async () => {
    await action.seed(TARGETS.A);
    await storeCommit('What GitHub says');
    const r = await action.run({
      ...push({ 'event-data': TEMPLATE, 'github-token': TOKEN }),
      payload: { head_commit: { id: SHA, message: 'Fix checkout retry storm (#482)\n\nBody' } },
    });
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([JSON.stringify('1a2b3c4: Fix checkout retry storm (#482)')]);
    expect(reads()).toEqual([]);
    expect(core.setSecret).not.toHaveBeenCalledWith(TOKEN);
    expect(subjectDebug(r.debugs)).toEqual([]);
  });

  it('not read when the text does not use it', async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    const r = await action.run(
      push({ 'event-data': '{short_sha} deployed', 'github-token': TOKEN }),
    );
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([JSON.stringify('1a2b3c4 deployed')]);
    expect(reads()).toEqual([]);
    expect(core.setSecret).not.toHaveBeenCalledWith(TOKEN);
    expect(subjectDebug(r.debugs)).toEqual([]);
  });

  it("not read for a workflow_dispatch whose 'message' input is the text", async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    const r = await action.run({
      ...push({ 'github-token': TOKEN }, { GITHUB_EVENT_NAME: 'workflow_dispatch' }),
      payload: { inputs: { message: 'Feature flag flipped' } },
    });
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([JSON.stringify('Feature flag flipped')]);
    expect(reads()).toEqual([]);
  });

  it('the text is checked before any call with the longest subject it may get', async () => {
    await action.seed(TARGETS.A);
    await storeCommit('Short');
    // Fits with the real subject (11,908 characters encoded), not with one of 200 (12,103).
    const r = await action.run(
      push({ 'event-data': `${'x'.repeat(11_900)} {commit_subject}`, 'github-token': TOKEN }),
    );
    expectCarries(r.failure, [
      /^Input 'event-data': /,
      '{commit_subject} as long as it may be (200 characters',
      '12,103 characters after json-string encoding',
      '12,000',
      'Shorten it by 103 characters',
    ]);
    expect(action.requests()).toEqual([]);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('with finish-on-job-end, the text of the job end is checked with the longest subject too', async () => {
    await action.seed(TARGETS.A);
    await storeCommit('Short');
    // With a 200-character subject: 12,000 characters now ('started'), 12,002 at job end.
    const template = `${'x'.repeat(11_789)} {status} {commit_subject}`;
    const r = await action.run(
      push({ 'event-data': template, 'github-token': TOKEN, 'finish-on-job-end': 'true' }),
    );
    expectCarries(r.failure, [
      /^Input 'event-data': /,
      'finish-on-job-end',
      "'succeeded'",
      '12,002 characters after json-string encoding',
      'Shorten it by 2 characters',
    ]);
    expect(action.requests()).toEqual([]);
  });

  it('without finish-on-job-end, only the text written now is checked', async () => {
    await action.seed(TARGETS.A);
    await storeCommit('Short');
    const template = `${'x'.repeat(11_789)} {status} {commit_subject}`;
    const r = await action.run(push({ 'event-data': template, 'github-token': TOKEN }));
    expect(r.failure).toBeUndefined();
    expect(written()[0]).toBe(JSON.stringify(`${'x'.repeat(11_789)}  Short`));
  });

  it('a subject the payload carries is checked as it is', async () => {
    await action.seed(TARGETS.A);
    const r = await action.run({
      ...push({ 'event-data': `${'x'.repeat(11_900)} {commit_subject}` }),
      payload: { head_commit: { id: SHA, message: 'Short' } },
    });
    expect(r.failure).toBeUndefined();
    expect(written()[0]).toHaveLength(11_908);
  });

  it('the job end writes the subject its main step read, without reading it again', async () => {
    await action.seed(TARGETS.A);
    await storeCommit();
    const main = await action.run(
      push({ ...SUCCEEDED, 'github-token': TOKEN, 'finish-on-job-end': 'true' }),
    );
    expect(main.failure).toBeUndefined();
    expect(reads()).toHaveLength(1);
    const env = savedStateEnv(main);
    // GitHub no longer knows the commit: only the saved subject can give it.
    action.emulator.githubCommits.clear();
    const end = await action.run(
      {
        ...push({
          ...SUCCEEDED,
          'github-token': TOKEN,
          'finish-on-job-end': 'true',
          'job-status': 'success',
        }),
        env: { ...github(), ...env },
      },
      'job-end',
    );
    expect(end.warnings).toEqual([]);
    expect(reads()).toEqual([]);
    const [update] = action.sent<{ eventData: string }>('UpdateTimelineEvent');
    expect(JSON.parse(update!.eventData)).toMatch(
      new RegExp(`^Deployment succeeded: acme/shop@1a2b3c4 "${SUBJECT}" \\(main\\)`),
    );
    expect(subjectDebug(end.debugs)).toEqual([]);
  });
});
