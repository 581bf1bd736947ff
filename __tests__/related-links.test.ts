/**
 * Units of the links an event makes through related items (related-links): one read, adds of the
 * absent links only, one more read for their IDs, and warnings (never the run's failure) when
 * linking fails. The API is a stand-in for ListRelatedItems and UpdateRelatedItems; the requests
 * themselves are tested in run.test.ts.
 */
import type { RelatedItem } from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { AwsCallError } from '../src/aws/call-error.js';
import type { IncidentsApi } from '../src/aws/incidents.js';
import { collectFacts } from '../src/read/facts.js';
import { commitLink, TargetLinks, type RelatedLink } from '../src/write/related-links.js';
import { expectCarries } from './carries.js';

const INCIDENT = 'arn:aws:ssm-incidents::111122223333:incident-record/p/i';
const COMMIT: RelatedLink = {
  url: 'https://github.com/acme/shop/commit/1a2b',
  title: 'Commit 1a2b of acme/shop',
  input: 'link-commit',
};
const DOCS: RelatedLink = { url: 'https://example.com/runbook', title: '', input: 'references' };
const WIKI: RelatedLink = { url: 'https://example.com/wiki', title: 'Wiki', input: 'references' };
const id = (c: string) => `related-item/OTHER/${c.repeat(32)}`;
const item = (url: string, generatedId?: string): RelatedItem => ({
  identifier: { type: 'OTHER', value: { url } },
  ...(generatedId ? { generatedId } : {}),
});

const callError = (name: string, operation = 'ListRelatedItems') =>
  new AwsCallError(
    {
      service: 'ssm-incidents',
      operation,
      resource: INCIDENT,
      attemptMs: 1000,
      deadline: { expired: false, describe: () => 'LIMIT' },
    },
    Object.assign(new Error('went wrong'), { name }),
  );

/** Related items that answer reads in turn; each add is recorded, and may fail. */
function incident(reads: Array<RelatedItem[] | Error>, addFails?: (url: string) => Error) {
  const calls: string[] = [];
  const added: Array<{ item: RelatedItem; token: string; signal?: AbortSignal }> = [];
  const api = {
    async listRelatedItems(arn: string, options?: { signal?: AbortSignal }) {
      expect(arn).toBe(INCIDENT);
      expect(options?.signal).toBeInstanceOf(AbortSignal);
      calls.push('list');
      const next = reads.shift();
      if (!next) throw new Error('no more reads');
      if (next instanceof Error) throw next;
      return next;
    },
    async addRelatedItem(
      arn: string,
      related: RelatedItem,
      token: string,
      options?: { signal?: AbortSignal },
    ) {
      expect(arn).toBe(INCIDENT);
      const url = related.identifier?.value?.url ?? '';
      calls.push(`add ${url}`);
      added.push({ item: related, token, ...(options?.signal ? { signal: options.signal } : {}) });
      const failure = addFails?.(url);
      if (failure) throw failure;
    },
  };
  return { api: api as unknown as IncidentsApi, calls, added };
}

function linksOf(
  api: IncidentsApi,
  links: RelatedLink[],
  { signal = new AbortController().signal, expired = false } = {},
) {
  return new TargetLinks(api, INCIDENT, links, signal, { expired }, (l) => `token ${l.url}`);
}

async function references(links: TargetLinks, beforeWrite: () => void = () => undefined) {
  const { references: refs, warnings: found, lines: notes } = await links.references(beforeWrite);
  // The text, and which input the warning is about (what picks its annotation's title).
  const warnings = found.map((w) => w.text);
  const sources = found.map((w) => w.source);
  return { refs, warnings, sources, notes };
}

describe('commitLink', () => {
  it('links the commit, titled with its short SHA and repository', () => {
    const facts = collectFacts(
      {},
      {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      },
    );
    expect(commitLink(facts)).toEqual({
      url: 'https://github.com/acme/shop/commit/1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      title: 'Commit 1a2b3c4 of acme/shop',
      input: 'link-commit',
    });
  });

  it('cuts the title to the 200 characters the service accepts', () => {
    const facts = collectFacts(
      {},
      {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: `acme/${'s'.repeat(300)}`,
        GITHUB_SHA: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      },
    );
    expect(commitLink(facts).title).toHaveLength(200);
  });
});

