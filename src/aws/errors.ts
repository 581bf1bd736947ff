import { errorMessage } from '../errors.js';

interface AwsLikeError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

function awsError(error: unknown): AwsLikeError {
  return error !== null && typeof error === 'object' ? (error as AwsLikeError) : {};
}

export function errorName(error: unknown): string {
  return awsError(error).name ?? '';
}

const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredTokenException',
  'ExpiredToken',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
]);

export function isAccessDenied(error: unknown): boolean {
  return ACCESS_DENIED.has(errorName(error));
}

/**
 * Turns an SDK error into a sentence that says what to fix: the missing IAM action, the input to
 * check, or the credentials to configure. `operation` is the API name, e.g. CreateTimelineEvent.
 */
export function explainAwsError(error: unknown, operation: string, resource: string): string {
  const e = awsError(error);
  const name = e.name ?? 'Error';
  const detail = (e.message ?? errorMessage(error)).replace(/\s+$/, '');
  const request = e.$metadata?.requestId ? ` (request ID ${e.$metadata.requestId})` : '';
  const attempts = e.$metadata?.attempts ?? 1;
  if (ACCESS_DENIED.has(name)) {
    return `${operation} was denied: ${detail}${request}. Allow the IAM action ssm-incidents:${operation} on ${resource} for the credentials this step uses.`;
  }
  if (BAD_CREDENTIALS.has(name)) {
    return `AWS rejected the credentials (${name}: ${detail})${request}. Configure them with aws-actions/configure-aws-credentials, or set role-to-assume.`;
  }
  if (name === 'CredentialsProviderError') {
    return `No AWS credentials were found (${detail}). Configure them with aws-actions/configure-aws-credentials, or set role-to-assume (with permissions: id-token: write).`;
  }
  if (name === 'ResourceNotFoundException') {
    return `${operation}: ${resource} was not found${request}: ${detail}. Check the ARN or event ID, the account of the credentials, and aws-region.`;
  }
  if (name === 'ValidationException') {
    return `${operation} was rejected as invalid${request}: ${detail}`;
  }
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException') {
    return `${operation} was still throttled after ${attempts} attempt(s)${request}: ${detail}. Raise max-attempts, or space out parallel jobs.`;
  }
  if (name === 'AbortError' || name === 'TimeoutError') {
    return `${operation} did not finish in time after ${attempts} attempt(s): ${detail}.`;
  }
  return `${operation} failed after ${attempts} attempt(s): ${name}: ${detail}${request}`;
}
