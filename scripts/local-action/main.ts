/**
 * The entry `npm run local-action` gives @github/local-action: the action's `run()`, with the
 * step's failure as the process's exit status. local-action's stand-in for `core.setFailed` records
 * the failure without setting an exit code (the runner's sets it), so a failed step would
 * otherwise end the command with 0.
 */
import { run as runStep } from '../../src/main.js';

export async function run(): Promise<void> {
  const { failed } = await runStep('main');
  if (failed) process.exitCode = 1;
}
