import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { ApiError } from './errors.js';

export interface SigningKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Temporary credentials the emulator's STS issued, as the signature check needs them. */
export interface IssuedSession extends SigningKeys {
  sessionToken: string;
  expiration: Date;
  /** `arn:aws:sts::<account>:assumed-role/<role>/<session>`: who the caller is. */
  principalArn: string;
}

export interface SessionLookup {
  byToken(sessionToken: string): IssuedSession | undefined;
  byAccessKeyId(accessKeyId: string): IssuedSession | undefined;
}

export interface AuthSettings {
  service: string;
  /** With keys, signatures are verified (in the region their credential scope names). */
  keys?: SigningKeys;
  region: string;
  /** The sessions STS issued; their requests are always verified, with the session's secret. */
  sessions?: SessionLookup;
}

export interface SignedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Caller {
  accessKeyId: string;
  /** Set when the request was signed with temporary credentials the emulator issued. */
  session?: IssuedSession;
}

const ALLOWED_SKEW_MS = 15 * 60 * 1000;

function authError(errorType: string, message: string): ApiError {
  return new ApiError(errorType, 403, message);
}

interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** A region's name, such as us-east-1 (its form: one emulator serves every region). */
export function isRegionName(value: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(value);
}

/** Splits `AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=..., Signature=...`. */
export function parseAuthorization(header: string): ParsedAuthorization {
  const [algorithm, ...rest] = header.trim().split(/\s+/);
  if (algorithm !== 'AWS4-HMAC-SHA256') {
    throw authError(
      'IncompleteSignatureException',
      `Unsupported AWS 'algorithm': '${algorithm ?? ''}'`,
    );
  }
  const fields = new Map<string, string>();
  for (const part of rest.join(' ').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !fields.get(name));
  if (missing.length > 0) {
    throw authError(
      'IncompleteSignatureException',
      missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' '),
    );
  }
  const scope = fields.get('Credential')!.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') {
    throw authError(
      'IncompleteSignatureException',
      "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '" +
        fields.get('Credential') +
        "'",
    );
  }
  const [accessKeyId, date, region, service] = scope as [string, string, string, string];
  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: fields
      .get('SignedHeaders')!
      .split(';')
      .map((h) => h.trim().toLowerCase()),
    signature: fields.get('Signature')!,
  };
}

/** `20240131T235959Z` → Date, or undefined when the header is not in the SigV4 basic format. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Authenticates an API request the way AWS's front door does. Without configured keys any
 * well-formed SigV4 header for this service is accepted (like most local emulators); with keys, or
 * with temporary credentials the emulator issued, the signature is recomputed with the same signed
 * headers and date and that secret, and must match.
 */