describe('TargetLinks', () => {
  it('reads nothing and links nothing without links', async () => {
    const { api, calls } = incident([]);
    const links = linksOf(api, []);
    expect(await links.peek()).toEqual({ linked: [], absent: 0 });
    expect(await references(links)).toEqual({ refs: [], warnings: [], sources: [], notes: [] });
    expect(calls).toEqual([]);
  });

  it('peeks at what is linked and what is absent; an ID of the wrong form is absent', async () => {
    const { api } = incident([
      [item(COMMIT.url, id('A')), item(DOCS.url, 'not-an-id'), item('https://other', id('C'))],
    ]);
    expect(await linksOf(api, [COMMIT, DOCS, WIKI]).peek()).toEqual({
      linked: [id('A')],
      absent: 2,
    });
  });

  it('adds only the absent links, with a token each, reads their IDs, and notes each one', async () => {
    const { api, calls, added } = incident([
      [item(COMMIT.url, id('A'))],
      [item(COMMIT.url, id('A')), item(DOCS.url, id('B')), item(WIKI.url, id('C'))],
    ]);
    let writes = 0;
    const { refs, warnings, notes } = await references(linksOf(api, [COMMIT, DOCS, WIKI]), () => {
      writes += 1;
    });
    expect(calls).toEqual(['list', `add ${DOCS.url}`, `add ${WIKI.url}`, 'list']);
    expect(writes).toBe(2);
    expect(added.map((a) => [a.item, a.token])).toEqual([
      [{ identifier: { type: 'OTHER', value: { url: DOCS.url } } }, `token ${DOCS.url}`],
      [
        { title: 'Wiki', identifier: { type: 'OTHER', value: { url: WIKI.url } } },
        `token ${WIKI.url}`,
      ],
    ]);
    expect(added.every((a) => a.signal instanceof AbortSignal)).toBe(true);
    expect(refs).toEqual([
      { relatedItemId: id('A') },
      { relatedItemId: id('B') },
      { relatedItemId: id('C') },
    ]);
    expect(notes).toEqual([
      `Linked ${DOCS.url} as a related item.`,
      `Linked ${WIKI.url} as a related item.`,
    ]);
    expect(warnings).toEqual([]);
  });

  it('notes the commit as the commit', async () => {
    const { api } = incident([[], [item(COMMIT.url, id('A'))]]);
    const { refs, notes } = await references(linksOf(api, [COMMIT]));
    expect(refs).toEqual([{ relatedItemId: id('A') }]);
    expect(notes).toEqual(['Linked the commit as a related item.']);
  });

  it('adds nothing and reads once when every link is there', async () => {
    const { api, calls } = incident([[item(COMMIT.url, id('A'))]]);
    const { refs, notes } = await references(linksOf(api, [COMMIT]), () => {
      throw new Error('no write expected');
    });
    expect(calls).toEqual(['list']);
    expect(refs).toEqual([{ relatedItemId: id('A') }]);
    expect(notes).toEqual([]);
  });

  it("uses another job's item when an add conflicts", async () => {
    const { api } = incident([[], [item(DOCS.url, id('B'))]], () =>
      callError('ConflictException', 'UpdateRelatedItems'),
    );
    const { refs, warnings } = await references(linksOf(api, [DOCS]));
    expect(refs).toEqual([{ relatedItemId: id('B') }]);
    expect(warnings).toEqual([]);
  });

  it('warns when the service gave an added link no ID', async () => {
    const { api } = incident([[], [item(COMMIT.url), item(DOCS.url)]]);
    const { refs, warnings } = await references(linksOf(api, [COMMIT, DOCS]));
    expect(refs).toEqual([]);
    expect(warnings).toEqual([
      `link-commit: the commit was added to ${INCIDENT} but the service gave it no ID to reference; the event is written without it.`,
      `references: ${DOCS.url} was added to ${INCIDENT} but the service gave it no ID to reference; the event is written without it.`,
    ]);
  });

  it('warns, with the permissions to allow, when the first read is denied', async () => {
    const { api } = incident([callError('AccessDeniedException')]);
    const links = linksOf(api, [COMMIT]);
    expect(await links.peek()).toEqual({ linked: [], absent: 0 });
    const { refs, warnings, sources } = await references(links);
    expect(refs).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(sources).toEqual(['link-commit']);
    expectCarries(warnings[0], [
      /^link-commit: /,
      `could not link the commit to ${INCIDENT}`,
      'the event is written without it',
      'ListRelatedItems was denied: went wrong',
      'ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems',
      'link-commit: false',
    ]);
  });

  it('names both inputs when the commit and URLs could not be linked', async () => {
    const { api } = incident([new Error('socket hang up')]);
    const { warnings } = await references(linksOf(api, [COMMIT, DOCS]));
    expect(warnings).toEqual([
      `link-commit, references: could not link the commit and the URLs of references to ${INCIDENT}; the event is written without them. socket hang up`,
    ]);
  });

  it('names the URLs of references alone, without link-commit advice', async () => {
    const { api } = incident([callError('AccessDeniedException')]);
    const { warnings } = await references(linksOf(api, [DOCS, WIKI]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^references: could not link the URLs of references to \S+; the event is written without them\. /,
    );
    expect(warnings[0]).toMatch(
      /Linking needs ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems\.$/,
    );
  });

  it('gives the permissions only when the failure is a denial', async () => {
    const { api } = incident([callError('ThrottlingException')]);
    const { warnings } = await references(linksOf(api, [COMMIT]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^link-commit: could not link the commit to \S+; the event is written without it\. /,
    );
    expect(warnings[0]).not.toContain('Linking needs');
  });

  it('says "it" of one URL', async () => {
    const { api } = incident([new Error('x')]);
    const { warnings } = await references(linksOf(api, [DOCS]));
    expect(warnings).toEqual([
      `references: could not link the URLs of references to ${INCIDENT}; the event is written without it. x`,
    ]);
  });

  it('fails the target when the incident does not exist', async () => {
    const { api } = incident([callError('ResourceNotFoundException')]);
    const links = linksOf(api, [COMMIT]);
    await expect(links.peek()).rejects.toBeInstanceOf(AwsCallError);
    await expect(references(links)).rejects.toThrow(/was not found/);
  });

  it('warns about the absent links when an add fails, and keeps the links already there', async () => {
    const { api } = incident([[item(COMMIT.url, id('A'))]], () =>
      callError('AccessDeniedException', 'UpdateRelatedItems'),
    );
    const { refs, warnings, sources, notes } = await references(linksOf(api, [COMMIT, DOCS]));
    expect(refs).toEqual([{ relatedItemId: id('A') }]);
    expect(notes).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(sources).toEqual(['references']);
    expectCarries(warnings[0], [
      /^references: /,
      `could not link the URLs of references to ${INCIDENT}`,
      'the event is written without it',
      'UpdateRelatedItems was denied: went wrong',
      'ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems',
      // Turning link-commit off would not help the URLs.
      /^(?!.*link-commit: false)/,
    ]);
  });

  it('fails the target when the incident is gone by the add', async () => {
    const { api } = incident([[]], () => callError('ResourceNotFoundException'));
    await expect(references(linksOf(api, [DOCS]))).rejects.toThrow(/was not found/);
  });

  it('stops when no new write may start', async () => {
    const { api, calls } = incident([[]]);
    const stop = Object.assign(new Error('cancelled'), { name: 'StoppedError' });
    await expect(
      references(linksOf(api, [DOCS]), () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    expect(calls).toEqual(['list']);
  });

  it("says that linking's own budget ran out, not the run's", async () => {
    const budget = new AbortController();
    budget.abort();
    const { api } = incident([new Error('aborted')]);
    const { warnings } = await references(linksOf(api, [DOCS], { signal: budget.signal }));
    expect(warnings[0]).toMatch(
      /\. aborted \(linking may use half of the time left, so that the write keeps the rest\)$/,
    );
    const late = incident([new Error('aborted')]);
    const after = await references(
      linksOf(late.api, [DOCS], { signal: budget.signal, expired: true }),
    );
    expect(after.warnings[0]).toMatch(/\. aborted$/);
    const running = incident([new Error('aborted')]);
    const before = await references(linksOf(running.api, [DOCS]));
    expect(before.warnings[0]).toMatch(/\. aborted$/);
  });
});
