/**
 * The bundle's entry, for both steps of the action. It turns the compile cache on before anything
 * else is loaded, so that the action's code, a chunk of its own, is compiled with it. The job-end
 * step's launcher (src/post.ts) sets the stage before it imports this file, and so does the
 * command's (dist/cli.js, written by scripts/package.mjs).
 */
import { enableCompileCache } from './bundle/compile-cache.js';
import type { Stage } from './read/inputs.js';

const stage = (globalThis as Record<symbol, unknown>)[Symbol.for('incident-timeline-action.stage')];
if (stage === 'command') {
  // The incident-timeline command (dist/cli.js sets the stage): the same bundle, so the same
  // chunks, with an entry of its own that answers --help before it loads the pipeline.
  await import(/* webpackChunkName: "command-entry" */ './cli.js');
} else {
  enableCompileCache();
  const { run } = await import(/* webpackChunkName: "action" */ './main.js');
  await run(stage === 'job-end' ? ('job-end' satisfies Stage) : 'main');
  // Whatever the deadline cut short (a request that never answered) must not hold the job open.
  setTimeout(() => process.exit(), 200).unref();
}
