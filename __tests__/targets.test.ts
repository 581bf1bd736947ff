/**
 * Units of choosing the targets: the filter rule (inputs) and the closest plan names (plan-check).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { checkSearchHasFilter, getInputs } from '../src/inputs.js';
import { closestNames, editDistance } from '../src/plan-check.js';

describe('a search needs a filter', () => {
  it('refuses no filter at all, naming every filter and *', () => {
    let error: unknown;
    try {
      checkSearchHasFilter({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      "Input 'incident-arn': no incident-arn and no search filter (response-plan, title-filter, impact, created-within) is set, so the action cannot tell which incidents to mark. Check the workflow for a mistyped input name (such as response_plan) and for an expression that evaluated empty. To mark every open incident of the account, write response-plan: '*'.",
    );
  });

  it.each([
    { responsePlan: { name: '*', any: true as const } },
    { impact: 2 },
    { createdWithinMs: 1000 },
    { titleFilter: () => true },
  ])('accepts %j', (filters) => {
    expect(() => checkSearchHasFilter(filters)).not.toThrow();
  });

  it("'*' is kept as any plan, with the filters as written", async () => {
    const read = (name: string) =>
      ({ 'response-plan': '*', impact: '2', select: 'latest' })[name] ?? '';
    const { targeting } = await getInputs(read, { AWS_REGION: 'us-east-1' });
    expect(targeting).toMatchObject({
      kind: 'search',
      select: 'latest',
      filters: { responsePlan: { name: '*', any: true }, impact: 2 },
      described: ['response-plan: *', 'impact: 2'],
    });
  });
});

describe('the plan suggestion', () => {
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
