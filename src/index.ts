/**
 * The main step's entry. It turns the compile cache on before anything else is loaded, so the
 * action's code, a chunk of its own in the bundle, is compiled with it.
 */
import { enableCompileCache } from './bundle/compile-cache.js';

enableCompileCache();
const { run } = await import('./main.js');
await run();
// Whatever the deadline cut short (a request that never answered) must not hold the job open.
setTimeout(() => process.exit(), 200).unref();
