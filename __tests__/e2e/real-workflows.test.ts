/**
 * The workflows users actually run, end to end on node24: matrix legs and a cancelled job. (Which
 * commit a run deploys is facts.test and run/event-text's; which incidents, run/discovery and
 * run/response-plan's; a text that must fit at job end, run/job-end-main-step's.) The bundle runs as the runner runs it: action.yml's input defaults evaluated with the
 * runner's contexts for each stage (`job.status`, `job.check_run_id`, `strategy.job-index`).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST, type RunnerContexts } from '../../scripts/lib/harness.mjs';
import { decodeFinishState, type FinishState } from '../../src/job-end/state.js';
import {
  allUserEvents,
  commands,
  incidentArn,
  runnerEnv,
  useBundle,
  type ActionRun,
  type StateSnapshot,
} from './helpers.js';

const PLANS = [
  { name: 'checkout-api', incidentTemplate: { title: 'Checkout', impact: 2 } },
  { name: 'checkout-web', incidentTemplate: { title: 'Checkout web', impact: 3 } },
];
const SEED = {
  responsePlans: PLANS,
  incidents: [{ responsePlan: 'checkout-api', id: 'open', title: 'Checkout errors', impact: 2 }],
};

/** What a main step saved for its job end, read back as the job end reads it. */
function finishState(main: { state: Record<string, string> }): FinishState {
  const state = decodeFinishState((name) => main.state[name]);
  if (typeof state === 'string') throw new Error(state);
  return state;
}

/** Every Custom Event's text, decoded. */
function texts(state: StateSnapshot): string[] {
  return allUserEvents(state).map((e) => JSON.parse(e.eventData) as string);
}

