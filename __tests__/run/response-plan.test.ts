/**
 * A search by `response-plan` that matched nothing: the plan is checked (ListResponsePlans), so
 * that a mistyped plan fails the step naming the closest plans instead of looking like "no
 * incident open"; a plan that exists, or one that could not be checked, is a quiet skip, which
 * if-no-incident can make louder.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { ACCOUNT, INCIDENT_A, incident, useEmulatorRun } from './helpers.js';
import { expectCarries } from '../carries.js';

const action = useEmulatorRun();

/** Response plans of the account, with no incident of theirs open. */
async function seedPlans(...names: string[]): Promise<void> {
  await action.emulator.seed({
    accountId: ACCOUNT,
    responsePlans: names.map((name) => ({
      name,
      incidentTemplate: { title: `${name} incident`, impact: 3 },
    })),
  });
}

const planChecks = () => action.sent('ListResponsePlans');
/** The parts of a refusal of a plan that does not exist: the input, the plan, where, and why. */
const NO_SUCH_PLAN = [
  /^Input 'response-plan': /,
  "no response plan 'checkout_api' exists",
  'searched from us-east-1',
  'Nothing was written',
];
/** The parts of a skip: the filters, what the search saw, and what to check. */
const skipped = (filters: string, saw: number) => [
  `No open incident matched (${filters})`,
  `the search saw ${saw} open incident(s)`,
  'Nothing was written',
  'check those filters (and aws-region)',
];

