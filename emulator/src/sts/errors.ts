import type { ApiError } from '../errors.js';

/**
 * An STS error, as the awsQuery protocol carries it: a code (not an exception name), an HTTP
 * status, and whose fault it is. Codes and statuses are those of botocore's STS model
 * (`data/sts/2011-06-15/service-2.json`) and of the query protocol's common errors.
 */
export class StsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
  }
}

export const stsValidation = (message: string) => new StsError('ValidationError', 400, message);

export const invalidIdentityToken = (message: string) =>
  new StsError('InvalidIdentityToken', 400, message);

export const expiredWebIdentityToken = (message: string) =>
  new StsError('ExpiredTokenException', 400, message);

export const accessDenied = (message: string) => new StsError('AccessDenied', 403, message);

export const throttled = () => new StsError('Throttling', 400, 'Rate exceeded');

export const internalFailure = () =>
  new StsError('InternalFailure', 500, 'An internal error occurred', 'Receiver');

export const serviceUnavailable = () =>
  new StsError('ServiceUnavailable', 503, 'Service is unavailable, try again later', 'Receiver');

export const invalidAction = (action: string) =>
  new StsError('InvalidAction', 400, `Could not find operation ${action} for version 2011-06-15`);

/**
 * The signature check is shared with Incident Manager and answers in restJson1 names; the query
 * protocol names the same failures differently (UnrecognizedClientException is InvalidClientTokenId).
 */
const QUERY_AUTH_CODES: Record<string, [code: string, status: number]> = {
  UnrecognizedClientException: ['InvalidClientTokenId', 403],
  InvalidSignatureException: ['SignatureDoesNotMatch', 403],
  IncompleteSignatureException: ['IncompleteSignature', 400],
  MissingAuthenticationTokenException: ['MissingAuthenticationToken', 403],
  ExpiredTokenException: ['ExpiredToken', 403],
};

export function fromAuthError(error: ApiError): StsError {
  const [code, status] = QUERY_AUTH_CODES[error.errorType] ?? [error.errorType, error.status];
  return new StsError(code, status, error.message);
}
