import {
  AccessDeniedException,
  ConflictException,
  CreateTimelineEventCommand,
  GetIncidentRecordCommand,
  GetTimelineEventCommand,
  InternalServerException,
  ListIncidentRecordsCommand,
  ListRelatedItemsCommand,
  ListTimelineEventsCommand,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
  ValidationException,
  type CreateTimelineEventCommandInput,
  type GetTimelineEventCommandInput,
  type IncidentRecordSummary,
  type ListIncidentRecordsCommandInput,
  type RelatedItem,
  type SSMIncidentsClient,
  type UpdateRelatedItemsCommandInput,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it, vi } from 'vitest';

const { core, providers } = await vi.hoisted(async () => {
  const harness = await import('./harness.js');
  return { core: harness.createCoreMock(), providers: harness.createCredentialProvidersMock() };
});
vi.mock('@actions/core', () => core);
vi.mock('@aws-sdk/credential-providers', () => providers);

import { run } from '../src/main.js';
import {
  ASSUMED,
  COMMIT_URL,
  Harness,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  RUN_URL,
  SHA,
  ssm,
  type RunResult,
  type Scenario,
} from './harness.js';

const h = new Harness(core, providers).install();

const NOW = new Date('2026-05-01T12:00:00.000Z');
const HOUR = 3_600_000;
const DEFAULT_TEXT = `Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run ${RUN_URL}`;
const COMMIT_ITEM_ID = 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF';
const metadata = { httpStatusCode: 400, requestId: 'req-0001' };

async function runWith(scenario: Scenario): Promise<RunResult> {
  h.arrange(scenario);
  await run();
  return h.result();
}

function freezeClock(at: Date = NOW): void {
  // Only Date: the SDK's and vitest's timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

const created = () =>
  ssm
    .commandCalls(CreateTimelineEventCommand)
    .map((c) => c.args[0].input as CreateTimelineEventCommandInput);
const results = (r: RunResult) =>
  JSON.parse(r.outputs.results ?? 'null') as Record<string, string>[];

/** Every Create succeeds with an ID derived from the incident's last digit. */
function acceptCreates(): void {
  ssm.on(CreateTimelineEventCommand).callsFake((input: CreateTimelineEventCommandInput) => ({
    incidentRecordArn: input.incidentRecordArn,
    eventId: `evt-${input.incidentRecordArn?.slice(-1)}`,
  }));
}

function record(arn: string, title: string, createdAt: string, impact = 2): IncidentRecordSummary {
  return {
    arn,
    title,
    impact,
    status: 'OPEN',
    creationTime: new Date(createdAt),
    incidentRecordSource: {
      createdBy: 'arn:aws:iam::111122223333:role/ops',
      source: 'aws.ssm-incidents.custom',
    },
  };
}

/** ListIncidentRecords served page by page, keyed by nextToken (undefined for the first page). */
function serveIncidentPages(
  pages: Record<string, { records: IncidentRecordSummary[]; next?: string }>,
): void {
  ssm.on(ListIncidentRecordsCommand).callsFake((input: ListIncidentRecordsCommandInput) => {
    const page = pages[input.nextToken ?? 'first'];
    if (!page) throw new Error(`unexpected nextToken ${input.nextToken}`);
    return {
      incidentRecordSummaries: page.records,
      ...(page.next ? { nextToken: page.next } : {}),
    };
  });
}

function serveIncidents(records: IncidentRecordSummary[]): void {
  serveIncidentPages({ first: { records } });
}

/** A small stateful stand-in for an incident's related items. */
function serveRelatedItems(initial: RelatedItem[] = []): RelatedItem[] {
  const items = [...initial];
  ssm.on(ListRelatedItemsCommand).callsFake(() => ({ relatedItems: [...items] }));
  ssm.on(UpdateRelatedItemsCommand).callsFake((input: UpdateRelatedItemsCommandInput) => {
    const add = input.relatedItemsUpdate?.itemToAdd;
    if (add) items.push({ ...add, generatedId: COMMIT_ITEM_ID });
    return {};
  });
  return items;
}

describe('a deployment marker on one incident ARN', () => {
  it('posts the default message, JSON-encoded, with a derived token, and sets every output', async () => {
    freezeClock();
    acceptCreates();
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        status: 'succeeded',
        environment: 'production',
        'link-commit': 'false',
      },
    });

    expect(r.failure).toBeUndefined();
    expect(r.commands).toEqual(['GetIncidentRecordCommand', 'CreateTimelineEventCommand']);
    expect(created()).toEqual([
      {
        incidentRecordArn: INCIDENT_A,
        eventData: JSON.stringify(DEFAULT_TEXT),
        eventType: 'Custom Event',
        eventTime: NOW,
        clientToken: expect.stringMatching(/^ita-[0-9a-f]{64}$/),
      },
    ]);
    expect(created()[0]?.eventData).toBe(
      '"Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run https://github.com/acme/shop/actions/runs/42/attempts/1"',
    );
    expect(r.outputs).toEqual({
      'event-id': 'evt-1',
      'incident-arn': INCIDENT_A,
      'event-ids': JSON.stringify(['evt-1']),
      'incident-arns': JSON.stringify([INCIDENT_A]),
      'event-data': DEFAULT_TEXT,
      skipped: 'false',
      outcome: 'created',
      results: JSON.stringify([
        { incidentArn: INCIDENT_A, title: '', eventId: 'evt-1', action: 'created', error: '' },
      ]),
    });
    expect(r.summary).toContain('## Timeline event posted');
  });

  it('takes the environment and SHA of a deployment event, and the triggering actor', async () => {
    acceptCreates();
    const deployedSha = 'fedcba9876543210fedcba9876543210fedcba98';
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, status: 'rolled-back', 'link-commit': 'false' },
      env: { GITHUB_EVENT_NAME: 'deployment', GITHUB_TRIGGERING_ACTOR: 'hubot' },
      payload: { deployment: { sha: deployedSha, environment: 'staging' } },
    });
    expect(r.outputs['event-data']).toBe(
      `Deployment rolled back: acme/shop@fedcba9 (main) in staging by hubot, run ${RUN_URL}`,
    );
  });

  it.each([
    ['success', 'Deployment succeeded'],
    ['failure', 'Deployment failed'],
    ['error', 'Deployment failed'],
    ['in_progress', 'Deployment started'],
  ])('words a deployment_status event in state %s as "%s"', async (state, headline) => {
    acceptCreates();
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      env: { GITHUB_EVENT_NAME: 'deployment_status' },
      payload: {
        deployment: { sha: SHA, environment: 'production' },
        deployment_status: { state },
      },
    });
    expect(r.outputs['event-data']).toBe(
      `${headline}: acme/shop@${SHA.slice(0, 7)} (main) to production by octocat, run ${RUN_URL}`,
    );
  });

  it('lets the status input win over a deployment_status state', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'link-commit': 'false',
        status: 'rolled-back',
        'event-data': '{status} in {environment}',
      },
      env: { GITHUB_EVENT_NAME: 'deployment_status' },
      payload: {
        deployment: { environment: 'production' },
        deployment_status: { state: 'success' },
      },
    });
    expect(r.outputs['event-data']).toBe('rolled-back in production');
  });

  it('sends event-time as given and the raw encoding unquoted', async () => {
    acceptCreates();
    await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'event-data': 'Canary at 5%',
        'event-data-encoding': 'raw',
        'event-time': '2026-05-01T14:30:00+02:00',
        'link-commit': 'false',
      },
    });
    expect(created()[0]).toMatchObject({
      eventData: 'Canary at 5%',
      eventTime: new Date('2026-05-01T12:30:00Z'),
    });
  });
});

