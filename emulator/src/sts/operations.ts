import { expiredWebIdentityToken, invalidIdentityToken, stsValidation } from './errors.js';
import { decodeJwt } from './jwt.js';
import { GITHUB_ISSUER } from './oidc.js';
import type { Session, SessionStore } from './sessions.js';
import type { XmlElement } from './xml.js';

export const STS_OPERATIONS = ['AssumeRole', 'AssumeRoleWithWebIdentity'] as const;
export type StsOperation = (typeof STS_OPERATIONS)[number];

export function isStsOperation(action: string): action is StsOperation {
  return (STS_OPERATIONS as readonly string[]).includes(action);
}

/** Query parameters are flat strings: `Action=AssumeRole&RoleArn=…&DurationSeconds=3600`. */
export type StsParams = Record<string, string>;

export interface StsSettings {
  sessions: SessionStore;
  /** Audiences a web identity token may carry (the OIDC provider's client IDs). */
  audiences: readonly string[];
}

/** What the web identity token said, for the request log: never the token itself. */
export interface WebIdentityClaims {
  iss: string;
  aud: string | string[];
  sub: string;
}

/**
 * A call that passed validation and authentication. IAM's decision comes between this and
 * `issue()`, so that an injected AccessDenied can name the role and write nothing.
 */
export interface PreparedCall {
  roleArn: string;
  deniedMessage(callerArn: string | undefined): string;
  issue(): { result: XmlElement; session: Session };
}

const DEFAULT_DURATION_SECONDS = 3600;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/;
const SESSION_NAME = /^[\w+=,.@-]*$/;

/** Checks a request's members as STS does, reporting every problem in one ValidationError. */
function validate(operation: StsOperation, params: StsParams): { duration: number } {
  const problems: string[] = [];
  // STS names members in lower camel case in its messages, and never echoes a sensitive value.
  const at = (member: string, value: string | undefined, constraint: string, sensitive = false) => {
    const shown = value === undefined ? 'null ' : sensitive ? '' : `'${value}' `;
    problems.push(
      `Value ${shown}at '${member}' failed to satisfy constraint: Member must ${constraint}`,
    );
  };
  const length = (member: string, value: string, min: number, max: number, sensitive = false) => {
    if (value.length < min)
      at(member, value, `have length greater than or equal to ${min}`, sensitive);
    else if (value.length > max)
      at(member, value, `have length less than or equal to ${max}`, sensitive);
  };

  const { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: duration } = params;
  if (roleArn === undefined) at('roleArn', roleArn, 'not be null');
  else {
    length('roleArn', roleArn, 20, 2048);
    if (roleArn.length >= 20 && !ROLE_ARN.test(roleArn))
      at('roleArn', roleArn, 'be the ARN of an IAM role, arn:aws:iam::<account>:role/<name>');
  }
  if (sessionName === undefined) at('roleSessionName', sessionName, 'not be null');
  else {
    length('roleSessionName', sessionName, 2, 64);
    if (!SESSION_NAME.test(sessionName))
      at('roleSessionName', sessionName, 'satisfy regular expression pattern: [\\w+=,.@-]*');
  }
  let seconds = DEFAULT_DURATION_SECONDS;
  if (duration !== undefined) {
    seconds = Number(duration);
    if (!/^-?\d+$/.test(duration)) at('durationSeconds', duration, 'be an integer');
    else if (seconds < 900)
      at('durationSeconds', duration, 'have value greater than or equal to 900');
    else if (seconds > 43200)
      at('durationSeconds', duration, 'have value less than or equal to 43200');
  }
  if (operation === 'AssumeRoleWithWebIdentity') {
    const token = params.WebIdentityToken;
    if (token === undefined) at('webIdentityToken', token, 'not be null');
    else length('webIdentityToken', token, 4, 20000, true);
  }
  if (problems.length > 0) {
    const count =
      problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
    throw stsValidation(`${count} detected: ${problems.join('; ')}`);
  }
  return { duration: seconds };
}