describe('real workflows on node24', () => {
  const { emulator, run, events } = useBundle();
  const log = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`;

  /** One stage of the action for one job: the main step, or its job-end step with `state`. */
  const stage = (options: {
    inputs?: Record<string, string>;
    contexts?: RunnerContexts;
    event?: unknown;
    env?: Record<string, string>;
    state?: Record<string, string>;
    onStart?: (child: ChildProcess) => void;
    workDir?: string;
  }): Promise<ActionRun> =>
    run({
      inputs: options.inputs ?? {},
      env: runnerEnv(options.env),
      event: options.event ?? {},
      contexts: options.contexts ?? {},
      ...(options.state ? { entry: POST, state: options.state } : {}),
      ...(options.onStart ? { onStart: options.onStart } : {}),
      ...(options.workDir ? { workDir: options.workDir } : {}),
    });

  describe('matrix legs and reusable workflows', () => {
    const MARK = { 'response-plan': 'checkout-api', 'finish-on-job-end': 'true' };

    it.each([
      ['check run IDs', [{ job: { check_run_id: 1001 } }, { job: { check_run_id: 1002 } }]],
      [
        'matrix indexes, on a runner without check run IDs',
        [
          { job: { check_run_id: null }, strategy: { 'job-index': 0 } },
          { job: { check_run_id: null }, strategy: { 'job-index': 1 } },
        ],
      ],
    ] as [string, RunnerContexts[]][])(
      'two legs with the same text, told apart by %s, get one event each, finished apart',
      async (_, legs) => {
        await emulator.current.seed(SEED);
        // The service names the earlier event when a token is reused (one of the answers AWS
        // leaves open; the next test takes another).
        await emulator.current.settings({ conflictIdentifier: 'event' });
        const [one, two] = legs as [RunnerContexts, RunnerContexts];
        const mainOne = await stage({ inputs: MARK, contexts: one });
        const mainTwo = await stage({ inputs: MARK, contexts: two });
        expect(mainOne.code, log(mainOne)).toBe(0);
        expect(mainTwo.code, log(mainTwo)).toBe(0);
        expect(mainOne.outputs['event-id']).not.toBe(mainTwo.outputs['event-id']);
        expect(mainTwo.stdout).not.toContain('earlier try');

        // A leg's step run again in the same job (a retry, a restarted runner) writes nothing new.
        const again = await stage({ inputs: MARK, contexts: one });
        expect(again.code, log(again)).toBe(0);
        expect(again.outputs['event-id']).toBe(mainOne.outputs['event-id']);
        expect(allUserEvents(await emulator.current.state())).toHaveLength(2);
        expect(again.stdout).toContain('already posted event');
        // Leg one's deploy failed, leg two's succeeded.
        const postOne = await stage({
          inputs: MARK,
          contexts: { ...one, job: { ...one.job, status: 'failure' } },
          state: mainOne.state,
        });
        const postTwo = await stage({
          inputs: MARK,
          contexts: { ...two, job: { ...two.job, status: 'success' } },
          state: mainTwo.state,
        });
        expect(postOne.code, log(postOne)).toBe(0);
        expect(postTwo.code, log(postTwo)).toBe(0);
        const events = texts(await emulator.current.state()).sort();
        expect(events).toHaveLength(2);
        expect(events[0]).toMatch(/^Deployment failed: acme\/shop@1a2b3c4/);
        expect(events[1]).toMatch(/^Deployment succeeded: acme\/shop@1a2b3c4/);

        // The commit was linked once, by the first leg.
        expect(await emulator.current.requests('UpdateRelatedItems')).toHaveLength(1);
      },
    );
  });

  describe('a cancelled job', () => {
    const ARNS = ['one', 'two', 'three'].map((id) => incidentArn('checkout-api', id));
    const SLOW = {
      incidents: ['one', 'two', 'three'].map((id) => ({
        responsePlan: 'checkout-api',
        id,
        title: `Checkout ${id}`,
        impact: 2,
      })),
    };
    const INPUTS = {
      'incident-arn': ARNS.join('\n'),
      'finish-on-job-end': 'true',
      'link-commit': 'false',
    };
    // Targets one after another, each create answered after 1.5 s.
    const ENV = { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' };

    it('SIGINT while writes are in flight: no new write, exit within 7.5 s, then no event says started', async () => {
      await emulator.current.seed(SLOW);
      await emulator.current.fault({ type: 'latency', latencyMs: 1500, every: 1 });
      let signalledAt = 0;
      const main = await stage({
        inputs: INPUTS,
        env: ENV,
        onStart: (child) => {
          // After the first create, while the second is in flight (the runner's cancel): the
          // emulator records a request when it arrives, so the log shows when that is, however
          // slowly the machine starts the process.
          const poll = setInterval(() => {
            void emulator.current.requests('CreateTimelineEvent').then((creates) => {
              if (signalledAt > 0 || creates.length < 2) return;
              clearInterval(poll);
              signalledAt = performance.now();
              child.kill('SIGINT');
            });
          }, 50);
          child.once('exit', () => clearInterval(poll));
        },
      });
      const exitedAfterMs = performance.now() - signalledAt;
      expect(signalledAt).toBeGreaterThan(0);
      expect(exitedAfterMs).toBeLessThan(7_500);
      expect(main.code, log(main)).not.toBe(0);
      expect(main.stdout).toContain('SIGINT: the job is being cancelled.');
      expect(commands(main.stdout, 'error').join('\n')).toMatch(
        /The step was cancelled \(SIGINT\): no write started after the signal\. The events it created are saved/,
      );
      // The write in flight finished; the third was never started.
      const creates = await emulator.current.requests('CreateTimelineEvent');
      expect(creates).toHaveLength(2);
      const created = allUserEvents(await emulator.current.state());
      expect(created).toHaveLength(2);
      const saved = finishState(main);
      expect(saved.events.map((e) => e.eventId).sort()).toEqual(
        created.map((e) => e.eventId).sort(),
      );

      await fetch(`${emulator.current.url}/_emulator/faults`, { method: 'DELETE' });
      const post = await stage({
        inputs: INPUTS,
        env: ENV,
        contexts: { job: { status: 'cancelled' } },
        state: main.state,
      });
      expect(post.code, log(post)).toBe(0);
      const after = texts(await emulator.current.state());
      expect(after).toHaveLength(2);
      for (const text of after) expect(text).toMatch(/^Deployment cancelled: /);
    }, 30_000);

    it('SIGKILL right after the first create: the state already names that event', async () => {
      await emulator.current.seed(SLOW);
      await emulator.current.fault({ type: 'latency', latencyMs: 1000, every: 1 });
      const workDir = mkdtempSync(join(tmpdir(), 'ita-kill-'));
      try {
        const main = await stage({
          inputs: INPUTS,
          env: ENV,
          workDir,
          onStart: (child) => {
            // The runner's state file: killed as soon as the first create is saved, while the
            // second create is in flight.
            const poll = setInterval(() => {
              if (readFileSync(join(workDir, 'state.txt'), 'utf8').includes('eventId')) {
                clearInterval(poll);
                child.kill('SIGKILL');
              }
            }, 20);
            child.once('exit', () => clearInterval(poll));
          },
        });
        expect(main.signal).toBe('SIGKILL');
        const saved = finishState(main);
        const [first] = await events(ARNS[0]!);
        // The second target's intent may be saved too (before its create): without an event yet.
        expect(saved.events.filter((e) => e.eventId)).toEqual([
          {
            incidentArn: ARNS[0],
            clientToken: expect.any(String) as string,
            eventId: first?.eventId,
            region: 'us-east-1',
            title: 'Checkout one',
            impact: 2,
            status: 'OPEN',
          },
        ]);
        // Saved after that create, not at the end: the other targets were not done.
        const written = allUserEvents(await emulator.current.state()).length;
        expect(written).toBeLessThan(3);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    }, 30_000);
  });
});
