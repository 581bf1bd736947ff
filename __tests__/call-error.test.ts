/**
 * Units of AWS call errors (aws/call-error): the message of each kind of failure, which says what
 * to change, and what the error tells its callers (denied, not found, conflict, the names in it).
 */
import { describe, expect, it } from 'vitest';
import { AwsCallError, type CallContext } from '../src/aws/call-error.js';
import { DeadlineError } from '../src/deadline.js';

const RESOURCE = 'arn:aws:ssm-incidents::111122223333:incident-record/p/i';
const running = { expired: false, describe: () => 'LIMIT' };
const over = { expired: true, describe: () => 'LIMIT' };

const context = (changes: Partial<CallContext> = {}): CallContext => ({
  service: 'ssm-incidents',
  operation: 'CreateTimelineEvent',
  resource: RESOURCE,
  attemptMs: 15_000,
  deadline: running,
  ...changes,
});

/** An SDK-like error: its message ends in white space, which the message trims. */
const err = (name: string, extra: object = {}, message = 'Detail here \n') =>
  Object.assign(new Error(message), { name, ...extra });

describe('the message of a failed call', () => {
  it.each<[string, Partial<CallContext>, unknown, string]>([
    [
      'throttled by name until the deadline, with the request ID',
      { deadline: over },
      err('Throttling', { $metadata: { attempts: 1, requestId: 'r-1' } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i was throttled on every attempt (1 attempt) until LIMIT ran out (request ID r-1): Detail here. Space out parallel jobs that call Incident Manager, or ask AWS for a higher quota.',
    ],
    [
      'throttled by status 429 until the deadline',
      { deadline: over },
      err('Other', { $metadata: { httpStatusCode: 429, attempts: 3 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i was throttled on every attempt (3 attempts) until LIMIT ran out: Detail here. Space out parallel jobs that call Incident Manager, or ask AWS for a higher quota.',
    ],
    [
      'any error once the deadline passed',
      { deadline: over },
      err('AccessDeniedException'),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i did not finish within LIMIT; the service did not answer in time.',
    ],
    [
      'a DeadlineError before the deadline is marked expired',
      {},
      new DeadlineError('1000 ms passed'),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i did not finish within LIMIT; the service did not answer in time.',
    ],
    [
      "a proxy's refusal",
      {},
      err('ProxyRefusedError', {}, 'the proxy http://p:8080 refused'),
      "CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed: the proxy http://p:8080 refused. Give the proxy's credentials in HTTPS_PROXY (http://user:password@host:port; the action never prints the password), or list the endpoint in NO_PROXY if it needs no proxy.",
    ],
    [
      'a denial names the IAM action and the resource',
      {},
      err('AccessDeniedException', { $metadata: { requestId: 'r-2' } }),
      'CreateTimelineEvent was denied (request ID r-2): Detail here. Allow the IAM action ssm-incidents:CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i for the credentials this step uses.',
    ],
    [
      'rejected credentials',
      {},
      err('ExpiredTokenException'),
      'AWS rejected the credentials for CreateTimelineEvent (ExpiredTokenException: Detail here). Configure them with aws-actions/configure-aws-credentials, or set role-to-assume.',
    ],
    [
      'no credentials',
      {},
      err('CredentialsProviderError', {}, 'Could not load credentials'),
      'No AWS credentials were found for CreateTimelineEvent (Could not load credentials). Configure them with aws-actions/configure-aws-credentials, or set role-to-assume (with permissions: id-token: write).',
    ],
    [
      'not found',
      {},
      err('ResourceNotFoundException', { $metadata: { requestId: 'r-3' } }),
      'CreateTimelineEvent: arn:aws:ssm-incidents::111122223333:incident-record/p/i was not found (request ID r-3): Detail here. Check the ARN or event ID, the account of the credentials, and aws-region.',
    ],
    [
      'invalid',
      {},
      err('ValidationException'),
      'CreateTimelineEvent was rejected as invalid: Detail here',
    ],
    [
      'a 503 after fewer attempts than max-attempts: the deadline stopped the retries',
      { maxAttempts: 3 },
      err('ServiceUnavailable', { $metadata: { httpStatusCode: 503, attempts: 2 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 2 attempts of max-attempts 3: the next retry would have passed LIMIT. Last error: ServiceUnavailable: Detail here',
    ],
    [
      'a 503 on every one of max-attempts',
      { maxAttempts: 3 },
      err('ServiceUnavailable', { $metadata: { httpStatusCode: 503, attempts: 3 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 3 attempts: ServiceUnavailable: Detail here',
    ],
    [
      'a 400 after fewer attempts than max-attempts was not stopped by the deadline',
      { maxAttempts: 3 },
      err('BadRequest', { $metadata: { httpStatusCode: 400, attempts: 1 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 1 attempt: BadRequest: Detail here',
    ],
    [
      'throttled until the next backoff would pass the deadline',
      { maxAttempts: 3 },
      err('TooManyRequestsException', { $metadata: { attempts: 9 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i was throttled on every attempt (9 attempts) until the next retry would have passed LIMIT: Detail here. Space out parallel jobs that call Incident Manager, or ask AWS for a higher quota.',
    ],
    [
      'a refused connection',
      {},
      err('Error', { code: 'ECONNREFUSED', $metadata: { attempts: 2 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 2 attempts: the connection was refused (ECONNREFUSED). Check the endpoint, proxy and network.',
    ],
    [
      'a dropped connection, though the SDK names it a timeout',
      {},
      err('TimeoutError', { code: 'ECONNRESET', $metadata: { attempts: 3 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 3 attempts: the connection was dropped (ECONNRESET). Check the endpoint, proxy and network.',
    ],
    [
      'a timeout of each attempt',
      { attemptMs: 1500 },
      err('TimeoutError', { $metadata: { attempts: 3 } }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i got no complete answer within 1.5 s in each of 3 attempts (INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS).',
    ],
    [
      'ETIMEDOUT',
      {},
      err('Error', { code: 'ETIMEDOUT' }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i got no complete answer within 15 s in each of 1 attempt (INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS).',
    ],
    [
      'an endpoint that cannot be reached',
      {},
      err('Error', { code: 'ENOTFOUND' }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 1 attempt: the endpoint could not be reached (ENOTFOUND: Detail here). Check aws-region, endpoint-url and the network.',
    ],
    [
      'an unknown code',
      {},
      err('Error', { code: 'EWHATEVER' }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 1 attempt: Error: Detail here',
    ],
    [
      'a cancelled call',
      {},
      err('AbortError', {}, 'This operation was aborted'),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i was cancelled: This operation was aborted.',
    ],
    [
      'anything else, with the request ID last',
      {},
      err('InternalServerException', {
        $metadata: { attempts: 2, requestId: 'r-4', httpStatusCode: 500 },
      }),
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 2 attempts: InternalServerException: Detail here (request ID r-4)',
    ],
    [
      'a thrown string',
      {},
      'plain failure',
      'CreateTimelineEvent on arn:aws:ssm-incidents::111122223333:incident-record/p/i failed after 1 attempt: Error: plain failure',
    ],
  ])('%s', (_what, changes, cause, message) => {
    expect(new AwsCallError(context(changes), cause).message).toBe(message);
  });

  it('shows outside text inert, and quotes a long resource whole', () => {
    const resource = `arn:aws:iam::111122223333:role/${'r'.repeat(600)}`;
    const message = new AwsCallError(
      context({ resource }),
      err(
        'Weird\nName',
        { $metadata: { requestId: 'id\n::error::x' } },
        'line one\n::warning::two',
      ),
    ).message;
    expect(message).toBe(
      `CreateTimelineEvent on ${resource} failed after 1 attempt: Weird\\nName: line one\\n::warning::two (request ID id\\n::error::x)`,
    );
    expect(message).not.toContain('\n');
  });

  it('is an Error named AwsCallError that keeps its context and cause', () => {
    const cause = err('ConflictException');
    const error = new AwsCallError(context(), cause);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AwsCallError');
    expect(error.cause).toBe(cause);
    expect(error.operation).toBe('CreateTimelineEvent');
    expect(error.context.resource).toBe(RESOURCE);
  });
});

describe('what a failed call tells its caller', () => {
  it.each([
    ['AccessDeniedException', { awsName: 'AccessDeniedException', isAccessDenied: true }],
    ['AccessDenied', { isAccessDenied: true, isNotFound: false, isConflict: false }],
    ['UnauthorizedOperation', { isAccessDenied: true }],
    ['ResourceNotFoundException', { isAccessDenied: false, isNotFound: true, isConflict: false }],
    ['ConflictException', { isAccessDenied: false, isNotFound: false, isConflict: true }],
    ['ValidationException', { isAccessDenied: false, isNotFound: false, isConflict: false }],
  ])('%s', (name, expected) => {
    expect(new AwsCallError(context(), err(name))).toMatchObject(expected);
  });

  it('has no AWS name for a failure that got no answer, or once the deadline passed', () => {
    expect(new AwsCallError(context(), 'socket hang up').awsName).toBe('');
    expect(new AwsCallError(context(), {}).awsName).toBe('');
    expect(new AwsCallError(context(), undefined).awsName).toBe('');
    expect(new AwsCallError(context(), null).awsName).toBe('');
    const late = new AwsCallError(context({ deadline: over }), err('ConflictException'));
    expect(late.awsName).toBe('');
    expect(late.isConflict).toBe(false);
  });

  it('gives the identifier and type the answer named, when they are text', () => {
    const named = (extra: object) =>
      new AwsCallError(context(), err('ConflictException', extra)).named;
    expect(named({ resourceIdentifier: 'abc', resourceType: 'TIMELINE_EVENT' })).toEqual({
      identifier: 'abc',
      type: 'TIMELINE_EVENT',
    });
    expect(named({ resourceIdentifier: 'abc' })).toEqual({ identifier: 'abc' });
    expect(named({ resourceType: 'INCIDENT_RECORD' })).toEqual({ type: 'INCIDENT_RECORD' });
    expect(named({ resourceIdentifier: 5, resourceType: {} })).toEqual({});
    expect(new AwsCallError(context(), null).named).toEqual({});
  });
});
