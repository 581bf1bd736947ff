/**
 * The bundle's entry, for both steps of the action. It turns the compile cache on before anything
 * else is loaded, so that the action's code, a chunk of its own, is compiled with it. The job-end
 * step's launcher (src/post.ts) sets the stage before it imports this file.
 */
import { enableCompileCache } from './bundle/compile-cache.js';
import type { Stage } from './read/inputs.js';

enableCompileCache();
const stage = (globalThis as Record<symbol, unknown>)[Symbol.for('incident-timeline-action.stage')];
const { run } = await import(/* webpackChunkName: "action" */ './main.js');
await run(stage === 'job-end' ? ('job-end' satisfies Stage) : 'main');
// Whatever the deadline cut short (a request that never answered) must not hold the job open.
setTimeout(() => process.exit(), 200).unref();
