/**
 * The `incident-timeline` command's entry (dist/cli.js, through the bundle's entry, src/index.ts):
 * the same pipeline as the action, run from
 * any CI or a terminal. It answers `--help` and `--version` without loading the pipeline, and
 * turns the compile cache on before the command's code is loaded.
 */
import { enableCompileCache } from './bundle/compile-cache.js';
import { helpText } from './command/help.js';
import { parseCommandLine } from './command/options.js';
import { ACTION_VERSION } from './runtime/version.js';

const argv = process.argv.slice(2);
let asked: string | undefined;
try {
  const { kind } = parseCommandLine(argv);
  if (kind === 'help') asked = helpText();
  else if (kind === 'version') asked = `${ACTION_VERSION}\n`;
} catch {
  // Bad usage: the command says why (exit status 2).
}
if (asked !== undefined) {
  process.stdout.write(asked);
} else {
  enableCompileCache();
  const { commandMain } = await import(/* webpackChunkName: "command" */ './command/main.js');
  process.exitCode = await commandMain(argv);
  // Whatever the deadline cut short (a request that never answered) must not hold the command open.
  setTimeout(() => process.exit(), 200).unref();
}
