import { setTimeout as sleep } from 'node:timers/promises';
import { operationNames } from './routing.js';
import { GITHUB_OPERATIONS } from './github/operations.js';
import { STS_OPERATIONS } from './sts/operations.js';
import { isRegionName } from './sigv4.js';

export type FaultType =
  | 'throttle'
  | 'server-error'
  | 'unavailable'
  | 'drop'
  | 'latency'
  | 'access-denied'
  | 'lose-answer';

export const FAULT_TYPES: readonly FaultType[] = [
  'throttle',
  'server-error',
  'unavailable',
  'drop',
  'latency',
  'access-denied',
  'lose-answer',
];

/** Every operation a rule may name: Incident Manager's, and the STS and GitHub ones the emulator serves. */
const FAULTABLE_OPERATIONS: readonly string[] = [
  ...operationNames,
  ...STS_OPERATIONS,
  ...GITHUB_OPERATIONS,
];

/**
 * When a rule applies. IAM decides after the signature is checked, so an `access-denied` rule is
 * consulted only for authenticated calls (a badly signed call does not use it up); a
 * `lose-answer` rule lets the call run (and write) and then closes the connection instead of
 * answering, as a network that fails on the way back would; the others act on the wire, before
 * authentication, as a throttling front door or a broken network would.
 */
export type FaultPhase = 'transport' | 'authorization' | 'answer';

export function faultPhase(type: FaultType): FaultPhase {
  if (type === 'access-denied') return 'authorization';
  return type === 'lose-answer' ? 'answer' : 'transport';
}

export interface FaultRule {
  id: number;
  type: FaultType;
  operation?: string;
  /** Only calls signed for this region: one region down while the others serve. */
  region?: string;
  latencyMs?: number;
  /** Throttle rules: the `retry-after` of GitHub's secondary rate limit answer (1 when unset). */
  retryAfterSeconds?: number;
  /** Takes every Nth matching call (the Nth, 2Nth, ...) instead of each one. */
  every?: number;
  /** Calls this rule still takes; absent when it takes them without end (`every` without `count`). */
  remaining?: number;
  /** With `every`: the matching calls that reached this rule so far. */
  seen?: number;
}

/** A fault as `POST /_emulator/faults` takes it. */
export interface FaultSpec {
  type: FaultType;
  /** Only calls of this operation. */
  operation?: string;
  /** Only calls signed for this region. */
  region?: string;
  /** How many calls the rule takes: 1 by default, without end when `every` is given. */
  count?: number;
  /** Takes every Nth matching call (the Nth, 2Nth, ...). */
  every?: number;
  /** Latency rules: how long the call is held. */
  latencyMs?: number;
  /** Throttle rules: the retry-after of the GitHub stand-in's secondary rate limit (default 1). */
  retryAfterSeconds?: number;
}

/** The members a fault specification may have; anything else is a mistake worth naming. */
const SPEC_MEMBERS: readonly string[] = [
  'type',
  'operation',
  'region',
  'count',
  'every',
  'latencyMs',
  'retryAfterSeconds',
] satisfies (keyof FaultSpec)[];

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

