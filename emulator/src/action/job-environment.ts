/**
 * What emulator/action.yml sets for the rest of the job, and how its post step puts it back.
 * Pure functions of the environment, so each rule is tested on its own.
 */

/** Fake keys: without a key pair of its own the emulator accepts any signature. */
export const TEST_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'emulator',
  AWS_SECRET_ACCESS_KEY: 'emulator',
};

/**
 * The address a step of the job reaches the emulator at. A wildcard bind (`--host 0.0.0.0`, for
 * other containers) is no address to connect to, and its Host header is not a loopback one, which
 * the control API refuses (the post step reads the request log there): the same port on the
 * loopback address of that family serves the job's own steps.
 */
export function reachableUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === '0.0.0.0') parsed.hostname = '127.0.0.1';
  else if (parsed.hostname === '[::]') parsed.hostname = '[::1]';
  else return url;
  // URL adds a `/` path; the emulator printed none, and the SDKs append theirs.
  return parsed.origin;
}

/**
 * The variables later steps get: the service endpoints of Incident Manager and, unless
 * `emulateSts` is off, STS (the SDKs, the AWS CLI from v2.13 and incident-timeline-action read
 * them; other services keep their real endpoints), fake keys in place of any others so that no
 * real credential is sent to the emulator, and a region.
 */
export function jobEnvironment(
  url: string,
  emulateSts: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  return {
    AWS_ENDPOINT_URL_SSM_INCIDENTS: url,
    ...(emulateSts ? { AWS_ENDPOINT_URL_STS: url } : {}),
    ...TEST_CREDENTIALS,
    // Keys from an earlier step (configure-aws-credentials) may have come with a session token.
    ...(env.AWS_SESSION_TOKEN ? { AWS_SESSION_TOKEN: '' } : {}),
    // The JavaScript SDK reads AWS_REGION, boto3 AWS_DEFAULT_REGION, the AWS CLI either.
    ...(env.AWS_REGION ? {} : { AWS_REGION: region }),
    ...(env.AWS_DEFAULT_REGION ? {} : { AWS_DEFAULT_REGION: region }),
  };
}

/** Each variable the main step set: what it set, and what the job had before (null: unset). */
export type SetVariables = Record<string, { set: string; before: string | null }>;

export function recordSetVariables(
  environment: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): SetVariables {
  return Object.fromEntries(
    Object.entries(environment).map(([name, set]) => [name, { set, before: env[name] ?? null }]),
  );
}

/**
 * What the post step writes back, for the post steps that run after it (those of the actions
 * that ran before this one): each variable to its value before the main step, '' for one that
 * was unset (a step cannot unset a variable of the job; the SDKs and the AWS CLI take an empty
 * endpoint variable for an unset one). A variable that a later step changed again is left as that
 * step set it.
 */
export function restoredVariables(
  saved: SetVariables,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const restored: Record<string, string> = {};
  for (const [name, { set, before }] of Object.entries(saved)) {
    if (env[name] === set) restored[name] = before ?? '';
  }
  return restored;
}
