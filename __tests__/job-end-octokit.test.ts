/**
 * The job-end step's Octokit keeps @actions/github's proxy support: Octokit merges its options
 * shallowly, so a `request` option of our own would drop the proxy agent and fetch that
 * @actions/github puts there (a self-hosted runner behind a proxy would then go direct). A
 * loopback proxy cannot show this end to end: @actions/http-client never proxies loopback hosts.
 */
import { describe, expect, it, vi } from 'vitest';

const { getOctokit } = vi.hoisted(() => ({ getOctokit: vi.fn() }));
vi.mock('@actions/github', () => ({ getOctokit }));

import { defaults } from '@actions/github/lib/utils';
import { Deadline } from '../src/deadline.js';
import { readJobOutcome } from '../src/job-end/job-outcome.js';

describe('the Octokit of the job-end step', () => {
  it("keeps @actions/github's proxy agent and fetch, and adds the deadline's signal", async () => {
    getOctokit.mockImplementation(() => {
      throw Object.assign(new Error('stop here'), { status: 418 });
    });
    const deadline = new Deadline(5_000);
    await readJobOutcome({
      apiUrl: 'https://api.github.com',
      token: 'ghs_x',
      repository: 'acme/shop',
      runId: '42',
      runAttempt: '1',
      runnerName: 'runner-1',
      deadline,
    });
    const options = getOctokit.mock.calls[0]?.[1] as { request: Record<string, unknown> };
    expect(options.request.fetch).toBe(defaults.request?.fetch);
    expect(options.request.agent).toBe(defaults.request?.agent);
    expect(options.request.signal).toBe(deadline.signal);
  });
});
