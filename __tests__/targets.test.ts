/**
 * Units of choosing the targets: the filter rule (inputs) and the closest plan names (plan-check).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { checkSearchHasFilter, getInputs } from '../src/inputs.js';
import { checkResponsePlan, closestNames, editDistance } from '../src/plan-check.js';
import { AwsCallError } from '../src/aws/call-error.js';
import type { IncidentsApi } from '../src/aws/incidents.js';

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

describe('the response plan check', () => {
  const plansApi = (plans: Array<{ name: string; arn: string }> | Error) => {
    let calls = 0;
    const api = {
      async responsePlans() {
        calls += 1;
        if (plans instanceof Error) throw plans;
        return plans;
      },
    } as unknown as IncidentsApi;
    return { api, calls: () => calls };
  };
  const plan = (name: string, account = '111122223333') => ({
    name,
    arn: `arn:aws:ssm-incidents::${account}:response-plan/${name}`,
  });

  it("does not read the plans for '*'", async () => {
    const { api, calls } = plansApi([]);
    expect(await checkResponsePlan(api, { name: '*', any: true })).toEqual({ kind: 'exists' });
    expect(calls()).toBe(0);
  });

  it('finds a plan by name, and by name and account when given as an ARN', async () => {
    const { api } = plansApi([plan('checkout-api', '444455556666'), plan('payments')]);
    expect(await checkResponsePlan(api, { name: 'payments' })).toEqual({ kind: 'exists' });
    expect(await checkResponsePlan(api, { name: 'checkout-api' })).toEqual({ kind: 'exists' });
    expect(
      await checkResponsePlan(api, { name: 'checkout-api', accountId: '444455556666' }),
    ).toEqual({ kind: 'exists' });
    expect(
      await checkResponsePlan(api, { name: 'checkout-api', accountId: '111122223333' }),
    ).toEqual({ kind: 'missing', closest: ['checkout-api', 'payments'] });
  });

  it('names the closest plans when it is missing', async () => {
    const { api } = plansApi(
      ['search', 'checkout-web', 'checkout-api', 'payments'].map((n) => plan(n)),
    );
    expect(await checkResponsePlan(api, { name: 'checkout_api' })).toEqual({
      kind: 'missing',
      closest: ['checkout-api', 'checkout-web', 'payments'],
    });
  });

  it('says why it could not check: a denial asks for the permission', async () => {
    const denied = new AwsCallError(
      {
        service: 'ssm-incidents',
        operation: 'ListResponsePlans',
        resource: 'response plans',
        attemptMs: 1000,
        deadline: { expired: false, describe: () => 'x' },
      },
      Object.assign(new Error('no'), { name: 'AccessDeniedException' }),
    );
    expect(await checkResponsePlan(plansApi(denied).api, { name: 'p' })).toEqual({
      kind: 'unchecked',
      why: `allow ssm-incidents:ListResponsePlans to have it checked (${denied.message})`,
    });
    expect(await checkResponsePlan(plansApi(new Error('bad\nline')).api, { name: 'p' })).toEqual({
      kind: 'unchecked',
      why: 'ssm-incidents:ListResponsePlans failed: bad\\nline',
    });
  });
});
