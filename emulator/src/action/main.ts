/**
 * The main step of emulator/action.yml: starts the emulator for the rest of the job and points
 * every later step at it through the environment.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type EmulatorActionInputs } from './inputs.js';
import { jobEnvironment, reachableUrl, recordSetVariables } from './job-environment.js';
import { EmulatorStartError, launchEmulator } from './launch.js';
import { STATE } from './saved-state.js';
import { error, exportVariable, info, printVerbatim, saveState, setOutput } from './runner.js';

/**
 * The bundled emulator, found from this bundle: emulator/dist/action/main/index.js →
 * emulator/dist/index.js. (Not `new URL(…, import.meta.url)`, which webpack takes for an asset.)
 */
const EMULATOR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'index.js');

const START_TIMEOUT_MS = 15_000;

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
  const url = reachableUrl(emulator.url);
  saveState(STATE.pid, String(emulator.pid));
  saveState(STATE.url, url);
  saveState(STATE.log, emulator.logPath);
  saveState(STATE.emulator, EMULATOR);
  const environment = jobEnvironment(url, inputs.emulateSts);
  // Before the variables are set, so that the post step can put back what they were.
  saveState(STATE.restore, JSON.stringify(recordSetVariables(environment)));
  for (const [name, value] of Object.entries(environment)) exportVariable(name, value);
  setOutput('endpoint-url', url);
  const bound = url === emulator.url ? '' : `, bound to ${emulator.url}`;
  info(`Incident Manager emulator listening on ${url}${bound} (pid ${emulator.pid}).`);
  info(`Set for the rest of the job: ${Object.keys(environment).join(', ')}.`);
}

run().catch((e: unknown) => {
  error(e instanceof Error ? e.message : String(e));
  if (e instanceof EmulatorStartError) printVerbatim("The emulator's log", e.log || '(empty)');
  process.exitCode = 1;
});
