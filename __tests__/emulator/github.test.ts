/**
 * The GitHub stand-in under `/_github`: the two REST operations the action's job-end step uses,
 * read with Octokit (as `@actions/github` builds it) through pagination, auth and faults.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/src/index.js';
import { REPO_ROOT, spawnBundledEmulator } from './bundle.js';
import { control, failure, startTestEmulator, type Json } from './helpers.js';

const run = promisify(execFile);
const GitHub = Octokit.plugin(paginateRest);
const TOKEN = 'ghs_emulatorTestToken0001';
const LIST = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs';
const GET = 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}';
const RUN = { owner: 'acme', repo: 'shop', run_id: 42, attempt_number: 1 };

/** The example of the brief: the action's own job, in progress, with a failed step. */
const DEPLOY_JOB = {
  name: 'deploy',
  status: 'in_progress',
  conclusion: null,
  runnerName: 'GitHub Actions 2',
  startedAt: '2024-05-01T10:00:00Z',
  labels: ['ubuntu-latest'],
  steps: [
    {
      name: 'Deploy',
      status: 'completed',
      conclusion: 'failure',
      startedAt: '2024-05-01T10:00:05Z',
      completedAt: '2024-05-01T10:01:00Z',
    },
    { name: 'Mark the timeline', status: 'in_progress' },
  ],
};

function jobsOfRun(count: number, extra: Record<string, unknown> = {}) {
  return Array.from({ length: count }, (_, i) => ({
    name: `job ${i + 1}`,
    status: 'completed',
    conclusion: 'success',
    ...extra,
  }));
}

