/**
 * The `incident-timeline` command's entry (dist/cli.js): the same pipeline as the action, run from
 * any CI or a terminal. It turns the compile cache on before the command's code is loaded.
 */
import { enableCompileCache } from './bundle/compile-cache.js';

enableCompileCache();
const { commandMain } = await import(/* webpackChunkName: "command" */ './command/main.js');
process.exitCode = await commandMain(process.argv.slice(2));
// Whatever the deadline cut short (a request that never answered) must not hold the command open.
setTimeout(() => process.exit(), 200).unref();
