/**
 * Discovery: the search for open incidents (server-side filters, paging, plan and title matched
 * locally), select, max-incidents, if-no-incident, and the rule that a search needs a filter.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  ACCOUNT,
  HOUR,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  NOW,
  freezeClock,
  incident,
  incidentArns,
  results,
  useEmulatorRun,
} from './helpers.js';
import { expectCarries } from '../carries.js';

const action = useEmulatorRun();

const OTHER_ACCOUNT =
  'arn:aws:ssm-incidents::444455556666:incident-record/shop-outage/other-account-1';
const written = () => action.sent('CreateTimelineEvent').map((body) => body.incidentRecordArn);
const listed = () => action.sent<{ nextToken?: string }>('ListIncidentRecords');

/** An incident of the same plan in another account. */
async function seedOtherAccount(title: string, createdAt: string): Promise<void> {
  await action.emulator.seed({
    accountId: '444455556666',
    incidents: [{ ...incident(OTHER_ACCOUNT, title, createdAt) }],
  });
}

/** `count` open incidents of shop-outage (impact 2) that no title filter here matches, newest of all. */
async function seedUnrelated(count: number): Promise<void> {
  await action.emulator.seed({
    accountId: ACCOUNT,
    generateIncidents: { count, responsePlan: 'shop-outage', impact: 2, titlePrefix: 'Unrelated' },
  });
}

const seedThree = () =>
  action.seed(
    incident(INCIDENT_B, 'middle', '2026-05-01T10:00:00Z'),
    incident(INCIDENT_A, 'oldest', '2026-05-01T09:00:00Z'),
    incident(INCIDENT_C, 'newest', '2026-05-01T11:00:00Z'),
  );

