import type { IncomingHttpHeaders } from 'node:http';

export interface RecordedRequest {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** null while the request is in flight; 0 when a fault dropped the connection. */
  status: number | null;
  /** The region the request was signed for (its credential scope), when it was signed. */
  region?: string;
  errorType?: string;
  fault?: string;
  /** Time from arrival to the answer (or the drop), in milliseconds. */
  durationMs?: number;
  body: unknown;
  /** Set when only the first bytes of the body were kept (see `RequestLog.keepBody`). */
  bodyTruncated?: true;
  /** With `bodyTruncated`: the size of the whole request body, in bytes. */
  bodyBytes?: number;
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

/** Of each body at most this many bytes are kept; the rest is summed up in `bodyBytes`. */
export const MAX_KEPT_BODY_BYTES = 64 * 1024;

/**
 * All entries together, measured as the JSON `GET /_emulator/requests` sends: beyond it the oldest
 * are dropped. 10,000 ordinary calls take about 12 MiB.
 */
export const REQUEST_LOG_BUDGET_BYTES = 32 * 1024 * 1024;

export interface RequestLogLimits {
  maxEntries: number;
  budgetBytes: number;
  maxBodyBytes: number;
}

export const DEFAULT_REQUEST_LOG_LIMITS: RequestLogLimits = {
  maxEntries: MAX_RECORDED_REQUESTS,
  budgetBytes: REQUEST_LOG_BUDGET_BYTES,
  maxBodyBytes: MAX_KEPT_BODY_BYTES,
};

/** What the log holds, for `GET /_emulator/requests` and benchmarks. */
export interface RequestLogUsage extends RequestLogLimits {
  entries: number;
  /** Size of the list of entries as JSON (`[…]`), in bytes. */
  bytes: number;
  /** Entries dropped for the count or the byte budget since the last clear. */
  dropped: number;
}

interface KeptEntry {
  entry: RecordedRequest;
  bytes: number;
}

export class RequestLog {
  private kept: KeptEntry[] = [];
  private readonly byEntry = new Map<RecordedRequest, KeptEntry>();
  private totalBytes = 0;
  private dropped = 0;
  readonly limits: RequestLogLimits;

  constructor(limits: Partial<RequestLogLimits> = {}) {
    this.limits = { ...DEFAULT_REQUEST_LOG_LIMITS, ...limits };
  }

  record(entry: RecordedRequest): RecordedRequest {
    const kept = { entry, bytes: 0 };
    this.kept.push(kept);
    this.byEntry.set(entry, kept);
    this.measure(entry);
    return entry;
  }

  /**
   * Stores what arrived as the entry's body: the value itself when its JSON (or text) fits in
   * `maxBodyBytes`, else that many bytes of the text, marked with `bodyTruncated` and the size of
   * the whole request body in `bodyBytes`.
   */
  keepBody(entry: RecordedRequest, body: unknown, receivedBytes: number): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (Buffer.byteLength(text) <= this.limits.maxBodyBytes) {
      entry.body = body;
    } else {
      entry.body = truncateUtf8(text, this.limits.maxBodyBytes);
      entry.bodyTruncated = true;
      entry.bodyBytes = receivedBytes;
    }
    this.measure(entry);
  }

  /** Accounts for the members set since the entry was last measured (status, caller, ...). */
  measure(entry: RecordedRequest): void {
    const kept = this.byEntry.get(entry);
    if (!kept) return;
    const bytes = Buffer.byteLength(JSON.stringify(entry)) + 1;
    this.totalBytes += bytes - kept.bytes;
    kept.bytes = bytes;
    this.trim();
  }

  list(operation?: string): RecordedRequest[] {
    const entries = this.kept.map((kept) => kept.entry);
    return operation ? entries.filter((entry) => entry.operation === operation) : entries;
  }

  usage(): RequestLogUsage {
    return {
      ...this.limits,
      entries: this.kept.length,
      bytes: this.listBytes(this.totalBytes, this.kept.length),
      dropped: this.dropped,
    };
  }

  clear(): void {
    this.kept = [];
    this.byEntry.clear();
    this.totalBytes = 0;
    this.dropped = 0;
  }

  /** Each entry is counted with one separator; the list adds its brackets and loses one comma. */
  private listBytes(entryBytes: number, entries: number): number {
    return entries === 0 ? 2 : entryBytes + 1;
  }

  /** Drops the oldest entries over either limit; the newest always stays, whatever its size. */
  private trim(): void {
    let drop = 0;
    let bytes = this.totalBytes;
    while (
      drop < this.kept.length - 1 &&
      (this.kept.length - drop > this.limits.maxEntries ||
        this.listBytes(bytes, this.kept.length - drop) > this.limits.budgetBytes)
    ) {
      bytes -= this.kept[drop]!.bytes;
      drop++;
    }
    if (drop === 0) return;
    for (const { entry } of this.kept.splice(0, drop)) this.byEntry.delete(entry);
    this.totalBytes = bytes;
    this.dropped += drop;
  }
}

/** The first `maxBytes` bytes of UTF-8 text, never ending inside a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8').subarray(0, maxBytes);
  // Streaming mode holds back an incomplete final sequence instead of emitting U+FFFD.
  return new TextDecoder('utf-8').decode(bytes, { stream: true });
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

/**
 * A SigV4 header keeps its scope and signed header names; any other credential (GitHub's
 * `token …` or `Bearer …`) only its scheme.
 */
function redactAuthorization(value: string): string {
  const scheme = /^\s*(Bearer|token|Basic)\s/i.exec(value)?.[1];
  if (scheme) return `${scheme} <redacted>`;
  const scope = /Credential=[^/,\s]+\/([^,\s]+)/.exec(value)?.[1];
  const signed = /SignedHeaders=([^,\s]+)/.exec(value)?.[1];
  if (!scope || !signed) return '<redacted>';
  return `AWS4-HMAC-SHA256 Credential=<redacted>/${scope}, SignedHeaders=${signed}, Signature=<redacted>`;
}
