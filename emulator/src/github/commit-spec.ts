import { isPlainObject } from '../validation.js';

/** A person of a commit, as git records one, and the GitHub account GitHub matched, if any. */
export interface GitActor {
  name: string;
  email: string;
  /** ISO 8601 in UTC, to the second, as GitHub writes it. */
  date: string;
  login: string | null;
}

/**
 * A commit as stored: what a test gave, with GitHub's defaults filled in. It is also the format
 * the control API answers and a state file keeps, so a stored commit reads back through the parser.
 */
export interface StoredCommit {
  sha: string;
  message: string;
  author: GitActor;
  committer: GitActor;
  parents: string[];
}

/** The commits of one repository, as the control API, a seed and a state file give them. */
export interface RepositoryCommits {
  repository: string;
  commits: StoredCommit[];
}

/** A person of a commit as the control API takes one: the commit's time and GitHub's defaults fill the rest. */
export type GitActorSpec = Partial<GitActor>;

/** A commit as the control API and a seed take it: the author when no committer is given. */
export interface CommitSpec {
  /** 40 lower-case hex digits. */
  sha: string;
  /** The whole message: the subject, then a blank line and the body. */
  message: string;
  author?: GitActorSpec;
  committer?: GitActorSpec;
  parents?: string[];
}

/** The commits of one repository as `POST /_emulator/github/commits` takes them. */
export interface RepositoryCommitsSpec {
  /** owner/repo; matched case-insensitively, as on GitHub. */
  repository: string;
  commits: CommitSpec[];
}

const SET_MEMBERS = ['repository', 'commits'];
const COMMIT_MEMBERS = ['sha', 'message', 'author', 'committer', 'parents'];
const ACTOR_MEMBERS = ['name', 'email', 'date', 'login'];

/** GitHub's owner and repository names: letters, digits, `-`, and for repositories `.` and `_`. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/;
const SHA = /^[0-9a-f]{40}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

const DEFAULT_ACTOR = { name: 'Mona Lisa Octocat', email: 'mona@github.com' };

/** GitHub writes times as ISO 8601 in UTC, to the second. */
export function githubTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

class CommitSpecError extends Error {}
type Fail = (message: string) => never;

/**
 * Checks the commits of one repository as `POST /_emulator/github/commits` takes them, member by
 * member, and fills GitHub's defaults. Returns them, or a message naming what is wrong prefixed
 * with `where`.
 */
export function parseRepositoryCommits(
  spec: unknown,
  where: string,
  now = Date.now(),
): RepositoryCommits | string {
  const fail: Fail = (message) => {
    throw new CommitSpecError(`${where}${message}`);
  };
  try {
    return parseOrThrow(spec, now, fail);
  } catch (error) {
    if (error instanceof CommitSpecError) return error.message;
    throw error;
  }
}

function parseOrThrow(spec: unknown, now: number, fail: Fail): RepositoryCommits {
  const { repository, commits } = objectWith(spec, SET_MEMBERS, '', fail);
  if (typeof repository !== 'string' || !REPOSITORY.test(repository))
    fail('repository must be owner/repo');
  if (!Array.isArray(commits)) return fail('commits must be a list');
  const shas = new Set<string>();
  const parsed = commits.map((commit, index) => {
    const at = `commits[${index}]`;
    const fields = objectWith(commit, COMMIT_MEMBERS, at, fail);
    const sha = fields.sha;
    if (typeof sha !== 'string' || !SHA.test(sha))
      return fail(`${at}.sha must be 40 lower-case hex digits`);
    if (shas.has(sha)) fail(`${at}.sha ${sha} appears twice`);
    shas.add(sha);
    if (typeof fields.message !== 'string') fail(`${at}.message must be a string`);
    const author = actor(fields.author, `${at}.author`, now, fail);
    return {
      sha,
      message: fields.message as string,
      author,
      // Git sets the committer to the author unless someone else applied the change.
      committer:
        fields.committer === undefined
          ? author
          : actor(fields.committer, `${at}.committer`, now, fail),
      parents: parents(fields.parents, `${at}.parents`, fail),
    };
  });
  return { repository: repository as string, commits: parsed };
}

function actor(value: unknown, at: string, now: number, fail: Fail): GitActor {
  const fields = value === undefined ? {} : objectWith(value, ACTOR_MEMBERS, at, fail);
  const { name = DEFAULT_ACTOR.name, email = DEFAULT_ACTOR.email, date, login = null } = fields;
  if (typeof name !== 'string') fail(`${at}.name must be a string`);
  if (typeof email !== 'string') fail(`${at}.email must be a string`);
  if (date !== undefined && (typeof date !== 'string' || Number.isNaN(Date.parse(date))))
    fail(`${at}.date must be an ISO 8601 time`);
  if (login !== null && (typeof login !== 'string' || !LOGIN.test(login)))
    fail(`${at}.login must be a GitHub user name (letters, digits and -) or null`);
  return {
    name: name as string,
    email: email as string,
    date: githubTime(date === undefined ? now : Date.parse(date as string)),
    login: login as string | null,
  };
}

function parents(value: unknown, at: string, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((sha) => typeof sha === 'string' && SHA.test(sha)))
    fail(`${at} must be a list of 40 lower-case hex digit SHAs`);
  return value as string[];
}

function objectWith(
  value: unknown,
  members: string[],
  at: string,
  fail: Fail,
): Record<string, unknown> {
  if (!isPlainObject(value)) return fail(`${at || 'the body'} must be an object`);
  const unknown = Object.keys(value).filter((name) => !members.includes(name));
  if (unknown.length > 0)
    fail(
      `${at ? `${at}.` : ''}${unknown[0]} is not a member; the members are ${members.join(', ')}`,
    );
  return value;
}

/** A list of repositories' commits (a seed's `githubCommits`, a state file's), each checked. */
export function parseRepositoryCommitsList(
  value: unknown,
  where: string,
  now = Date.now(),
): RepositoryCommits[] | string {
  if (!Array.isArray(value)) return `${where} must be a list`;
  const sets: RepositoryCommits[] = [];
  for (const [index, spec] of value.entries()) {
    const set = parseRepositoryCommits(spec, `${where}[${index}]: `, now);
    if (typeof set === 'string') return set;
    sets.push(set);
  }
  return sets;
}
