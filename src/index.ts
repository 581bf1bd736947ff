import { run } from './main.js';

await run();
// Whatever the deadline cut short (a request that never answered) must not hold the job open.
setTimeout(() => process.exit(), 200).unref();