let emulator: RunningEmulator;
let octokit: InstanceType<typeof GitHub>;
beforeAll(async () => {
  emulator = await startTestEmulator();
  octokit = new GitHub({ auth: TOKEN, baseUrl: `${emulator.url}/_github` });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const setJobs = (body: unknown) => control(emulator, 'POST', 'github/jobs', body);

describe('POST /_emulator/github/jobs', () => {
  it('sets the jobs of a run attempt, assigns IDs and answers them in GitHub shape', async () => {
    const { status, json } = await setJobs({
      repository: 'acme/shop',
      runId: 42,
      attempt: 1,
      workflowName: 'Deploy',
      headSha: '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5',
      headBranch: 'main',
      jobs: [{ name: 'build', status: 'completed', conclusion: 'success' }, DEPLOY_JOB],
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ repository: 'acme/shop', runId: 42, attempt: 1 });
    expect(json.jobs.map((job: Json) => job.id)).toEqual([1, 2]);
    const base = `${emulator.url}/_github/repos/acme/shop`;
    expect(json.jobs[1]).toEqual({
      id: 2,
      run_id: 42,
      workflow_name: 'Deploy',
      head_branch: 'main',
      run_url: `${base}/actions/runs/42`,
      run_attempt: 1,
      node_id: expect.stringMatching(/^CR_kwDO[\w-]+$/),
      head_sha: '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5',
      url: `${base}/actions/jobs/2`,
      html_url: 'https://github.com/acme/shop/actions/runs/42/job/2',
      status: 'in_progress',
      conclusion: null,
      created_at: '2024-05-01T10:00:00Z',
      started_at: '2024-05-01T10:00:00Z',
      completed_at: null,
      name: 'deploy',
      steps: [
        {
          name: 'Deploy',
          status: 'completed',
          conclusion: 'failure',
          number: 1,
          started_at: '2024-05-01T10:00:05Z',
          completed_at: '2024-05-01T10:01:00Z',
        },
        {
          name: 'Mark the timeline',
          status: 'in_progress',
          conclusion: null,
          number: 2,
          started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          completed_at: null,
        },
      ],
      check_run_url: `${base}/check-runs/2`,
      labels: ['ubuntu-latest'],
      runner_id: null,
      runner_name: 'GitHub Actions 2',
      runner_group_id: null,
      runner_group_name: null,
    });
    expect((await control(emulator, 'GET', 'github/jobs')).json.runs).toEqual([json]);
  });

  it('replaces the jobs of that attempt only; their old IDs are gone', async () => {
    const first = await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(2) });
    await setJobs({ repository: 'acme/shop', runId: 42, attempt: 2, jobs: jobsOfRun(1) });
    const replaced = await setJobs({
      repository: 'acme/shop',
      runId: 42,
      attempt: 1,
      jobs: [{ id: 900, name: 'again', status: 'queued' }],
    });
    expect(replaced.json.jobs.map((job: Json) => job.id)).toEqual([900]);
    const gone = await failure(octokit.request(GET, { ...RUN, job_id: first.json.jobs[0].id }));
    expect(gone.status).toBe(404);
    const { data } = await octokit.request(LIST, { ...RUN, attempt_number: 2 });
    expect(data.total_count).toBe(1);
    expect((await control(emulator, 'GET', 'github/jobs')).json.runs).toHaveLength(2);
    await control(emulator, 'DELETE', 'github/jobs');
    expect((await control(emulator, 'GET', 'github/jobs')).json.runs).toEqual([]);
  });

  it.each([
    [{}, 'repository must be owner/repo'],
    [{ repository: 'acme', runId: 1, jobs: [] }, 'repository must be owner/repo'],
    [{ repository: 'acme/shop', runId: 0, jobs: [] }, 'runId must be a positive integer'],
    [{ repository: 'acme/shop', runId: 1, attempt: 'x', jobs: [] }, 'attempt must be a positive'],
    [{ repository: 'acme/shop', runId: 1 }, 'jobs must be a list'],
    [{ repository: 'acme/shop', runId: 1, jobs: [{ status: 'queued' }] }, 'jobs[0].name must be'],
    [
      { repository: 'acme/shop', runId: 1, jobs: [{ name: 'a', status: 'running' }] },
      'jobs[0].status must be one of queued, in_progress, completed, waiting, requested, pending',
    ],
    [
      {
        repository: 'acme/shop',
        runId: 1,
        jobs: [{ name: 'a', status: 'completed', conclusion: 'failed' }],
      },
      'jobs[0].conclusion (or null) must be one of success, failure',
    ],
    [
      {
        repository: 'acme/shop',
        runId: 1,
        jobs: [{ name: 'a', status: 'queued', runner_name: 'x' }],
      },
      'jobs[0].runner_name is not a member; the members are id, name, status',
    ],
    [
      {
        repository: 'acme/shop',
        runId: 1,
        jobs: [{ name: 'a', status: 'queued', steps: [{ name: 's', status: 'done' }] }],
      },
      'jobs[0].steps[0].status must be one of queued, in_progress, completed',
    ],
    [
      {
        repository: 'acme/shop',
        runId: 1,
        jobs: [{ name: 'a', status: 'queued', startedAt: 'noon' }],
      },
      'jobs[0].startedAt must be an ISO 8601 time',
    ],
    [
      {
        repository: 'acme/shop',
        runId: 1,
        jobs: [
          { id: 5, name: 'a', status: 'queued' },
          { id: 5, name: 'b', status: 'queued' },
        ],
      },
      'jobs[1].id 5 is used twice',
    ],
  ])('refuses %j: %s', async (body, message) => {
    const { status, json } = await setJobs(body);
    expect(status).toBe(400);
    expect(json.message).toContain(message);
    expect((await control(emulator, 'GET', 'github/jobs')).json.runs).toEqual([]);
  });

  it('refuses an ID that a job of another run attempt has', async () => {
    await setJobs({
      repository: 'acme/shop',
      runId: 1,
      jobs: [{ id: 7, name: 'a', status: 'queued' }],
    });
    const { status, json } = await setJobs({
      repository: 'acme/shop',
      runId: 2,
      jobs: [{ id: 7, name: 'b', status: 'queued' }],
    });
    expect(status).toBe(400);
    expect(json.message).toBe('jobs: id 7 is a job of another run attempt');
  });
});

