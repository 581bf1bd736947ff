/**
 * The main step of emulator/action.yml: starts the emulator for the rest of the job and points
 * every later step at it through the environment.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type EmulatorActionInputs } from './inputs.js';
import { EmulatorStartError, launchEmulator } from './launch.js';
import { STATE } from './saved-state.js';
import { error, exportVariable, info, printVerbatim, saveState, setOutput } from './runner.js';

/**
 * The bundled emulator, found from this bundle: emulator/dist/action/main/index.js →
 * emulator/dist/index.js. (Not `new URL(…, import.meta.url)`, which webpack takes for an asset.)
 */
const EMULATOR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'index.js');

const START_TIMEOUT_MS = 15_000;

/** Fake keys: without a key pair of its own the emulator accepts any signature. */
export const TEST_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'emulator',
  AWS_SECRET_ACCESS_KEY: 'emulator',
};

function emulatorArgs(inputs: EmulatorActionInputs, dir: string): string[] {
  const args = ['--port', String(inputs.port)];
  if (inputs.seed.kind === 'file') args.push('--seed', inputs.seed.path);
  if (inputs.seed.kind === 'inline') {
    const file = join(dir, 'seed.json');
    writeFileSync(file, inputs.seed.document);
    args.push('--seed', file);
  }
  if (inputs.state) args.push('--state', inputs.state);
  if (inputs.accountId) args.push('--account-id', inputs.accountId);
  return [...args, ...inputs.args];
}

/**
 * What later steps get: the service endpoints of Incident Manager and STS (the SDKs, the AWS CLI
 * and this repository's action read them; other services keep their real endpoints), fake keys in
 * place of any others so that no real credential is sent to the emulator, and a region.
 */
function jobEnvironment(url: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  return {
    AWS_ENDPOINT_URL_SSM_INCIDENTS: url,
    AWS_ENDPOINT_URL_STS: url,
    ...TEST_CREDENTIALS,
    // Keys from an earlier step (configure-aws-credentials) may have come with a session token.
    ...(env.AWS_SESSION_TOKEN ? { AWS_SESSION_TOKEN: '' } : {}),
    // The JavaScript SDK reads AWS_REGION, boto3 AWS_DEFAULT_REGION, the AWS CLI either.
    ...(env.AWS_REGION ? {} : { AWS_REGION: region }),
    ...(env.AWS_DEFAULT_REGION ? {} : { AWS_DEFAULT_REGION: region }),
  };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  if (!existsSync(EMULATOR))
    throw new Error(`The emulator's bundle is missing: ${EMULATOR} (run npm run package)`);
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'incident-emulator-'));
  const emulator = await launchEmulator({
    emulator: EMULATOR,
    args: emulatorArgs(inputs, dir),
    dir,
    timeoutMs: START_TIMEOUT_MS,
  });
  // Saved first: whatever fails after this, the post step still stops the emulator.
  saveState(STATE.pid, String(emulator.pid));
  saveState(STATE.url, emulator.url);
  saveState(STATE.log, emulator.logPath);
  saveState(STATE.emulator, EMULATOR);
  const environment = jobEnvironment(emulator.url);
  for (const [name, value] of Object.entries(environment)) exportVariable(name, value);
  setOutput('endpoint-url', emulator.url);
  info(`Incident Manager emulator listening on ${emulator.url} (pid ${emulator.pid}).`);
  info(`Set for the rest of the job: ${Object.keys(environment).join(', ')}.`);
}

run().catch((e: unknown) => {
  error(e instanceof Error ? e.message : String(e));
  if (e instanceof EmulatorStartError) printVerbatim("The emulator's log", e.log || '(empty)');
  process.exitCode = 1;
});