export async function authenticate(
  request: SignedRequest,
  settings: AuthSettings,
): Promise<Caller> {
  const header = headerValue(request.headers, 'authorization');
  if (!header)
    throw authError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const auth = parseAuthorization(header);
  if (auth.service !== settings.service) {
    throw authError(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${settings.service}'. `,
    );
  }
  const amzDate = headerValue(request.headers, 'x-amz-date');
  if (!amzDate) {
    throw authError(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate)
    throw authError(
      'IncompleteSignatureException',
      `X-Amz-Date must be in the ISO8601 Long Format: ${amzDate}`,
    );
  if (amzDate.slice(0, 8) !== auth.date) {
    throw authError(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  const session = findSession(request.headers, auth.accessKeyId, settings);
  if (session && session.expiration.getTime() <= Date.now()) {
    throw authError(
      'ExpiredTokenException',
      'The security token included in the request is expired',
    );
  }
  const keys = session ?? settings.keys;
  if (!keys) return { accessKeyId: auth.accessKeyId };
  requireSignedHostAndDate(auth.signedHeaders);

  if (auth.accessKeyId !== keys.accessKeyId) throw invalidToken();
  // One emulator serves every region: a signature is good for the region its scope names.
  if (!isRegionName(auth.region)) {
    throw authError(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${auth.region}'. `,
    );
  }
  if (Math.abs(Date.now() - signingDate.getTime()) > ALLOWED_SKEW_MS) {
    throw authError(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now outside the 15 minute window around the server time.`,
    );
  }
  // AWS services other than S3 hash the body they received into the canonical request, whatever
  // x-amz-content-sha256 declares (UNSIGNED-PAYLOAD included). The signer below would take a
  // signed declared hash instead, so one that is not the body's fails here, as the recomputed
  // signature would at AWS: a body changed on the way is never accepted.
  const declaredHash = auth.signedHeaders.includes('x-amz-content-sha256')
    ? headerValue(request.headers, 'x-amz-content-sha256')
    : undefined;
  if (
    declaredHash !== undefined &&
    declaredHash !== createHash('sha256').update(request.body).digest('hex')
  ) {
    throw signatureMismatch();
  }
  const expected = await recomputeSignature(request, auth, signingDate, keys);
  const given = Buffer.from(auth.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw signatureMismatch();
  return { accessKeyId: auth.accessKeyId, ...(session ? { session } : {}) };
}

function signatureMismatch(): ApiError {
  return authError(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  );
}

/**
 * What AWS requires of a verified signature: the host header is always signed, and so is the
 * header the date comes from (the emulator takes it from X-Amz-Date only), so that neither can be
 * changed on the way without breaking the signature.
 */
function requireSignedHostAndDate(signedHeaders: string[]): void {
  for (const [name, shown] of [
    ['host', 'Host'],
    ['x-amz-date', 'X-Amz-Date'],
  ] as const) {
    if (!signedHeaders.includes(name))
      throw authError(
        'IncompleteSignatureException',
        `'${shown}' must be a 'SignedHeader' in the AWS Authorization.`,
      );
  }
}

function invalidToken(): ApiError {
  return authError(
    'UnrecognizedClientException',
    'The security token included in the request is invalid.',
  );
}

/**
 * The issued session a request claims, if any. Credentials the emulator issued are always
 * checked, key pair or not, so that a test can trust that a call made with them really used them.
 * A session token the emulator did not issue is refused when it comes with an issued key ID, or
 * with a key pair configured and any key but that pair's (the configured pair may stand for
 * temporary credentials of the user's own, so its requests may carry a token); without a key
 * pair it is let through unchecked, as before.
 */
function findSession(
  headers: IncomingHttpHeaders,
  accessKeyId: string,
  settings: AuthSettings,
): IssuedSession | undefined {
  const token = headerValue(headers, 'x-amz-security-token');
  const byKey = settings.sessions?.byAccessKeyId(accessKeyId);
  if (!token) {
    if (byKey) throw invalidToken();
    return undefined;
  }
  const session = settings.sessions?.byToken(token);
  if (session) {
    if (session.accessKeyId !== accessKeyId) throw invalidToken();
    return session;
  }
  if (byKey || (settings.keys && settings.keys.accessKeyId !== accessKeyId)) throw invalidToken();
  return undefined;
}

async function recomputeSignature(
  request: SignedRequest,
  auth: ParsedAuthorization,
  signingDate: Date,
  keys: SigningKeys,
): Promise<Buffer> {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value === undefined) {
      throw authError(
        'IncompleteSignatureException',
        `Signed header '${name}' is missing from the request.`,
      );
    }
    headers[name] = value;
  }
  // The signer re-adds the session token header from the credentials; pass it only if it was signed.
  const sessionToken = auth.signedHeaders.includes('x-amz-security-token')
    ? headers['x-amz-security-token']
    : undefined;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const signer = new SignatureV4({
    service: auth.service,
    region: auth.region,
    credentials: {
      accessKeyId: keys.accessKeyId,
      secretAccessKey: keys.secretAccessKey,
      sessionToken,
    },
    sha256: Hash.bind(null, 'sha256'),
    // Clients only send x-amz-content-sha256 when they signed it; never invent one.
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: headers.host ?? '',
      path: request.path,
      query,
      headers,
      body: request.body,
    },
    { signingDate, signableHeaders: new Set(auth.signedHeaders) },
  );
  const signature =
    /Signature=([0-9a-f]+)/.exec(
      String(signed.headers.authorization ?? signed.headers.Authorization),
    )?.[1] ?? '';
  return Buffer.from(signature);
}
