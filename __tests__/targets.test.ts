/**
 * Units of choosing the targets: the filter rule (inputs) and the plan check.
 */
import { describe, expect, it } from 'vitest';
import { InputError, SafeError } from '../src/runtime/errors.js';
import { checkSearchHasFilter, getInputs } from '../src/read/inputs.js';
import { checkResponsePlan } from '../src/find/response-plan-check.js';
import { AwsCallError } from '../src/aws/call-error.js';
import type { IncidentsApi, IncidentSummary } from '../src/aws/incidents.js';
import type { Targeting } from '../src/read/inputs.js';
import { resolveTargets } from '../src/find/targets.js';
import { expectCarries } from './carries.js';

describe('a search needs a filter', () => {
  it('refuses no filter at all, naming every filter and *', () => {
    let error: unknown;
    try {
      checkSearchHasFilter({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expectCarries((error as InputError).message, [
      /^Input 'incident-arn': /,
      'response-plan, title-filter, impact, created-within',
      'mistyped input name (such as response_plan)',
      'evaluated empty',
      "response-plan: '*'",
    ]);
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
    ).toEqual({
      kind: 'missing',
      closest: ['checkout-api', 'payments'],
      // The plans listed are in another account than the one the ARN names.
      searchedAccount: '444455556666',
    });
  });

  it('names the closest plans when it is missing', async () => {
    const { api } = plansApi(
      ['search', 'checkout-web', 'checkout-api', 'payments'].map((n) => plan(n)),
    );
    expect(await checkResponsePlan(api, { name: 'checkout_api' })).toEqual({
      kind: 'missing',
      closest: ['checkout-api', 'checkout-web', 'payments'],
      searchedAccount: '111122223333',
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

  it('asks for the permission only when the call was denied', async () => {
    const throttled = new AwsCallError(
      {
        service: 'ssm-incidents',
        operation: 'ListResponsePlans',
        resource: 'response plans',
        attemptMs: 1000,
        deadline: { expired: false, describe: () => 'x' },
      },
      Object.assign(new Error('slow down'), { name: 'ThrottlingException' }),
    );
    expect(await checkResponsePlan(plansApi(throttled).api, { name: 'p' })).toEqual({
      kind: 'unchecked',
      why: `ssm-incidents:ListResponsePlans failed: ${throttled.message}`,
    });
  });
});

describe('resolving the targets', () => {
  const arn = (n: number) =>
    `arn:aws:ssm-incidents::111122223333:incident-record/plan/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a${String(n).padStart(3, '0')}`;
  const incident = (n: number, created?: string): IncidentSummary => ({
    arn: arn(n),
    title: `Incident ${n}`,
    ...(created ? { creationTime: new Date(created) } : {}),
  });
  type Page = { incidents: IncidentSummary[]; more: boolean; restarted: boolean };

  /** Pages of a search; how many were read is counted. */
  function searchApi(pages: Page[]) {
    let read = 0;
    const api = {
      async *incidentPages() {
        for (const page of pages) {
          read += 1;
          yield page;
        }
      },
      async getIncident(a: string) {
        return { arn: a, title: `read ${a.slice(-3)}` };
      },
    } as unknown as IncidentsApi;
    return { api, read: () => read };
  }
  const search = (select: 'latest' | 'oldest' | 'single' | 'all'): Targeting => ({
    kind: 'search',
    filters: {},
    select,
    described: [],
  });
  const options = { maxIncidents: 10, singleTarget: false, readGivenArns: false, now: new Date() };

  it('takes the saved events at job end, with what was saved of them', async () => {
    const { api } = searchApi([]);
    const a = {
      incidentArn: 'arn:a',
      clientToken: 'ta',
      eventId: 'e1',
      title: 'A',
      impact: 0,
      status: 'OPEN',
    };
    // Saved before its create was answered: the job end resolves it first.
    const b = { incidentArn: 'arn:b', clientToken: 'tb' };
    const resolution = await resolveTargets(
      api,
      {
        kind: 'saved',
        events: [a, b],
      },
      options,
    );
    expect(resolution).toEqual({
      targets: [
        { arn: 'arn:a', title: 'A', eventId: 'e1', impact: 0, status: 'OPEN', saved: a },
        { arn: 'arn:b', title: '', saved: b },
      ],
      notes: [],
      seen: 0,
    });
  });

  it('reads given ARNs only when asked to', async () => {
    const { api } = searchApi([]);
    const targeting: Targeting = {
      kind: 'arns',
      arns: [{ arn: arn(1) }, { arn: arn(2) }] as never,
      ignoredFilters: [],
    };
    expect((await resolveTargets(api, targeting, options)).targets).toEqual([
      { arn: arn(1), title: '' },
      { arn: arn(2), title: '' },
    ]);
    expect(
      (await resolveTargets(api, targeting, { ...options, readGivenArns: true })).targets,
    ).toEqual([
      { arn: arn(1), title: 'read 001' },
      { arn: arn(2), title: 'read 002' },
    ]);
  });

  it('latest and oldest read every page; an incident without a creation time is the oldest', async () => {
    const pages = [
      {
        incidents: [incident(1, '2026-05-01T09:00:00Z'), incident(2)],
        more: true,
        restarted: false,
      },
      { incidents: [incident(3, '2026-05-01T10:00:00Z')], more: false, restarted: false },
    ];
    const latest = searchApi(pages);
    expect((await resolveTargets(latest.api, search('latest'), options)).targets).toEqual([
      incident(3, '2026-05-01T10:00:00Z'),
    ]);
    expect(latest.read()).toBe(2);
    const oldest = searchApi(pages);
    const resolution = await resolveTargets(oldest.api, search('oldest'), options);
    expect(resolution.targets).toEqual([incident(2)]);
    expect(resolution.seen).toBe(3);
  });

  it('single stops at the second match, naming at most five of them', async () => {
    const single = searchApi([
      { incidents: [1, 2].map((n) => incident(n)), more: true, restarted: false },
      { incidents: [incident(3)], more: false, restarted: false },
    ]);
    await expect(resolveTargets(single.api, search('single'), options)).rejects.toThrow(
      /^select is 'single' but 2 open incidents match: /,
    );
    expect(single.read()).toBe(1);
    const seven = searchApi([
      { incidents: [1, 2, 3, 4, 5, 6, 7].map((n) => incident(n)), more: false, restarted: false },
    ]);
    const error = (await resolveTargets(seven.api, search('single'), options).catch(
      (e: unknown) => e,
    )) as Error;
    // Its message is the action's own, shown as is.
    expect(error).toBeInstanceOf(SafeError);
    expect(error.name).toBe('TargetError');
    expectCarries(error.message, [
      "select is 'single' but 7 open incidents match",
      ...[1, 2, 3, 4, 5].map((n) => `"Incident ${n}" (${arn(n)})`),
      'and 2 more',
      'Narrow the filters',
      'select: latest or all',
    ]);
    expect(error.message).not.toContain('Incident 6');
  });

  it('names five without "more"', async () => {
    const five = searchApi([
      { incidents: [1, 2, 3, 4, 5].map((n) => incident(n)), more: false, restarted: false },
    ]);
    const error = (await resolveTargets(five.api, search('single'), options).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(/\(arn\S+005\)\. Narrow the filters/);
  });

  it('all stops once the matches pass max-incidents, and says there may be more', async () => {
    const all = searchApi([
      { incidents: [1, 2, 3].map((n) => incident(n)), more: true, restarted: false },
      { incidents: [incident(4)], more: false, restarted: false },
    ]);
    const error = (await resolveTargets(all.api, search('all'), {
      ...options,
      maxIncidents: 2,
    }).catch((e: unknown) => e)) as Error;
    expect(all.read()).toBe(1);
    expect(error.message).toMatch(
      /^3 or more incidents would get the event, more than max-incidents \(2\): /,
    );
    expect(error.message).toMatch(/Narrow the filters, set select, or raise max-incidents\.$/);
  });

  it('given ARNs past max-incidents are counted exactly, never as "or more"', async () => {
    const { api } = searchApi([]);
    const targeting: Targeting = {
      kind: 'arns',
      arns: [1, 2, 3].map((n) => ({ arn: arn(n) })) as never,
      ignoredFilters: [],
    };
    const error = (await resolveTargets(api, targeting, { ...options, maxIncidents: 2 }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(
      /^3 incidents would get the event, more than max-incidents \(2\): /,
    );
  });

  it('all with exactly max-incidents matches writes to them', async () => {
    const all = searchApi([
      { incidents: [1, 2].map((n) => incident(n)), more: false, restarted: false },
    ]);
    const resolution = await resolveTargets(all.api, search('all'), {
      ...options,
      maxIncidents: 2,
    });
    expect(resolution.targets).toHaveLength(2);
  });

  it('an update stops at two matches, and says there may be more', async () => {
    const all = searchApi([
      { incidents: [1, 2].map((n) => incident(n)), more: true, restarted: false },
      { incidents: [incident(3)], more: false, restarted: false },
    ]);
    const error = (await resolveTargets(all.api, search('all'), {
      ...options,
      singleTarget: true,
    }).catch((e: unknown) => e)) as Error;
    expect(all.read()).toBe(1);
    expectCarries(error.message, [
      /^event-id updates one event of one incident/,
      '2 or more incidents match',
      'incident-arn',
      'select: latest or single',
    ]);
  });

  it('starts counting again when the search restarts in another region', async () => {
    const { api } = searchApi([
      { incidents: [incident(1)], more: true, restarted: false },
      { incidents: [incident(2), incident(3)], more: false, restarted: true },
    ]);
    const resolution = await resolveTargets(api, search('all'), options);
    expect(resolution.targets.map((t) => t.arn)).toEqual([arn(2), arn(3)]);
    expect(resolution.seen).toBe(2);
  });

  it('leaves out, with a note, a result whose ARN is not an incident record ARN', async () => {
    const { api } = searchApi([
      {
        incidents: [incident(1), { arn: 'arn:aws:s3:::bucket\n::error::x', title: 'odd' }],
        more: false,
        restarted: false,
      },
    ]);
    const resolution = await resolveTargets(api, search('all'), options);
    expect(resolution.targets.map((t) => t.arn)).toEqual([arn(1)]);
    expect(resolution.notes).toEqual([
      'Left out a search result whose ARN is not an incident record ARN: arn:aws:s3:::bucket\\n::error::x',
    ]);
    expect(resolution.seen).toBe(2);
  });
});
