/**
 * The GitHub stand-in under `/_github`: "Get a commit", the one REST operation the action uses
 * (for `{commit_subject}`), read with plain fetch and with `@actions/github`'s Octokit, through
 * auth, faults, seeds and the state file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.js';
import { PACKAGE_ROOT, spawnBundledEmulator } from './bundle.js';
import { control, failure, startTestEmulator, type Json } from './helpers.js';

const run = promisify(execFile);
const TOKEN = 'ghs_emulatorTestToken0001';
const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5';
const PARENT = '0f0e0d0c0b0a09080706050403020100ffeeddcc';
const DOCS = 'https://docs.github.com/rest/commits/commits#get-a-commit';
const COMMIT = {
  sha: SHA,
  message: 'Fix checkout retry storm (#482)\n\nRetries now back off.',
  author: { name: 'Mona', email: 'mona@example.com', date: '2024-05-01T10:00:00Z', login: 'mona' },
  parents: [PARENT],
};
const SHOP = { repository: 'acme/shop', commits: [COMMIT] };

let emulator: RunningEmulator;
let github: ReturnType<typeof getOctokit>;
beforeAll(async () => {
  emulator = await startTestEmulator();
  github = getOctokit(TOKEN, { baseUrl: `${emulator.url}/_github` });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const setCommits = (body: unknown, target: { url: string } = emulator) =>
  control(target, 'POST', 'github/commits', body);
const storedCommits = async () =>
  (await control(emulator, 'GET', 'github/commits')).json.repositories;

/** GET /_github/repos/acme/shop/commits/<ref> with plain fetch. */
async function getCommit(
  ref: string,
  { repo = 'acme/shop', authorization = `token ${TOKEN}` } = {},
): Promise<{ status: number; headers: Headers; json: Json }> {
  const response = await fetch(`${emulator.url}/_github/repos/${repo}/commits/${ref}`, {
    headers: authorization ? { authorization } : {},
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

describe('POST /_emulator/github/commits', () => {
  it('stores the commits of a repository, fills the defaults, and lists them', async () => {
    const { status, json } = await setCommits({
      repository: 'acme/shop',
      commits: [COMMIT, { sha: PARENT, message: 'Initial commit' }],
    });
    expect(status).toBe(200);
    expect(json.commits[0]).toEqual({
      ...COMMIT,
      committer: COMMIT.author,
    });
    expect(json.commits[1]).toEqual({
      sha: PARENT,
      message: 'Initial commit',
      author: {
        name: 'Mona Lisa Octocat',
        email: 'mona@github.com',
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        login: null,
      },
      committer: json.commits[1].author,
      parents: [],
    });
    expect(await storedCommits()).toEqual([json]);
  });

  it('adds to what the repository has, replaces a commit stored again, and clears on DELETE', async () => {
    await setCommits(SHOP);
    await setCommits({ repository: 'ACME/shop', commits: [{ ...COMMIT, message: 'Reworded' }] });
    await setCommits({ repository: 'acme/other', commits: [{ sha: PARENT, message: 'x' }] });
    const repositories = await storedCommits();
    expect(repositories.map((r: Json) => [r.repository, r.commits.length])).toEqual([
      ['acme/shop', 1],
      ['acme/other', 1],
    ]);
    expect((await getCommit(SHA)).json.commit.message).toBe('Reworded');
    await control(emulator, 'DELETE', 'github/commits');
    expect(await storedCommits()).toEqual([]);
  });

  it.each([
    [[], 'the body must be an object'],
    [{ commits: [] }, 'repository must be owner/repo'],
    [{ repository: 'acme', commits: [] }, 'repository must be owner/repo'],
    [{ repository: 'acme/shop' }, 'commits must be a list'],
    [{ repository: 'acme/shop', commits: [], branch: 'main' }, 'branch is not a member'],
    [{ repository: 'acme/shop', commits: ['abc'] }, 'commits[0] must be an object'],
    [{ repository: 'acme/shop', commits: [{ message: 'x' }] }, 'commits[0].sha must be 40'],
    [
      { repository: 'acme/shop', commits: [{ sha: SHA.toUpperCase(), message: 'x' }] },
      'commits[0].sha must be 40 lower-case hex digits',
    ],
    [{ repository: 'acme/shop', commits: [{ sha: SHA }] }, 'commits[0].message must be a string'],
    [
      { repository: 'acme/shop', commits: [{ sha: SHA, message: 'x', subject: 'x' }] },
      'commits[0].subject is not a member; the members are sha, message, author, committer, parents',
    ],
    [
      { repository: 'acme/shop', commits: [{ sha: SHA, message: 'x', author: { date: 'noon' } }] },
      'commits[0].author.date must be an ISO 8601 time',
    ],
    [
      { repository: 'acme/shop', commits: [{ sha: SHA, message: 'x', committer: { name: 1 } }] },
      'commits[0].committer.name must be a string',
    ],
    [
      { repository: 'acme/shop', commits: [{ sha: SHA, message: 'x', author: { login: 'a b' } }] },
      'commits[0].author.login must be a GitHub user name',
    ],
    [
      { repository: 'acme/shop', commits: [{ sha: SHA, message: 'x', parents: ['abc'] }] },
      'commits[0].parents must be a list of 40 lower-case hex digit SHAs',
    ],
    [
      { repository: 'acme/shop', commits: [COMMIT, { sha: SHA, message: 'again' }] },
      `commits[1].sha ${SHA} appears twice`,
    ],
  ])('refuses %j: %s', async (body, message) => {
    const { status, json } = await setCommits(body);
    expect(status).toBe(400);
    expect(json.message).toContain(message);
    expect(await storedCommits()).toEqual([]);
  });
});

describe('Get a commit', () => {
  beforeEach(() => setCommits(SHOP));

  it("answers GitHub's commit shape, with URLs of the API base the client used", async () => {
    const { status, headers, json } = await getCommit(SHA);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:/);
    const api = `${emulator.url}/_github`;
    expect(json).toEqual({
      sha: SHA,
      node_id: expect.stringMatching(/^C_kwDO[\w-]+$/),
      commit: {
        author: { name: 'Mona', email: 'mona@example.com', date: '2024-05-01T10:00:00Z' },
        committer: { name: 'Mona', email: 'mona@example.com', date: '2024-05-01T10:00:00Z' },
        message: COMMIT.message,
        tree: {
          sha: expect.stringMatching(/^[0-9a-f]{40}$/),
          url: expect.stringMatching(new RegExp(`^${api}/repos/acme/shop/git/trees/[0-9a-f]{40}$`)),
        },
        url: `${api}/repos/acme/shop/git/commits/${SHA}`,
        comment_count: 0,
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null,
        },
      },
      url: `${api}/repos/acme/shop/commits/${SHA}`,
      html_url: `https://github.com/acme/shop/commit/${SHA}`,
      comments_url: `${api}/repos/acme/shop/commits/${SHA}/comments`,
      author: expect.objectContaining({ login: 'mona', type: 'User', url: `${api}/users/mona` }),
      committer: expect.objectContaining({ login: 'mona' }),
      parents: [
        {
          sha: PARENT,
          url: `${api}/repos/acme/shop/commits/${PARENT}`,
          html_url: `https://github.com/acme/shop/commit/${PARENT}`,
        },
      ],
      stats: { total: 0, additions: 0, deletions: 0 },
      files: [],
    });
  });

  it('resolves a unique prefix of at least 7 hex digits, in either case; owner and repo case-insensitively', async () => {
    expect((await getCommit(SHA.slice(0, 7))).json.sha).toBe(SHA);
    expect((await getCommit(SHA.slice(0, 12).toUpperCase())).json.sha).toBe(SHA);
    expect((await getCommit(SHA, { repo: 'ACME/Shop' })).status).toBe(200);
    expect((await getCommit(SHA.slice(0, 6))).status).toBe(404);
    // Two commits share the prefix: git would not pick one, nor does the stand-in.
    await setCommits({
      repository: 'acme/shop',
      commits: [{ sha: `${SHA.slice(0, 8)}${'0'.repeat(32)}`, message: 'twin' }],
    });
    expect((await getCommit(SHA.slice(0, 8))).status).toBe(404);
    expect((await getCommit(SHA.slice(0, 9))).json.sha).toBe(SHA);
  });

  it('answers 404 No commit found for SHA for a ref it does not know', async () => {
    for (const [ref, repo] of [
      [PARENT, 'acme/shop'],
      ['main', 'acme/shop'],
      [SHA, 'acme/other'],
    ] as const) {
      const { status, json } = await getCommit(ref, { repo });
      expect(status).toBe(404);
      expect(json).toEqual({
        message: `No commit found for SHA: ${ref}`,
        documentation_url: DOCS,
        status: '404',
      });
    }
  });

  it('answers 422 for a ref that no ref name can be, as GitHub does', async () => {
    for (const ref of ['a..b', 'HEAD~1', 'x%20y', 'topic.lock', '.hidden', 'a:b']) {
      const { status, json } = await getCommit(ref);
      expect(status).toBe(422);
      expect(json).toEqual({
        message: `No commit found for SHA: ${decodeURIComponent(ref)}`,
        documentation_url: DOCS,
        status: '422',
      });
    }
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

  it('is recorded as github:GetCommit', async () => {
    await getCommit(SHA);
    await getCommit(PARENT);
    const { json } = await control(emulator, 'GET', 'requests?operation=github:GetCommit');
    expect(json.requests.map((r: Json) => [r.method, r.path, r.status, r.errorType])).toEqual([
      ['GET', `/_github/repos/acme/shop/commits/${SHA}`, 200, undefined],
      ['GET', `/_github/repos/acme/shop/commits/${PARENT}`, 404, 'NotFound'],
    ]);
  });
});

describe('authentication', () => {
  beforeEach(() => setCommits(SHOP));

  it('requires a token, Bearer or token, and never records it', async () => {
    const anonymous = await getCommit(SHA, { authorization: '' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    expect((await getCommit(SHA, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await getCommit(SHA, { authorization: 'Basic abc' })).status).toBe(401);
    await github.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: SHA });
    const { json } = await control(emulator, 'GET', 'requests');
    expect(
      json.requests.map((r: Json) => [r.status, r.errorType, r.headers.authorization]),
    ).toEqual([
      [401, 'RequiresAuthentication', undefined],
      [200, undefined, 'Bearer <redacted>'],
      [401, 'BadCredentials', 'Basic <redacted>'],
      [200, undefined, 'token <redacted>'],
    ]);
    expect(JSON.stringify(json)).not.toContain(TOKEN);
  });

  it('with --github-token, requires that token: another is Bad credentials', async () => {
    const strict = await startTestEmulator({ githubToken: TOKEN });
    try {
      await expectOnlyTokenServed(strict);
    } finally {
      await strict.close();
    }
  });
});

describe('faults', () => {
  beforeEach(() => setCommits(SHOP));
  afterEach(() => control(emulator, 'DELETE', 'faults'));

  const fault = (spec: Record<string, unknown>) =>
    control(emulator, 'POST', 'faults', { operation: 'github:GetCommit', ...spec });

  it('access-denied: 403 Resource not accessible by integration, after authentication', async () => {
    await fault({ type: 'access-denied' });
    // An unauthenticated call is refused for that, and does not use the rule up.
    expect((await getCommit(SHA, { authorization: '' })).status).toBe(401);
    const denied = await getCommit(SHA);
    expect(denied.status).toBe(403);
    expect(denied.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: DOCS,
      status: '403',
    });
    expect((await getCommit(SHA)).status).toBe(200);
  });

  it("throttle: GitHub's secondary rate limit, 403 with retry-after (1 by default)", async () => {
    await fault({ type: 'throttle', retryAfterSeconds: 7 });
    await fault({ type: 'throttle' });
    const first = await getCommit(SHA);
    expect(first.status).toBe(403);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.json.message).toBe(
      `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${first.headers.get('x-github-request-id')}.`,
    );
    // The words Octokit's throttling plugin looks for.
    const second = await failure(
      github.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: SHA }),
    );
    expect(second.message).toMatch(/\bsecondary rate\b/i);
    expect(second.response.headers['retry-after']).toBe('1');
    expect((await getCommit(SHA)).status).toBe(200);
  });

  it.each([
    ['server-error', 500, 'Server Error'],
    ['unavailable', 503, 'Service Unavailable'],
  ])('%s: %i %s', async (type, status, message) => {
    await fault({ type });
    const answer = await getCommit(SHA);
    expect(answer.status).toBe(status);
    expect(answer.json.message).toBe(message);
  });

  it('drop closes the connection; latency delays, then answers; both recorded', async () => {
    await fault({ type: 'drop' });
    await expect(getCommit(SHA)).rejects.toThrow();
    await fault({ type: 'latency', latencyMs: 20 });
    expect((await getCommit(SHA)).status).toBe(200);
    const { json } = await control(emulator, 'GET', 'requests?operation=github:GetCommit');
    expect(json.requests.map((r: Json) => [r.status, r.fault, r.errorType])).toEqual([
      [0, 'drop', 'ConnectionDropped'],
      [200, 'latency', undefined],
    ]);
  });

  it('names the operation as the log does; another name is refused', async () => {
    const { status, json } = await control(emulator, 'POST', 'faults', {
      type: 'drop',
      operation: 'GetJobForWorkflowRun',
    });
    expect(status).toBe(400);
    expect(json.message).toContain('github:GetCommit');
  });
});

