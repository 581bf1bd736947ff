import { createHash, randomBytes } from 'node:crypto';
import type { IssuedSession, SessionLookup } from '../sigv4.js';

export interface Session extends IssuedSession {
  roleArn: string;
  sessionName: string;
  /** `<role ID>:<session name>`, as STS returns it in AssumedRoleUser. */
  assumedRoleId: string;
}

/** Beyond this many live sessions the oldest are forgotten, so a long load run stays bounded. */
export const MAX_SESSIONS = 10_000;

/** How every secret and session token the emulator issues begins. */
export const SECRET_PREFIX = 'emuSecret';
export const SESSION_TOKEN_PREFIX = 'IQoJb3JpZ2luX2VtdWxhdG9y';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Upper-case letters and digits 2-7, the alphabet of AWS key and role IDs. */
function base32(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += BASE32[bytes[i % bytes.length]! % 32];
  return out;
}

/**
 * The temporary credentials STS issued, in memory only: they are bearer secrets, so they are never
 * written to the state file, and a restart (or reset) makes every issued credential invalid, as an
 * expired session would be.
 */
export class SessionStore implements SessionLookup {
  private readonly tokens = new Map<string, Session>();
  private readonly keys = new Map<string, Session>();

  issue(options: {
    roleArn: string;
    sessionName: string;
    durationSeconds: number;
    now?: Date;
  }): Session {
    const now = options.now ?? new Date();
    const { account, roleName } = parseRoleArn(options.roleArn);
    const roleId = `AROA${base32(createHash('sha256').update(options.roleArn).digest(), 17)}`;
    const session: Session = {
      // ASIA marks temporary keys, as in AWS; tools (and our tests) rely on the prefix.
      accessKeyId: `ASIA${base32(randomBytes(16), 16)}`,
      // 40 characters like AWS's; the fixed starts let a leak check find them in any log.
      secretAccessKey: `${SECRET_PREFIX}${randomBytes(24).toString('base64').slice(0, 31)}`,
      sessionToken: `${SESSION_TOKEN_PREFIX}${randomBytes(180).toString('base64')}`,
      expiration: new Date(Math.floor(now.getTime() / 1000 + options.durationSeconds) * 1000),
      principalArn: `arn:aws:sts::${account}:assumed-role/${roleName}/${options.sessionName}`,
      roleArn: options.roleArn,
      sessionName: options.sessionName,
      assumedRoleId: `${roleId}:${options.sessionName}`,
    };
    this.tokens.set(session.sessionToken, session);
    this.keys.set(session.accessKeyId, session);
    if (this.tokens.size > MAX_SESSIONS) this.forget(this.tokens.values().next().value!);
    return session;
  }

  byToken(sessionToken: string): Session | undefined {
    return this.tokens.get(sessionToken);
  }

  byAccessKeyId(accessKeyId: string): Session | undefined {
    return this.keys.get(accessKeyId);
  }

  clear(): void {
    this.tokens.clear();
    this.keys.clear();
  }

  private forget(session: Session): void {
    this.tokens.delete(session.sessionToken);
    this.keys.delete(session.accessKeyId);
  }
}

/** `arn:aws:iam::<account>:role/<path/><name>`; the caller validated the form. */
function parseRoleArn(roleArn: string): { account: string; roleName: string } {
  const [, , , , account = '', resource = ''] = roleArn.split(':');
  return { account, roleName: resource.slice(resource.lastIndexOf('/') + 1) };
}
