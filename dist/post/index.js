/**
 * The job-end step (`runs.post`), shipped as it is compiled (dist/post/index.js), beside the one
 * bundle. Without finish-on-job-end the main step saved no state, and this step ends here, having
 * loaded nothing: every job that uses the action pays for this file. With it, the bundle runs its
 * job-end stage (src/index.ts reads the stage set here).
 */
// The state's name (FINISH_STATE in src/job-end/state.ts, which a test keeps equal), written out:
// this file imports nothing.
if (process.env['STATE_finish-on-job-end']) {
    globalThis[Symbol.for('incident-timeline-action.stage')] = 'job-end';
    // A path the bundle has beside this file, not a module of the source tree.
    const bundle = new URL('../index.js', import.meta.url).href;
    await import(bundle);
}
export {};