describe('GitHub Enterprise Server', () => {
  it('builds the run and commit URLs from GITHUB_SERVER_URL', async () => {
    acceptCreates();
    const items = serveRelatedItems();
    const ghes = 'https://github.acme.internal';
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'event-data': '{run_url} | {commit_url} | {server_url}',
        'event-data-encoding': 'raw',
      },
      env: { GITHUB_SERVER_URL: `${ghes}/` },
    });
    expect(r.outputs['event-data']).toBe(
      `${ghes}/acme/shop/actions/runs/42/attempts/1 | ${ghes}/acme/shop/commit/${SHA} | ${ghes}`,
    );
    expect(items.map((i) => i.identifier?.value?.url)).toEqual([`${ghes}/acme/shop/commit/${SHA}`]);
  });

  it('puts the GHES run URL in the default message', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      env: { GITHUB_SERVER_URL: 'https://ghe.example.com' },
    });
    expect(r.outputs['event-data']).toBe(
      'Deployment: acme/shop@1a2b3c4 (main) by octocat, run https://ghe.example.com/acme/shop/actions/runs/42/attempts/1',
    );
  });
});

describe('workflow_dispatch', () => {
  const dispatch = (inputs: Record<string, unknown>) => ({
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    payload: { inputs },
  });

  it('uses the dispatch input `message` as the event text', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      ...dispatch({ message: 'Feature flag checkout-v2 turned off', note: 'ignored' }),
    });
    expect(r.outputs['event-data']).toBe('Feature flag checkout-v2 turned off');
    expect(created()[0]?.eventData).toBe('"Feature flag checkout-v2 turned off"');
  });

  it('falls back to the dispatch input `note`', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', 'event-type': 'Note' },
      ...dispatch({ note: 'Paged the DB team' }),
    });
    expect(r.outputs['event-data']).toBe('Paged the DB team');
  });

  it('fills {inputs.NAME}, other placeholders and literal braces in event-data', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'link-commit': 'false',
        status: 'rolled-back',
        'event-data':
          'Rolled back {repository} to {inputs.version} in {environment} ({status}) {{ok}}',
      },
      ...dispatch({ version: 'v1.4.2', environment: 'production', dry: false }),
    });
    expect(r.outputs['event-data']).toBe(
      'Rolled back acme/shop to v1.4.2 in production (rolled-back) {ok}',
    );
  });
});

