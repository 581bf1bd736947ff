/**
 * A GitHub OIDC token with these claims and no signature: what the emulator's STS reads (it
 * checks the claims only, both ends being the emulator), and all the action reads of a token
 * (its subject and audience, for messages).
 */
export function oidcToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'none' })}.${part(claims)}.`;
}
