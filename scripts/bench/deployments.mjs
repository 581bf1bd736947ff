// The deployments the benchmark runs: the workflow facts and inputs of a step, and the emulators
// they talk to.
import {
  GITHUB_ENV,
  TEST_CREDENTIALS,
  inputEnv,
  startEmulator,
  stepInputs,
} from '../lib/harness.mjs';

let deployment = 0;

/**
 * The environment of one step: a new deployment each time (run ID and commit), as it is for users,
 * so that every run with link-commit on links a commit the incident does not have yet. The inputs
 * not given take action.yml's defaults, evaluated as the runner does (`job-status` is `success`).
 */
export function deployEnv(endpoint, inputs = {}, env = {}) {
  deployment += 1;
  return {
    ...GITHUB_ENV,
    ...TEST_CREDENTIALS,
    GITHUB_RUN_ID: String(100_000 + deployment),
    // The short SHA leads, as it shows in the event's text.
    GITHUB_SHA: deployment.toString(16).padStart(7, '0').padEnd(40, 'a'),
    ...env,
    ...inputEnv(
      stepInputs({
        'aws-region': 'us-east-1',
        'endpoint-url': endpoint,
        status: 'succeeded',
        environment: 'production',
        ...inputs,
      }),
    ),
  };
}

/** An incident record ARN of the emulator's default account, for a seeded `id`. */
export const incidentArn = (plan, id) =>
  `arn:aws:ssm-incidents::123456789012:incident-record/${plan}/${id}`;

/**
 * Incidents with fixed IDs, so that an emulator reset (back to the seed) keeps their ARNs: each
 * start-up scenario writes to its own incident, and a reset before each round keeps every
 * incident's related items as few as in the first round.
 */
export const STARTUP_INCIDENTS = [
  'known',
  'known-warm',
  'oidc',
  'linked',
  'finish',
  'chain',
  'command',
];

export function startupSeed() {
  return {
    incidents: STARTUP_INCIDENTS.map((id) => ({
      responsePlan: 'checkout-api',
      title: `Checkout latency above SLO (${id})`,
      impact: 2,
      id,
    })),
  };
}

/** 10,000 incident records of which 20 are open: the search scenario. */
export function manyIncidentsSeed() {
  return {
    generateIncidents: {
      count: 9_980,
      responsePlan: 'bulk',
      status: 'RESOLVED',
      impact: 3,
      titlePrefix: 'Old incident',
    },
    incidents: Array.from({ length: 20 }, (_, i) => ({
      responsePlan: 'checkout-api',
      title: `Open incident ${i + 1}`,
      impact: 2,
      id: `open-${i + 1}`,
    })),
  };
}

/** Ten open incidents of one response plan and one of another: targets side by side. */
export function fleetSeed() {
  return {
    incidents: [
      ...Array.from({ length: 10 }, (_, i) => ({
        responsePlan: 'fleet',
        title: `Region ${i + 1} degraded`,
        impact: 2,
        id: `region-${i + 1}`,
      })),
      { responsePlan: 'solo', title: 'Checkout degraded', impact: 2, id: 'solo' },
    ],
  };
}

/** Starts the emulators of a benchmark run and stops them all. */
export async function startEmulators(specs) {
  const started = {};
  try {
    for (const [name, options] of Object.entries(specs))
      started[name] = await startEmulator(options);
  } catch (error) {
    await Promise.all(Object.values(started).map((e) => e.stop()));
    throw error;
  }
  return {
    ...started,
    stopAll: () => Promise.all(Object.values(started).map((e) => e.stop())),
  };
}
