import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { validationError } from './errors.js';
import { stableStringify } from './idempotency.js';

/** A position in a list: items are ordered by ascending key, compared element by element. */
export type SortKey = (number | string)[];

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/**
 * Opaque, signed page tokens. A token remembers the last key served, not an offset, so that
 * writes between pages neither repeat nor skip items; it is bound to the operation and the
 * request's other parameters, and a forged or foreign token is a ValidationException.
 */
export class Paginator {
  private readonly secret = randomBytes(32);

  page<T>(
    operation: string,
    request: { nextToken?: string; maxResults?: number },
    sorted: readonly T[],
    keyOf: (item: T) => SortKey,
    defaultPageSize = 100,
  ): Page<T> {
    const { nextToken, maxResults, ...scopeParameters } = request;
    const scope = createHash('sha256')
      .update(`${operation}\u0000${stableStringify(scopeParameters)}`)
      .digest('base64url')
      .slice(0, 16);
    const start =
      nextToken === undefined || nextToken === ''
        ? 0
        : firstAfter(sorted, keyOf, this.decode(scope, nextToken));
    const size = maxResults ?? defaultPageSize;
    const items = sorted.slice(start, start + size);
    const last = items[items.length - 1];
    const hasMore = start + size < sorted.length;
    return hasMore && last !== undefined
      ? { items, nextToken: this.encode(scope, keyOf(last)) }
      : { items };
  }

  private encode(scope: string, key: SortKey): string {
    const payload = Buffer.from(JSON.stringify({ s: scope, k: key })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  private decode(scope: string, token: string): SortKey {
    const [payload, signature, extra] = token.split('.');
    if (payload && signature && extra === undefined) {
      const expected = Buffer.from(this.sign(payload));
      const given = Buffer.from(signature);
      if (expected.length === given.length && timingSafeEqual(expected, given)) {
        const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
          s: string;
          k: SortKey;
        };
        if (decoded.s === scope) return decoded.k;
        throw validationError(
          'The nextToken does not belong to this request: repeat the request parameters of the first page',
        );
      }
    }
    throw validationError('The nextToken is invalid or has expired');
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
  }
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Binary search: the index of the first item whose key sorts after `key`. */
function firstAfter<T>(sorted: readonly T[], keyOf: (item: T) => SortKey, key: SortKey): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareKeys(keyOf(sorted[mid]!), key) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sorts a copy by ascending key; callers negate numbers in the key for newest-first lists. */
export function sortByKey<T>(items: Iterable<T>, keyOf: (item: T) => SortKey): T[] {
  return [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
}
