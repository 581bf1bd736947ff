import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  accessDenied,
  ApiError,
  internalError,
  serializationError,
  serviceUnavailable,
  throttling,
  unknownOperation,
  validationError,
} from './errors.js';
import { actOutTransportFault, type FaultInjector } from './faults.js';
import { BodyTooLargeError, readBody, sendJson } from './http.js';
import { principalArn, responsePlanArn } from './ids.js';
import { handlers } from './operations/index.js';
import type { Paginator } from './pagination.js';
import type { RequestLog } from './request-log.js';
import type { Settings } from './settings.js';
import { buildInput, findRoute } from './routing.js';
import { authenticate, type AuthSettings } from './sigv4.js';
import type { Store } from './store.js';
import { trackRequest } from './tracking.js';
import { assertValid, isPlainObject } from './validation.js';

export interface ApiContext {
  store: Store;
  paginator: Paginator;
  faults: FaultInjector;
  log: RequestLog;
  auth: AuthSettings;
  settings: Settings;
  /** Resolves once the state a write produced is on disk (no-op without --state). */
  persist(): Promise<void>;
  logLine?: (line: string) => void;
}

/**
 * One API call, in the order the service's front end works: route, (injected fault), authenticate,
 * parse and validate, run the operation, persist, answer. Every call is recorded.
 */
export async function handleApi(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const method = request.method ?? 'GET';
  const route = findRoute(method, url.pathname);
  const requestId = randomUUID();
  const { entry, finish } = trackRequest(
    context.log,
    request,
    url,
    route?.operation ?? 'Unknown',
    context.logLine,
  );

  try {
    const raw = await readBody(request);
    const body = parseJson(raw);
    // The log shows what arrived, even when it is not JSON.
    context.log.keepBody(entry, shownBody(body, raw), raw.length);
    if (!route) throw unknownOperation(method, url.pathname);

    const fault = context.faults.take(route.operation);
    if (fault) {
      entry.fault = fault.type;
      const dropped = await actOutTransportFault(
        fault,
        {
          throttle: () => throttling(),
          serverError: internalError,
          unavailable: serviceUnavailable,
        },
        () => {
          finish(0, 'ConnectionDropped');
          request.socket.destroy();
        },
      );
      if (dropped) return;
    }

    const caller = await authenticate(
      { method, path: url.pathname, query: url.searchParams, headers: request.headers, body: raw },
      context.auth,
    );
    const principal =
      caller.session?.principalArn ?? principalArn(context.store.accountId, caller.accessKeyId);
    if (caller.session) entry.caller = { arn: principal, accessKeyId: caller.session.accessKeyId };
    const input = buildInput(route.definition, url.searchParams, requestObject(body));
    // IAM decides after authentication: an injected denial names the caller and writes nothing.
    if (context.faults.take(route.operation, 'authorization')) {
      entry.fault = 'access-denied';
      throw accessDenied(principal, route.operation, resourceOf(context.store.accountId, input));
    }
    assertValid(route.definition.input, input);
    const versionBefore = context.store.version;
    const handler = handlers[route.operation]!;
    const result = handler(
      {
        store: context.store,
        paginator: context.paginator,
        principal,
        settings: context.settings.get(),
      },
      input as never,
    );
    if (context.store.version !== versionBefore) await context.persist();
    sendJson(response, route.definition.successCode, result ?? {}, {
      'x-amzn-requestid': requestId,
    });
    finish(route.definition.successCode);
  } catch (caught) {
    // The client went away mid-request: there is no one to answer.
    if (response.destroyed) {
      finish(0, 'ClientClosedRequest');
      return;
    }
    let error: ApiError;
    if (caught instanceof ApiError) error = caught;
    else if (caught instanceof BodyTooLargeError) error = validationError(caught.message);
    else {
      console.error(caught);
      error = internalError();
    }
    sendJson(response, error.status, error.toBody(), {
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.errorType,
    });
    finish(error.status, error.errorType);
  }
}

/** The resource an IAM policy would be evaluated against, as AccessDenied messages name it. */
function resourceOf(accountId: string, input: Record<string, unknown>): string {
  for (const member of ['incidentRecordArn', 'arn', 'responsePlanArn']) {
    if (typeof input[member] === 'string') return input[member];
  }
  if (typeof input.name === 'string') return responsePlanArn(accountId, input.name);
  return '*';
}

type Parsed =
  { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; reason: string };

function parseJson(raw: Buffer): Parsed {
  if (raw.length === 0) return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
}

/** What the log shows of a body: the parsed JSON, or the text when it is not JSON. */
function shownBody(body: Parsed, raw: Buffer): unknown {
  if (body.kind === 'empty') return null;
  return body.kind === 'json' ? body.value : raw.toString('utf8');
}

/** restJson1 bodies are JSON objects; an empty body is an input with no members. */
function requestObject(body: Parsed): Record<string, unknown> {
  if (body.kind === 'empty') return {};
  if (body.kind === 'invalid')
    throw serializationError(`The request body is not valid JSON: ${body.reason}`);
  if (!isPlainObject(body.value))
    throw serializationError(
      `The request body must be a JSON object, not ${body.value === null ? 'null' : Array.isArray(body.value) ? 'an array' : `a ${typeof body.value}`}`,
    );
  return body.value;
}