describe('List jobs for a workflow run attempt', () => {
  it('pages with per_page and page, as Octokit paginate follows them', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(5) });
    const jobs = await octokit.paginate(LIST, { ...RUN, per_page: 2 });
    expect(jobs.map((job) => job.name)).toEqual(['job 1', 'job 2', 'job 3', 'job 4', 'job 5']);
    const { json } = await control(
      emulator,
      'GET',
      'requests?operation=ListJobsForWorkflowRunAttempt',
    );
    expect(json.requests.map((r: Json) => [r.query, r.status])).toEqual([
      [{ per_page: '2' }, 200],
      [{ per_page: '2', page: '2' }, 200],
      [{ per_page: '2', page: '3' }, 200],
    ]);
  });

  it('answers total_count and GitHub Link headers: next and last, then prev and first', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(5) });
    const url = `${emulator.url}/_github/repos/acme/shop/actions/runs/42/attempts/1/jobs`;
    const page = (n: number) => octokit.request(LIST, { ...RUN, per_page: 2, page: n });
    const first = await page(1);
    expect(first.data.total_count).toBe(5);
    expect(first.data.jobs).toHaveLength(2);
    expect(first.headers.link).toBe(
      `<${url}?per_page=2&page=2>; rel="next", <${url}?per_page=2&page=3>; rel="last"`,
    );
    expect((await page(2)).headers.link).toBe(
      `<${url}?per_page=2&page=1>; rel="prev", <${url}?per_page=2&page=3>; rel="next", <${url}?per_page=2&page=3>; rel="last", <${url}?per_page=2&page=1>; rel="first"`,
    );
    const last = await page(3);
    expect(last.data.jobs.map((job) => job.name)).toEqual(['job 5']);
    expect(last.headers.link).toBe(
      `<${url}?per_page=2&page=2>; rel="prev", <${url}?per_page=2&page=1>; rel="first"`,
    );
    const beyond = await page(4);
    expect(beyond.data).toMatchObject({ total_count: 5, jobs: [] });
  });

  it('pages by 30 by default and by at most 100, with no Link header when one page holds all', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(130) });
    const byDefault = await octokit.request(LIST, RUN);
    expect(byDefault.data.jobs).toHaveLength(30);
    const capped = await octokit.request(LIST, { ...RUN, per_page: 500 });
    expect(capped.data.jobs).toHaveLength(100);
    expect(capped.headers.link).toContain('page=2>; rel="last"');
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(3) });
    expect((await octokit.request(LIST, RUN)).headers.link).toBeUndefined();
  });

  it('answers 404 Not Found for a run attempt it has no jobs for', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(1) });
    for (const params of [
      { ...RUN, attempt_number: 2 },
      { ...RUN, run_id: 43 },
      { ...RUN, repo: 'other' },
    ]) {
      const error = await failure(octokit.request(LIST, params));
      expect(error.status).toBe(404);
      expect(error.response.data).toEqual({
        message: 'Not Found',
        documentation_url:
          'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt',
        status: '404',
      });
    }
    // Owner and repository names are case-insensitive, as on GitHub.
    expect((await octokit.request(LIST, { ...RUN, owner: 'ACME' })).data.total_count).toBe(1);
  });
});

describe('Get a job for a workflow run', () => {
  it('answers the job of that repository, 404 otherwise', async () => {
    const { json } = await setJobs({ repository: 'acme/shop', runId: 42, jobs: [DEPLOY_JOB] });
    const { data } = await octokit.request(GET, {
      owner: 'acme',
      repo: 'shop',
      job_id: json.jobs[0].id,
    });
    expect(data).toEqual(json.jobs[0]);
    const elsewhere = await failure(
      octokit.request(GET, { owner: 'acme', repo: 'other', job_id: json.jobs[0].id }),
    );
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.response.data.documentation_url).toBe(
      'https://docs.github.com/rest/actions/workflow-jobs#get-a-job-for-a-workflow-run',
    );
    expect(
      (await failure(octokit.request(GET, { owner: 'acme', repo: 'shop', job_id: 99 }))).status,
    ).toBe(404);
  });

  it('answers 404 in GitHub form for a path it does not serve, recorded as Unknown', async () => {
    const response = await fetch(`${emulator.url}/_github/repos/acme/shop/actions/runs/42`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests[0]).toMatchObject({
      operation: 'Unknown',
      status: 404,
      errorType: 'NotFound',
    });
  });
});

