/**
 * The command detects its CI's facts once for its whole run, so that both stages of exec write
 * with the same facts (outside any CI, with its one fresh job instance), and a second command is
 * a run of its own.
 */
import { describe, expect, it } from 'vitest';
import { ciFactsOnce } from '../../src/command/host.js';
import type { GitRunner } from '../../src/read/ci-facts.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const calls: string[] = [];
const git: GitRunner = (args) => {
  calls.push(args.join(' '));
  return args.includes('rev-parse') ? SHA : '';
};

describe('ciFactsOnce', () => {
  it('detects once for the same given facts: the same job instance, git asked once', () => {
    const facts = ciFactsOnce({}, git);
    const first = facts({ sha: '', jobInstance: '' });
    calls.length = 0;
    const again = facts({ sha: '', jobInstance: '' });
    expect(again).toBe(first);
    expect(calls).toEqual([]);
    expect(first.facts.sha).toBe(SHA);
    expect(first.facts.jobInstance).not.toBe('');
  });

  it('outside any CI, another command is another run', () => {
    const one = ciFactsOnce({}, git)({}).facts.jobInstance;
    const two = ciFactsOnce({}, git)({}).facts.jobInstance;
    expect(one).not.toBe(two);
  });
});
