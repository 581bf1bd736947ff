/**
 * A job cancelled with creates in flight, through the bundle on Node 24, on the runner's own
 * schedule (actions/runner, ProcessInvoker: SIGINT, SIGTERM 7.5 s later, the kill 2.5 s after
 * that), then its job-end step: every create the step sent is saved before it is sent, so the job
 * end can find each event, however late the service writes it, and mark it cancelled.
 */
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { POST } from '../../scripts/lib/harness.mjs';
import { decodeFinishState } from '../../src/job-end/state.js';
import { allUserEvents, incidentArn, runnerEnv, useBundle } from './helpers.js';

const IDS = ['one', 'two', 'three', 'four', 'five'];
const SEED = {
  incidents: IDS.map((id) => ({
    responsePlan: 'checkout-api',
    id,
    title: `Checkout ${id}`,
    impact: 2,
  })),
};
const INPUTS = {
  'response-plan': 'checkout-api',
  'finish-on-job-end': 'true',
  'link-commit': 'false',
};
/**
 * Each attempt may wait out the emulator's 12 s of latency (longer than the step's 5 s of grace,
 * so the creates are still in flight when it exits), so that the job end's resend is answered
 * (with the event the first create wrote) rather than looked for after timeouts.
 */
const ENV = { INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '30000' };

describe('a job cancelled with 5 creates in flight (Node 24)', () => {
  const { emulator, run } = useBundle();

  /**
   * The runner cancelling the job once the 5 creates are in flight (the emulator records a
   * request when it arrives, so this holds however slowly the machine starts the process): SIGINT,
   * SIGTERM 7.5 s later, the kill 2.5 s after that.
   */
  function runnerCancel(child: ChildProcess): void {
    const timers: NodeJS.Timeout[] = [];
    const poll = setInterval(() => {
      void emulator.current.requests('CreateTimelineEvent').then((creates) => {
        if (timers.length > 0 || creates.length < IDS.length) return;
        clearInterval(poll);
        child.kill('SIGINT');
        timers.push(
          setTimeout(() => child.kill('SIGTERM'), 7_500),
          setTimeout(() => child.kill('SIGKILL'), 10_000),
        );
      });
    }, 50);
    child.once('exit', () => {
      clearInterval(poll);
      timers.forEach(clearTimeout);
    });
  }

  it('after its job-end step, no event says started, and none is written twice', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({
      type: 'latency',
      operation: 'CreateTimelineEvent',
      latencyMs: 12_000,
      every: 1,
    });
    const main = await run({ inputs: INPUTS, env: runnerEnv(ENV), onStart: runnerCancel });
    // Done within its grace, before the runner kills it.
    expect(main.signal).toBeNull();
    expect(main.code).not.toBe(0);
    const saved = decodeFinishState((name) => main.state[name]);
    if (typeof saved === 'string') throw new Error(saved);
    // Each create's intent, by its token: none was answered.
    expect(saved.events).toHaveLength(5);
    expect(saved.events.every((e) => e.clientToken && !e.eventId)).toBe(true);

    const post = await run({
      inputs: INPUTS,
      env: runnerEnv(ENV),
      entry: POST,
      state: main.state,
      contexts: { job: { status: 'cancelled' } },
    });
    expect(post.code, `${post.stdout}\n${post.stderr}`).toBe(0);
    const events = allUserEvents(await emulator.current.state());
    expect(events).toHaveLength(5);
    for (const event of events) {
      expect(JSON.parse(event.eventData) as string).toMatch(/^Deployment cancelled: /);
    }
    expect(new Set(events.map((e) => e.incidentRecordArn))).toEqual(
      new Set(IDS.map((id) => incidentArn('checkout-api', id))),
    );
  }, 90_000);
});
