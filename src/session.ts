import * as core from '@actions/core';
import type { AwsSettings } from './aws/client-config.js';
import { createIncidentsClient, type CredentialIdentity } from './aws/client.js';
import { assumeRole, defaultSessionName, type RoleSettings } from './aws/credentials.js';
import { IncidentsApi } from './aws/incidents.js';
import { RegionRoute, type Failover } from './aws/regions.js';
import { Deadline, type TimeLimits } from './deadline.js';
import type { WorkflowFacts } from './facts.js';
import type { Inputs } from './inputs.js';
import type { RunEnvironment } from './run-environment.js';
import { log } from './log.js';

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
    sessionName: role.sessionName || defaultSessionName(facts.runId, facts.runAttempt),
    audience: role.audience,
    oidcAvailable: environment.oidcAvailable,
    stsEndpoint: environment.stsEndpoint,
    // Valid for minutes: requested once, even when STS is called in a second region.
    getIdToken: (audience) => (idToken ??= core.getIDToken(audience)),
  };
  let credentials: CredentialIdentity | undefined;
  const route = new RegionRoute(
    regions,
    deadline,
    async (region, share) => {
      const regional = { ...settings, region, deadline: share };
      if (roleSettings && !credentials) {
        credentials = await assumeRole(roleSettings, regional);
        core.setSecret(credentials.secretAccessKey);
        if (credentials.sessionToken) core.setSecret(credentials.sessionToken);
      }
      return createIncidentsClient(
        regional,
        // endpoint-url, else the SDK's own variable (the emulator's action sets it).
        inputs.endpointUrl || environment.incidentsEndpoint,
        credentials,
      );
    },
    onFailover,
  );
  if (roleSettings) await route.current();
  return { api: new IncidentsApi(route, limits, log.debug, inputs.maxAttempts), deadline };
}
