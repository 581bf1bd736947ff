/**
 * `run()` at the edges: hostile text in answers, every shape of a token conflict, updates that
 * keep what they are not asked to change, outputs that pair, targets side by side, and the hand
 * over to the job-end step. Each test names the defect it guards against.
 */
import {
  AccessDeniedException,
  ConflictException,
  CreateTimelineEventCommand,
  GetTimelineEventCommand,
  InternalServerException,
  ListIncidentRecordsCommand,
  ListRelatedItemsCommand,
  ListTimelineEventsCommand,
  ResourceNotFoundException,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
  type CreateTimelineEventCommandInput,
  type GetTimelineEventCommandInput,
  type IncidentRecordSummary,
  type ListIncidentRecordsCommandInput,
  type ResourceType,
  type TimelineEvent,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it, vi } from 'vitest';

const { core, providers } = await vi.hoisted(async () => {
  const harness = await import('./harness.js');
  return { core: harness.createCoreMock(), providers: harness.createCredentialProvidersMock() };
});
vi.mock('@actions/core', () => core);
vi.mock('@aws-sdk/credential-providers', () => providers);

import { FINISH_STATE, decodeFinishState } from '../src/job-end/state.js';
import { run } from '../src/main.js';
import {
  COMMIT_URL,
  Harness,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  ssm,
  type RunResult,
  type Scenario,
} from './harness.js';

const h = new Harness(core, providers).install();

const NOW = new Date('2026-05-01T12:00:00.000Z');
const EVENT_ID = 'c0ffee00-1111-2222-3333-444455556666';
const PIPELINE = 'arn:aws:codepipeline:us-east-1:111122223333:checkout';
const COMMIT_ITEM = 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF';
const OTHER_ITEM = 'related-item/METRIC/FEDCBA9876543210FEDCBA9876543210';
const metadata = { httpStatusCode: 400, requestId: 'req-0001' };
const TEXT =
  'Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run https://github.com/acme/shop/actions/runs/42/attempts/1';

async function runWith(scenario: Scenario): Promise<RunResult> {
  h.arrange(scenario);
  await run();
  return h.result();
}

const results = (r: RunResult) =>
  JSON.parse(r.outputs.results ?? 'null') as Record<string, string>[];

/** Lines the runner would read from the step's output: what core.info printed, split as the runner splits. */
function printedLines(): string[] {
  return [...core.info.mock.calls, ...core.startGroup.mock.calls]
    .map((c) => String(c[0]))
    .flatMap((text) => text.split(/\r\n|\n|\r/));
}

/** A line the runner would run as a workflow command. */
const COMMAND_LINE = /^[\s\u0085]*::|##\[/;

function record(
  arn: string,
  title: string,
  createdAt = '2026-05-01T09:00:00Z',
): IncidentRecordSummary {
  return {
    arn,
    title,
    impact: 2,
    status: 'OPEN',
    creationTime: new Date(createdAt),
    incidentRecordSource: { createdBy: 'arn:aws:iam::111122223333:role/ops', source: 'x' },
  };
}

function storedEvent(fields: Partial<TimelineEvent>): TimelineEvent {
  return {
    incidentRecordArn: INCIDENT_A,
    eventId: EVENT_ID,
    eventTime: new Date('2026-05-01T11:00:00Z'),
    eventUpdatedTime: new Date('2026-05-01T11:00:00Z'),
    eventType: 'Custom Event',
    eventData: '"Deployment started"',
    ...fields,
  };
}

describe('outside text stays data in the log', () => {
  const HOSTILE = 'boom\n::add-mask::x\r::error file=a.js::pwned\n##[set-env name=X]y';

  it('an AWS error message cannot form a workflow command', async () => {
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new InternalServerException({ message: HOSTILE, $metadata: metadata }));
    const r = await runWith({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    expect(r.failure).toContain('boom');
    const lines = printedLines();
    expect(lines.join('\n')).toContain('boom');
    expect(lines.filter((l) => COMMAND_LINE.test(l))).toEqual([]);
  });

  it('ARNs, titles and IDs in answers cannot form a workflow command', async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({
      incidentRecordSummaries: [
        record(INCIDENT_A, '::warning::title\n::add-mask::y'),
        record('::add-mask::arn\n::error::x', 'bad arn'),
      ],
    });
    ssm.on(CreateTimelineEventCommand).resolves({
      incidentRecordArn: INCIDENT_A,
      eventId: '::error::id\n::add-mask::z',
    });
    const r = await runWith({ inputs: { 'link-commit': 'false' } });
    expect(r.outputs.outcome).toBe('created');
    const lines = printedLines();
    expect(lines.filter((l) => COMMAND_LINE.test(l))).toEqual([]);
    // The record with a malformed ARN is left out, and the note says so (inertly).
    expect(r.notices.join('\n')).toContain('Left out a search result');
    expect(r.commands).toEqual(['ListIncidentRecordsCommand', 'CreateTimelineEventCommand']);
  });

  it('a lone carriage return in a title does not split a summary table row', async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({
      incidentRecordSummaries: [record(INCIDENT_A, 'Checkout\r| injected | row |')],
    });
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    const r = await runWith({ inputs: { 'link-commit': 'false' } });
    const rows = r.summary.split(/\r\n|\n|\r/).filter((l) => l.startsWith('|'));
    // Header, separator, one row per target.
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('Checkout<br>\\| injected \\| row \\|');
  });
});

