import * as core from '@actions/core';
import type { AwsSettings } from './aws/client-config.js';
import { createIncidentsClient } from './aws/client.js';
import { assumeRole, defaultSessionName } from './aws/credentials.js';
import { IncidentsApi } from './aws/incidents.js';
import { Deadline, timeLimits, type TimeLimits } from './deadline.js';
import type { WorkflowFacts } from './facts.js';
import type { Inputs } from './inputs.js';
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

export function startClock(): Clock {
  const limits = timeLimits();
  return { limits, deadline: new Deadline(limits.deadlineMs) };
}

/**
 * Connects under the run's deadline: assumes `role-to-assume` when given (the OIDC token and STS
 * count against the deadline), then builds the Incident Manager client. The main step and the
 * job-end step connect the same way.
 */
export async function connect(
  inputs: Pick<Inputs, 'region' | 'maxAttempts' | 'role' | 'endpointUrl'>,
  facts: WorkflowFacts,
  { deadline, limits }: Clock,
): Promise<Session> {
  const settings: AwsSettings = {
    region: inputs.region,
    maxAttempts: inputs.maxAttempts,
    limits,
    deadline,
    debug: log.debug,
  };
  let credentials;
  if (inputs.role) {
    credentials = await assumeRole(
      {
        roleArn: inputs.role.roleArn,
        sessionName: inputs.role.sessionName || defaultSessionName(facts.runId, facts.runAttempt),
        audience: inputs.role.audience,
        oidcAvailable: Boolean(
          process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ),
        getIdToken: (audience) => core.getIDToken(audience),
      },
      settings,
    );
    core.setSecret(credentials.secretAccessKey);
    if (credentials.sessionToken) core.setSecret(credentials.sessionToken);
  }
  const client = await createIncidentsClient(settings, inputs.endpointUrl, credentials);
  return { api: new IncidentsApi(client, deadline, limits, log.debug), deadline };
}
