import type { IncomingMessage } from 'node:http';
import { redactHeaders, type RecordedRequest, type RequestLog } from './request-log.js';

export interface TrackedRequest {
  entry: RecordedRequest;
  /** Completes the log entry and writes the one log line of this call. */
  finish(status: number, errorType?: string): void;
}

/**
 * Records a call as it arrives (so an in-flight call shows with status null) and finishes it once
 * answered; shared by the Incident Manager and STS front ends so their log entries agree.
 */
export function trackRequest(
  log: RequestLog,
  request: IncomingMessage,
  url: Pick<URL, 'pathname' | 'searchParams'>,
  operation: string,
  logLine: ((line: string) => void) | undefined,
): TrackedRequest {
  const started = performance.now();
  const method = request.method ?? 'GET';
  const entry = log.record({
    operation,
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: null,
    body: null,
    headers: redactHeaders(request.headers),
    receivedAt: new Date().toISOString(),
  });
  return {
    entry,
    finish(status, errorType) {
      entry.status = status;
      entry.durationMs = Math.round((performance.now() - started) * 1000) / 1000;
      if (errorType) entry.errorType = errorType;
      log.measure(entry);
      const fault = entry.fault ? ` fault=${entry.fault}` : '';
      logLine?.(
        `${method} ${url.pathname} ${entry.operation} ${status}${errorType ? ` ${errorType}` : ''}${fault} ${entry.durationMs.toFixed(1)}ms`,
      );
    },
  };
}