describe('discovery of open incidents', () => {
  it('pages through ListIncidentRecords with the server-side filters and matches plan and title locally', async () => {
    freezeClock();
    await action.seed(
      incident(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z'),
      incident(INCIDENT_C, 'Checkout slow', '2026-05-01T10:00:00Z'), // another response plan
      incident(INCIDENT_B, 'PAYMENTS down', '2026-05-01T11:00:00Z'),
      incident(
        `arn:aws:ssm-incidents::${ACCOUNT}:incident-record/shop-outage/search-4`,
        'Search broken',
        '2026-05-01T11:45:00Z',
      ),
    );
    await seedOtherAccount('Checkout in another account', '2026-05-01T11:30:00Z');
    // Enough for three pages of 100.
    await seedUnrelated(250);

    const r = await action.run({
      inputs: {
        'response-plan': `arn:aws:ssm-incidents::${ACCOUNT}:response-plan/shop-outage`,
        'title-filter': '/checkout|payments/i',
        impact: '2',
        'created-within': '24h',
        'link-commit': 'false',
      },
    });

    const filters = [
      { key: 'status', condition: { equals: { stringValues: ['OPEN'] } } },
      { key: 'impact', condition: { equals: { integerValues: [1, 2] } } },
      { key: 'creationTime', condition: { after: (NOW.getTime() - 24 * HOUR) / 1000 } },
    ];
    const pages = listed();
    expect(pages).toEqual([
      { filters, maxResults: 100 },
      { filters, maxResults: 100, nextToken: expect.any(String) },
      { filters, maxResults: 100, nextToken: expect.any(String) },
    ]);
    expect(pages[1]!.nextToken).not.toBe(pages[2]!.nextToken);
    // Newest first: B (11:00) then A (09:00); C, the other account and the wrong title are left out.
    expect(written().sort()).toEqual([INCIDENT_A, INCIDENT_B]);
    expect(incidentArns(r)).toEqual([INCIDENT_B, INCIDENT_A]);
    expect(results(r).map((x) => x.title)).toEqual(['PAYMENTS down', 'Checkout errors']);
    expect(r.outputs.outcome).toBe('created');
  });

  it('matches a response plan given by name in any account, and a title by substring', async () => {
    await action.seed(
      incident(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z'),
      incident(INCIDENT_C, 'Checkout slow', '2026-05-01T10:00:00Z'),
    );
    await seedOtherAccount('checkout in another account', '2026-05-01T08:00:00Z');
    const r = await action.run({
      inputs: {
        'response-plan': 'shop-outage',
        'title-filter': 'CHECKOUT',
        'link-commit': 'false',
      },
    });
    expect(incidentArns(r)).toEqual([INCIDENT_A, OTHER_ACCOUNT]);
    // Without impact or created-within, only the status filter is sent.
    expect(listed()[0]).toMatchObject({
      filters: [{ key: 'status', condition: { equals: { stringValues: ['OPEN'] } } }],
    });
  });

  it.each([
    ['all', [INCIDENT_C, INCIDENT_B, INCIDENT_A]],
    ['latest', [INCIDENT_C]],
    ['oldest', [INCIDENT_A]],
  ])('select: %s writes to %j', async (select, expected) => {
    await seedThree();
    const r = await action.run({ inputs: { select, 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(written().sort()).toEqual([...expected].sort());
    expect(incidentArns(r)).toEqual(expected);
  });

  it('select: single writes to the one match', async () => {
    await action.seed(incident(INCIDENT_B, 'only one', '2026-05-01T10:00:00Z'));
    const r = await action.run({ inputs: { select: 'single', 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(written()).toEqual([INCIDENT_B]);
  });

  it('select: single fails, writing nothing, when more than one incident matches', async () => {
    await seedThree();
    const r = await action.run({ inputs: { select: 'single', 'link-commit': 'false' } });
    expect(r.failure).toMatch(/select is 'single' but 3 open incidents match/);
    expect(r.failure).toContain(INCIDENT_A);
    expect(r.commands).toEqual(['ListIncidentRecords']);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('reads the next page when exactly max-incidents matched at a page boundary', async () => {
    // The first page of 100 holds 98 others and two matches; only the next page shows a third.
    await action.seed(
      incident(INCIDENT_B, 'match middle', '2026-05-01T10:00:00Z'),
      incident(INCIDENT_A, 'match oldest', '2026-05-01T09:00:00Z'),
      incident(INCIDENT_C, 'match older still', '2026-05-01T08:00:00Z'),
    );
    freezeClock(new Date('2026-05-01T10:30:00Z'));
    await seedUnrelated(98);
    const r = await action.run({ inputs: { 'title-filter': 'match', 'max-incidents': '2' } });
    expect(r.failure).toMatch(/^3 incidents would get the event, more than max-incidents \(2\)/);
    expect(r.commands).toEqual(['ListIncidentRecords', 'ListIncidentRecords']);
  });

  it('fails with zero writes when more incidents than max-incidents match', async () => {
    await seedThree();
    const r = await action.run({ inputs: { 'max-incidents': '2' } });
    expect(r.failure).toMatch(/3 incidents would get the event, more than max-incidents \(2\)/);
    expect(r.commands).toEqual(['ListIncidentRecords']);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('stops reading pages once the matches are more than max-incidents', async () => {
    await seedUnrelated(250);
    const r = await action.run({ inputs: { 'max-incidents': '4', 'link-commit': 'false' } });
    expect(r.failure).toMatch(
      /100 or more incidents would get the event, more than max-incidents \(4\)/,
    );
    // Two more pages were there to read.
    expect(r.commands).toEqual(['ListIncidentRecords']);
  });

  it('if-no-incident: skip (the default) is quiet: an info line and the summary, no annotation', async () => {
    await action.seed(incident(INCIDENT_A, 'Search degraded'));
    const r = await action.run({ inputs: { 'title-filter': 'checkout' } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.notices).toEqual([]);
    const said =
      'No open incident matched (title-filter: checkout); the search saw 1 open incident(s). Nothing was written.';
    expect(r.infos.join('\n')).toContain(said);
    expect(r.summary).toContain('the search saw 1 open incident');
    expect(r.outputs.skipped).toBe('true');
    expect(r.outputs.outcome).toBe('skipped');
    expect(r.outputs['event-ids']).toBe('[]');
    expect(r.outputs['incident-arn']).toBe('');
    expect(r.commands).toEqual(['ListIncidentRecords']);
    expect(r.summary).toContain('skipped');
  });

  it('if-no-incident: warn says the same as a warning, and succeeds', async () => {
    const r = await action.run({
      inputs: { 'title-filter': 'checkout', impact: '2', 'if-no-incident': 'warn' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expectCarries(r.warnings[0], [
      /^No open incident matched \(title-filter: checkout, impact: 2\)/,
      'saw 0 open incident(s)',
      'Nothing was written',
      'aws-region',
      'if-no-incident: warn; skip',
    ]);
    expect(r.outputs.outcome).toBe('skipped');
  });

  it('if-no-incident: fail fails the step', async () => {
    await action.seed(incident(INCIDENT_A, 'Checkout errors'));
    const r = await action.run({
      inputs: { 'title-filter': 'payments', 'if-no-incident': 'fail' },
    });
    expect(r.failure).toMatch(/No open incident matched.*if-no-incident: fail/);
    expect(r.outputs.outcome).toBe('failed');
    expect(r.commands).toEqual(['ListIncidentRecords']);
  });

  it('ignores the search filters, with a warning, when incident-arn is set', async () => {
    await action.seed(incident(INCIDENT_A, 'Checkout errors'));
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'title-filter': 'checkout', 'link-commit': 'false' },
    });
    expect(r.warnings).toEqual([
      'incident-arn is set, so title-filter is ignored. Remove it, or incident-arn to search.',
    ]);
    expect(r.commands).toEqual(['GetIncidentRecord', 'CreateTimelineEvent']);
  });

  it('names every search filter it ignores when incident-arn is set', async () => {
    await action.seed(incident(INCIDENT_A, 'Checkout errors'));
    const r = await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        'response-plan': 'shop-outage',
        'title-filter': 'checkout',
        'link-commit': 'false',
      },
    });
    expect(r.warnings).toEqual([
      'incident-arn is set, so response-plan, title-filter are ignored. Remove them, or incident-arn to search.',
    ]);
    expect(r.commands).toEqual(['GetIncidentRecord', 'CreateTimelineEvent']);
  });

  it('names the IAM action when the search is denied', async () => {
    action.fault({ type: 'access-denied', operation: 'ListIncidentRecords' });
    const r = await action.run({ inputs: {} });
    expect(r.failure).toContain('ssm-incidents:ListIncidentRecords');
    expect(r.outputs.outcome).toBe('failed');
  });
});

describe('a search needs a filter', () => {
  it.each([
    ['nothing at all', {}],
    ['an incident-arn expression that evaluated empty', { 'incident-arn': '' }],
    ['a mistyped input name (response_plan)', { response_plan: 'checkout-api' }],
  ])('fails before any call with %s', async (_, inputs: Record<string, string>) => {
    // Scenarios without a target get `response-plan: '*'` from the mocked runner; this one says none.
    const r = await action.run({ inputs: { ...inputs, 'response-plan': '' } });
    expect(r.failure).toMatch(
      /^Input 'incident-arn': no incident-arn and no search filter \(response-plan, title-filter, impact, created-within\) is set/,
    );
    expect(r.failure).toContain(
      "To mark every open incident of the account, write response-plan: '*'.",
    );
    expect(r.commands).toEqual([]);
    expect(r.outputs.outcome).toBe('failed');
  });

  it("response-plan: '*' marks every open incident, with no note", async () => {
    await action.seed(incident(INCIDENT_A, 'one'), incident(INCIDENT_C, 'two'));
    const r = await action.run({ inputs: { 'response-plan': '*', 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(incidentArns(r).sort()).toEqual([INCIDENT_A, INCIDENT_C].sort());
    expect(r.notices).toEqual([]);
  });

  it("'*' works with the other filters and select", async () => {
    await action.seed(
      incident(INCIDENT_A, 'checkout down', '2026-05-01T11:00:00Z'),
      incident(INCIDENT_C, 'checkout slow', '2026-05-01T10:00:00Z'),
      incident(INCIDENT_B, 'search slow', '2026-05-01T11:30:00Z'),
    );
    const r = await action.run({
      inputs: {
        'response-plan': '*',
        'title-filter': 'checkout',
        select: 'latest',
        'link-commit': 'false',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(incidentArns(r)).toEqual([INCIDENT_A]);
  });
});
