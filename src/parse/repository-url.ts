/**
 * The web side of a repository whose clone URL a CI system gives: where it lives and how its host
 * writes a commit's page. A clone URL may carry credentials (`https://user:token@host/…`, as
 * GitLab's CI_REPOSITORY_URL does), so nothing here keeps the user information.
 */

/** The hosts whose commit pages this knows; another host gets no commit link rather than a wrong one. */
export type RepositoryHost = 'github' | 'gitlab' | 'bitbucket' | 'gitea';

export interface RepositoryLink {
  /** `https://github.com`: scheme, host and, for an HTTP(S) clone URL, its port. */
  serverUrl: string;
  /** The repository's path on its host: `owner/repo`, `group/subgroup/project`. */
  repository: string;
  host: RepositoryHost | undefined;
}

/** A commit's page on each host (GitHub, GitLab, Bitbucket Cloud and Gitea document these forms). */
const COMMIT_PATHS = new Map<RepositoryHost, string>([
  ['github', 'commit'],
  ['gitlab', '-/commit'],
  ['bitbucket', 'commits'],
  ['gitea', 'commit'],
]);

/** The public hosts whose kind is known from their name alone; a self-hosted server's is not. */
function knownHost(hostname: string): RepositoryHost | undefined {
  if (hostname === 'github.com' || hostname.endsWith('.ghe.com')) return 'github';
  if (hostname === 'gitlab.com') return 'gitlab';
  if (hostname === 'bitbucket.org') return 'bitbucket';
  if (hostname === 'codeberg.org' || hostname === 'gitea.com') return 'gitea';
  return undefined;
}

/** `git@github.com:owner/repo.git`, the scp-like form git accepts for SSH. */
const SCP_LIKE = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s\\]+)$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const CLONE_PROTOCOLS = new Set(['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:']);

/**
 * The repository a clone URL names (HTTP(S), SSH, `git://` or scp-like), undefined for anything
 * else (a local path, a bucket). `host` is the kind the caller knows (GitLab CI's own server),
 * else the kind of a public host known by name.
 */
export function repositoryLink(
  cloneUrl: string,
  host?: RepositoryHost,
): RepositoryLink | undefined {
  const text = cloneUrl.trim();
  const scp = SCHEME.test(text) ? null : SCP_LIKE.exec(text);
  let url: URL;
  try {
    url = new URL(scp ? `ssh://${scp[1]}/${scp[2]!.replace(/^\/+/, '')}` : text);
  } catch {
    return undefined;
  }
  if (!CLONE_PROTOCOLS.has(url.protocol) || !url.hostname) return undefined;
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  const repository = url.pathname
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/^\/+/, '');
  if (!repository) return undefined;
  // An SSH port is not the web server's: only an HTTP(S) URL's port is kept.
  return {
    serverUrl: `${url.protocol === 'http:' ? 'http:' : 'https:'}//${web ? url.host : url.hostname}`,
    repository,
    host: host ?? knownHost(url.hostname.toLowerCase()),
  };
}

/** The commit's page, or '' when the host's form is unknown or there is no commit. */
export function commitUrlOf(link: RepositoryLink | undefined, sha: string): string {
  const path = link?.host && COMMIT_PATHS.get(link.host);
  if (!link || !path || !sha) return '';
  return `${link.serverUrl}/${link.repository}/${path}/${sha}`;
}

/**
 * A web address a CI system gives (its build's page, its server), as an `http(s)` URL without
 * user information and without a trailing slash; '' when it is not one.
 */
export function webUrl(text: string | undefined): string {
  if (!text) return '';
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  url.username = '';
  url.password = '';
  return url.href.replace(/\/+$/, '');
}
