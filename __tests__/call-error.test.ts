/**
 * Units of AWS call errors (aws/call-error): the message of each kind of failure, which says what
 * to change, and what the error tells its callers (denied, not found, conflict, the names in it).
 */
import { describe, expect, it } from 'vitest';
import { AwsCallError, type CallContext } from '../src/aws/call-error.js';
import { DeadlineError } from '../src/runtime/deadline.js';
import { expectCarries } from './carries.js';

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

/** The operation and the resource it was called on: every message names both. */
const ON = ['CreateTimelineEvent', RESOURCE];
/** What a message tells the user to do next, by the kind of failure. */
const NEXT = {
  quota: 'ask AWS for a higher quota',
  network: 'Check the endpoint, proxy and network.',
  credentials: 'aws-actions/configure-aws-credentials, or set role-to-assume',
};

describe('the message of a failed call', () => {
  // What each message must carry: the operation, the resource or IAM action, what happened (the
  // attempts, the cause, the request ID) and the next step. Not its sentence letter for letter.
  it.each<[string, Partial<CallContext>, unknown, (string | RegExp)[]]>([
    [
      'throttled by name until the deadline, with the request ID',
      { deadline: over },
      err('Throttling', { $metadata: { attempts: 1, requestId: 'r-1' } }),
      [...ON, 'throttled', '(1 attempt)', 'LIMIT', 'request ID r-1', 'Detail here.', NEXT.quota],
    ],
    [
      'throttled by status 429 until the deadline',
      { deadline: over },
      err('Other', { $metadata: { httpStatusCode: 429, attempts: 3 } }),
      [...ON, 'throttled', '(3 attempts)', 'LIMIT', NEXT.quota],
    ],
    [
      'any error once the deadline passed',
      { deadline: over },
      err('AccessDeniedException'),
      [...ON, 'did not finish within LIMIT', /^(?!.*(denied|Detail))/],
    ],
    [
      'a DeadlineError before the deadline is marked expired',
      {},
      new DeadlineError('1000 ms passed'),
      [...ON, 'did not finish within LIMIT', /^(?!.*1000 ms)/],
    ],
    [
      "a proxy's refusal",
      {},
      err('ProxyRefusedError', {}, 'the proxy http://p:8080 refused'),
      [...ON, 'the proxy http://p:8080 refused', 'HTTPS_PROXY', 'NO_PROXY', 'never prints'],
    ],
    [
      'a denial names the IAM action and the resource',
      {},
      err('AccessDeniedException', { $metadata: { requestId: 'r-2' } }),
      [...ON, 'denied', 'request ID r-2', 'Allow the IAM action ssm-incidents:CreateTimelineEvent'],
    ],
    [
      'rejected credentials',
      {},
      err('ExpiredTokenException'),
      [
        'CreateTimelineEvent',
        'rejected the credentials',
        'ExpiredTokenException',
        NEXT.credentials,
      ],
    ],
    [
      'no credentials',
      {},
      err('CredentialsProviderError', {}, 'Could not load credentials'),
      ['CreateTimelineEvent', 'No AWS credentials', NEXT.credentials, 'id-token: write'],
    ],
    [
      'not found',
      {},
      err('ResourceNotFoundException', { $metadata: { requestId: 'r-3' } }),
      // The incident named once; the service's message, which names it again, left out.
      [
        /^incident arn:aws:ssm-incidents::111122223333:incident-record\/p\/i was not found/,
        'CreateTimelineEvent',
        'request ID r-3',
        'incident ID in the ARN',
        'account of the credentials',
        'aws-region',
      ],
    ],
    [
      'invalid',
      {},
      err('ValidationException'),
      ['CreateTimelineEvent', 'rejected as invalid', /: Detail here$/],
    ],
    [
      'a 503 after fewer attempts than max-attempts: the deadline stopped the retries',
      { maxAttempts: 3 },
      err('ServiceUnavailable', { $metadata: { httpStatusCode: 503, attempts: 2 } }),
      [
        ...ON,
        '2 attempts of max-attempts 3',
        'the next retry would have passed',
        'ServiceUnavailable: Detail here',
        /^(?!.*quota)/,
      ],
    ],
    [
      'a 503 on every one of max-attempts',
      { maxAttempts: 3 },
      err('ServiceUnavailable', { $metadata: { httpStatusCode: 503, attempts: 3 } }),
      [...ON, 'after 3 attempts', 'ServiceUnavailable: Detail here', /^(?!.*quota)/],
    ],
    [
      'a 400 after fewer attempts than max-attempts was not stopped by the deadline',
      { maxAttempts: 3 },
      err('BadRequest', { $metadata: { httpStatusCode: 400, attempts: 1 } }),
      [...ON, 'after 1 attempt:', 'BadRequest: Detail here', /^(?!.*quota)/],
    ],
    [
      'throttled until the next backoff would pass the deadline',
      { maxAttempts: 3 },
      err('TooManyRequestsException', { $metadata: { attempts: 9 } }),
      [
        ...ON,
        'throttled on every attempt (9 attempts)',
        'until the next retry would have passed',
        'ask AWS for a higher quota',
        /^(?!.*max-attempts)/,
      ],
    ],
    [
      'a refused connection',
      {},
      err('Error', { code: 'ECONNREFUSED', $metadata: { attempts: 2 } }),
      [...ON, 'after 2 attempts', 'refused (ECONNREFUSED)', NEXT.network],
    ],
    [
      'a dropped connection, though the SDK names it a timeout',
      {},
      err('TimeoutError', { code: 'ECONNRESET', $metadata: { attempts: 3 } }),
      [...ON, 'after 3 attempts', 'dropped (ECONNRESET)', NEXT.network, /^(?!.*within)/],
    ],
    [
      'a timeout of each attempt',
      { attemptMs: 1500 },
      err('TimeoutError', { $metadata: { attempts: 3 } }),
      [
        ...ON,
        'no complete answer within 1.5 s',
        '3 attempts',
        'INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS',
      ],
    ],
    [
      'ETIMEDOUT',
      {},
      err('Error', { code: 'ETIMEDOUT' }),
      [
        ...ON,
        'no complete answer within 15 s',
        '1 attempt',
        'INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS',
      ],
    ],
    [
      'an endpoint that cannot be reached',
      {},
      err('Error', { code: 'ENOTFOUND' }),
      [...ON, 'could not be reached (ENOTFOUND: Detail here)', 'aws-region, endpoint-url'],
    ],
    [
      'an unknown code',
      {},
      err('Error', { code: 'EWHATEVER' }),
      [...ON, 'after 1 attempt', /: Error: Detail here$/],
    ],
    [
      'a cancelled call',
      {},
      err('AbortError', {}, 'This operation was aborted'),
      [...ON, 'was cancelled', 'This operation was aborted'],
    ],
    [
      'anything else, with the request ID last',
      {},
      err('InternalServerException', {
        $metadata: { attempts: 2, requestId: 'r-4', httpStatusCode: 500 },
      }),
      [...ON, 'after 2 attempts', /InternalServerException: Detail here \(request ID r-4\)$/],
    ],
    ['a thrown string', {}, 'plain failure', [...ON, 'after 1 attempt', 'Error: plain failure']],
  ])('%s', (_what, changes, cause, carries) => {
    const message = new AwsCallError(context(changes), cause).message;
    expectCarries(message, carries);
    // Its white space is trimmed from the cause's message.
    expect(message).not.toMatch(/Detail here \n/);
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

  it("ends a sentence once when the service's own message ends with a period", () => {
    const denied = new AwsCallError(context(), err('AccessDeniedException', {}, 'Not allowed.'));
    expect(denied.message).toContain(': Not allowed. Allow the IAM action');
    expect(denied.message).not.toContain('..');
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
