/**
 * The job-end step (`runs.post`). Without finish-on-job-end the main step saved no state, and this
 * step ends here, having loaded nothing: every job that uses the action pays for this file. With
 * it, the same run as the main step's, in its job-end mode.
 */
import { enableCompileCache } from './bundle/compile-cache.js';
import { FINISH_STATE } from './job-end/state.js';

if (process.env[`STATE_${FINISH_STATE}`]) {
  enableCompileCache();
  const { run } = await import('./main.js');
  await run('job-end');
  setTimeout(() => process.exit(), 200).unref();
}
