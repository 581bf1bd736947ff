import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { actOutTransportFault, type FaultInjector } from '../faults.js';
import { BodyTooLargeError, readBody } from '../http.js';
import type { RequestLog } from '../request-log.js';
import { trackRequest } from '../tracking.js';
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
  faults: FaultInjector;
  log: RequestLog;
  /** The token `--github-token` requires; any token when unset. */
  token?: string;
  /** `host:port` the emulator listens on, for URLs when a request's Host header will not do. */
  listenHost(): string;
  logLine?: (line: string) => void;
}

interface Route {
  operation: GitHubOperation;
  /** The path's variable segments, decoded. */
  params: string[];
}

const ROUTES: [RegExp, GitHubOperation][] = [
  [/^\/repos\/([^/]+)\/([^/]+)\/commits\/(.+)$/, 'github:GetCommit'],
];

function findRoute(method: string, path: string): Route | undefined {
  if (method !== 'GET') return undefined;
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
 * One call to the GitHub stand-in, in the order of the AWS front ends: route, record, (transport
 * fault), authenticate, (the token's permissions), answer. Every call is recorded under its
 * operation's name; the token never is.
 */
export async function handleGitHub(
  context: GitHubContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = newRequestId();
  const route = findRoute(request.method ?? 'GET', url.pathname.slice(GITHUB_PREFIX.length));
  const { entry, finish } = trackRequest(
    context.log,
    request,
    url,
    route?.operation ?? 'Unknown',
    context.logLine,
  );
  try {
    const raw = await readBody(request);
    if (raw.length > 0) context.log.keepBody(entry, raw.toString('utf8'), raw.length);
    if (!route) throw notFound();
    const docs = OPERATION_DOCS[route.operation];

    const fault = context.faults.take(route.operation);
    if (fault) {
      entry.fault = fault.type;
      const dropped = await actOutTransportFault(
        fault,
        {
          throttle: (rule) => secondaryRateLimit(requestId, rule.retryAfterSeconds ?? 1),
          serverError,
          unavailable: serviceUnavailable,
        },
        () => {
          finish(0, 'ConnectionDropped');
          request.socket.destroy();
        },
      );
      if (dropped) return;
    }

    authenticate(request.headers, context.token);
    // What the token may do is decided after who it is, as for IAM.
    if (context.faults.take(route.operation, 'authorization')) {
      entry.fault = 'access-denied';
      throw notAccessibleByIntegration(docs);
    }

    const [owner, repo, ref] = route.params as [string, string, string];
    if (!isRefName(ref)) throw noCommitFound(ref, 422, docs);
    const commit = context.commits.find(`${owner}/${repo}`, ref);
    if (!commit) throw noCommitFound(ref, 404, docs);
    const apiBase = apiBaseOf(request, context.listenHost());
    sendGitHubJson(response, 200, commitView(commit, `${owner}/${repo}`, apiBase), requestId);
    finish(200);
  } catch (caught) {
    if (response.destroyed) {
      finish(0, 'ClientClosedRequest');
      return;
    }
    let error: GitHubError;
    if (caught instanceof GitHubError) error = caught;
    else if (caught instanceof BodyTooLargeError)
      error = new GitHubError('BodyTooLarge', 413, caught.message);
    else {
      console.error(caught);
      error = serverError();
    }
    sendGitHubJson(response, error.status, error.toBody(), requestId, error.headers);
    finish(error.status, error.kind);
  }
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
