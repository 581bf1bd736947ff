import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ApiError } from '../errors.js';
import { principalArn } from '../ids.js';
import type { ServiceAdapter } from '../pipeline.js';
import { authenticate, type AuthSettings } from '../sigv4.js';
import {
  accessDenied,
  fromAuthError,
  internalFailure,
  invalidAction,
  serviceUnavailable,
  StsError,
  stsValidation,
  throttled,
} from './errors.js';
import {
  isStsOperation,
  loggedClaims,
  prepare,
  type PreparedCall,
  type StsOperation,
  type StsParams,
  type StsSettings,
} from './operations.js';
import { errorXml, successXml } from './xml.js';

export interface StsContext {
  settings: StsSettings;
  /** Service `sts`; the same key pair and region as Incident Manager. */
  auth: AuthSettings;
  accountId(): string;
}

/** Members that are secrets: the log shows that they were sent, not what they were. */
const SECRET_PARAMS = new Set(['WebIdentityToken', 'TokenCode']);

/** The awsQuery path: every STS call is `POST /` (or `GET /?…`) with `Action=` naming it. */
export const STS_PATH = '/';

interface ParsedCall {
  operation: StsOperation;
  params: StsParams;
}

interface AdmittedCall {
  operation: StsOperation;
  callerArn: string | undefined;
  prepared: PreparedCall;
}

/**
 * STS's protocol (awsQuery) on the request pipeline: the operation is the `Action` parameter of
 * the query or form body, answers and errors are XML. AssumeRoleWithWebIdentity is unsigned (the
 * token is the proof); AssumeRole is SigV4 for `sts`.
 */
export function stsAdapter(
  context: StsContext,
): ServiceAdapter<ParsedCall, AdmittedCall, StsError> {
  return {
    newRequestId: randomUUID,
    // Named by the body: recorded as Unknown until it is read.
    operationOf: () => undefined,
    parse({ url, body, keepBody }) {
      const params = readParams(url, body);
      keepBody(
        Object.fromEntries(
          Object.entries(params).map(([name, value]) => [
            name,
            SECRET_PARAMS.has(name) ? '<redacted>' : value,
          ]),
        ),
      );
      const action = params.Action ?? '';
      if (!action) throw new StsError('MissingAction', 400, 'Missing Action');
      if (!isStsOperation(action)) throw invalidAction(action);
      return { operation: action, params };
    },
    async admit({ request, url, entry, body }, { operation, params }) {
      let callerArn: string | undefined;
      if (operation === 'AssumeRole') {
        const caller = await authenticate(
          {
            method: request.method ?? 'POST',
            path: url.pathname,
            query: url.searchParams,
            headers: request.headers,
            body,
          },
          context.auth,
        ).catch((error: unknown) => {
          throw error instanceof ApiError ? fromAuthError(error) : error;
        });
        callerArn =
          caller.session?.principalArn ?? principalArn(context.accountId(), caller.accessKeyId);
        // Role chaining: the session whose credentials signed this call.
        if (caller.session)
          entry.caller = { arn: callerArn, accessKeyId: caller.session.accessKeyId };
      }
      if (operation === 'AssumeRoleWithWebIdentity') {
        const claims = loggedClaims(params.WebIdentityToken);
        if (claims) entry.webIdentity = claims;
      }
      return { operation, callerArn, prepared: prepare(operation, params, context.settings) };
    },
    run({ response, requestId, entry }, { operation, prepared }) {
      const { session, result } = prepared.issue();
      entry.issued = {
        accessKeyId: session.accessKeyId,
        assumedRoleArn: session.principalArn,
        expiration: session.expiration.toISOString(),
      };
      send(response, 200, successXml(operation, result, requestId), requestId);
      return 200;
    },
    errors: {
      throttle: throttled,
      serverError: internalFailure,
      unavailable: serviceUnavailable,
      accessDenied: ({ prepared, callerArn }) => accessDenied(prepared.deniedMessage(callerArn)),
      known: (caught) => (caught instanceof StsError ? caught : undefined),
      bodyTooLarge: stsValidation,
      internal: internalFailure,
      send(response, requestId, error) {
        send(response, error.status, errorXml(error, requestId), requestId);
        return { status: error.status, errorType: error.code };
      },
    },
  };
}

/** Query and form body together, as STS accepts either; the body wins on a repeated name. */
function readParams(url: URL, body: Buffer): StsParams {
  const params: StsParams = Object.fromEntries(url.searchParams);
  for (const [name, value] of new URLSearchParams(body.toString('utf8'))) params[name] = value;
  return params;
}

function send(response: ServerResponse, status: number, xml: string, requestId: string): void {
  response.writeHead(status, {
    'content-type': 'text/xml',
    'content-length': String(Buffer.byteLength(xml)),
    'x-amzn-requestid': requestId,
  });
  response.end(xml);
}
