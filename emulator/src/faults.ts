import { setTimeout as sleep } from 'node:timers/promises';
import { operationNames } from './routing.js';
import { STS_OPERATIONS } from './sts/operations.js';

export type FaultType =
  'throttle' | 'server-error' | 'unavailable' | 'drop' | 'latency' | 'access-denied';

export const FAULT_TYPES: readonly FaultType[] = [
  'throttle',
  'server-error',
  'unavailable',
  'drop',
  'latency',
  'access-denied',
];

/** Every operation a rule may name: Incident Manager's and the STS ones the emulator serves. */
const FAULTABLE_OPERATIONS: readonly string[] = [...operationNames, ...STS_OPERATIONS];

/**
 * When a rule applies. IAM decides after the signature is checked, so an `access-denied` rule is
 * consulted only for authenticated calls (a badly signed call does not use it up); the others act
 * on the wire, before authentication, as a throttling front door or a broken network would.
 */
export type FaultPhase = 'transport' | 'authorization';

export function faultPhase(type: FaultType): FaultPhase {
  return type === 'access-denied' ? 'authorization' : 'transport';
}

export interface FaultRule {
  id: number;
  type: FaultType;
  /** Calls this rule still applies to. */
  remaining: number;
  operation?: string;
  latencyMs?: number;
}

/**
 * Injected failures, consumed one call at a time. Rules are tried in the order they were added;
 * the first with calls left that matches the operation takes the call.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];
  private nextId = 1;

  /** Validates a control-API request body; returns an error message or the rule added. */
  add(spec: unknown): FaultRule | string {
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
      return 'The body must be a JSON object';
    const { type, count = 1, operation, latencyMs } = spec as Record<string, unknown>;
    if (!FAULT_TYPES.includes(type as FaultType))
      return `type must be one of ${FAULT_TYPES.join(', ')}`;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      return 'count must be a positive integer';
    if (operation !== undefined && !FAULTABLE_OPERATIONS.includes(operation as string)) {
      return `operation must be one of ${FAULTABLE_OPERATIONS.join(', ')}`;
    }
    if (
      type === 'latency' &&
      (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)
    ) {
      return 'latencyMs must be a non-negative number for a latency fault';
    }
    const rule: FaultRule = {
      id: this.nextId++,
      type: type as FaultType,
      remaining: count,
      ...(operation === undefined ? {} : { operation: operation as string }),
      ...(type === 'latency' ? { latencyMs: latencyMs as number } : {}),
    };
    this.rules.push(rule);
    return rule;
  }

  /** Uses up one call of the first rule of this phase that matches the operation. */
  take(operation: string, phase: FaultPhase = 'transport'): FaultRule | undefined {
    const rule = this.rules.find(
      (r) =>
        faultPhase(r.type) === phase && (r.operation === undefined || r.operation === operation),
    );
    if (!rule) return undefined;
    rule.remaining--;
    if (rule.remaining === 0) this.rules = this.rules.filter((r) => r !== rule);
    return { ...rule };
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }
}

/** The errors a protocol answers transport faults with (restJson1 for Incident Manager, awsQuery for STS). */
export interface TransportFaultErrors {
  throttle(): Error;
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
  drop: () => void,
): Promise<'dropped' | undefined> {
  switch (fault.type) {
    case 'throttle':
      throw errors.throttle();
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
      // An authorization fault, never taken in the transport phase.
      return undefined;
  }
}
