import type { IncomingHttpHeaders } from 'node:http';

export interface RecordedRequest {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** null while the request is in flight; 0 when a fault dropped the connection. */
  status: number | null;
  errorType?: string;
  fault?: string;
  /** Time from arrival to the answer (or the drop), in milliseconds. */
  durationMs?: number;
  body: unknown;
  headers: Record<string, string>;
  receivedAt: string;
  /**
   * Calls signed with temporary credentials the emulator's STS issued: the session's role ARN and
   * key ID. Those keys are the emulator's own and worthless without their secret and token, and
   * the ID ties a call to the session that made it. Keys a caller brings are never recorded.
   */
  caller?: { arn: string; accessKeyId?: string };
  /** STS calls: the session issued (never its secret or token). */
  issued?: { accessKeyId: string; assumedRoleArn: string; expiration: string };
  /** AssumeRoleWithWebIdentity: the token's issuer, audience and subject (never the token). */
  webIdentity?: { iss: string; aud: string | string[]; sub: string };
}

/** Beyond this many entries the oldest are dropped, so a long load run cannot exhaust memory. */
export const MAX_RECORDED_REQUESTS = 10_000;

export class RequestLog {
  private entries: RecordedRequest[] = [];

  record(entry: RecordedRequest): RecordedRequest {
    this.entries.push(entry);
    if (this.entries.length > MAX_RECORDED_REQUESTS)
      this.entries.splice(0, this.entries.length - MAX_RECORDED_REQUESTS);
    return entry;
  }

  list(operation?: string): RecordedRequest[] {
    return operation
      ? this.entries.filter((entry) => entry.operation === operation)
      : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

/**
 * Lower-cased headers with the credentials taken out. The credential scope and signed header
 * names stay, because tests assert on the region and on what was signed.
 */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    if (name === 'authorization') out[name] = redactAuthorization(value);
    else if (name === 'x-amz-security-token') out[name] = '<redacted>';
    else out[name] = value;
  }
  return out;
}

function redactAuthorization(value: string): string {
  const scope = /Credential=[^/,\s]+\/([^,\s]+)/.exec(value)?.[1];
  const signed = /SignedHeaders=([^,\s]+)/.exec(value)?.[1];
  if (!scope || !signed) return '<redacted>';
  return `AWS4-HMAC-SHA256 Credential=<redacted>/${scope}, SignedHeaders=${signed}, Signature=<redacted>`;
}
