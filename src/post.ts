/**
 * The job-end step (`runs.post`). Without finish-on-job-end the main step saved no state, and this
 * step ends here, having loaded nothing: every job that uses the action pays for this file.
 */
import { enableCompileCache } from './bundle/compile-cache.js';
import { FINISH_STATE } from './job-end/state.js';

const saved = process.env[`STATE_${FINISH_STATE}`];
if (saved) {
  enableCompileCache();
  const { finish } = await import('./job-end/finish.js');
  await finish(saved);
  setTimeout(() => process.exit(), 200).unref();
}
