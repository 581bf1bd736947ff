import { SafeError, safeMessage } from '../runtime/errors.js';
import { inert, inertUpTo, QUOTE_MAX } from '../runtime/inert.js';
import { AwsCallError } from './call-error.js';
import { awsClientConfig, type AwsSettings } from './client-config.js';
import type { CredentialIdentity, Credentials } from './client.js';

export interface RoleSettings {
  roleArn: string;
  sessionName: string;
  audience: string;
  /** True when the job may request a GitHub OIDC token (`permissions: id-token: write`). */
  oidcAvailable: boolean;
  /** AWS_ENDPOINT_URL_STS (or AWS_ENDPOINT_URL), which the SDK's STS client uses: '' for none. */
  stsEndpoint: string;
  getIdToken: (audience: string) => Promise<string>;
  /**
   * Where no GitHub OIDC is to be had by design (the command outside GitHub Actions): the
   * message of a role that could not be assumed from the default credentials, else the action's.
   */
  withoutOidc?: (roleArn: string, detail: string) => string;
}

const SESSION_DURATION_SECONDS = 3600;

/**
 * `GitHubActions-<run id>-<attempt>` (the command's: `incident-timeline-…`), within the 64
 * characters and character set STS accepts.
 */
export function defaultSessionName(
  runId: string,
  runAttempt: string,
  prefix = 'GitHubActions',
): string {
  const name = `${prefix}-${runId || 'local'}-${runAttempt || '1'}`;
  return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

/** Where the STS client will connect: the SDK's own endpoint variables, else the regional endpoint. */
function stsEndpoint(region: string, fromEnvironment: string): string {
  return fromEnvironment || `https://sts.${region}.amazonaws.com`;
}

/**
 * The role could not be assumed; the message says why and what to change in the trust policy. Its
 * cause is the STS call's error, which tells whether the region's STS was unavailable.
 */
export class AssumeRoleError extends SafeError {
  override name = 'AssumeRoleError';
  declare readonly cause: AwsCallError;
}

/** A failed OIDC token request (a GitHub call, not an AWS one). */
export class OidcTokenError extends SafeError {
  override name = 'OidcTokenError';
}

/**
 * Credentials for `role-to-assume`, from the STS of `settings.region`: with OIDC when the job can
 * mint a token, else chained from the credentials already in the environment. The token request
 * and STS run under `settings.deadline` (the region's share of the run's time), and STS on the
 * same client configuration as Incident Manager. The providers are loaded only here, so a run
 * without a role never pays for them.
 */
export async function assumeRole(
  role: RoleSettings,
  settings: AwsSettings,
): Promise<CredentialIdentity> {
  const { deadline } = settings;
  const [providers, clientConfig] = await Promise.all([
    import(/* webpackChunkName: "credential-providers" */ '@aws-sdk/credential-providers'),
    awsClientConfig(settings, stsEndpoint(settings.region, role.stsEndpoint)),
  ]);
  let provider: Credentials;
  let operation: string;
  let claims: TokenClaims | undefined;
  if (role.oidcAvailable) {
    let token: string;
    try {
      token = await deadline.race(role.getIdToken(role.audience), 'The GitHub OIDC token request');
    } catch (error) {
      const why = safeMessage(error);
      throw new OidcTokenError(
        `Could not get a GitHub OIDC token to assume ${role.roleArn} (audience '${role.audience}'): ${why} Is 'permissions: id-token: write' granted to the job?`,
        { cause: error },
      );
    }
    settings.debug(
      `Assuming ${role.roleArn} with the GitHub OIDC token (session ${role.sessionName})`,
    );
    operation = 'AssumeRoleWithWebIdentity';
    claims = tokenClaims(token);
    provider = providers.fromWebToken({
      roleArn: role.roleArn,
      webIdentityToken: token,
      roleSessionName: role.sessionName,
      durationSeconds: SESSION_DURATION_SECONDS,
      clientConfig,
    });
  } else {
    settings.debug(
      `Assuming ${role.roleArn} from the environment's credentials (session ${role.sessionName})`,
    );
    operation = 'AssumeRole';
    provider = providers.fromTemporaryCredentials({
      params: {
        RoleArn: role.roleArn,
        RoleSessionName: role.sessionName,
        DurationSeconds: SESSION_DURATION_SECONDS,
      },
      clientConfig,
    });
  }
  try {
    const pending = typeof provider === 'function' ? provider() : Promise.resolve(provider);
    return await deadline.race(pending, `${operation} on ${role.roleArn}`);
  } catch (error) {
    const failure = new AwsCallError(
      {
        service: 'sts',
        operation,
        resource: role.roleArn,
        attemptMs: settings.limits.attemptMs,
        maxAttempts: settings.maxAttempts,
        deadline,
      },
      error,
    );
    throw new AssumeRoleError(roleFailure(role, failure, claims), { cause: failure });
  }
}

/** The claims of the OIDC token a trust policy matches on; never the token itself. */
export interface TokenClaims {
  sub?: string;
  aud?: string;
}

/**
 * The `sub` and `aud` claims of a JWT, read from its payload without verifying it (STS verifies
 * it): only to say what the role's trust policy was asked to allow. Undefined when it is not a JWT.
 */
export function tokenClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const { sub, aud } = parsed as { sub?: unknown; aud?: unknown };
    const audience = Array.isArray(aud) ? aud.filter((a) => typeof a === 'string').join(', ') : aud;
    return {
      ...(typeof sub === 'string' ? { sub } : {}),
      ...(typeof audience === 'string' ? { aud: audience } : {}),
    };
  } catch {
    return undefined;
  }
}

const OIDC_PROVIDER = 'token.actions.githubusercontent.com';

/** The message of a failed role assumption: the fix first where there is one, then the details. */
export function roleFailure(
  role: Pick<RoleSettings, 'roleArn' | 'audience' | 'oidcAvailable' | 'withoutOidc'>,
  failure: AwsCallError,
  claims?: TokenClaims,
): string {
  if (!role.oidcAvailable && role.withoutOidc)
    return role.withoutOidc(role.roleArn, failure.message);
  if (!role.oidcAvailable) {
    return `Grant the job 'permissions: id-token: write' so that it can assume ${role.roleArn} with GitHub's OIDC token, or configure base credentials that may call sts:AssumeRole on it (aws-actions/configure-aws-credentials). Could not assume role ${role.roleArn} from the environment's credentials, as no OIDC token was available (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ${failure.message}`;
  }
  const prefix = `Could not assume role ${role.roleArn} with OIDC`;
  if (/AccessDenied|InvalidIdentityToken|IDPRejectedClaim/.test(failure.awsName)) {
    const sub = claims?.sub === undefined ? 'unknown' : `'${inertUpTo(claims.sub, QUOTE_MAX)}'`;
    const aud = claims?.aud === undefined ? `'${inert(role.audience)}'` : `'${inert(claims.aud)}'`;
    return `${prefix}: the role's trust policy does not allow this job's token (subject ${sub}, audience ${aud}). Allow it in the trust policy of ${role.roleArn}: the federated principal ${OIDC_PROVIDER} with the condition ${OIDC_PROVIDER}:sub = ${sub} (or a StringLike pattern that matches it) and ${OIDC_PROVIDER}:aud = ${aud}. ${stsDetail(failure)}`;
  }
  return `${prefix}: ${failure.message}`;
}

/** The STS answer, without the advice for ordinary credentials that does not apply to a web identity. */
function stsDetail(failure: AwsCallError): string {
  return `STS answered: ${failure.message.replace(/ Allow the IAM action [^]*$/, '')}`;
}
