/**
 * Time limits of AWS calls. A stuck connection must not hold a deployment job for the runner's
 * six-hour limit, and a slow answer is retried well before the overall deadline.
 * The environment variables exist for tests and unusual networks; they are documented in the README.
 */
export interface TimeLimits {
  connectMs: number;
  requestMs: number;
  deadlineMs: number;
}

function fromEnv(
  name: string,
  fallback: number,
  env: Readonly<Record<string, string | undefined>>,
): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function timeLimits(
  env: Readonly<Record<string, string | undefined>> = process.env,
): TimeLimits {
  return {
    connectMs: fromEnv('INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS', 5_000, env),
    requestMs: fromEnv('INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS', 15_000, env),
    deadlineMs: fromEnv('INCIDENT_TIMELINE_DEADLINE_MS', 120_000, env),
  };
}