describe('recovery after a token conflict, whatever the exception names', () => {
  const TOKEN = `ita-${'a'.repeat(64)}`;
  function conflict(named: { resourceIdentifier?: string; resourceType?: ResourceType }) {
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new ConflictException({ message: 'token reused', ...named, $metadata: metadata }));
  }
  function timeline(events: Record<string, { type?: string; data: string }>) {
    ssm.on(ListTimelineEventsCommand).resolves({
      eventSummaries: Object.entries(events).map(([eventId, e]) => ({
        eventId,
        incidentRecordArn: INCIDENT_A,
        eventTime: NOW,
        eventUpdatedTime: NOW,
        eventType: e.type ?? 'Custom Event',
      })),
    });
    ssm.on(GetTimelineEventCommand).callsFake((input: GetTimelineEventCommandInput) => {
      const e = events[input.eventId ?? ''];
      if (!e)
        throw new ResourceNotFoundException({ message: 'no such event', $metadata: metadata });
      return {
        event: storedEvent({
          eventId: input.eventId,
          eventType: e.type ?? 'Custom Event',
          eventData: e.data,
        }),
      };
    });
  }
  const inputs = {
    'incident-arn': INCIDENT_A,
    status: 'succeeded',
    environment: 'production',
    'link-commit': 'false',
  };

  it('names the token (longer than an event ID): the token is never read as an event, the search finds it', async () => {
    conflict({ resourceIdentifier: TOKEN, resourceType: 'TIMELINE_EVENT' });
    timeline({ 'evt-earlier': { data: JSON.stringify(TEXT) } });
    const r = await runWith({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe('evt-earlier');
    const read = ssm.commandCalls(GetTimelineEventCommand).map((c) => c.args[0].input.eventId);
    expect(read).toEqual(['evt-earlier']);
  });

  it('names nothing: the search finds it', async () => {
    conflict({});
    timeline({ 'evt-earlier': { data: JSON.stringify(TEXT) } });
    const r = await runWith({ inputs });
    expect(r.outputs['event-id']).toBe('evt-earlier');
    expect(r.summary).toContain('by an earlier try');
  });

  it('names something event-shaped that does not read back: the search finds it', async () => {
    conflict({ resourceIdentifier: 'deploy-123', resourceType: 'TIMELINE_EVENT' });
    timeline({ 'evt-earlier': { data: JSON.stringify(TEXT) } });
    const r = await runWith({ inputs });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-id']).toBe('evt-earlier');
    const read = ssm.commandCalls(GetTimelineEventCommand).map((c) => c.args[0].input.eventId);
    expect(read).toEqual(['deploy-123', 'evt-earlier']);
  });

  it('is not fooled by automatic events with the same text', async () => {
    conflict({});
    timeline({
      'evt-auto': { type: 'SSM Incident Record Update', data: JSON.stringify(TEXT) },
      'evt-earlier': { data: JSON.stringify(TEXT) },
    });
    const r = await runWith({ inputs });
    expect(r.outputs['event-id']).toBe('evt-earlier');
    const read = ssm.commandCalls(GetTimelineEventCommand).map((c) => c.args[0].input.eventId);
    expect(read).not.toContain('evt-auto');
  });

  it('searches back from the earlier of now and a given event-time', async () => {
    conflict({});
    timeline({ 'evt-earlier': { data: JSON.stringify(TEXT) } });
    const r = await runWith({ inputs: { ...inputs, 'event-time': '2026-04-01T12:00:00Z' } });
    expect(r.outputs['event-id']).toBe('evt-earlier');
    const filters = ssm.commandCalls(ListTimelineEventsCommand)[0]?.args[0].input.filters;
    expect(filters?.[1]).toEqual({
      key: 'eventTime',
      condition: { after: new Date('2026-03-31T12:00:00Z') },
    });
  });

  it('names the call that failed: a denied GetTimelineEvent asks for that IAM action', async () => {
    conflict({});
    ssm.on(ListTimelineEventsCommand).resolves({
      eventSummaries: [
        {
          eventId: 'evt-x',
          incidentRecordArn: INCIDENT_A,
          eventTime: NOW,
          eventUpdatedTime: NOW,
          eventType: 'Custom Event',
        },
      ],
    });
    ssm
      .on(GetTimelineEventCommand)
      .rejects(new AccessDeniedException({ message: 'not authorized', $metadata: metadata }));
    const r = await runWith({ inputs });
    expect(results(r)[0]?.error).toContain('GetTimelineEvent was denied');
    expect(results(r)[0]?.error).toContain('ssm-incidents:GetTimelineEvent');
    expect(results(r)[0]?.error).not.toContain('ListTimelineEvents');
  });
});

describe('an update changes only what it is asked to change', () => {
  const inputs = {
    'incident-arn': INCIDENT_A,
    'event-id': EVENT_ID,
    status: 'succeeded',
    environment: 'production',
  };
  function serveEvent(event: TimelineEvent): void {
    ssm.on(GetTimelineEventCommand).resolves({ event });
    ssm.on(UpdateTimelineEventCommand).resolves({});
  }

  it('keeps the references (started → succeeded does not drop the pipeline) and merges the commit in', async () => {
    serveEvent(
      storedEvent({ eventReferences: [{ resource: PIPELINE }, { relatedItemId: OTHER_ITEM }] }),
    );
    ssm.on(ListRelatedItemsCommand).resolves({
      relatedItems: [
        { generatedId: COMMIT_ITEM, identifier: { type: 'OTHER', value: { url: COMMIT_URL } } },
      ],
    });
    const r = await runWith({ inputs });
    expect(r.failure).toBeUndefined();
    const sent = ssm.commandCalls(UpdateTimelineEventCommand)[0]?.args[0].input;
    expect(sent?.eventReferences).toEqual([
      { resource: PIPELINE },
      { relatedItemId: OTHER_ITEM },
      { relatedItemId: COMMIT_ITEM },
    ]);
    expect(sent).not.toHaveProperty('eventType');
    expect(sent).not.toHaveProperty('eventTime');
  });

  it('keeps a Note a Note, with its incident reference', async () => {
    serveEvent(storedEvent({ eventType: 'Note', eventReferences: [{ resource: INCIDENT_A }] }));
    const r = await runWith({
      inputs: { ...inputs, 'link-commit': 'false', 'event-type': 'Custom Event' },
    });
    expect(r.failure).toBeUndefined();
    const sent = ssm.commandCalls(UpdateTimelineEventCommand)[0]?.args[0].input;
    expect(sent).not.toHaveProperty('eventType');
    expect(sent).not.toHaveProperty('eventReferences');
  });

  it('refuses, writing nothing at all, when the merged references would pass 10', async () => {
    const nine = Array.from({ length: 9 }, (_, i) => ({
      resource: `arn:aws:lambda:us-east-1:111122223333:function:f${i}`,
    }));
    serveEvent(storedEvent({ eventReferences: nine }));
    // The commit is not linked yet: it would need UpdateRelatedItems, then one more reference.
    ssm.on(ListRelatedItemsCommand).resolves({ relatedItems: [] });
    const r = await runWith({ inputs: { ...inputs, 'pipeline-arn': PIPELINE } });
    expect(results(r)[0]?.error).toMatch(
      /has 9 references and this update adds 2, 11 in all; .* at most 10/,
    );
    expect(ssm).not.toHaveReceivedCommand(UpdateRelatedItemsCommand);
    expect(ssm).not.toHaveReceivedCommand(UpdateTimelineEventCommand);
  });

  it('an incident that does not exist fails the target, with both reads failing', async () => {
    const gone = new ResourceNotFoundException({
      message: 'no such incident',
      $metadata: metadata,
    });
    ssm.on(GetTimelineEventCommand).rejects(gone);
    ssm.on(ListRelatedItemsCommand).rejects(gone);
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const r = await runWith({ inputs });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(results(r)[0]?.error).toContain('GetTimelineEvent');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('refuses to update an automatic event', async () => {
    serveEvent(storedEvent({ eventType: 'SSM Incident Record Update' }));
    const r = await runWith({ inputs: { ...inputs, 'link-commit': 'false' } });
    expect(results(r)[0]?.error).toContain("automatic event of type 'SSM Incident Record Update'");
    expect(ssm).not.toHaveReceivedCommand(UpdateTimelineEventCommand);
  });

  it('sends the time only when event-time is given', async () => {
    serveEvent(storedEvent({}));
    await runWith({
      inputs: { ...inputs, 'link-commit': 'false', 'event-time': '2026-05-01T12:30:00Z' },
    });
    expect(ssm.commandCalls(UpdateTimelineEventCommand)[0]?.args[0].input.eventTime).toEqual(
      new Date('2026-05-01T12:30:00Z'),
    );
  });
});

describe('outputs', () => {
  it('pair event-id and incident-arn from the same target when the first one fails', async () => {
    ssm.on(CreateTimelineEventCommand).callsFake((input: CreateTimelineEventCommandInput) => {
      if (input.incidentRecordArn === INCIDENT_A)
        throw new InternalServerException({ message: 'x', $metadata: metadata });
      return {
        incidentRecordArn: input.incidentRecordArn,
        eventId: `evt-${input.incidentRecordArn?.slice(-1)}`,
      };
    });
    const r = await runWith({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'link-commit': 'false',
        'fail-on-error': 'false',
      },
    });
    expect(r.outputs.outcome).toBe('partial');
    expect(r.outputs['event-id']).toBe('evt-2');
    expect(r.outputs['incident-arn']).toBe(INCIDENT_B);
  });

  it('give the first target as incident-arn when nothing was written', async () => {
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new InternalServerException({ message: 'x', $metadata: metadata }));
    const r = await runWith({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'link-commit': 'false',
        'fail-on-error': 'false',
      },
    });
    expect(r.outputs['event-id']).toBe('');
    expect(r.outputs['incident-arn']).toBe(INCIDENT_A);
  });
});

