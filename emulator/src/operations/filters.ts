import type { Filter } from '../model/service-model.generated.js';
import { constraintError } from '../validation.js';

/** How one filter key reads an item: a timestamp (before/after), or values to test with equals. */
export type FilterField<T> =
  | { kind: 'timestamp'; read: (item: T) => number }
  | { kind: 'integer'; read: (item: T) => number }
  | { kind: 'string'; read: (item: T) => string | string[] };

/**
 * Turns the request's filters into one predicate: filters are ANDed, the values of one filter
 * ORed. A key or condition the service does not support for that key is a ValidationException.
 */
export function compileFilters<T>(
  filters: Filter[] | undefined,
  fields: Record<string, FilterField<T>>,
): (item: T) => boolean {
  const tests = (filters ?? []).map((filter, index) =>
    compileFilter(filter, `filters.${index + 1}.member`, fields),
  );
  return (item) => tests.every((test) => test(item));
}

function compileFilter<T>(
  filter: Filter,
  path: string,
  fields: Record<string, FilterField<T>>,
): (item: T) => boolean {
  const field = Object.hasOwn(fields, filter.key) ? fields[filter.key] : undefined;
  if (!field) {
    throw constraintError(
      `${path}.key`,
      filter.key,
      `Member must be one of [${Object.keys(fields).join(', ')}]`,
    );
  }
  const { before, after, equals } = filter.condition;
  if (field.kind === 'timestamp') {
    if (before !== undefined) return (item) => field.read(item) < before;
    if (after !== undefined) return (item) => field.read(item) > after;
    throw constraintError(
      `${path}.condition`,
      filter.condition,
      `Filter key ${filter.key} takes a before or after condition`,
    );
  }
  if (equals === undefined) {
    throw constraintError(
      `${path}.condition`,
      filter.condition,
      `Filter key ${filter.key} takes an equals condition`,
    );
  }
  // An equals condition lists values of the key's kind: integerValues or stringValues.
  const member = field.kind === 'integer' ? 'integerValues' : 'stringValues';
  const values: (string | number)[] | undefined = equals[member];
  if (values === undefined) {
    throw constraintError(
      `${path}.condition.equals`,
      equals,
      `Filter key ${filter.key} takes ${member}`,
    );
  }
  const wanted = new Set(values);
  return (item) => {
    const value = field.read(item);
    return Array.isArray(value) ? value.some((v) => wanted.has(v)) : wanted.has(value);
  };
}
