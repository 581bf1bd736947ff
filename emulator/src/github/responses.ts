import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { GitHubOperation } from './operations.js';

const REST_DOCS = 'https://docs.github.com/rest';

/** The documentation_url GitHub puts in an operation's errors. */
export const OPERATION_DOCS: Record<GitHubOperation, string> = {
  'github:GetCommit': 'https://docs.github.com/rest/commits/commits#get-a-commit',
};

const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** An error as GitHub's REST API answers it: `{message, documentation_url, status}`. */
export class GitHubError extends Error {
  constructor(
    /** How the request log names the error (GitHub's answers carry no error code). */
    readonly kind: string,
    readonly status: number,
    message: string,
    readonly documentationUrl: string = REST_DOCS,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): Record<string, string> {
    return {
      message: this.message,
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
  }
}

export const requiresAuthentication = () =>
  new GitHubError('RequiresAuthentication', 401, 'Requires authentication');

export const badCredentials = () => new GitHubError('BadCredentials', 401, 'Bad credentials');

export const notFound = (documentationUrl: string = REST_DOCS) =>
  new GitHubError('NotFound', 404, 'Not Found', documentationUrl);

/**
 * Get a commit's answer for a ref that names no commit of the repository (404), or that is not a
 * ref at all (422): GitHub words both the same way.
 */
export const noCommitFound = (ref: string, status: 404 | 422, documentationUrl: string) =>
  new GitHubError(
    status === 404 ? 'NotFound' : 'UnprocessableEntity',
    status,
    `No commit found for SHA: ${ref}`,
    documentationUrl,
  );

/** What a GITHUB_TOKEN without the permission the operation needs gets. */
export const notAccessibleByIntegration = (documentationUrl: string) =>
  new GitHubError(
    'ResourceNotAccessibleByIntegration',
    403,
    'Resource not accessible by integration',
    documentationUrl,
  );

/**
 * GitHub's secondary rate limit: 403 with `retry-after` and the message clients (Octokit's
 * throttling plugin) recognise by "secondary rate limit".
 */
export const secondaryRateLimit = (requestId: string, retryAfterSeconds: number) =>
  new GitHubError(
    'SecondaryRateLimit',
    403,
    `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
    SECONDARY_RATE_LIMIT_DOCS,
    { 'retry-after': String(retryAfterSeconds) },
  );

export const serverError = () => new GitHubError('ServerError', 500, 'Server Error');

export const serviceUnavailable = () =>
  new GitHubError('ServiceUnavailable', 503, 'Service Unavailable');

/** GitHub's request IDs look like `E1B2:940C:20ACF21:21E3338:652AAB04`. */
export function newRequestId(): string {
  const hex = randomBytes(14).toString('hex').toUpperCase();
  return [
    hex.slice(0, 4),
    hex.slice(4, 8),
    hex.slice(8, 15),
    hex.slice(15, 22),
    hex.slice(22, 28),
  ].join(':');
}

export function sendGitHubJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': requestId,
    ...headers,
  });
  response.end(text);
}