describe('names from input are looked up as own entries only', () => {
  it('status: constructor is just a word', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, status: 'constructor', 'link-commit': 'false' },
    });
    expect(r.outputs['event-data']).toMatch(/^Deployment constructor: acme\/shop@1a2b3c4/);
    expect(r.outputs['event-data']).not.toContain('native code');
  });

  it('a deployment_status state named like an object property does not crash', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      env: { GITHUB_EVENT_NAME: 'deployment_status' },
      payload: { deployment_status: { state: 'constructor' }, deployment: { environment: 'prod' } },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-data']).toMatch(/^Deployment: acme\/shop/);
  });
});

describe('a search needs a filter', () => {
  it.each([
    ['nothing at all', {}],
    ['an incident-arn expression that evaluated empty', { 'incident-arn': '' }],
    ['a mistyped input name (response_plan)', { response_plan: 'checkout-api' }],
  ])('fails before any call with %s', async (_, inputs: Record<string, string>) => {
    // Scenarios without a target get `response-plan: '*'` from the harness; this one says none.
    const r = await runWith({ inputs: { ...inputs, 'response-plan': '' } });
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
    ssm.on(ListIncidentRecordsCommand).resolves({
      incidentRecordSummaries: [record(INCIDENT_A, 'one'), record(INCIDENT_C, 'two')],
    });
    ssm.on(CreateTimelineEventCommand).callsFake((input: CreateTimelineEventCommandInput) => ({
      incidentRecordArn: input.incidentRecordArn,
      eventId: 'e',
    }));
    const r = await runWith({ inputs: { 'response-plan': '*', 'link-commit': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(JSON.parse(r.outputs['incident-arns'] ?? '')).toEqual([INCIDENT_A, INCIDENT_C]);
    expect(r.notices).toEqual([]);
  });

  it("'*' works with the other filters and select", async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({
      incidentRecordSummaries: [
        record(INCIDENT_A, 'checkout down', '2026-05-01T11:00:00Z'),
        record(INCIDENT_C, 'checkout slow', '2026-05-01T10:00:00Z'),
        record(INCIDENT_B, 'search slow', '2026-05-01T11:30:00Z'),
      ],
    });
    ssm.on(CreateTimelineEventCommand).resolves({ eventId: 'e' });
    const r = await runWith({
      inputs: {
        'response-plan': '*',
        'title-filter': 'checkout',
        select: 'latest',
        'link-commit': 'false',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(JSON.parse(r.outputs['incident-arns'] ?? '')).toEqual([INCIDENT_A]);
  });

  it('stops reading pages once the matches are more than max-incidents', async () => {
    const page = (n: number) =>
      Array.from({ length: 3 }, (_, i) =>
        record(INCIDENT_A.replace(/\d{3}$/, `${n}${i}0`), `incident ${n}-${i}`),
      );
    ssm.on(ListIncidentRecordsCommand).callsFake((input: ListIncidentRecordsCommandInput) => {
      const n = Number(input.nextToken ?? '0');
      return { incidentRecordSummaries: page(n), nextToken: String(n + 1) };
    });
    const r = await runWith({ inputs: { 'max-incidents': '4', 'link-commit': 'false' } });
    expect(r.failure).toMatch(
      /6 or more incidents would get the event, more than max-incidents \(4\)/,
    );
    expect(ssm.commandCalls(ListIncidentRecordsCommand)).toHaveLength(2);
    expect(ssm).not.toHaveReceivedCommand(CreateTimelineEventCommand);
  });
});

describe('targets side by side', () => {
  it('writes to several targets at once, and keeps their order in results and the log', async () => {
    let inFlight = 0;
    let most = 0;
    const release: (() => void)[] = [];
    ssm.on(CreateTimelineEventCommand).callsFake(async (input: CreateTimelineEventCommandInput) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      // Hold every write until all three have started; C answers first, A last.
      await new Promise<void>((resolve) => {
        release.push(resolve);
        if (release.length === 3) for (const r of release.reverse()) r();
      });
      inFlight -= 1;
      return {
        incidentRecordArn: input.incidentRecordArn,
        eventId: `evt-${input.incidentRecordArn?.slice(-1)}`,
      };
    });
    const r = await runWith({
      inputs: {
        'incident-arn': [INCIDENT_A, INCIDENT_B, INCIDENT_C].join(','),
        'link-commit': 'false',
      },
    });
    expect(most).toBe(3);
    expect(results(r).map((x) => x.eventId)).toEqual(['evt-1', 'evt-2', 'evt-3']);
    expect(r.groups.map((g) => g.slice(-1))).toEqual(['1', '2', '3']);
    expect(r.outputs['event-ids']).toBe('["evt-1","evt-2","evt-3"]');
  });
});

describe('INCIDENT_TIMELINE_PARALLEL_TARGETS', () => {
  it('1 writes one target after another, in order', async () => {
    let inFlight = 0;
    let most = 0;
    ssm.on(CreateTimelineEventCommand).callsFake(async (input: CreateTimelineEventCommandInput) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return { incidentRecordArn: input.incidentRecordArn, eventId: 'e' };
    });
    await runWith({
      inputs: {
        'incident-arn': [INCIDENT_A, INCIDENT_B, INCIDENT_C].join(','),
        'link-commit': 'false',
      },
      env: { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' },
    });
    expect(most).toBe(1);
    expect(
      ssm.commandCalls(CreateTimelineEventCommand).map((c) => c.args[0].input.incidentRecordArn),
    ).toEqual([INCIDENT_A, INCIDENT_B, INCIDENT_C]);
  });
});

describe('finish-on-job-end in the main step', () => {
  it('posts "started" and saves the created events and the start time for the job-end step', async () => {
    ssm.on(CreateTimelineEventCommand).callsFake((input: CreateTimelineEventCommandInput) => ({
      incidentRecordArn: input.incidentRecordArn,
      eventId: `evt-${input.incidentRecordArn?.slice(-1)}`,
    }));
    const before = Date.now();
    const r = await runWith({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'finish-on-job-end': 'true',
        'link-commit': 'false',
      },
    });
    expect(r.outputs['event-data']).toMatch(/^Deployment started: /);
    const saved = r.state[FINISH_STATE];
    expect(saved).toBeDefined();
    const state = decodeFinishState(saved ?? '');
    if (typeof state === 'string') throw new Error(state);
    expect(state.events).toEqual([
      { incidentArn: INCIDENT_A, eventId: 'evt-1', region: 'us-east-1' },
      { incidentArn: INCIDENT_B, eventId: 'evt-2', region: 'us-east-1' },
    ]);
    expect(Date.parse(state.startedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('saves nothing without the option, or when nothing was created', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    const plain = await runWith({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    expect(plain.state).toEqual({});
    ssm.reset();
    ssm
      .on(CreateTimelineEventCommand)
      .rejects(new InternalServerException({ message: 'x', $metadata: metadata }));
    const failed = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', 'finish-on-job-end': 'true' },
    });
    expect(failed.state).toEqual({});
  });
});
