import type { SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import type { Deadline } from '../runtime/deadline.js';
import { AwsCallError } from './call-error.js';
import { neverSent } from './client-config.js';
import { SafeError } from '../runtime/errors.js';

/**
 * Why a failed call means its region is unavailable, and whether the request may have reached
 * the service (so that a create may have landed there).
 */
export interface Unavailable {
  why: string;
  /** False when the request never left (a refused connection, a name or TLS failure). */
  maybeSent: boolean;
}

interface RawError {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);

/**
 * A region is unavailable when a call to it fails by connection (refused, reset, DNS, TLS), by
 * timeout (the region's share of the run's time included), or with 5xx after its attempts; never
 * on a 4xx, which is an answer (throttling, validation, access denied, not found).
 */
export function regionUnavailable(error: unknown, region: Deadline): Unavailable | undefined {
  // The SDK's error, under a call error or an error that wraps one (a role not assumed).
  const call =
    error instanceof Error &&
    !(error instanceof AwsCallError) &&
    error.cause instanceof AwsCallError
      ? error.cause
      : error;
  const cause = call instanceof AwsCallError ? call.cause : call;
  const e = (cause !== null && typeof cause === 'object' ? cause : {}) as RawError;
  const attempts = e.$metadata?.attempts ?? 1;
  const after = `after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (neverSent(e)) {
    return {
      why: `it could not be reached (${e.code ?? 'no connection'}) ${after}`,
      maybeSent: false,
    };
  }
  if (e.code && DROPPED.has(e.code)) {
    return { why: `the connection was dropped (${e.code}) ${after}`, maybeSent: true };
  }
  if (region.expired) {
    return { why: `it did not answer within ${region.describe()}`, maybeSent: true };
  }
  if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT') {
    return { why: `it did not answer in time ${after}`, maybeSent: true };
  }
  const status = e.$metadata?.httpStatusCode ?? 0;
  if (status >= 500) {
    return { why: `it answered ${status} (${e.name ?? 'server error'}) ${after}`, maybeSent: true };
  }
  return undefined;
}

/** The client of one region, and its share of the run's time. */
export interface RegionClient {
  region: string;
  client: SSMIncidentsClient;
  deadline: Deadline;
}

export interface Failover {
  from: string;
  to: string;
  why: string;
}

/**
 * The regions a run calls, in order of preference: the first until it is unavailable, then the
 * next, for the rest of the run. Each region but the last may use an equal share of the time left
 * when it becomes the run's region, so that one that stalls cannot use up the time of the next.
 * Connecting to a region (assuming `role-to-assume` with its STS) is part of the region: when
 * it fails because the region is unavailable, the run moves on to the next one too.
 */
export class RegionRoute {
  private index = 0;
  private active: Promise<RegionClient> | undefined;
  private readonly opened: Promise<RegionClient>[] = [];
  readonly failovers: Failover[] = [];

  constructor(
    readonly regions: readonly string[],
    private readonly deadline: Deadline,
    private readonly connect: (region: string, deadline: Deadline) => Promise<SSMIncidentsClient>,
    private readonly onFailover: (failover: Failover) => void = () => undefined,
  ) {}

  /** The region the run calls now. */
  get region(): string {
    return this.regions[this.index] as string;
  }

  current(): Promise<RegionClient> {
    if (!this.active) {
      const region = this.region;
      const left = this.regions.length - this.index;
      const remaining = this.deadline.remainingMs();
      const deadline =
        left > 1
          ? this.deadline.share(
              remaining / left,
              `the share of the run's time that ${region} may use`,
            )
          : this.deadline;
      this.active = this.connect(region, deadline).then(
        (client) => ({ region, client, deadline }),
        (error: unknown) => this.connectFailed(region, deadline, error),
      );
      this.opened.push(this.active);
    }
    return this.active;
  }

  private connectFailed(region: string, deadline: Deadline, error: unknown): Promise<RegionClient> {
    const unavailable = regionUnavailable(error, deadline);
    // The call that failed, when it was not Incident Manager's (STS's AssumeRoleWithWebIdentity).
    const call =
      error instanceof Error && error.cause instanceof AwsCallError ? error.cause : undefined;
    const why = `${region} is unavailable${call ? ` (${call.operation})` : ''}: ${unavailable?.why}`;
    if (!unavailable || !this.failover(region, why)) throw error;
    return this.current();
  }

  /**
   * Marks `region` unavailable. True when the call can go on in another region: the next one, or
   * the one another call already moved the run to.
   */
  failover(region: string, why: string): boolean {
    if (this.deadline.expired) return false;
    if (region !== this.region) return true;
    if (this.index + 1 >= this.regions.length) return false;
    this.index += 1;
    this.active = undefined;
    const failover = { from: region, to: this.region, why };
    this.failovers.push(failover);
    this.onFailover(failover);
    return true;
  }

  /** Closes every client opened, so that no kept-alive connection holds the process. */
  close(): void {
    for (const opened of this.opened) {
      opened.then(({ client }) => client.destroy()).catch(() => undefined);
    }
  }
}

/**
 * A create whose region became unavailable: the run has moved on to `route`'s next region, and
 * the event may have been written in `from` (when `maybeSent`), which the writer looks for in the
 * next region before writing it there.
 */
export class RegionFailoverError extends SafeError {
  override name = 'RegionFailoverError';

  constructor(
    readonly failure: AwsCallError,
    readonly from: string,
    readonly maybeSent: boolean,
  ) {
    super(failure.message);
  }
}
