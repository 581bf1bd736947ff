import { errorMessage } from '../errors.js';
import { errorName } from './errors.js';
import type { CredentialIdentity, Credentials } from './client.js';

export interface RoleSettings {
  roleArn: string;
  sessionName: string;
  audience: string;
  region: string;
  maxAttempts: number;
  /** True when the job may request a GitHub OIDC token (`permissions: id-token: write`). */
  oidcAvailable: boolean;
  getIdToken: (audience: string) => Promise<string>;
  debug: (message: string) => void;
}

const SESSION_DURATION_SECONDS = 3600;

/** `GitHubActions-<run id>-<attempt>`, within the 64 characters and character set STS accepts. */
export function defaultSessionName(runId: string, runAttempt: string): string {
  const name = `GitHubActions-${runId || 'local'}-${runAttempt || '1'}`;
  return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

/**
 * Credentials for `role-to-assume`: with OIDC when the job can mint a token, else chained from the
 * credentials already in the environment. The providers are loaded only here, so a run without a
 * role never pays for them. The role is assumed once, up front, so that a mistake is reported as
 * such instead of as a failed timeline write.
 */
export async function assumeRole(settings: RoleSettings): Promise<CredentialIdentity> {
  const providers = await import('@aws-sdk/credential-providers');
  const clientConfig = { region: settings.region, maxAttempts: settings.maxAttempts };
  let provider: Credentials;
  if (settings.oidcAvailable) {
    let token: string;
    try {
      token = await settings.getIdToken(settings.audience);
    } catch (error) {
      throw new Error(
        `Could not get a GitHub OIDC token to assume ${settings.roleArn} (audience '${settings.audience}'): ${errorMessage(error)}. Is 'permissions: id-token: write' granted to the job?`,
        { cause: error },
      );
    }
    settings.debug(
      `Assuming ${settings.roleArn} with the GitHub OIDC token (session ${settings.sessionName})`,
    );
    provider = providers.fromWebToken({
      roleArn: settings.roleArn,
      webIdentityToken: token,
      roleSessionName: settings.sessionName,
      durationSeconds: SESSION_DURATION_SECONDS,
      clientConfig,
    });
  } else {
    settings.debug(
      `Assuming ${settings.roleArn} from the environment's credentials (session ${settings.sessionName})`,
    );
    provider = providers.fromTemporaryCredentials({
      params: {
        RoleArn: settings.roleArn,
        RoleSessionName: settings.sessionName,
        DurationSeconds: SESSION_DURATION_SECONDS,
      },
      clientConfig,
    });
  }
  try {
    return typeof provider === 'function' ? await provider() : provider;
  } catch (error) {
    const how = settings.oidcAvailable ? 'with OIDC' : "from the environment's credentials";
    const name = errorName(error);
    const refused =
      /AccessDenied|InvalidIdentityToken|IDPRejectedClaim|CredentialsProviderError|InvalidClientTokenId/.test(
        name,
      );
    let hint = '';
    if (settings.oidcAvailable && refused) {
      hint = ` Check that the role's trust policy allows token.actions.githubusercontent.com with audience '${settings.audience}' and this repository's subject.`;
    } else if (!settings.oidcAvailable) {
      hint =
        " No OIDC token was available: grant 'permissions: id-token: write' to the job, or configure base credentials that may call sts:AssumeRole.";
    }
    throw new Error(
      `Could not assume role ${settings.roleArn} ${how}: ${errorMessage(error)}.${hint}`,
      {
        cause: error,
      },
    );
  }
}