describe('seeds and state', () => {
  it('takes githubCommits in a seed, checked with the rest before anything is written', async () => {
    const seeded = await emulator.seed({
      incidents: [{ responsePlan: 'checkout' }],
      githubCommits: [SHOP],
    });
    expect(seeded.githubCommits).toEqual([{ repository: 'acme/shop', shas: [SHA] }]);
    expect((await getCommit(SHA)).json.commit.message).toBe(COMMIT.message);

    const { status, json } = await control(emulator, 'POST', 'seed', {
      incidents: [{ responsePlan: 'billing' }],
      githubCommits: [{ repository: 'acme/shop', commits: [{ sha: 'abc', message: 'x' }] }],
    });
    expect(status).toBe(400);
    expect(json.message).toContain('githubCommits[0]: commits[0].sha must be 40');
    expect(emulator.state().incidents).toHaveLength(1);
  });

  it('re-applies the seed file on reset, and keeps commits in the state file across a restart', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'emulator-github-'));
    try {
      const seed = path.join(directory, 'seed.json');
      const state = path.join(directory, 'state.json');
      writeFileSync(seed, JSON.stringify({ githubCommits: [SHOP] }));
      const first = await startTestEmulator({ seed, state });
      await setCommits(
        { repository: 'acme/shop', commits: [{ sha: PARENT, message: 'x' }] },
        first,
      );
      await first.close();
      expect(JSON.parse(readFileSync(state, 'utf8')).githubCommits[0].commits).toHaveLength(2);

      const second = await startTestEmulator({ seed, state });
      try {
        const client = getOctokit(TOKEN, { baseUrl: `${second.url}/_github` });
        const { data } = await client.rest.repos.getCommit({
          owner: 'acme',
          repo: 'shop',
          ref: PARENT,
        });
        expect(data.commit.message).toBe('x');
        await control(second, 'POST', 'reset');
        const { json } = await control(second, 'GET', 'github/commits');
        expect(json.repositories[0].commits.map((c: Json) => c.sha)).toEqual([SHA]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('as the action reaches it', () => {
  it('getOctokit(...).rest.repos.getCommit, with the stand-in as its baseUrl', async () => {
    await setCommits(SHOP);
    const { data } = await github.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: SHA });
    expect(data.commit.message.split('\n')[0]).toBe('Fix checkout retry storm (#482)');
    expect(data.author?.login).toBe('mona');
    const missing = await failure(
      github.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: PARENT }),
    );
    expect(missing.status).toBe(404);
  });

  it('the bundled CLI takes --github-token', async () => {
    const bundled = await spawnBundledEmulator(['--quiet', '--github-token', TOKEN]);
    try {
      await expectOnlyTokenServed(bundled);
    } finally {
      expect(await bundled.stop()).toBe(0);
    }
  });

  it('GITHUB_API_URL=<emulator>/_github points a fresh @actions/github at it', async () => {
    await setCommits(SHOP);
    const script = `
      import { getOctokit } from '@actions/github';
      const github = getOctokit(process.env.TOKEN);
      const { data } = await github.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: process.env.SHA.slice(0, 7) });
      console.log(JSON.stringify(data.commit.message.split('\\n')[0]));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: PACKAGE_ROOT,
      env: { PATH: process.env.PATH ?? '', TOKEN, SHA, GITHUB_API_URL: `${emulator.url}/_github` },
    });
    expect(JSON.parse(stdout)).toBe('Fix checkout retry storm (#482)');
  });
});

/** With --github-token TOKEN: another token is refused as Bad credentials, TOKEN is served. */
async function expectOnlyTokenServed(emulator: { url: string }): Promise<void> {
  await setCommits(SHOP, emulator);
  const other = getOctokit('ghs_other', { baseUrl: `${emulator.url}/_github` });
  const error = await failure(
    other.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: SHA }),
  );
  expect(error.status).toBe(401);
  expect(error.response.data.message).toBe('Bad credentials');
  const right = getOctokit(TOKEN, { baseUrl: `${emulator.url}/_github` });
  const { data } = await right.rest.repos.getCommit({ owner: 'acme', repo: 'shop', ref: SHA });
  expect(data.sha).toBe(SHA);
}
