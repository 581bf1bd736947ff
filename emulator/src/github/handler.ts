import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { actOutTransportFault, type FaultInjector } from '../faults.js';
import { BodyTooLargeError, readBody } from '../http.js';
import type { RequestLog } from '../request-log.js';
import { trackRequest } from '../tracking.js';
import { jobView, requestOrigin } from './job-view.js';
import type { GitHubJobStore } from './job-store.js';
import { GITHUB_PREFIX, type GitHubOperation } from './operations.js';
import {
  badCredentials,
  GitHubError,
  linkHeader,
  newRequestId,
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
  jobs: GitHubJobStore;
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
  [
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/attempts\/(\d+)\/jobs\/?$/,
    'ListJobsForWorkflowRunAttempt',
  ],
  [/^\/repos\/([^/]+)\/([^/]+)\/actions\/jobs\/(\d+)\/?$/, 'GetJobForWorkflowRun'],
];

/** GitHub's page sizes: 30 unless asked, at most 100. */
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

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

    const origin = requestOrigin(request, context.listenHost());
    const apiBase = `${origin}${GITHUB_PREFIX}`;
    const [owner, repo, id, attempt] = route.params;
    const repository = `${owner}/${repo}`;
    if (route.operation === 'GetJobForWorkflowRun') {
      const job = context.jobs.job(Number(id));
      if (!job || job.repository.toLowerCase() !== repository.toLowerCase()) throw notFound(docs);
      sendGitHubJson(response, 200, jobView(job, apiBase), requestId);
    } else {
      const run = context.jobs.attempt(repository, Number(id), Number(attempt));
      if (!run) throw notFound(docs);
      const perPage = Math.min(
        pageNumber(url.searchParams.get('per_page')) ?? DEFAULT_PER_PAGE,
        MAX_PER_PAGE,
      );
      const page = pageNumber(url.searchParams.get('page')) ?? 1;
      const lastPage = Math.max(1, Math.ceil(run.jobs.length / perPage));
      const jobs = run.jobs.slice((page - 1) * perPage, page * perPage);
      const link = linkHeader(new URL(`${url.pathname}${url.search}`, origin), page, lastPage);
      sendGitHubJson(
        response,
        200,
        { total_count: run.jobs.length, jobs: jobs.map((job) => jobView(job, apiBase)) },
        requestId,
        link ? { link } : {},
      );
    }
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
 * repository's jobs are not found; this stand-in always requires one, and with `--github-token`
 * that very token.
 */
function authenticate(headers: IncomingHttpHeaders, required: string | undefined): void {
  const header = headers.authorization;
  if (header === undefined || header.trim() === '') throw requiresAuthentication();
  const token = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined || (required !== undefined && token !== required)) throw badCredentials();
}

/** A positive page number or size from the query; anything else means the default, as on GitHub. */
function pageNumber(text: string | null): number | undefined {
  if (text === null || !/^\d{1,9}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}