/** Checks a control-API fault specification; returns the rule's settings or what is wrong. */
function parseSpec(spec: unknown): Omit<FaultRule, 'id'> | string {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
    return 'The body must be a JSON object';
  const unknown = Object.keys(spec).filter((name) => !SPEC_MEMBERS.includes(name));
  if (unknown.length > 0)
    return `Unknown member ${unknown.join(', ')}; a fault takes ${SPEC_MEMBERS.join(', ')}`;
  const { type, count, every, operation, region, latencyMs, retryAfterSeconds } = spec as Record<
    string,
    unknown
  >;
  if (!FAULT_TYPES.includes(type as FaultType))
    return `type must be one of ${FAULT_TYPES.join(', ')}`;
  if (count !== undefined && !isPositiveInteger(count))
    return 'count must be a positive integer: how many calls the rule takes';
  if (every !== undefined && !isPositiveInteger(every))
    return 'every must be a positive integer: the rule takes every Nth matching call';
  if (operation !== undefined && !FAULTABLE_OPERATIONS.includes(operation as string))
    return `operation must be one of ${FAULTABLE_OPERATIONS.join(', ')}`;
  if (region !== undefined && !(typeof region === 'string' && isRegionName(region)))
    return 'region must be a region name, such as us-east-1';
  if (type === 'latency') {
    if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)
      return 'latencyMs must be a non-negative number for a latency fault';
  } else if (latencyMs !== undefined) {
    return 'latencyMs applies to latency faults only';
  }
  if (retryAfterSeconds !== undefined) {
    if (type !== 'throttle') return 'retryAfterSeconds applies to throttle faults only';
    if (
      !(typeof retryAfterSeconds === 'number' && Number.isInteger(retryAfterSeconds)) ||
      retryAfterSeconds < 0
    )
      return 'retryAfterSeconds must be a non-negative integer';
  }
  // A rule without a cadence takes the next call; with one it keeps going unless counted.
  const remaining = count ?? (every === undefined ? 1 : undefined);
  return {
    type: type as FaultType,
    ...(operation === undefined ? {} : { operation: operation as string }),
    ...(region === undefined ? {} : { region: region as string }),
    ...(type === 'latency' ? { latencyMs: latencyMs as number } : {}),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds: retryAfterSeconds as number }),
    ...(every === undefined ? {} : { every: every as number, seen: 0 }),
    ...(remaining === undefined ? {} : { remaining: remaining as number }),
  };
}

/**
 * Injected failures. Rules are tried in the order they were added; a rule matches a call of its
 * phase and operation, and takes it unless its cadence (`every`) lets this one pass, in which case
 * the next rules are tried. A rule with `remaining` calls left is removed once they are taken.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];
  private nextId = 1;

  /** Validates a control-API request body; returns an error message or the rule added. */
  add(spec: unknown): FaultRule | string {
    const parsed = parseSpec(spec);
    if (typeof parsed === 'string') return parsed;
    const rule: FaultRule = { id: this.nextId++, ...parsed };
    this.rules.push(rule);
    return { ...rule };
  }

  /** The rule of this phase that takes the call, if any, as it was when it took it. */
  take(operation: string, phase: FaultPhase = 'transport', region?: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (faultPhase(rule.type) !== phase) continue;
      if (rule.operation !== undefined && rule.operation !== operation) continue;
      if (rule.region !== undefined && rule.region !== region) continue;
      if (rule.every !== undefined) {
        rule.seen = (rule.seen ?? 0) + 1;
        if (rule.seen % rule.every !== 0) continue;
      }
      if (rule.remaining !== undefined) {
        rule.remaining--;
        if (rule.remaining === 0) this.rules = this.rules.filter((r) => r !== rule);
      }
      return { ...rule };
    }
    return undefined;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }
}

/** The errors a protocol answers transport faults with (restJson1, awsQuery, GitHub's REST). */
export interface TransportFaultErrors {
  /** Gets the rule, whose `retryAfterSeconds` GitHub's answer carries, and the request ID it quotes. */
  throttle(fault: FaultRule, requestId: string): Error;
  serverError(): Error;
  unavailable(): Error;
}

/**
 * Acts out a transport fault the same way for every protocol: throws the protocol's error, waits,
 * or drops the connection. Resolves `'dropped'` when the connection is gone and nothing more may
 * be sent.
 */
export async function actOutTransportFault(
  fault: FaultRule,
  errors: TransportFaultErrors,
  requestId: string,
  drop: () => void,
): Promise<'dropped' | undefined> {
  switch (fault.type) {
    case 'throttle':
      throw errors.throttle(fault, requestId);
    case 'server-error':
      throw errors.serverError();
    case 'unavailable':
      throw errors.unavailable();
    case 'drop':
      drop();
      return 'dropped';
    case 'latency':
      await sleep(fault.latencyMs ?? 0);
      return undefined;
    case 'access-denied':
    case 'lose-answer':
      // An authorization or answer fault, never taken in the transport phase.
      return undefined;
  }
}
