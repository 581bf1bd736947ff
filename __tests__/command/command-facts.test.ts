/**
 * The facts the command writes with: the CI's, with one step name, so that a retried command in
 * one CI job derives the same token; outside any CI, each run is its own.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_STEP, commandFacts } from '../../src/command/host.js';
import type { GitRunner } from '../../src/read/ci-facts.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const git: GitRunner = (args) =>
  args.join(' ') === 'rev-parse HEAD'
    ? SHA
    : args.join(' ') === 'rev-parse --abbrev-ref HEAD'
      ? 'main'
      : args[0] === 'log'
        ? 'Fix the retry storm'
        : '';

describe('commandFacts', () => {
  it("keeps the CI job's run and attempt, with the command's one step name", () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '42', GITHUB_ACTION: 'step_3' };
    const { facts } = commandFacts(env, {}, git, 'local-1');
    expect(facts).toMatchObject({ runId: '42', step: COMMAND_STEP });
  });

  it('outside any CI: the commit, branch and subject from git, and a run of its own', () => {
    const first = commandFacts({}, {}, git, 'local-1');
    expect(first.system).toBe('none');
    expect(first.facts).toMatchObject({
      sha: SHA,
      refName: 'main',
      commitSubject: 'Fix the retry storm',
      runId: 'local-1',
      step: COMMAND_STEP,
    });
    expect(commandFacts({}, {}, git, 'local-2').facts.runId).toBe('local-2');
  });

  it('--sha wins over git', () => {
    const sha = 'abcdef1';
    expect(commandFacts({}, { sha }, git, 'local-1').facts.sha).toBe(sha);
  });
});
