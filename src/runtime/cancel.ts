import type { Deadline } from './deadline.js';
import { formatSeconds } from './deadline.js';

/**
 * How long writes in flight may still take after the runner asks the step to stop. On a cancelled
 * job the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process 2.5 s after that
 * (actions/runner, src/Runner.Sdk/ProcessInvoker.cs); the step must be done before each next signal.
 */
export const GRACE_MS = new Map([
  ['SIGINT', 5_000],
  ['SIGTERM', 2_000],
]);

/**
 * The step's cancellation. Once the runner signals, no new write starts, the deadline shrinks to
 * the grace period so that writes in flight finish or give up before the next signal, and the run
 * ends as cancelled. Node would otherwise end at once on SIGINT, losing what was written.
 */
export class Cancellation {
  private signalName = '';
  private readonly onSignal = (name: NodeJS.Signals) => this.cancel(name);

  constructor(
    private readonly deadline: Deadline,
    private readonly notify: (message: string) => void = () => undefined,
  ) {}

  /** Why no new write may start, or undefined while the step runs. */
  readonly reason = (): string | undefined =>
    this.signalName ? `not written: the step was cancelled (${this.signalName})` : undefined;

  get requested(): boolean {
    return this.signalName !== '';
  }

  get signal(): string {
    return this.signalName;
  }

  listen(): this {
    for (const name of GRACE_MS.keys()) process.on(name, this.onSignal);
    return this;
  }

  dispose(): void {
    for (const name of GRACE_MS.keys()) process.off(name, this.onSignal);
  }

  cancel(name: NodeJS.Signals): void {
    const grace = GRACE_MS.get(name) ?? 0;
    if (!this.signalName) this.signalName = name;
    this.notify(
      `${name}: the job is being cancelled. No new write starts; writes in flight have ${formatSeconds(grace)} to finish.`,
    );
    this.deadline.shorten(
      grace,
      `the ${formatSeconds(grace)} the step has after ${name} (the job was cancelled)`,
    );
  }
}
