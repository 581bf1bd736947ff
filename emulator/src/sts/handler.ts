import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors.js';
import { actOutTransportFault, type FaultInjector } from '../faults.js';
import { BodyTooLargeError, readBody } from '../http.js';
import { principalArn } from '../ids.js';
import type { RequestLog } from '../request-log.js';
import { authenticate, type AuthSettings } from '../sigv4.js';
import { trackRequest } from '../tracking.js';
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
  type StsParams,
  type StsSettings,
} from './operations.js';
import { errorXml, successXml } from './xml.js';

export interface StsContext {
  settings: StsSettings;
  faults: FaultInjector;
  log: RequestLog;
  /** Service `sts`; the same key pair and region as Incident Manager. */
  auth: AuthSettings;
  accountId(): string;
  logLine?: (line: string) => void;
}

/** Members that are secrets: the log shows that they were sent, not what they were. */
const SECRET_PARAMS = new Set(['WebIdentityToken', 'TokenCode']);

/** The awsQuery path: every STS call is `POST /` (or `GET /?…`) with `Action=` naming it. */
export const STS_PATH = '/';

/**
 * One STS call, in the order of handleApi: record, (transport fault), authenticate when the
 * operation is signed, validate, (IAM's decision), issue, answer in XML.
 */
export async function handleSts(
  context: StsContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = randomUUID();
  const { entry, finish } = trackRequest(context.log, request, url, 'Unknown', context.logLine);
  try {
    const raw = await readBody(request);
    const params = readParams(url, raw);
    const shown = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        SECRET_PARAMS.has(name) ? '<redacted>' : value,
      ]),
    );
    context.log.keepBody(entry, shown, raw.length);
    const action = params.Action ?? '';
    if (!action) throw new StsError('MissingAction', 400, 'Missing Action');
    if (!isStsOperation(action)) throw invalidAction(action);
    entry.operation = action;

    const fault = context.faults.take(action, 'transport');
    if (fault) {
      entry.fault = fault.type;
      const dropped = await actOutTransportFault(
        fault,
        { throttle: throttled, serverError: internalFailure, unavailable: serviceUnavailable },
        () => {
          finish(0, 'ConnectionDropped');
          request.socket.destroy();
        },
      );
      if (dropped) return;
    }

    // AssumeRoleWithWebIdentity is unsigned (the token is the proof); AssumeRole is SigV4 for `sts`.
    let callerArn: string | undefined;
    if (action === 'AssumeRole') {
      const caller = await authenticate(
        {
          method: request.method ?? 'POST',
          path: url.pathname,
          query: url.searchParams,
          headers: request.headers,
          body: raw,
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

    if (action === 'AssumeRoleWithWebIdentity') {
      const claims = loggedClaims(params.WebIdentityToken);
      if (claims) entry.webIdentity = claims;
    }
    const call = prepare(action, params, context.settings);
    if (context.faults.take(action, 'authorization')) {
      entry.fault = 'access-denied';
      throw accessDenied(call.deniedMessage(callerArn));
    }
    const { session, result } = call.issue();
    entry.issued = {
      accessKeyId: session.accessKeyId,
      assumedRoleArn: session.principalArn,
      expiration: session.expiration.toISOString(),
    };
    send(response, 200, successXml(action, result, requestId), requestId);
    finish(200);
  } catch (caught) {
    if (response.destroyed) {
      finish(0, 'ClientClosedRequest');
      return;
    }
    let error: StsError;
    if (caught instanceof StsError) error = caught;
    else if (caught instanceof BodyTooLargeError) error = stsValidation(caught.message);
    else {
      console.error(caught);
      error = internalFailure();
    }
    send(response, error.status, errorXml(error, requestId), requestId);
    finish(error.status, error.code);
  }
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
