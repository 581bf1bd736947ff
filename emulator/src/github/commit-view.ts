import { createHash } from 'node:crypto';
import type { GitActor, StoredCommit } from './commit-spec.js';

/** The web UI that `html_url`s point to; the stand-in serves only the REST API. */
const SERVER_URL = 'https://github.com';

/**
 * A commit in the shape of GitHub's REST schema `commit` (Get a commit), with the URLs of the API
 * base the client used. The tree is not stored: its SHA is derived from the commit's, so it is
 * stable. No files or stats are kept, so `files` is empty and `stats` zero.
 */
export function commitView(
  commit: StoredCommit,
  repository: string,
  apiBase: string,
): Record<string, unknown> {
  const repo = `${apiBase}/repos/${repository}`;
  const tree = createHash('sha1').update(`tree ${commit.sha}`).digest('hex');
  return {
    sha: commit.sha,
    node_id: `C_kwDO${Buffer.from(`commit:${repository}:${commit.sha}`).toString('base64url')}`,
    commit: {
      author: gitActor(commit.author),
      committer: gitActor(commit.committer),
      message: commit.message,
      tree: { sha: tree, url: `${repo}/git/trees/${tree}` },
      url: `${repo}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    url: `${repo}/commits/${commit.sha}`,
    html_url: `${SERVER_URL}/${repository}/commit/${commit.sha}`,
    comments_url: `${repo}/commits/${commit.sha}/comments`,
    author: user(commit.author.login, apiBase),
    committer: user(commit.committer.login, apiBase),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repo}/commits/${sha}`,
      html_url: `${SERVER_URL}/${repository}/commit/${sha}`,
    })),
    stats: { total: 0, additions: 0, deletions: 0 },
    files: [],
  };
}

function gitActor(actor: GitActor): Record<string, string> {
  return { name: actor.name, email: actor.email, date: actor.date };
}

/** The GitHub account GitHub matched to a commit's e-mail address; null when it matched none. */
function user(login: string | null, apiBase: string): Record<string, unknown> | null {
  if (login === null) return null;
  const id = Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16);
  return {
    login,
    id,
    node_id: `U_kgDO${Buffer.from(`user:${id}`).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    url: `${apiBase}/users/${login}`,
    html_url: `${SERVER_URL}/${login}`,
    type: 'User',
    site_admin: false,
  };
}
