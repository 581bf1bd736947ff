/**
 * JSON Web Tokens without signatures. The emulator's OIDC endpoint mints them and its STS reads
 * them back: both ends are the emulator, so a signature would prove nothing, and `alg: none` says
 * so plainly. The form (three base64url parts, JSON header and claims) is what real clients and
 * STS expect.
 */
export type Claims = Record<string, unknown>;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function unsignedJwt(claims: Claims): string {
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode(claims)}.`;
}

/** The claims of a JWT, or a reason it is not one. The signature part is not checked. */
export function decodeJwt(token: string): Claims | string {
  const parts = token.split('.');
  if (parts.length !== 3) return 'a JWT has three dot-separated parts';
  const [header, payload] = parts.map(decodePart);
  if (!isObject(header)) return 'the JWT header is not base64url-encoded JSON';
  if (!isObject(payload)) return 'the JWT claims are not base64url-encoded JSON';
  return payload;
}

function decodePart(part: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Claims {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
