import type { AwsSettings } from './client-config.js';
import { createIncidentsClient, type CredentialIdentity } from './client.js';
import type { SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { assumeRole, defaultSessionName, type RoleSettings } from './credentials.js';
import { IncidentsApi } from './incidents.js';
import { RegionRoute, type Failover } from './regions.js';
import { Deadline, type TimeLimits } from '../runtime/deadline.js';
import { errorMessage, SafeError } from '../runtime/errors.js';
import type { WorkflowFacts } from '../read/facts.js';
import type { Inputs } from '../read/inputs.js';
import type { RunEnvironment } from '../read/run-environment.js';
import { inert, log } from '../runtime/log.js';

/** What one run talks to AWS with: the API and the deadline its calls share. */
export interface Session {
  api: IncidentsApi;
  deadline: Deadline;
}

/** The run's time limits and its one deadline, started now. */
export interface Clock {
  deadline: Deadline;
  limits: TimeLimits;
}

/** The run's one deadline, started now. */
export function startClock(limits: TimeLimits): Clock {
  return { limits, deadline: new Deadline(limits.deadlineMs) };
}

/**
 * The default chain's credentials, resolved once with the first region's client (the SDK's own
 * chain, as that client would use it): when there are none, the run says so once, with the ways
 * to give them, instead of once for each call of each target.
 */
async function defaultCredentials(
  client: SSMIncidentsClient,
  deadline: Deadline,
  help: string,
): Promise<CredentialIdentity> {
  try {
    return await deadline.race(client.config.credentials(), 'Finding AWS credentials');
  } catch (error) {
    if ((error as Error | undefined)?.name !== 'CredentialsProviderError') throw error;
    throw new SafeError(
      `No AWS credentials were found (${inert(errorMessage(error))}), so nothing was sent. ${help}`,
    );
  }
}

/**
 * Connects under the run's deadline: routes the Incident Manager calls to the regions in order,
 * each client built when its region becomes the run's. With `role-to-assume`, the role is assumed
 * up front (so that a mistake is reported as such, not as a failed write) with the STS of the
 * run's region: a region whose STS is unavailable is failed over like one whose Incident Manager
 * is. The OIDC token is requested once, and the credentials, good in every region, are kept for
 * the rest of the run. The main step and the job-end step connect the same way; `regions` is the
 * order of preference (the job end starts where its step ended).
 */
export async function connect(
  inputs: Pick<Inputs, 'maxAttempts' | 'role' | 'endpointUrl'>,
  regions: readonly string[],
  facts: WorkflowFacts,
  { deadline, limits }: Clock,
  environment: Pick<RunEnvironment, 'oidcAvailable' | 'stsEndpoint' | 'incidentsEndpoint'>,
  host: {
    /** A GitHub OIDC token, when `environment.oidcAvailable`. */
    getIdToken(audience: string): Promise<string>;
    setSecret(value: string): void;
    /** The ways to give credentials where the run is, said when none were found. */
    credentialsHelp: string;
    /** See RoleSettings.withoutOidc. */
    roleWithoutOidc?: (roleArn: string, detail: string) => string;
    /** The default session name's first word (defaultSessionName). */
    sessionPrefix: string;
  },
  onFailover: (failover: Failover) => void,
): Promise<Session> {
  const settings: AwsSettings = {
    region: regions[0] as string,
    maxAttempts: inputs.maxAttempts,
    limits,
    deadline,
    debug: log.debug,
  };
  const { role } = inputs;
  let idToken: Promise<string> | undefined;
  const roleSettings: RoleSettings | undefined = role && {
    roleArn: role.roleArn,
    sessionName:
      role.sessionName ||
      defaultSessionName(facts.runId || facts.jobInstance, facts.runAttempt, host.sessionPrefix),
    audience: role.audience,
    oidcAvailable: environment.oidcAvailable,
    stsEndpoint: environment.stsEndpoint,
    // Valid for minutes: requested once, even when STS is called in a second region.
    getIdToken: (audience) => (idToken ??= host.getIdToken(audience)),
    ...(host.roleWithoutOidc ? { withoutOidc: host.roleWithoutOidc } : {}),
  };
  let credentials: CredentialIdentity | undefined;
  // endpoint-url, else the SDK's own variable (the emulator's action sets it).
  const endpointUrl = inputs.endpointUrl || environment.incidentsEndpoint;
  const route = new RegionRoute(
    regions,
    deadline,
    async (region, share) => {
      const regional = { ...settings, region, deadline: share };
      if (roleSettings && !credentials) {
        credentials = await assumeRole(roleSettings, regional);
        host.setSecret(credentials.secretAccessKey);
        if (credentials.sessionToken) host.setSecret(credentials.sessionToken);
      }
      const client = await createIncidentsClient(regional, endpointUrl, credentials);
      // Without a role: the default chain's, found once and kept for the next regions.
      credentials ??= await defaultCredentials(client, share, host.credentialsHelp);
      return client;
    },
    onFailover,
  );
  // Up front, so that a role or credentials that cannot be had are reported as such, not as a
  // failed write, before anything is sent.
  await route.current();
  return { api: new IncidentsApi(route, limits, log.debug, inputs.maxAttempts), deadline };
}