describe('authentication', () => {
  it('requires a token, Bearer or token, and never records it', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: jobsOfRun(1) });
    const anonymous = await failure(
      new GitHub({ baseUrl: `${emulator.url}/_github` }).request(LIST, RUN),
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.response.data).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const bearer = await fetch(
      `${emulator.url}/_github/repos/acme/shop/actions/runs/42/attempts/1/jobs`,
      {
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    expect(bearer.status).toBe(200);
    await octokit.request(LIST, RUN);
    const { json } = await control(emulator, 'GET', 'requests');
    expect(
      json.requests.map((r: Json) => [r.status, r.errorType, r.headers.authorization]),
    ).toEqual([
      [401, 'RequiresAuthentication', undefined],
      [200, undefined, 'Bearer <redacted>'],
      [200, undefined, 'token <redacted>'],
    ]);
    expect(JSON.stringify(json)).not.toContain(TOKEN);
  });

  it('with --github-token, requires that token: another is Bad credentials', async () => {
    const strict = await startTestEmulator({ githubToken: TOKEN });
    try {
      await control(strict, 'POST', 'github/jobs', {
        repository: 'acme/shop',
        runId: 42,
        jobs: jobsOfRun(1),
      });
      const other = new GitHub({ auth: 'ghs_other', baseUrl: `${strict.url}/_github` });
      const error = await failure(other.request(LIST, RUN));
      expect(error.status).toBe(401);
      expect(error.response.data.message).toBe('Bad credentials');
      const right = new GitHub({ auth: TOKEN, baseUrl: `${strict.url}/_github` });
      expect((await right.request(LIST, RUN)).data.total_count).toBe(1);
    } finally {
      await strict.close();
    }
  });
});

describe('faults', () => {
  beforeEach(() => setJobs({ repository: 'acme/shop', runId: 42, jobs: [DEPLOY_JOB] }));
  afterEach(() => control(emulator, 'DELETE', 'faults'));

  const fault = (spec: Record<string, unknown>) => control(emulator, 'POST', 'faults', spec);

  it('access-denied: 403 Resource not accessible by integration, after authentication', async () => {
    await fault({ type: 'access-denied', operation: 'ListJobsForWorkflowRunAttempt' });
    // An unauthenticated call is refused for that, and does not use the rule up.
    await failure(new GitHub({ baseUrl: `${emulator.url}/_github` }).request(LIST, RUN));
    const error = await failure(octokit.request(LIST, RUN));
    expect(error.status).toBe(403);
    expect(error.response.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url:
        'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt',
      status: '403',
    });
    expect((await octokit.request(LIST, RUN)).status).toBe(200);
  });

  it("throttle: GitHub's secondary rate limit, 403 with retry-after (1 by default)", async () => {
    await fault({ type: 'throttle', operation: 'GetJobForWorkflowRun', retryAfterSeconds: 7 });
    await fault({ type: 'throttle', operation: 'GetJobForWorkflowRun' });
    const job = { owner: 'acme', repo: 'shop', job_id: 1 };
    const first = await failure(octokit.request(GET, job));
    expect(first.status).toBe(403);
    expect(first.response.headers['retry-after']).toBe('7');
    // The words Octokit's throttling plugin looks for.
    expect(first.message).toMatch(/\bsecondary rate\b/i);
    expect(first.response.data.message).toBe(
      `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${first.response.headers['x-github-request-id']}.`,
    );
    const second = await failure(octokit.request(GET, job));
    expect(second.response.headers['retry-after']).toBe('1');
    expect((await octokit.request(GET, job)).data.name).toBe('deploy');
  });

  it.each([
    ['server-error', 500, 'Server Error'],
    ['unavailable', 503, 'Service Unavailable'],
  ])('%s: %i %s', async (type, status, message) => {
    await fault({ type, operation: 'ListJobsForWorkflowRunAttempt' });
    const error = await failure(octokit.request(LIST, RUN));
    expect(error.status).toBe(status);
    expect(error.response.data.message).toBe(message);
  });

  it('drop closes the connection; latency delays, then answers; both recorded', async () => {
    await fault({ type: 'drop', operation: 'ListJobsForWorkflowRunAttempt' });
    await failure(octokit.request(LIST, RUN));
    await fault({ type: 'latency', latencyMs: 20, operation: 'ListJobsForWorkflowRunAttempt' });
    expect((await octokit.request(LIST, RUN)).data.total_count).toBe(1);
    const { json } = await control(
      emulator,
      'GET',
      'requests?operation=ListJobsForWorkflowRunAttempt',
    );
    expect(json.requests.map((r: Json) => [r.status, r.fault, r.errorType])).toEqual([
      [0, 'drop', 'ConnectionDropped'],
      [200, 'latency', undefined],
    ]);
  });

  it('applies to the operation named only', async () => {
    await fault({ type: 'server-error', every: 1, operation: 'GetJobForWorkflowRun' });
    expect((await octokit.request(LIST, RUN)).status).toBe(200);
    expect(
      (await failure(octokit.request(GET, { owner: 'acme', repo: 'shop', job_id: 1 }))).status,
    ).toBe(500);
  });
});