describe('discovery of open incidents', () => {
  it('pages through ListIncidentRecords with the server-side filters and matches plan and title locally', async () => {
    freezeClock();
    acceptCreates();
    serveIncidentPages({
      first: {
        records: [
          record(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z'),
          record(INCIDENT_C, 'Checkout slow', '2026-05-01T10:00:00Z'), // another response plan
        ],
        next: 'page-2',
      },
      'page-2': {
        records: [
          record(INCIDENT_B, 'PAYMENTS down', '2026-05-01T11:00:00Z'),
          record(
            'arn:aws:ssm-incidents::444455556666:incident-record/shop-outage/other-account-1',
            'Checkout in another account',
            '2026-05-01T11:30:00Z',
          ),
        ],
        next: 'page-3',
      },
      'page-3': {
        records: [
          record(
            'arn:aws:ssm-incidents::111122223333:incident-record/shop-outage/search-4',
            'Search broken',
            '2026-05-01T11:45:00Z',
          ),
        ],
      },
    });

    const r = await runWith({
      inputs: {
        'response-plan': 'arn:aws:ssm-incidents::111122223333:response-plan/shop-outage',
        'title-filter': '/checkout|payments/i',
        impact: '2',
        'created-within': '24h',
        'link-commit': 'false',
      },
    });

    const expectedFilters = [
      { key: 'status', condition: { equals: { stringValues: ['OPEN'] } } },
      { key: 'impact', condition: { equals: { integerValues: [1, 2] } } },
      { key: 'creationTime', condition: { after: new Date(NOW.getTime() - 24 * HOUR) } },
    ];
    const lists = ssm.commandCalls(ListIncidentRecordsCommand).map((c) => c.args[0].input);
    expect(lists).toEqual([
      { filters: expectedFilters, maxResults: 100 },
      { filters: expectedFilters, maxResults: 100, nextToken: 'page-2' },
      { filters: expectedFilters, maxResults: 100, nextToken: 'page-3' },
    ]);
    // Newest first: B (11:00) then A (09:00); C, the other account and the wrong title are left out.
    expect(created().map((c) => c.incidentRecordArn)).toEqual([INCIDENT_B, INCIDENT_A]);
    expect(r.outputs['incident-arns']).toBe(JSON.stringify([INCIDENT_B, INCIDENT_A]));
    expect(results(r).map((x) => x.title)).toEqual(['PAYMENTS down', 'Checkout errors']);
    expect(r.outputs.outcome).toBe('created');
  });

  it('matches a response plan given by name in any account, and a title by substring', async () => {
    acceptCreates();
    serveIncidents([
      record(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z'),
      record(
        'arn:aws:ssm-incidents::444455556666:incident-record/shop-outage/other-account-1',
        'checkout in another account',
        '2026-05-01T08:00:00Z',
      ),
      record(INCIDENT_C, 'Checkout slow', '2026-05-01T10:00:00Z'),
    ]);
    const r = await runWith({
      inputs: {
        'response-plan': 'shop-outage',
        'title-filter': 'CHECKOUT',
        'link-commit': 'false',
      },
    });
    expect(JSON.parse(r.outputs['incident-arns'] ?? '')).toEqual([
      INCIDENT_A,
      'arn:aws:ssm-incidents::444455556666:incident-record/shop-outage/other-account-1',
    ]);
    // Without impact or created-within, only the status filter is sent.
    expect(ssm.commandCalls(ListIncidentRecordsCommand)[0]?.args[0].input.filters).toEqual([
      { key: 'status', condition: { equals: { stringValues: ['OPEN'] } } },
    ]);
  });

  const three = () => [
    record(INCIDENT_B, 'middle', '2026-05-01T10:00:00Z'),
    record(INCIDENT_A, 'oldest', '2026-05-01T09:00:00Z'),
    record(INCIDENT_C, 'newest', '2026-05-01T11:00:00Z'),
  ];

  it.each([
    ['all', [INCIDENT_C, INCIDENT_B, INCIDENT_A]],
    ['latest', [INCIDENT_C]],
    ['oldest', [INCIDENT_A]],
  ])('select: %s writes to %j', async (select, expected) => {
    acceptCreates();
    serveIncidents(three());
    const r = await runWith({ inputs: { select, 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(created().map((c) => c.incidentRecordArn)).toEqual(expected);
    expect(JSON.parse(r.outputs['incident-arns'] ?? '')).toEqual(expected);
  });

  it('select: single writes to the one match', async () => {
    acceptCreates();
    serveIncidents([record(INCIDENT_B, 'only one', '2026-05-01T10:00:00Z')]);
    const r = await runWith({ inputs: { select: 'single', 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(created().map((c) => c.incidentRecordArn)).toEqual([INCIDENT_B]);
  });

  it('select: single fails, writing nothing, when more than one incident matches', async () => {
    acceptCreates();
    serveIncidents(three());
    const r = await runWith({ inputs: { select: 'single', 'link-commit': 'false' } });
    expect(r.failure).toMatch(/select is 'single' but 3 open incidents match/);
    expect(r.failure).toContain(INCIDENT_A);
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('reads the next page when exactly max-incidents matched at a page boundary', async () => {
    // Two matches fill max-incidents on the first page; only the next page shows a third.
    acceptCreates();
    const [b, a, c] = three();
    serveIncidentPages({
      first: { records: [b!, a!], next: 'page-2' },
      'page-2': { records: [c!] },
    });
    const r = await runWith({ inputs: { 'max-incidents': '2' } });
    expect(r.failure).toMatch(/^3 incidents would get the event, more than max-incidents \(2\)/);
    expect(r.commands).toEqual(['ListIncidentRecordsCommand', 'ListIncidentRecordsCommand']);
  });

  it('fails with zero writes when more incidents than max-incidents match', async () => {
    acceptCreates();
    serveIncidents(three());
    const r = await runWith({ inputs: { 'max-incidents': '2' } });
    expect(r.failure).toMatch(/3 incidents would get the event, more than max-incidents \(2\)/);
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
    expect(r.outputs.outcome).toBe('failed');
  });

  it('if-no-incident: skip (the default) is quiet: an info line and the summary, no annotation', async () => {
    serveIncidents([record(INCIDENT_A, 'Search degraded', '2026-05-01T09:00:00Z')]);
    const r = await runWith({ inputs: { 'title-filter': 'checkout' } });
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
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
    expect(r.summary).toContain('skipped');
  });

  it('if-no-incident: warn says the same as a warning, and succeeds', async () => {
    serveIncidents([]);
    const r = await runWith({
      inputs: { 'title-filter': 'checkout', impact: '2', 'if-no-incident': 'warn' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([
      'No open incident matched (title-filter: checkout, impact: 2); the search saw 0 open incident(s). Nothing was written. If an incident should have matched, check those filters (and aws-region). (if-no-incident: warn; skip makes this an info line)',
    ]);
    expect(r.outputs.outcome).toBe('skipped');
  });

  it('if-no-incident: fail fails the step', async () => {
    serveIncidents([record(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z')]);
    const r = await runWith({ inputs: { 'title-filter': 'payments', 'if-no-incident': 'fail' } });
    expect(r.failure).toMatch(/No open incident matched.*if-no-incident: fail/);
    expect(r.outputs.outcome).toBe('failed');
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
  });

  it('ignores the search filters, with a warning, when incident-arn is set', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'title-filter': 'checkout', 'link-commit': 'false' },
    });
    expect(r.warnings).toEqual([
      'incident-arn is set, so title-filter is ignored. Remove it, or incident-arn to search.',
    ]);
    expect(r.commands).toEqual(['GetIncidentRecordCommand', 'CreateTimelineEventCommand']);
  });

  it('names the IAM action when the search is denied', async () => {
    ssm
      .on(ListIncidentRecordsCommand)
      .rejects(new AccessDeniedException({ message: 'not authorized', $metadata: metadata }));
    const r = await runWith({ inputs: {} });
    expect(r.failure).toContain('ssm-incidents:ListIncidentRecords');
    expect(r.outputs.outcome).toBe('failed');
  });
});

describe('several targets, one failing', () => {
  function rejectB(): void {
    acceptCreates();
    ssm
      .on(CreateTimelineEventCommand, { incidentRecordArn: INCIDENT_B })
      .rejects(
        new InternalServerException({ message: 'boom', $metadata: { ...metadata, attempts: 5 } }),
      );
  }
  const inputs = {
    'incident-arn': `${INCIDENT_A}\n${INCIDENT_B}, ${INCIDENT_C}`,
    'link-commit': 'false',
  };

  it('writes to the others, reports partial and fails the step saying which', async () => {
    rejectB();
    const r = await runWith({ inputs });
    expect(created().map((c) => c.incidentRecordArn)).toEqual([INCIDENT_A, INCIDENT_B, INCIDENT_C]);
    expect(r.outputs.outcome).toBe('partial');
    expect(r.outputs['event-ids']).toBe(JSON.stringify(['evt-1', 'evt-3']));
    expect(r.outputs['event-id']).toBe('evt-1');
    expect(results(r).map((x) => [x.incidentArn, x.action])).toEqual([
      [INCIDENT_A, 'created'],
      [INCIDENT_B, 'failed'],
      [INCIDENT_C, 'created'],
    ]);
    expect(results(r)[1]?.error).toBe(
      `CreateTimelineEvent on ${INCIDENT_B} failed after 5 attempts: InternalServerException: boom (request ID req-0001)`,
    );
    expect(r.failure).toMatch(/could not be written to 1 of 3 incident\(s\)/);
    expect(r.failure).toContain(INCIDENT_B);
    expect(r.summary).toContain('## Timeline event posted to some incidents only');
  });

  it('with fail-on-error: false warns instead, and the outputs still say partial', async () => {
    rejectB();
    const r = await runWith({ inputs: { ...inputs, 'fail-on-error': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(
      /could not be written to 1 of 3 incident\(s\)[\s\S]*fail-on-error is false/,
    );
    expect(r.outputs.outcome).toBe('partial');
  });

  it('with fail-on-error: false and every write failing, the outcome is failed', async () => {
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new ValidationException({ message: 'bad', $metadata: metadata }));
    const r = await runWith({ inputs: { ...inputs, 'fail-on-error': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(r.outputs.outcome).toBe('failed');
    expect(r.outputs['event-ids']).toBe('[]');
    expect(r.warnings.join('\n')).toMatch(/3 of 3/);
  });
});

describe('event-id: updating an earlier event', () => {
  it('reads the event, then sends UpdateTimelineEvent with the text only: type and references kept', async () => {
    ssm.on(GetTimelineEventCommand).resolves({
      event: {
        incidentRecordArn: INCIDENT_A,
        eventId: 'c0ffee00-1111-2222-3333-444455556666',
        eventType: 'Note',
        eventData: '"Deployment started"',
        eventTime: new Date('2026-05-01T11:00:00Z'),
        eventUpdatedTime: new Date('2026-05-01T11:00:00Z'),
        eventReferences: [{ resource: INCIDENT_A }],
      },
    });
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'event-id': 'c0ffee00-1111-2222-3333-444455556666',
        status: 'succeeded',
        environment: 'production',
        'link-commit': 'false',
      },
    });
    expect(r.commands).toEqual([
      'GetIncidentRecordCommand',
      'GetTimelineEventCommand',
      'UpdateTimelineEventCommand',
    ]);
    expect(ssm.commandCalls(UpdateTimelineEventCommand)[0]?.args[0].input).toEqual({
      incidentRecordArn: INCIDENT_A,
      eventId: 'c0ffee00-1111-2222-3333-444455556666',
      eventData: JSON.stringify(DEFAULT_TEXT),
      clientToken: expect.stringMatching(/^ita-/),
    });
    // Nothing new to reference (the Note already references its incident): references untouched.
    expect(ssm.commandCalls(UpdateTimelineEventCommand)[0]?.args[0].input).not.toHaveProperty(
      'eventReferences',
    );
    expect(r.outputs.outcome).toBe('updated');
    expect(r.outputs['event-id']).toBe('c0ffee00-1111-2222-3333-444455556666');
    expect(results(r)[0]?.action).toBe('updated');
  });

  it('fails before any write when a search finds several incidents', async () => {
    serveIncidents([
      record(INCIDENT_A, 'one', '2026-05-01T09:00:00Z'),
      record(INCIDENT_B, 'two', '2026-05-01T10:00:00Z'),
    ]);
    const r = await runWith({ inputs: { 'event-id': 'evt-1' } });
    expect(r.failure).toMatch(
      /event-id updates one event of one incident, but 2 incidents match: "two" \(.*\), "one"/,
    );
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
  });
});

describe('dry-run', () => {
  const READS = new Set([
    'ListIncidentRecordsCommand',
    'GetIncidentRecordCommand',
    'ListRelatedItemsCommand',
  ]);

  it('with incident ARNs reads them and writes nothing', async () => {
    ssm.on(GetIncidentRecordCommand).callsFake((input: { arn: string }) => ({
      incidentRecord: {
        ...record(input.arn, `Incident ${input.arn.slice(-1)}`, '2026-05-01T09:00:00Z'),
        dedupeString: 'x',
      },
    }));
    const r = await runWith({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'dry-run': 'true' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.commands.length).toBeGreaterThan(0);
    expect(r.commands.every((c) => READS.has(c))).toBe(true);
    expect(r.outputs.outcome).toBe('dry-run');
    expect(r.outputs.skipped).toBe('true');
    expect(r.outputs['event-ids']).toBe('[]');
    expect(results(r).map((x) => [x.title, x.action])).toEqual([
      ['Incident 1', 'dry-run'],
      ['Incident 2', 'dry-run'],
    ]);
    expect(r.summary).toContain('dry run, nothing written');
  });

  it('with a search only lists incidents', async () => {
    serveIncidents([record(INCIDENT_A, 'Checkout errors', '2026-05-01T09:00:00Z')]);
    const r = await runWith({ inputs: { 'dry-run': 'true', 'event-type': 'Note' } });
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
    expect(r.outputs.outcome).toBe('dry-run');
    expect(r.outputs['event-data']).toContain('acme/shop@1a2b3c4');
  });
});

describe('link-commit', () => {
  const commitItem = (generatedId = COMMIT_ITEM_ID): RelatedItem => ({
    identifier: { type: 'OTHER', value: { url: COMMIT_URL } },
    title: 'Commit 1a2b3c4 of acme/shop',
    generatedId,
  });

  it('reuses a related item that already has the commit URL', async () => {
    acceptCreates();
    serveRelatedItems([
      {
        identifier: { type: 'OTHER', value: { url: 'https://example.com/runbook' } },
        generatedId: 'related-item/OTHER/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
      },
      commitItem(),
    ]);
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.failure).toBeUndefined();
    expect(ssm).not.toHaveReceivedCommand(UpdateRelatedItemsCommand);
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: COMMIT_ITEM_ID }]);
  });

  it('adds the commit when absent and references the generatedId read back', async () => {
    acceptCreates();
    serveRelatedItems();
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.commands).toEqual([
      'GetIncidentRecordCommand',
      'ListRelatedItemsCommand',
      'UpdateRelatedItemsCommand',
      'ListRelatedItemsCommand',
      'CreateTimelineEventCommand',
    ]);
    const update = ssm.commandCalls(UpdateRelatedItemsCommand)[0]?.args[0].input;
    expect(update).toEqual({
      incidentRecordArn: INCIDENT_A,
      clientToken: expect.stringMatching(/^ita-[0-9a-f]{64}$/),
      relatedItemsUpdate: {
        itemToAdd: {
          title: 'Commit 1a2b3c4 of acme/shop',
          identifier: { type: 'OTHER', value: { url: COMMIT_URL } },
        },
      },
    });
    expect(update?.clientToken).not.toBe(created()[0]?.clientToken);
    expect(created()[0]?.eventReferences).toEqual([{ relatedItemId: COMMIT_ITEM_ID }]);
  });

  it('degrades to a warning when related items are denied, and still posts the event', async () => {
    acceptCreates();
    ssm.on(ListRelatedItemsCommand).rejects(
      new AccessDeniedException({
        message: 'not authorized to ListRelatedItems',
        $metadata: metadata,
      }),
    );
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'pipeline-arn': 'arn:aws:codepipeline:us-east-1:111122223333:shop',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(
      /link-commit: could not link the commit[\s\S]*ssm-incidents:ListRelatedItems/,
    );
    expect(ssm).not.toHaveReceivedCommand(UpdateRelatedItemsCommand);
    expect(created()[0]?.eventReferences).toEqual([
      { resource: 'arn:aws:codepipeline:us-east-1:111122223333:shop' },
    ]);
    expect(r.outputs.outcome).toBe('created');
  });

  it('degrades to a warning when adding the item is denied', async () => {
    acceptCreates();
    serveRelatedItems();
    ssm
      .on(UpdateRelatedItemsCommand)
      .rejects(new AccessDeniedException({ message: 'denied', $metadata: metadata }));
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toContain('ssm-incidents:UpdateRelatedItems');
    expect(created()[0]).not.toHaveProperty('eventReferences');
  });

  it('uses the item a parallel job added when UpdateRelatedItems conflicts', async () => {
    acceptCreates();
    const items: RelatedItem[] = [];
    ssm.on(ListRelatedItemsCommand).callsFake(() => ({ relatedItems: [...items] }));
    ssm.on(UpdateRelatedItemsCommand).callsFake(() => {
      items.push(commitItem('related-item/OTHER/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
      throw new ConflictException({ message: 'already there', $metadata: metadata });
    });
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.warnings).toEqual([]);
    expect(created()[0]?.eventReferences).toEqual([
      { relatedItemId: 'related-item/OTHER/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    ]);
  });
});

describe('references', () => {
  it('a Note references the incident itself', async () => {
    acceptCreates();
    await runWith({
      inputs: {
        'incident-arn': `${INCIDENT_A}\n${INCIDENT_B}`,
        'event-type': 'Note',
        'link-commit': 'false',
      },
    });
    expect(created().map((c) => [c.eventType, c.eventReferences])).toEqual([
      ['Note', [{ resource: INCIDENT_A }]],
      ['Note', [{ resource: INCIDENT_B }]],
    ]);
  });

  it('adds pipeline-arn and CODEBUILD_BUILD_ARN as resources, once each', async () => {
    acceptCreates();
    serveRelatedItems([
      { identifier: { type: 'OTHER', value: { url: COMMIT_URL } }, generatedId: COMMIT_ITEM_ID },
    ]);
    const pipeline = 'arn:aws:codepipeline:us-east-1:111122223333:shop-release';
    const build = 'arn:aws:codebuild:us-east-1:111122223333:build/shop:0b1c2d3e';
    const runbook = 'related-item/ATTACHMENT/00000000000000000000000000000001';
    await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'event-type': 'Note',
        references: JSON.stringify([
          pipeline,
          { relatedItemId: runbook },
          { resource: INCIDENT_A },
          runbook,
        ]),
        'pipeline-arn': pipeline,
      },
      env: { CODEBUILD_BUILD_ARN: build },
    });
    expect(created()[0]?.eventReferences).toEqual([
      { resource: pipeline },
      { relatedItemId: runbook },
      { resource: INCIDENT_A },
      { resource: build },
      { relatedItemId: COMMIT_ITEM_ID },
    ]);
  });
});

describe('idempotency', () => {
  const tokenOf = async (scenario: Scenario): Promise<string[]> => {
    await runWith(scenario);
    return created().map((c) => c.clientToken ?? '');
  };
  const fixed = { 'incident-arn': INCIDENT_A, 'event-data': 'Deploy done', 'link-commit': 'false' };

  it('derives the same token for the same step twice, even at a later time', async () => {
    acceptCreates();
    freezeClock();
    const first = await tokenOf({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    vi.setSystemTime(new Date(NOW.getTime() + 5 * 60_000));
    const second = await tokenOf({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
    });
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
    expect(first[0]!.length).toBeLessThanOrEqual(128);
  });

  it('derives distinct tokens across incidents, steps and run attempts', async () => {
    acceptCreates();
    const [a, b] = await tokenOf({
      inputs: { ...fixed, 'incident-arn': `${INCIDENT_A},${INCIDENT_B}` },
    });
    const [base] = await tokenOf({ inputs: fixed });
    const [otherStep] = await tokenOf({ inputs: fixed, env: { GITHUB_ACTION: 'mark-incident-2' } });
    const [otherAttempt] = await tokenOf({ inputs: fixed, env: { GITHUB_RUN_ATTEMPT: '2' } });
    const [otherJob] = await tokenOf({ inputs: fixed, env: { GITHUB_JOB: 'rollback' } });
    const all = [a, b, otherStep, otherAttempt, otherJob];
    expect(base).toBe(a);
    expect(new Set(all).size).toBe(all.length);
  });

  it('sends a given client-token as is, and keeps it distinct per incident when there are several', async () => {
    acceptCreates();
    expect(await tokenOf({ inputs: { ...fixed, 'client-token': 'deploy-2026-05-01' } })).toEqual([
      'deploy-2026-05-01',
    ]);
    const many = await tokenOf({
      inputs: {
        ...fixed,
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'client-token': 'x'.repeat(128),
      },
    });
    expect(many).toHaveLength(2);
    expect(many[0]).not.toBe(many[1]);
    for (const token of many) expect(token.length).toBeLessThanOrEqual(128);
  });

  it('reports the event an earlier try wrote when the token was already used', async () => {
    freezeClock();
    ssm.on(CreateTimelineEventCommand).rejects(
      new ConflictException({
        message: 'idempotent token reused with different parameters',
        $metadata: metadata,
      }),
    );
    const data: Record<string, string> = {
      'evt-newer': JSON.stringify('someone else wrote this'),
      'evt-earlier': JSON.stringify(DEFAULT_TEXT),
    };
    ssm.on(ListTimelineEventsCommand).resolves({
      eventSummaries: Object.keys(data).map((eventId) => ({
        eventId,
        incidentRecordArn: INCIDENT_A,
        eventTime: NOW,
        eventUpdatedTime: NOW,
        eventType: 'Custom Event',
      })),
    });
    ssm.on(GetTimelineEventCommand).callsFake((input: GetTimelineEventCommandInput) => ({
      event: {
        incidentRecordArn: INCIDENT_A,
        eventId: input.eventId,
        eventTime: NOW,
        eventUpdatedTime: NOW,
        eventType: 'Custom Event',
        eventData: data[input.eventId ?? ''],
      },
    }));

    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        status: 'succeeded',
        environment: 'production',
        'link-commit': 'false',
      },
    });

    expect(r.failure).toBeUndefined();
    expect(ssm).toHaveReceivedCommandTimes(CreateTimelineEventCommand, 1);
    expect(ssm.commandCalls(ListTimelineEventsCommand)[0]?.args[0].input).toMatchObject({
      incidentRecordArn: INCIDENT_A,
      filters: [
        { key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } },
        { key: 'eventTime', condition: { after: new Date(NOW.getTime() - 24 * HOUR) } },
      ],
    });
    expect(r.outputs['event-id']).toBe('evt-earlier');
    expect(r.outputs.outcome).toBe('created');
    expect(results(r)[0]).toMatchObject({ action: 'created', eventId: 'evt-earlier', error: '' });
    expect(r.infos.join('\n')).toContain('already posted event evt-earlier');
    expect(r.summary).toContain('by an earlier try');
  });

  it('reads the event a ConflictException names first, without a search', async () => {
    freezeClock();
    ssm.on(CreateTimelineEventCommand).rejects(
      new ConflictException({
        message: 'idempotent token reused with different parameters',
        resourceType: 'TIMELINE_EVENT',
        resourceIdentifier: 'evt-named',
        $metadata: metadata,
      }),
    );
    ssm.on(GetTimelineEventCommand).callsFake((input: GetTimelineEventCommandInput) => ({
      event: {
        incidentRecordArn: INCIDENT_A,
        eventId: input.eventId,
        eventTime: NOW,
        eventUpdatedTime: NOW,
        eventType: 'Custom Event',
        eventData: JSON.stringify(DEFAULT_TEXT),
      },
    }));
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        status: 'succeeded',
        environment: 'production',
        'link-commit': 'false',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(r.commands).toEqual([
      'GetIncidentRecordCommand',
      'CreateTimelineEventCommand',
      'GetTimelineEventCommand',
    ]);
    expect(ssm.commandCalls(GetTimelineEventCommand)[0]?.args[0].input).toEqual({
      incidentRecordArn: INCIDENT_A,
      eventId: 'evt-named',
    });
    expect(r.outputs['event-id']).toBe('evt-named');
  });

  it('searches when the named event holds other text', async () => {
    freezeClock();
    ssm.on(CreateTimelineEventCommand).rejects(
      new ConflictException({
        message: 'token reused',
        resourceType: 'TIMELINE_EVENT',
        resourceIdentifier: 'evt-other',
        $metadata: metadata,
      }),
    );
    ssm.on(GetTimelineEventCommand).callsFake((input: GetTimelineEventCommandInput) => ({
      event: {
        incidentRecordArn: INCIDENT_A,
        eventId: input.eventId,
        eventTime: NOW,
        eventUpdatedTime: NOW,
        eventType: 'Custom Event',
        eventData: input.eventId === 'evt-match' ? JSON.stringify(DEFAULT_TEXT) : '"other"',
      },
    }));
    ssm.on(ListTimelineEventsCommand).resolves({
      eventSummaries: ['evt-other', 'evt-match'].map((eventId) => ({
        eventId,
        incidentRecordArn: INCIDENT_A,
        eventTime: NOW,
        eventUpdatedTime: NOW,
        eventType: 'Custom Event',
      })),
    });
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        status: 'succeeded',
        environment: 'production',
        'link-commit': 'false',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe('evt-match');
    // The named event is read once, not again during the search.
    expect(ssm.commandCalls(GetTimelineEventCommand).map((c) => c.args[0].input.eventId)).toEqual([
      'evt-other',
      'evt-match',
    ]);
  });

  it('fails when the token was used but no earlier event matches', async () => {
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new ConflictException({ message: 'token reused', $metadata: metadata }));
    ssm.on(ListTimelineEventsCommand).resolves({ eventSummaries: [] });
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    expect(r.outputs.outcome).toBe('failed');
    expect(results(r)[0]?.error).toBe(
      `CreateTimelineEvent on ${INCIDENT_A} failed after 1 attempt: ConflictException: token reused (request ID req-0001)`,
    );
    expect(r.failure).toBeDefined();
  });
});

describe('AWS errors and credentials', () => {
  it('names the missing IAM action when CreateTimelineEvent is denied', async () => {
    ssm.on(CreateTimelineEventCommand).rejects(
      new AccessDeniedException({
        message: 'User is not authorized',
        $metadata: { ...metadata, httpStatusCode: 403 },
      }),
    );
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    expect(r.failure).toContain('ssm-incidents:CreateTimelineEvent');
    expect(r.failure).toContain('request ID req-0001');
    expect(results(r)[0]?.error).toContain('ssm-incidents:CreateTimelineEvent');
    expect(r.outputs.outcome).toBe('failed');
  });

  it('assumes role-to-assume with the GitHub OIDC token for the audience', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'link-commit': 'false',
        'role-to-assume': 'arn:aws:iam::111122223333:role/deploy-markers',
        audience: 'sts.example.internal',
        'max-attempts': '3',
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(core.getIDToken).toHaveBeenCalledWith('sts.example.internal');
    expect(providers.fromWebToken).toHaveBeenCalledTimes(1);
    expect(providers.fromWebToken).toHaveBeenCalledWith(
      expect.objectContaining({
        roleArn: 'arn:aws:iam::111122223333:role/deploy-markers',
        webIdentityToken: 'oidc-token-from-github',
        roleSessionName: 'GitHubActions-42-1',
        clientConfig: expect.objectContaining({ region: 'us-east-1', maxAttempts: 3 }),
      }),
    );
    expect(providers.fromTemporaryCredentials).not.toHaveBeenCalled();
    expect(core.setSecret).toHaveBeenCalledWith(ASSUMED.secretAccessKey);
    expect(core.setSecret).toHaveBeenCalledWith(ASSUMED.sessionToken);
    // The client that wrote the event uses the assumed credentials.
    const client = ssm.call(0).thisValue as SSMIncidentsClient;
    await expect(client.config.credentials()).resolves.toMatchObject(ASSUMED);
  });

  it('chains role-to-assume from the environment when no OIDC token can be requested', async () => {
    acceptCreates();
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'link-commit': 'false',
        'role-to-assume': 'arn:aws:iam::111122223333:role/deploy-markers',
        'role-session-name': 'shop-deploy',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(providers.fromTemporaryCredentials).toHaveBeenCalledWith(
      expect.objectContaining({
        params: expect.objectContaining({
          RoleArn: 'arn:aws:iam::111122223333:role/deploy-markers',
          RoleSessionName: 'shop-deploy',
        }),
      }),
    );
  });

  it("says 'id-token: write' when the OIDC token cannot be had, and calls nothing", async () => {
    core.getIDToken.mockRejectedValue(
      new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'),
    );
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'role-to-assume': 'arn:aws:iam::111122223333:role/deploy-markers',
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    });
    expect(r.failure).toContain('id-token: write');
    expect(r.failure).toContain("audience 'sts.amazonaws.com'");
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(ssm).not.toHaveReceivedAnyCommand();
    expect(r.outputs.outcome).toBe('failed');
  });

  it('explains a role that cannot be assumed with OIDC, and calls nothing', async () => {
    providers.fromWebToken.mockImplementation(() => async () => {
      throw Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), {
        name: 'AccessDenied',
      });
    });
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'role-to-assume': 'arn:aws:iam::111122223333:role/deploy-markers',
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    });
    expect(r.failure).toMatch(
      /Could not assume role arn:aws:iam::111122223333:role\/deploy-markers with OIDC/,
    );
    expect(r.failure).toContain('trust policy');
    expect(ssm).not.toHaveReceivedAnyCommand();
  });
});
