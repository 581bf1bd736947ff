/** Units of the nearest names offered for a mistyped one (a response plan, an option). */
import { describe, expect, it } from 'vitest';
import { closest, closestNames, editDistance } from '../src/parse/closest.js';

describe('closestNames: the response plans to suggest', () => {
  it.each([
    ['checkout_api', 'checkout-api', 1],
    ['Checkout-API', 'checkout-api', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('edit distance of %j and %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('names the closest plans first, at most three, each once', () => {
    const plans = ['search', 'checkout-web', 'checkout-api', 'payments', 'checkout-api'];
    expect(closestNames('checkout_api', plans)).toEqual([
      'checkout-api',
      'checkout-web',
      'payments',
    ]);
    expect(closestNames('x', [])).toEqual([]);
  });
});

describe('closest: the one option to suggest', () => {
  it('is the name at the smallest edit distance, whatever the case', () => {
    expect(closest('impakt', ['impact', 'incident-arn', 'status'])).toBe('impact');
    expect(closest('DRY-RUN', ['dry-run', 'event-id'])).toBe('dry-run');
  });

  it('is nothing when every name is far', () => {
    expect(closest('zzzzzzzz', ['mark', 'exec'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
