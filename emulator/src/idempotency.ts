import { conflict, conflictWithoutResource, type ApiError, type ResourceType } from './errors.js';
import type { IdempotentOperation, OperationInputs } from './model/service-model.generated.js';
import type { Handler, OperationContext } from './operations/context.js';
import type { ConflictIdentifier } from './settings.js';
import { idempotencyKey } from './store.js';
import type { IdempotencyRecord } from './types.js';

/**
 * The handler of a write whose input may carry a clientToken (the model marks which): `write`
 * runs at most once per token, and `identify` names the resource it wrote, for a later conflict.
 * `check` refuses what no token makes acceptable, before the token is looked up.
 */
export function idempotent<Op extends IdempotentOperation, T>(
  operation: Op,
  resourceType: ResourceType,
  write: (context: OperationContext, input: OperationInputs[Op]) => T,
  identify: (result: T, input: OperationInputs[Op]) => string,
  check?: (input: OperationInputs[Op]) => void,
): Handler<Op> {
  return (context, input) => {
    check?.(input);
    return withClientToken(
      context,
      operation,
      input,
      resourceType,
      (result) => identify(result, input),
      () => write(context, input),
    );
  };
}

/**
 * Runs a write at most once per clientToken. A repeat with the same parameters gets the first
 * answer and writes nothing; a repeat with other parameters is a ConflictException, which names
 * what the `conflictIdentifier` setting chooses (AWS does not document it).
 */
function withClientToken<T>(
  context: OperationContext,
  operation: string,
  input: { clientToken?: string },
  resourceType: ResourceType,
  identify: (result: T) => string,
  run: () => T,
): T {
  const { store } = context;
  const { clientToken, ...parameters } = input;
  if (clientToken === undefined) return run();
  // A token known only where it was used, or everywhere: a setting, as AWS does not say.
  const region = context.settings.clientTokenScope === 'region' ? context.region : '';
  const key = idempotencyKey(operation, clientToken, region);
  const fingerprint = stableStringify(parameters);
  const previous = store.idempotency.get(key);
  if (previous) {
    if (previous.fingerprint === fingerprint) return previous.response as T;
    throw tokenConflict(previous, context.settings.conflictIdentifier);
  }
  const result = run();
  store.idempotency.set(key, {
    operation,
    clientToken,
    fingerprint,
    response: result ?? null,
    resourceType,
    resourceIdentifier: identify(result),
    ...(region ? { region } : {}),
  });
  store.touch();
  return result;
}

function tokenConflict(previous: IdempotencyRecord, names: ConflictIdentifier): ApiError {
  const message = `The clientToken ${previous.clientToken} was already used with different parameters`;
  const resourceType = previous.resourceType as ResourceType;
  switch (names) {
    case 'event':
      return conflict(resourceType, previous.resourceIdentifier, message);
    case 'token':
      return conflict(resourceType, previous.clientToken, message);
    case 'none':
      return conflictWithoutResource(message);
  }
}

/** JSON with sorted keys, so that member order on the wire does not change a request's identity. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