describe('a response plan that matched nothing', () => {
  it('fails before any write when no plan of that name exists, naming the closest', async () => {
    await seedPlans('checkout-api', 'payments');
    const r = await action.run({ inputs: { 'response-plan': 'checkout_api' } });
    expectCarries(r.failure, [...NO_SUCH_PLAN, 'The closest names are: checkout-api, payments.']);
    expect(r.commands).toEqual(['ListIncidentRecords', 'ListResponsePlans']);
    expect(planChecks()).toEqual([{ maxResults: 100 }]);
    expect(r.outputs.outcome).toBe('failed');
    expect(r.outputs.skipped).toBe('false');
    expect(r.infos.join('\n')).not.toContain('No open incident matched');
    expect(r.summary).toContain('checkout\\-api, payments');
  });

  it('names at most three plans, nearest first', async () => {
    await seedPlans('payments', 'checkout-web', 'search', 'checkout-api', 'checkout');
    const r = await action.run({ inputs: { 'response-plan': 'checkout_api' } });
    expect(r.failure).toContain('The closest names are: checkout-api, checkout, checkout-web.');
  });

  it('says so when the account has no response plans', async () => {
    const r = await action.run({ inputs: { 'response-plan': 'checkout_api' } });
    expectCarries(r.failure, [...NO_SUCH_PLAN, 'The account has no response plans.']);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('names the region it searched from', async () => {
    await seedPlans('checkout-api');
    const r = await action.run({
      inputs: { 'response-plan': 'checkout_api', 'aws-region': 'eu-west-1' },
    });
    expect(r.failure).toContain('(searched from eu-west-1)');
    expect(action.requests().map((request) => request.region)).toEqual(['eu-west-1', 'eu-west-1']);
  });

  it('a plan ARN of another account: says the plan is in another account than the one searched', async () => {
    await seedPlans('checkout-api');
    const r = await action.run({
      inputs: { 'response-plan': 'arn:aws:ssm-incidents::444455556666:response-plan/checkout-api' },
    });
    expect(r.failure).toMatch(/^Input 'response-plan': /);
    // Which account the plan is in, which one was searched, and what to do.
    expect(r.failure).toContain('in account 444455556666');
    expect(r.failure).toContain(`search account ${ACCOUNT} (from us-east-1)`);
    expect(r.failure).toContain('credentials of account 444455556666');
    expect(r.failure).not.toContain('closest names');
    expect(r.failure).toContain('Nothing was written.');
  });

  it('a plan ARN of an account with no plans: asks to check the credentials are of that account', async () => {
    const r = await action.run({
      inputs: { 'response-plan': 'arn:aws:ssm-incidents::444455556666:response-plan/checkout-api' },
    });
    expect(r.failure).toContain('no response plans');
    expect(r.failure).toContain('credentials are of account 444455556666');
  });

  it('a plan that exists is a skip: no incident of it is open', async () => {
    await seedPlans('checkout-api', 'payments');
    await action.seed(incident(INCIDENT_A, 'Checkout errors'));
    const r = await action.run({ inputs: { 'response-plan': 'checkout-api' } });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('skipped');
    expect(r.outputs.skipped).toBe('true');
    expect(r.warnings).toEqual([]);
    expectCarries(
      r.infos.find((info) => info.startsWith('No open incident matched')),
      [...skipped('response-plan: checkout-api', 1), 'if-no-incident: warn or fail'],
    );
    expect(r.commands).toEqual(['ListIncidentRecords', 'ListResponsePlans']);
    expect(action.sent('CreateTimelineEvent')).toEqual([]);
  });

  it('a plan given by the ARN of its own account exists', async () => {
    await seedPlans('checkout-api');
    const r = await action.run({
      inputs: { 'response-plan': `arn:aws:ssm-incidents::${ACCOUNT}:response-plan/checkout-api` },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('skipped');
  });

  it('a plan that could not be checked is a skip that says why', async () => {
    action.fault({ type: 'access-denied', operation: 'ListResponsePlans' });
    const r = await action.run({ inputs: { 'response-plan': 'checkout_api' } });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('skipped');
    const line = r.infos.find((info) => info.startsWith('No open incident matched'));
    expectCarries(line, [
      ...skipped('response-plan: checkout_api', 0),
      'The response plan could not be checked: allow ssm-incidents:ListResponsePlans',
      'ListResponsePlans was denied',
      'if-no-incident: warn or fail',
    ]);
    expect(r.summary).toContain('The response plan could not be checked');
  });

  it('a plan check that failed otherwise is a skip that names the failure', async () => {
    action.fault({ type: 'server-error', operation: 'ListResponsePlans', count: 1 });
    const r = await action.run({
      inputs: { 'response-plan': 'checkout_api', 'max-attempts': '1' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('skipped');
    expect(r.infos.join('\n')).toContain(
      ' The response plan could not be checked: ssm-incidents:ListResponsePlans failed: ',
    );
  });

  it('a plan check whose failure ends a sentence of its own ends it once', async () => {
    action.fault({ type: 'drop', operation: 'ListResponsePlans' });
    const r = await action.run({
      inputs: { 'response-plan': 'checkout_api', 'max-attempts': '1' },
    });
    const line = r.infos.find((info) => info.startsWith('No open incident matched')) ?? '';
    expect(line).toContain('Check the endpoint, proxy and network. If an incident');
    expect(line).not.toMatch(/\.\./);
  });

  it("response-plan: '*' is not checked", async () => {
    const r = await action.run({ inputs: { 'response-plan': '*', 'title-filter': 'checkout' } });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('skipped');
    expect(r.commands).toEqual(['ListIncidentRecords']);
    expectCarries(
      r.infos.find((info) => info.startsWith('No open incident matched')),
      [...skipped('response-plan: *, title-filter: checkout', 0), /^(?!.*could not be checked)/],
    );
  });

  it('a search without response-plan checks no plan', async () => {
    const r = await action.run({ inputs: { 'title-filter': 'checkout' } });
    expect(r.outputs.outcome).toBe('skipped');
    expect(r.commands).toEqual(['ListIncidentRecords']);
  });

  it('if-no-incident: fail fails with the filters and what the search saw', async () => {
    await seedPlans('checkout-api');
    await action.seed(incident(INCIDENT_A, 'Checkout errors'));
    const r = await action.run({
      inputs: {
        'response-plan': 'checkout-api',
        'title-filter': 'payments',
        'if-no-incident': 'fail',
      },
    });
    expectCarries(r.failure, [
      /^No open incident matched \(response-plan: checkout-api, title-filter: payments\)/,
      'the search saw 1 open incident(s)',
      'Nothing was written',
      'if-no-incident: fail',
    ]);
    expect(r.outputs.outcome).toBe('failed');
    expect(r.warnings).toEqual([]);
    expect(action.sent('CreateTimelineEvent')).toEqual([]);
  });

  it('if-no-incident: fail still fails on a missing plan with the plan named', async () => {
    await seedPlans('checkout-api');
    const r = await action.run({
      inputs: { 'response-plan': 'checkout_api', 'if-no-incident': 'fail' },
    });
    expect(r.failure).toMatch(/^Input 'response-plan': no response plan 'checkout_api' exists/);
  });

  it('if-no-incident: warn warns, with what to check, and the plan check that could not be done', async () => {
    action.fault({ type: 'access-denied', operation: 'ListResponsePlans' });
    const r = await action.run({
      inputs: {
        'response-plan': 'checkout-api',
        'created-within': '2h',
        'if-no-incident': 'warn',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('skipped');
    expect(r.warnings).toHaveLength(1);
    expectCarries(r.warnings[0], [
      ...skipped('response-plan: checkout-api, created-within: 2h', 0),
      'allow ssm-incidents:ListResponsePlans',
      'if-no-incident: warn; skip',
    ]);
    expect(r.infos.join('\n')).not.toContain('No open incident matched');
  });
});
