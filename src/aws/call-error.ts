import { DeadlineError, formatSeconds, type Deadline } from '../runtime/deadline.js';
import { errorMessage, SafeError } from '../runtime/errors.js';
import { inert, inertUpTo } from '../runtime/inert.js';

/** The model's limit on an ARN: a resource named in a message is quoted whole up to it. */
const MAX_ARN = 1000;
/** An incident record's ARN: a call about the incident itself, not about one of its events. */
const INCIDENT_RECORD = /^arn:[\w-]+:ssm-incidents::\d{12}:incident-record\/[^/\s]+\/[^/\s]+$/;

interface AwsLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  resourceIdentifier?: unknown;
  resourceType?: unknown;
}

function fields(error: unknown): AwsLikeError {
  return error !== null && typeof error === 'object' ? (error as AwsLikeError) : {};
}

export type AwsService = 'ssm-incidents' | 'sts';

export interface CallContext {
  service: AwsService;
  /** The API operation, e.g. `CreateTimelineEvent`: also the IAM action a denial names. */
  operation: string;
  /** What the call was about (an incident ARN, a role ARN), for messages. */
  resource: string;
  /** The per-attempt limit, for timeout messages. */
  attemptMs: number;
  /**
   * The client's max-attempts: a 5xx after fewer attempts means the deadline stopped the retries.
   * Unknown when not given.
   */
  maxAttempts?: number;
  /** The run's deadline: whether it had passed when the call failed, and how it is described. */
  deadline: Pick<Deadline, 'expired' | 'describe'>;
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
const THROTTLED = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED']);
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * One failed AWS call, attributed where it was made: the service, operation and resource travel
 * with the error, so a message can never name the wrong call or the wrong IAM action. `message`
 * says what to fix; every piece of outside text in it (the service's own message, IDs) is inert.
 */
export class AwsCallError extends SafeError {
  override name = 'AwsCallError';
  /** The AWS error name (`ConflictException`, …), or '' for a failure that never got an answer. */
  readonly awsName: string;

  constructor(
    readonly context: CallContext,
    override readonly cause: unknown,
    /**
     * A write that may have landed: an attempt reached the service and its answer was lost, timed
     * out or was a 5xx, and the last answer was no refusal. Such a write is resolved (sent again
     * with its token, or looked for), never reported as not written.
     */
    readonly outcomeUnknown = false,
  ) {
    super(explain(context, cause));
    this.awsName = context.deadline.expired ? '' : (fields(cause).name ?? '');
  }

  /**
   * The service refused the call (a 4xx answer other than throttling): a refusal is the same for
   * the same call sent again, so it is never resent to resolve an unknown outcome.
   */
  get refused(): boolean {
    return isRefusal(this.cause);
  }

  get operation(): string {
    return this.context.operation;
  }

  get isAccessDenied(): boolean {
    return ACCESS_DENIED.has(this.awsName);
  }

  get isNotFound(): boolean {
    return this.awsName === 'ResourceNotFoundException';
  }

  get isConflict(): boolean {
    return this.awsName === 'ConflictException';
  }

  /** The `resourceIdentifier`/`resourceType` members of the answer, as given (untrusted). */
  get named(): { identifier?: string; type?: string } {
    const { resourceIdentifier, resourceType } = fields(this.cause);
    return {
      ...(typeof resourceIdentifier === 'string' ? { identifier: resourceIdentifier } : {}),
      ...(typeof resourceType === 'string' ? { type: resourceType } : {}),
    };
  }
}

/** A 4xx answer other than throttling: the same call sent again is refused the same way. */
export function isRefusal(error: unknown): boolean {
  const { name, $metadata } = fields(error);
  const status = $metadata?.httpStatusCode ?? 0;
  const throttled = THROTTLED.has(name ?? '') || status === 429;
  return status >= 400 && status < 500 && !throttled;
}

function explain(context: CallContext, error: unknown): string {
  const { service, operation, resource } = context;
  const e = fields(error);
  const name = e.name ?? 'Error';
  // Without its own final period: the messages below end the sentence that quotes it.
  const detail = inert(
    (e.message ?? errorMessage(error)).replace(/\s+$/, '').replace(/(?<!\.)\.$/, ''),
  );
  const request = e.$metadata?.requestId ? ` (request ID ${inert(e.$metadata.requestId)})` : '';
  const attempts = e.$metadata?.attempts ?? 1;
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  const target = inertUpTo(resource, MAX_ARN);
  const what = `${operation} on ${target}`;
  const throttled = THROTTLED.has(name) || e.$metadata?.httpStatusCode === 429;
  // Throttling is retried until the deadline (aws/retry.ts): it stops when the deadline has passed,
  // or when the next backoff would pass it.
  if (throttled) {
    const until = context.deadline.expired
      ? `until ${context.deadline.describe()} ran out`
      : `until the next retry would have passed ${context.deadline.describe()}`;
    return `${operation} on ${target} was throttled on every attempt (${tries}) ${until}${request}: ${detail}. Space out parallel jobs that call Incident Manager, or ask AWS for a higher quota.`;
  }
  if (context.deadline.expired || error instanceof DeadlineError) {
    return `${what} did not finish within ${context.deadline.describe()}; the service did not answer in time.`;
  }
  if (name === 'ProxyRefusedError') {
    return `${what} failed: ${detail}. Give the proxy's credentials in HTTPS_PROXY (http://user:password@host:port; the action never prints the password), or list the endpoint in NO_PROXY if it needs no proxy.`;
  }
  if (ACCESS_DENIED.has(name)) {
    return `${operation} was denied${request}: ${detail}. Allow the IAM action ${service}:${operation} on ${target} for the credentials this step uses.`;
  }
  if (BAD_CREDENTIALS.has(name)) {
    return `AWS rejected the credentials for ${operation} (${name}: ${detail})${request}. Configure them with aws-actions/configure-aws-credentials, or set role-to-assume.`;
  }
  if (name === 'CredentialsProviderError') {
    return `No AWS credentials were found for ${operation} (${detail}). Configure them with aws-actions/configure-aws-credentials, or set role-to-assume (with permissions: id-token: write).`;
  }
  if (name === 'ResourceNotFoundException' && INCIDENT_RECORD.test(resource)) {
    // About the incident, named once: the service's message only says the ARN again, and the
    // call is whichever one happened to ask first.
    const id = e.$metadata?.requestId ? `, request ID ${inert(e.$metadata.requestId)}` : '';
    return `incident ${target} was not found (${operation}: ${name}${id}). Check the incident ID in the ARN, the account of the credentials, and aws-region.`;
  }
  if (name === 'ResourceNotFoundException') {
    return `${operation}: ${target} was not found${request}: ${detail}. Check the ARN or event ID, the account of the credentials, and aws-region.`;
  }
  if (name === 'ValidationException') {
    return `${operation} was rejected as invalid${request}: ${detail}`;
  }
  const status = e.$metadata?.httpStatusCode ?? 0;
  // Fewer attempts than max-attempts: the deadline stopped the retries (aws/retry.ts).
  const stopped =
    context.maxAttempts !== undefined && attempts < context.maxAttempts
      ? `; another attempt would not have finished within ${context.deadline.describe()}`
      : '';
  if ([500, 502, 503, 504].includes(status) && stopped) {
    return `${what} failed after ${tries} of max-attempts ${context.maxAttempts}: the next retry would have passed ${context.deadline.describe()}${request}. Last error: ${inert(name)}: ${detail}`;
  }
  // Before the timeout: the SDK names a dropped connection (ECONNRESET, EPIPE) a TimeoutError too.
  if (e.code && DROPPED.has(e.code)) {
    return `${what} failed after ${tries}${stopped}: the connection was ${e.code === 'ECONNREFUSED' ? 'refused' : 'dropped'} (${e.code}). Check the endpoint, proxy and network.`;
  }
  if (name === 'TimeoutError' || e.code === 'ETIMEDOUT') {
    return `${what} got no complete answer within ${formatSeconds(context.attemptMs)} in each of ${tries} (INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS)${stopped}.`;
  }
  if (e.code && UNREACHABLE.has(e.code)) {
    return `${what} failed after ${tries}: the endpoint could not be reached (${e.code}: ${detail}). Check aws-region, endpoint-url and the network.`;
  }
  if (name === 'AbortError') {
    return `${what} was cancelled: ${detail}.`;
  }
  return `${what} failed after ${tries}: ${inert(name)}: ${detail}${request}`;
}
