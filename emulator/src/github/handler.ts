import type { IncomingHttpHeaders } from 'node:http';
import type { ServiceAdapter } from '../pipeline.js';
import { apiBaseOf } from './api-base.js';
import type { GitHubCommitStore } from './commit-store.js';
import { commitView } from './commit-view.js';
import { GITHUB_PREFIX, type GitHubOperation } from './operations.js';
import {
  badCredentials,
  GitHubError,
  newRequestId,
  noCommitFound,
  notAccessibleByIntegration,
  notFound,
  OPERATION_DOCS,
  requiresAuthentication,
  secondaryRateLimit,
  sendGitHubJson,
  serverError,
  serviceUnavailable,
} from './responses.js';

export interface GitHubContext {
  commits: GitHubCommitStore;
  /** The token `--github-token` requires; any token when unset. */
  token?: string;
  /** `host:port` the emulator listens on, for URLs when a request's Host header will not do. */
  listenHost(): string;
}

interface Route {
  operation: GitHubOperation;
  /** The path's variable segments, decoded. */
  params: string[];
}

const ROUTES: [RegExp, GitHubOperation][] = [
  [/^\/repos\/([^/]+)\/([^/]+)\/commits\/(.+)$/, 'github:GetCommit'],
];

function findRoute(method: string, url: URL): Route | undefined {
  if (method !== 'GET') return undefined;
  const path = url.pathname.slice(GITHUB_PREFIX.length);
  for (const [pattern, operation] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    try {
      return { operation, params: match.slice(1).map((part) => decodeURIComponent(part)) };
    } catch {
      // A malformed %-escape names nothing GitHub has.
      return undefined;
    }
  }
  return undefined;
}

/**
 * The GitHub stand-in's REST API on the request pipeline: a path per operation, a token in
 * `Authorization`, errors as `{message, documentation_url, status}`. Every call is recorded under
 * its operation's name; the token never is.
 */
export function gitHubAdapter(context: GitHubContext): ServiceAdapter<Route, Route, GitHubError> {
  return {
    newRequestId,
    operationOf: (request, url) => findRoute(request.method ?? 'GET', url)?.operation,
    parse({ request, url, body, keepBody }) {
      if (body.length > 0) keepBody(body.toString('utf8'));
      const route = findRoute(request.method ?? 'GET', url);
      if (!route) throw notFound();
      return route;
    },
    admit({ request }, route) {
      authenticate(request.headers, context.token);
      return route;
    },
    run({ request, response, requestId }, route) {
      const docs = OPERATION_DOCS[route.operation];
      const [owner, repo, ref] = route.params as [string, string, string];
      if (!isRefName(ref)) throw noCommitFound(ref, 422, docs);
      const commit = context.commits.find(`${owner}/${repo}`, ref);
      if (!commit) throw noCommitFound(ref, 404, docs);
      const apiBase = apiBaseOf(request, context.listenHost());
      sendGitHubJson(response, 200, commitView(commit, `${owner}/${repo}`, apiBase), requestId);
      return 200;
    },
    errors: {
      throttle: (rule, requestId) => secondaryRateLimit(requestId, rule.retryAfterSeconds ?? 1),
      serverError,
      unavailable: serviceUnavailable,
      // What the token may do is decided after who it is, as for IAM.
      accessDenied: (route) => notAccessibleByIntegration(OPERATION_DOCS[route.operation]),
      known: (caught) => (caught instanceof GitHubError ? caught : undefined),
      bodyTooLarge: (message) => new GitHubError('BodyTooLarge', 413, message),
      internal: serverError,
      send(response, requestId, error) {
        sendGitHubJson(response, error.status, error.toBody(), requestId, error.headers);
        return { status: error.status, errorType: error.kind };
      },
    },
  };
}

/**
 * GitHub takes `Authorization: Bearer <token>` or `token <token>`. Without the header a private
 * repository's commits are not found; this stand-in always requires one, and with `--github-token`
 * that very token.
 */
function authenticate(headers: IncomingHttpHeaders, required: string | undefined): void {
  const header = headers.authorization;
  if (header === undefined || header.trim() === '') throw requiresAuthentication();
  const token = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined || (required !== undefined && token !== required)) throw badCredentials();
}

/**
 * Whether `ref` could name something in a repository: git's rules for ref names (check-ref-format).
 * What breaks them GitHub answers 422; a well-formed ref that names no commit, 404.
 */
function isRefName(ref: string): boolean {
  return (
    ref.length > 0 &&
    ref !== '@' &&
    // Control characters and space (code points up to 32, and DEL) are never in a ref.
    [...ref].every((char) => char.charCodeAt(0) > 32 && char !== '\u007f') &&
    !/[~^:?*[\\]|\.\.|@\{/.test(ref) &&
    ref
      .split('/')
      .every((part) => part.length > 0 && !part.startsWith('.') && !part.endsWith('.lock')) &&
    !ref.endsWith('.')
  );
}
