/**
 * Units of the commit's subject: taken from the payload when it carries the deployed commit
 * (facts), made one safe line (facts), quoted by the default message and `{commit_subject}`
 * (render), and read from GitHub's REST API with `github-token` within its own budget
 * (commit-subject), against a local server standing in for GitHub.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMIT_READ_MS, readCommitSubject } from '../src/read/commit-subject.js';
import { Deadline } from '../src/runtime/deadline.js';
import { collectFacts } from '../src/read/facts.js';
import { commitSubjectOf, MAX_COMMIT_SUBJECT } from '../src/parse/commit-message.js';
import { defaultMessage, renderEventText, usesCommitSubject } from '../src/text/render.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_ACTOR: 'octocat',
  GITHUB_RUN_ID: '42',
  GITHUB_EVENT_NAME: 'push',
};

function factsWith(payload: object, sha = '') {
  const dir = mkdtempSync(join(tmpdir(), 'ita-subject-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  return collectFacts({ sha }, { ...ENV, GITHUB_EVENT_PATH: join(dir, 'event.json') });
}

describe('the subject in the payload', () => {
  it("is push's head_commit, first line only", () => {
    const facts = factsWith({
      head_commit: { id: SHA, message: 'Fix checkout retry storm (#482)\n\nLonger body.' },
    });
    expect(facts.commitSubject).toBe('Fix checkout retry storm (#482)');
  });

  it("is workflow_run's head_commit for its head_sha", () => {
    const head = 'c0ffee0000000000000000000000000000000001';
    const facts = factsWith({
      workflow_run: { head_sha: head, head_commit: { id: head, message: 'Bump cache TTL' } },
    });
    expect(facts.commitSubject).toBe('Bump cache TTL');
  });

  it('is not taken from another commit than the deployed one', () => {
    const facts = factsWith(
      { head_commit: { id: SHA, message: 'The pushed head' } },
      'fade000000000000000000000000000000000003',
    );
    expect(facts.commitSubject).toBe('');
  });

  it('shows control characters as escapes and is cut with a marker', () => {
    expect(commitSubjectOf('Pay \u202Eexe.live\u202C now\u001b[31m')).toBe(
      'Pay \\u202eexe.live\\u202c now\\u001b[31m',
    );
    const long = commitSubjectOf('x'.repeat(500));
    expect(long).toHaveLength(MAX_COMMIT_SUBJECT);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('the subject in the text', () => {
  it('the default message quotes it when known', () => {
    const facts = { ...factsWith({}), commitSubject: 'Fix checkout retry storm (#482)' };
    expect(defaultMessage(facts, { status: 'succeeded', environment: 'production' })).toBe(
      'Deployment succeeded: acme/shop@1a2b3c4 "Fix checkout retry storm (#482)" (main) to production by octocat, run https://github.com/acme/shop/actions/runs/42/attempts/1',
    );
    expect(defaultMessage(factsWith({}), { status: 'succeeded', environment: '' })).not.toContain(
      '"',
    );
  });

  it('{commit_subject} inserts it as data, never read again as a template', () => {
    const facts = { ...factsWith({}), commitSubject: 'Say {sha} {{ literally' };
    const rendered = renderEventText(
      { eventDataTemplate: '{short_sha}: {commit_subject}' },
      facts,
      { status: '', environment: '' },
    );
    expect(rendered.text).toBe('1a2b3c4: Say {sha} {{ literally');
  });

  it('is needed by the default message and a {commit_subject}, not by a dispatch message', () => {
    const facts = factsWith({});
    expect(usesCommitSubject({ eventDataTemplate: '' }, facts)).toBe(true);
    expect(usesCommitSubject({ eventDataTemplate: 'x { commit_subject } y' }, facts)).toBe(true);
    expect(usesCommitSubject({ eventDataTemplate: 'Deployed {sha}' }, facts)).toBe(false);
    const dispatch = {
      ...facts,
      eventName: 'workflow_dispatch',
      dispatchInputs: new Map([['message', 'Flag flipped']]),
    };
    expect(usesCommitSubject({ eventDataTemplate: '' }, dispatch)).toBe(false);
  });
});

describe("reading the subject from GitHub's API", () => {
  let server: Server;
  let url = '';
  const seen: { url?: string; auth?: string }[] = [];
  /** Requests left unanswered whose connection the client closed. */
  const dropped: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ url: request.url, auth: request.headers.authorization });
      if (request.url === `/repos/acme/shop/commits/${SHA}`) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ sha: SHA, commit: { message: 'Fix it\n\nbody' } }));
      } else if (request.url?.includes('/commits/eeeeeee')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ sha: 'e'.repeat(40), commit: { message: '\n\nbody' } }));
      } else if (request.url?.includes('/commits/7')) {
        response.writeHead(422, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: `bad\n${'y'.repeat(1000)}` }));
      } else if (request.url?.includes('/commits/3')) {
        response.writeHead(403, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      } else if (request.url?.includes('/commits/8')) {
        // Not GitHub's shape: no commit object.
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ sha: '8'.repeat(40), commit: null }));
      } else if (request.url?.includes('/commits/5')) {
        // Never answers: the read's own budget ends it.
        response.on('close', () => dropped.push(request.url ?? ''));
      } else {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'No commit found for SHA: x' }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const read = (sha: string, token = 'ghs_token') =>
    readCommitSubject({ apiUrl: url, repository: 'acme/shop', sha }, token, new Deadline(30_000));

  it('reads the first line of the message, with the token', async () => {
    expect(await read(SHA)).toEqual({ subject: 'Fix it' });
    expect(seen.at(-1)).toEqual({
      url: `/repos/acme/shop/commits/${SHA}`,
      auth: 'token ghs_token',
    });
  });

  it('a commit GitHub does not know: empty, saying why', async () => {
    const result = await read('0'.repeat(40));
    expect(result).toMatchObject({ subject: '' });
    expect((result as { why: string }).why).toMatch(
      /^GitHub did not give the commit's subject \(404: /,
    );
  });

  it('no token: empty, and no request', async () => {
    const before = seen.length;
    expect(await read(SHA, '')).toEqual({ subject: '', why: 'github-token is empty' });
    expect(seen).toHaveLength(before);
  });

  it('a run that names no commit: empty, and no request', async () => {
    const before = seen.length;
    const none = { subject: '', why: 'the run names no commit' };
    const deadline = new Deadline(30_000);
    expect(
      await readCommitSubject({ apiUrl: url, repository: 'acme', sha: SHA }, 't', deadline),
    ).toEqual(none);
    expect(
      await readCommitSubject({ apiUrl: url, repository: '/shop', sha: SHA }, 't', deadline),
    ).toEqual(none);
    expect(
      await readCommitSubject({ apiUrl: url, repository: 'acme/shop', sha: '' }, 't', deadline),
    ).toEqual(none);
    expect(seen).toHaveLength(before);
  });

  it('an empty subject: empty, saying why', async () => {
    expect(await read('e'.repeat(40))).toEqual({ subject: '', why: 'the commit message is empty' });
  });

  it("quotes at most 300 characters of GitHub's error, inert, with its status", async () => {
    const { why } = (await read('7'.repeat(40))) as { why: string };
    expect(why).toMatch(/^GitHub did not give the commit's subject \(422: bad\\ny+\)$/);
    expect(why.length).toBe("GitHub did not give the commit's subject (422: ".length + 300 + 1);
  });

  it('advises contents: read for a denial only, not for an answer of another shape', async () => {
    const denied = (await read('3'.repeat(40))) as { why: string };
    expect(denied.why).toContain('(403: Resource not accessible by integration)');
    expect(denied.why).toContain('contents: read');
    const malformed = (await read('8'.repeat(40))) as { subject: string; why: string };
    expect(malformed.subject).toBe('');
    expect(malformed.why).toMatch(/^GitHub did not give the commit's subject \(/);
    expect(malformed.why).not.toContain('contents: read');
  });

  it('an API that never answers does not hold the step past its budget', async () => {
    const started = Date.now();
    const result = await read('5'.repeat(40));
    expect(result.subject).toBe('');
    expect(Date.now() - started).toBeLessThan(COMMIT_READ_MS + 3_000);
    // No status: the read's own budget, not GitHub, ended it.
    expect((result as { why: string }).why).toBe(
      "GitHub did not give the commit's subject (no answer in time)",
    );
    // The request itself is ended, not left open beside the rest of the run.
    await vi.waitFor(
      () => expect(dropped).toContain(`/repos/acme/shop/commits/${'5'.repeat(40)}`),
      {
        timeout: 1_000,
      },
    );
  });
});
