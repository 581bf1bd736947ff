import { DeadlineError } from '../deadline.js';
import { errorMessage } from '../errors.js';
import { inert } from '../inert.js';
import { AwsCallError } from './call-error.js';
import { awsClientConfig, type AwsSettings } from './client-config.js';
import type { CredentialIdentity, Credentials } from './client.js';

export interface RoleSettings {
  roleArn: string;
  sessionName: string;
  audience: string;
  /** True when the job may request a GitHub OIDC token (`permissions: id-token: write`). */
  oidcAvailable: boolean;
  getIdToken: (audience: string) => Promise<string>;
}

const SESSION_DURATION_SECONDS = 3600;

/** `GitHubActions-<run id>-<attempt>`, within the 64 characters and character set STS accepts. */
export function defaultSessionName(runId: string, runAttempt: string): string {
  const name = `GitHubActions-${runId || 'local'}-${runAttempt || '1'}`;
  return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

/** Where the STS client will connect: the SDK's own endpoint variables, else the regional endpoint. */
function stsEndpoint(region: string, env = process.env): string {
  return env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com`;
}

/** A failed OIDC token request (a GitHub call, not an AWS one). */
export class OidcTokenError extends Error {
  override name = 'OidcTokenError';
}

/**
 * Credentials for `role-to-assume`: with OIDC when the job can mint a token, else chained from the
 * credentials already in the environment. The token request and STS run under the run's deadline
 * and STS on the same client configuration as Incident Manager. The providers are loaded only
 * here, so a run without a role never pays for them. The role is assumed once, up front, so that
 * a mistake is reported as such instead of as a failed timeline write.
 */
export async function assumeRole(
  role: RoleSettings,
  settings: AwsSettings,
): Promise<CredentialIdentity> {
  const { deadline } = settings;
  const [providers, clientConfig] = await Promise.all([
    import('@aws-sdk/credential-providers'),
    awsClientConfig(settings, stsEndpoint(settings.region)),
  ]);
  let provider: Credentials;
  let operation: string;
  if (role.oidcAvailable) {
    let token: string;
    try {
      token = await deadline.race(role.getIdToken(role.audience), 'The GitHub OIDC token request');
    } catch (error) {
      const why = error instanceof DeadlineError ? error.message : inert(errorMessage(error));
      throw new OidcTokenError(
        `Could not get a GitHub OIDC token to assume ${role.roleArn} (audience '${role.audience}'): ${why} Is 'permissions: id-token: write' granted to the job?`,
        { cause: error },
      );
    }
    settings.debug(
      `Assuming ${role.roleArn} with the GitHub OIDC token (session ${role.sessionName})`,
    );
    operation = 'AssumeRoleWithWebIdentity';
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
        deadline,
      },
      error,
    );
    const how = role.oidcAvailable ? 'with OIDC' : "from the environment's credentials";
    throw new Error(
      `Could not assume role ${role.roleArn} ${how}: ${failure.message}${roleHint(role, failure)}`,
      { cause: error },
    );
  }
}

function roleHint(role: RoleSettings, failure: AwsCallError): string {
  if (!role.oidcAvailable) {
    return " No OIDC token was available: grant 'permissions: id-token: write' to the job, or configure base credentials that may call sts:AssumeRole.";
  }
  if (/AccessDenied|InvalidIdentityToken|IDPRejectedClaim/.test(failure.awsName)) {
    return ` Check that the role's trust policy allows token.actions.githubusercontent.com with audience '${role.audience}' and this repository's subject.`;
  }
  return '';
}