/**
 * Authenticates a web identity token as STS does for an OIDC provider registered in the account:
 * GitHub's issuer, an audience the provider lists, not expired. The signature is not checked (the
 * emulator's tokens carry none).
 */
function readWebIdentity(token: string, audiences: readonly string[]): WebIdentityClaims {
  const claims = decodeJwt(token);
  if (typeof claims === 'string')
    throw invalidIdentityToken(`Couldn't parse the web identity token: ${claims}`);
  const { iss, aud, sub, exp } = claims;
  if (typeof iss !== 'string' || iss !== GITHUB_ISSUER)
    throw invalidIdentityToken(
      `No OpenIDConnect provider found in your account for ${typeof iss === 'string' ? iss : '(no iss claim)'}`,
    );
  const tokenAudiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (!tokenAudiences.some((a) => typeof a === 'string' && audiences.includes(a)))
    throw invalidIdentityToken('Incorrect token audience');
  if (typeof exp !== 'number') throw invalidIdentityToken('The token has no exp claim');
  const now = Math.floor(Date.now() / 1000);
  if (exp <= now)
    throw expiredWebIdentityToken(
      `Token expired: current date/time ${now} must be before the expiration date/time ${exp}`,
    );
  if (typeof sub !== 'string' || sub.length < 6)
    throw invalidIdentityToken('The token has no sub claim of at least 6 characters');
  return { iss, aud: aud as string | string[], sub };
}

/**
 * The claims the request log shows for a web identity token, read before STS judges them, so that
 * a refused token still tells which issuer, audience and subject it carried.
 */
export function loggedClaims(token: string | undefined): WebIdentityClaims | undefined {
  const claims = token === undefined ? 'no token' : decodeJwt(token);
  if (typeof claims === 'string') return undefined;
  const { iss, aud, sub } = claims;
  return {
    iss: typeof iss === 'string' ? iss : '',
    aud: typeof aud === 'string' || Array.isArray(aud) ? (aud as string | string[]) : '',
    sub: typeof sub === 'string' ? sub : '',
  };
}

function credentialsXml(session: Session): XmlElement {
  return {
    Credentials: {
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: session.expiration,
    },
  };
}

function assumedRoleUser(session: Session): XmlElement {
  return { AssumedRoleUser: { AssumedRoleId: session.assumedRoleId, Arn: session.principalArn } };
}

export function prepare(
  operation: StsOperation,
  params: StsParams,
  settings: StsSettings,
): PreparedCall {
  const { duration } = validate(operation, params);
  const roleArn = params.RoleArn!;
  const issueSession = () =>
    settings.sessions.issue({
      roleArn,
      sessionName: params.RoleSessionName!,
      durationSeconds: duration,
    });

  if (operation === 'AssumeRole') {
    return {
      roleArn,
      deniedMessage: (caller) =>
        `User: ${caller ?? 'anonymous'} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      issue() {
        const session = issueSession();
        return { session, result: { ...credentialsXml(session), ...assumedRoleUser(session) } };
      },
    };
  }

  const webIdentity = readWebIdentity(params.WebIdentityToken!, settings.audiences);
  const matched =
    [webIdentity.aud].flat().find((a) => settings.audiences.includes(a)) ?? settings.audiences[0];
  return {
    roleArn,
    // AWS's words when the role's trust policy does not admit the token.
    deniedMessage: () => 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    issue() {
      const session = issueSession();
      const account = roleArn.split(':')[4];
      return {
        session,
        result: {
          ...credentialsXml(session),
          SubjectFromWebIdentityToken: webIdentity.sub,
          ...assumedRoleUser(session),
          Provider: `arn:aws:iam::${account}:oidc-provider/${new URL(GITHUB_ISSUER).host}`,
          Audience: matched,
        },
      };
    },
  };
}
