import { operationNames } from './routing.js';

export type FaultType = 'throttle' | 'server-error' | 'unavailable' | 'drop' | 'latency';

export const FAULT_TYPES: readonly FaultType[] = [
  'throttle',
  'server-error',
  'unavailable',
  'drop',
  'latency',
];

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
    if (operation !== undefined && !operationNames.includes(operation as string)) {
      return `operation must be one of ${operationNames.join(', ')}`;
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

  take(operation: string): FaultRule | undefined {
    const rule = this.rules.find((r) => r.operation === undefined || r.operation === operation);
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
