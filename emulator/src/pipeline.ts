import type { IncomingMessage, ServerResponse } from 'node:http';
import { actOutTransportFault, type FaultInjector, type TransportFaultErrors } from './faults.js';
import { BodyTooLargeError, readBody } from './http.js';
import type { RecordedRequest, RequestLog } from './request-log.js';
import { isRegionName, parseAuthorization } from './sigv4.js';
import { trackRequest } from './tracking.js';

/** One request on its way through the pipeline, as the adapters see it. */
export interface Call {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  requestId: string;
  /** The request log entry: adapters add the body, the caller, what was issued. */
  entry: RecordedRequest;
  /** The body, read whole (bounded by MAX_BODY_BYTES). */
  body: Buffer;
  /** The region the request is signed for, when it is signed. */
  region?: string;
  /** Keeps what the log shows of the body (bounded by the log), as the protocol shows it. */
  keepBody(shown: unknown): void;
}

/** What a service's protocol supplies to the pipeline; the order of the steps is the pipeline's. */
export interface ServiceAdapter<Parsed extends { operation: string }, Admitted, ProtocolError> {
  newRequestId(): string;
  /** The operation the method and path name, to record while the body arrives, if they do. */
  operationOf(request: IncomingMessage, url: URL): string | undefined;
  /**
   * What the call asks for, read from the request line and body: its operation and input. Keeps
   * the body in the log entry (as the protocol shows it), then throws the protocol's error for an
   * operation it does not serve.
   */
  parse(call: Call): Parsed;
  /**
   * Who calls, as the service's front door decides it, and what the call needs to run: throws the
   * protocol's authentication (or input) error. IAM's decision comes after this.
   */
  admit(call: Call, parsed: Parsed): Promise<Admitted> | Admitted;
  /** Runs the operation and sends its answer; resolves the status sent. */
  run(call: Call, admitted: Admitted): Promise<number> | number;
  errors: TransportFaultErrors & {
    /** The error an injected `access-denied` answers with, naming the caller where the protocol does. */
    accessDenied(admitted: Admitted): Error;
    /** `caught` as the protocol's error when it is one. */
    known(caught: unknown): ProtocolError | undefined;
    bodyTooLarge(message: string): ProtocolError;
    internal(): ProtocolError;
    /** Sends the error; returns its status and the name the request log gives it. */
    send(
      response: ServerResponse,
      requestId: string,
      error: ProtocolError,
    ): { status: number; errorType: string };
  };
}

export interface PipelineContext {
  faults: FaultInjector;
  log: RequestLog;
  logLine?: (line: string) => void;
}

export type ServeRequest = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<void>;

/**
 * The region a request is signed for: its credential scope, in the Authorization header or a
 * presigned query, when it names one. Read before authentication (faults and the log use it), so
 * a malformed signature gives none here and is refused by `authenticate`.
 */
function signedRegion(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers.authorization;
  let region: string | undefined;
  if (header) {
    try {
      region = parseAuthorization(header).region;
    } catch {
      return undefined;
    }
  } else {
    region = url.searchParams.get('X-Amz-Credential')?.split('/')[2];
  }
  return region && isRegionName(region) ? region : undefined;
}

/**
 * A call whose answer is lost: it runs (and writes), then the connection closes without the
 * answer, as when a network fails on the way back. The answer the adapter sends goes nowhere.
 */
function loseAnswer(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead = (() => response) as unknown as ServerResponse['writeHead'];
  response.end = ((...args: unknown[]) => {
    request.socket.destroy();
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    callback?.();
    return response;
  }) as ServerResponse['end'];
}

/** The pipeline with this adapter: what the dispatcher calls for the stand-in's paths. */
export function pipelineFor<Parsed extends { operation: string }, Admitted, ProtocolError>(
  context: PipelineContext,
  adapter: ServiceAdapter<Parsed, Admitted, ProtocolError>,
): ServeRequest {
  return (request, response, url) => serve(context, adapter, request, response, url);
}

/**
 * One call to a stand-in, in the order AWS's (and GitHub's) front ends work: track it, read the
 * body, route, act out a transport fault, authenticate, act out IAM's injected denial, run, map
 * what was thrown to the protocol's error, finish the log entry. Every call is recorded.
 */
async function serve<Parsed extends { operation: string }, Admitted, ProtocolError>(
  context: PipelineContext,
  adapter: ServiceAdapter<Parsed, Admitted, ProtocolError>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = adapter.newRequestId();
  const { entry, finish } = trackRequest(
    context.log,
    request,
    url,
    adapter.operationOf(request, url) ?? 'Unknown',
    context.logLine,
  );
  try {
    const body = await readBody(request);
    const call: Call = {
      request,
      response,
      url,
      requestId,
      entry,
      body,
      keepBody: (shown) => context.log.keepBody(entry, shown, body.length),
    };
    const parsed = adapter.parse(call);
    entry.operation = parsed.operation;
    const region = signedRegion(request, url);
    if (region) {
      entry.region = region;
      call.region = region;
    }

    const fault = context.faults.take(parsed.operation, 'transport', region);
    if (fault) {
      entry.fault = fault.type;
      const dropped = await actOutTransportFault(fault, adapter.errors, requestId, () => {
        finish(0, 'ConnectionDropped');
        request.socket.destroy();
      });
      if (dropped) return;
    }

    const admitted = await adapter.admit(call, parsed);
    if (context.faults.take(parsed.operation, 'authorization', region)) {
      entry.fault = 'access-denied';
      throw adapter.errors.accessDenied(admitted);
    }
    if (context.faults.take(parsed.operation, 'answer', region)) {
      entry.fault = 'lose-answer';
      loseAnswer(request, response);
      await adapter.run(call, admitted);
      finish(0, 'AnswerLost');
      return;
    }
    finish(await adapter.run(call, admitted));
  } catch (caught) {
    // The client went away mid-request: there is no one to answer.
    if (response.destroyed) {
      finish(0, 'ClientClosedRequest');
      return;
    }
    const { errors } = adapter;
    let error = errors.known(caught);
    if (error === undefined) {
      if (caught instanceof BodyTooLargeError) error = errors.bodyTooLarge(caught.message);
      else {
        console.error(caught);
        error = errors.internal();
      }
    }
    const { status, errorType } = errors.send(response, requestId, error);
    finish(status, errorType);
  }
}