describe('seeds and state', () => {
  it('takes githubJobs in a seed, checked with the rest before anything is written', async () => {
    const seeded = await emulator.seed({
      incidents: [{ responsePlan: 'checkout' }],
      githubJobs: [{ repository: 'acme/shop', runId: 42, jobs: [DEPLOY_JOB] }],
    });
    expect(seeded.githubJobs).toEqual([
      { repository: 'acme/shop', runId: 42, attempt: 1, jobIds: [1] },
    ]);
    expect((await octokit.request(LIST, RUN)).data.jobs[0]!.runner_name).toBe('GitHub Actions 2');

    const { status, json } = await control(emulator, 'POST', 'seed', {
      incidents: [{ responsePlan: 'billing' }],
      githubJobs: [{ repository: 'acme/shop', runId: 43, jobs: [{ name: 'x', status: 'done' }] }],
    });
    expect(status).toBe(400);
    expect(json.message).toContain('githubJobs[0].jobs[0].status must be one of');
    expect(emulator.state().incidents).toHaveLength(1);
  });

  it('re-applies the seed file on reset, and keeps jobs in the state file across a restart', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'emulator-github-'));
    try {
      const seed = path.join(directory, 'seed.json');
      const state = path.join(directory, 'state.json');
      writeFileSync(
        seed,
        JSON.stringify({
          githubJobs: [{ repository: 'acme/shop', runId: 42, jobs: [DEPLOY_JOB] }],
        }),
      );
      const first = await startTestEmulator({ seed, state });
      await control(first, 'POST', 'github/jobs', {
        repository: 'acme/shop',
        runId: 42,
        attempt: 2,
        jobs: jobsOfRun(2),
      });
      await first.close();
      expect(JSON.parse(readFileSync(state, 'utf8')).githubJobs).toHaveLength(2);

      const second = await startTestEmulator({ seed, state });
      try {
        const client = new GitHub({ auth: TOKEN, baseUrl: `${second.url}/_github` });
        expect((await client.request(LIST, { ...RUN, attempt_number: 2 })).data.total_count).toBe(
          2,
        );
        await control(second, 'POST', 'reset');
        expect((await control(second, 'GET', 'github/jobs')).json.runs).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('as the action reaches it', () => {
  it('the bundled CLI takes --github-token', async () => {
    const bundled = await spawnBundledEmulator(['--quiet', '--github-token', TOKEN]);
    try {
      await control(bundled, 'POST', 'github/jobs', {
        repository: 'acme/shop',
        runId: 42,
        jobs: [DEPLOY_JOB],
      });
      const other = new GitHub({ auth: 'ghs_other', baseUrl: `${bundled.url}/_github` });
      expect((await failure(other.request(LIST, RUN))).status).toBe(401);
      const right = new GitHub({ auth: TOKEN, baseUrl: `${bundled.url}/_github` });
      expect((await right.request(LIST, RUN)).data.jobs[0]!.name).toBe('deploy');
    } finally {
      expect(await bundled.stop()).toBe(0);
    }
  });

  it('getOctokit from @actions/github, with the stand-in as its baseUrl', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: [DEPLOY_JOB] });
    const github = getOctokit(TOKEN, { baseUrl: `${emulator.url}/_github` });
    const { data } = await github.rest.actions.listJobsForWorkflowRunAttempt(RUN);
    expect(data.jobs[0]).toMatchObject({ name: 'deploy', runner_name: 'GitHub Actions 2' });
    const job = await github.rest.actions.getJobForWorkflowRun({
      owner: 'acme',
      repo: 'shop',
      job_id: data.jobs[0]!.id,
    });
    expect(job.data.steps?.[0]?.conclusion).toBe('failure');
  });

  it('GITHUB_API_URL=<emulator>/_github points a fresh @actions/github at it', async () => {
    await setJobs({ repository: 'acme/shop', runId: 42, jobs: [DEPLOY_JOB] });
    const script = `
      import { getOctokit } from '@actions/github';
      const github = getOctokit(process.env.TOKEN);
      const { data } = await github.rest.actions.listJobsForWorkflowRunAttempt({ owner: 'acme', repo: 'shop', run_id: 42, attempt_number: 1 });
      console.log(JSON.stringify(data.jobs.map((job) => job.runner_name)));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', TOKEN, GITHUB_API_URL: `${emulator.url}/_github` },
    });
    expect(JSON.parse(stdout)).toEqual(['GitHub Actions 2']);
  });
});
