import { parallelTargets } from '../runtime/concurrency.js';
import { timeLimits, type TimeLimits } from '../runtime/deadline.js';
import type { Env } from '../runtime/env.js';

/**
 * What a run takes from the runner's environment besides the workflow facts (facts.ts), read once
 * when the run starts and handed down: no module below reads `process.env` for it. (The proxy
 * variables are read by proxy-from-env itself, and RUNNER_TEMP by the entry, before anything.)
 */
export interface RunEnvironment {
  limits: TimeLimits;
  /** How many targets are written at once (INCIDENT_TIMELINE_PARALLEL_TARGETS). */
  parallelTargets: number;
  /** The job may request a GitHub OIDC token (`permissions: id-token: write`). */
  oidcAvailable: boolean;
  /** The SDKs' own endpoint variables: where STS and Incident Manager calls go without `endpoint-url`. */
  stsEndpoint: string;
  incidentsEndpoint: string;
  /** GITHUB_STEP_SUMMARY: empty outside a runner. */
  summaryFile: string;
  /** The variables `getInputs` and the job-end state read (AWS_REGION, STATE_*). */
  env: Env;
}

export function readRunEnvironment(env: Env = process.env): RunEnvironment {
  return {
    limits: timeLimits(env),
    parallelTargets: parallelTargets(env),
    oidcAvailable: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    stsEndpoint: env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || '',
    incidentsEndpoint: env.AWS_ENDPOINT_URL_SSM_INCIDENTS || env.AWS_ENDPOINT_URL || '',
    summaryFile: env.GITHUB_STEP_SUMMARY ?? '',
    env,
  };
}
