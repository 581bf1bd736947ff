/**
 * `run()` (main) in the paths the other run tests leave to the end-to-end suites: the job-end
 * stage, the response-plan check when nothing matched, a cancelled step, a region failover, and
 * outputs or a summary that cannot be written. Same harness as run.test.ts.
 */
import {
  CreateTimelineEventCommand,
  GetTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListResponsePlansCommand,
  UpdateTimelineEventCommand,
  type CreateTimelineEventCommandInput,
  type UpdateTimelineEventCommandInput,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it, vi } from 'vitest';

const { core, providers } = await vi.hoisted(async () => {
  const harness = await import('./harness.js');
  return { core: harness.createCoreMock(), providers: harness.createCredentialProvidersMock() };
});
vi.mock('@actions/core', () => core);
vi.mock('@aws-sdk/credential-providers', () => providers);

import { encodeFinishState, FINISH_STATE } from '../src/job-end/state.js';
import { run } from '../src/main.js';
import { Harness, INCIDENT_A, INCIDENT_B, ssm, type RunResult, type Scenario } from './harness.js';

const h = new Harness(core, providers).install();

async function runWith(scenario: Scenario, stage: 'main' | 'job-end' = 'main'): Promise<RunResult> {
  h.arrange(scenario);
  await run(stage);
  return h.result();
}

const STARTED = new Date(Date.now() - 90_000);
const JOB_END_TITLE = 'Incident timeline: job end';

function saved(events: Parameters<typeof encodeFinishState>[1], subject = '') {
  return { [`STATE_${FINISH_STATE}`]: encodeFinishState(STARTED, events, subject) };
}

function storedEvent(incidentRecordArn: string, eventId: string) {
  return {
    event: {
      incidentRecordArn,
      eventId,
      eventTime: new Date('2026-05-01T11:00:00Z'),
      eventUpdatedTime: new Date('2026-05-01T11:00:00Z'),
      eventType: 'Custom Event',
      eventData: '"Deployment started"',
    },
  };
}

describe('the job-end stage', () => {
  it("finishes every saved event with the job's outcome, and says how long the job took", async () => {
    ssm
      .on(GetTimelineEventCommand, { eventId: 'e1' })
      .resolves(storedEvent(INCIDENT_A, 'e1'))
      .on(GetTimelineEventCommand, { eventId: 'e2' })
      .resolves(storedEvent(INCIDENT_B, 'e2'));
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await runWith(
      {
        inputs: { 'job-status': 'success', 'link-commit': 'false' },
        env: saved([
          { incidentArn: INCIDENT_A, eventId: 'e1', title: 'Checkout down' },
          { incidentArn: INCIDENT_B, eventId: 'e2' },
        ]),
      },
      'job-end',
    );
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.outputs).toEqual({});
    const updates = ssm
      .commandCalls(UpdateTimelineEventCommand)
      .map((c) => c.args[0].input as UpdateTimelineEventCommandInput);
    expect(updates.map((u) => [u.incidentRecordArn, u.eventId])).toEqual([
      [INCIDENT_A, 'e1'],
      [INCIDENT_B, 'e2'],
    ]);
    expect(updates[0]?.eventData).toMatch(/^"Deployment succeeded: /);
    expect(r.infos).toContain(
      "Finishing the event with the job's outcome (succeeded) on 2 incident(s).",
    );
    expect(r.summary).toMatch(/^## Timeline event finished: succeeded in 1m3\ds\n/);
    expect(r.summary).toContain('Checkout down');
  });

  it("says the outcome is not known, and why, when job-status is not the job's status", async () => {
    ssm.on(GetTimelineEventCommand).resolves(storedEvent(INCIDENT_A, 'e1'));
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await runWith(
      {
        inputs: { 'job-status': 'skipped', 'link-commit': 'false' },
        env: saved([{ incidentArn: INCIDENT_A, eventId: 'e1' }]),
      },
      'job-end',
    );
    expect(r.warnings).toEqual([
      "The job's outcome is not known, so the events say 'finished': job-status is 'skipped', not success, failure or cancelled. Leave job-status unset: its default, ${{ job.status }}, is the job's status, which the runner evaluates when the job-end step starts.",
    ]);
    expect(r.warningTitles).toEqual([JOB_END_TITLE]);
    expect(r.summary).toMatch(
      /^## Timeline event finished in 1m3\ds \(the job's outcome is not known\)\n/,
    );
    const update = ssm.commandCalls(UpdateTimelineEventCommand)[0]?.args[0]
      .input as UpdateTimelineEventCommandInput;
    expect(update.eventData).toMatch(/^"Deployment finished: /);
  });

  it('warns, never fails, when an event could not be finished', async () => {
    ssm.on(GetTimelineEventCommand).resolves(storedEvent(INCIDENT_A, 'e1'));
    ssm.on(UpdateTimelineEventCommand).rejects(new Error('boom'));
    const r = await runWith(
      {
        inputs: { 'job-status': 'failure', 'link-commit': 'false' },
        env: saved([{ incidentArn: INCIDENT_A, eventId: 'e1' }]),
      },
      'job-end',
    );
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      new RegExp(`^1 of 1 event\\(s\\) could not be finished:\\n${INCIDENT_A}: `),
    );
    expect(r.warningTitles).toEqual([JOB_END_TITLE]);
  });

  it('finishes nothing, with a warning, when the saved state cannot be used', async () => {
    const r = await runWith(
      {
        inputs: { 'job-status': 'success' },
        env: { [`STATE_${FINISH_STATE}`]: '{"version":2}' },
      },
      'job-end',
    );
    expect(r.warnings).toEqual(['Nothing to finish: the saved state has an unknown form.']);
    expect(r.warningTitles).toEqual([JOB_END_TITLE]);
    expect(r.failure).toBeUndefined();
    expect(r.summary).toBe('');
    expect(r.commands).toEqual([]);
  });

  it('starts in the region its step wrote in', async () => {
    ssm.on(GetTimelineEventCommand).resolves(storedEvent(INCIDENT_A, 'e1'));
    ssm.on(UpdateTimelineEventCommand).resolves({});
    const r = await runWith(
      {
        inputs: {
          'job-status': 'success',
          'link-commit': 'false',
          'aws-region': 'us-east-1,us-west-2,eu-west-1',
        },
        env: saved([{ incidentArn: INCIDENT_A, eventId: 'e1', region: 'eu-west-1' }]),
      },
      'job-end',
    );
    expect(r.failure).toBeUndefined();
    expect(await ssm.commandCalls(UpdateTimelineEventCommand)[0]?.thisValue.config.region()).toBe(
      'eu-west-1',
    );
    expect(r.summary).toContain('updated in eu\\-west\\-1');
  });
});

describe('a response plan that matched nothing', () => {
  const plans = (...names: string[]) => ({
    responsePlanSummaries: names.map((name) => ({
      name,
      arn: `arn:aws:ssm-incidents::111122223333:response-plan/${name}`,
    })),
  });

  it('fails when it does not exist, naming the closest plans', async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({ incidentRecordSummaries: [] });
    ssm.on(ListResponsePlansCommand).resolves(plans('checkout-api', 'payments'));
    const r = await runWith({ inputs: { 'response-plan': 'checkout_api' } });
    expect(r.failure).toBe(
      "Input 'response-plan': no response plan 'checkout_api' exists in this account (searched from us-east-1), so no incident can match. The closest names are: checkout-api, payments. Nothing was written.",
    );
    expect(r.outputs.outcome).toBe('failed');
  });

  it('says when the account has no response plans', async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({ incidentRecordSummaries: [] });
    ssm.on(ListResponsePlansCommand).resolves(plans());
    const r = await runWith({ inputs: { 'response-plan': 'checkout-api' } });
    expect(r.failure).toMatch(
      /so no incident can match\. The account has no response plans\. Nothing was written\.$/,
    );
  });

  it('skips when it exists, and says so when it could not be checked', async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({ incidentRecordSummaries: [] });
    ssm.on(ListResponsePlansCommand).resolves(plans('checkout-api'));
    const exists = await runWith({ inputs: { 'response-plan': 'checkout-api' } });
    expect(exists.failure).toBeUndefined();
    expect(exists.outputs.outcome).toBe('skipped');
    ssm.reset();
    ssm.on(ListIncidentRecordsCommand).resolves({ incidentRecordSummaries: [] });
    ssm.on(ListResponsePlansCommand).rejects(new Error('socket hang up'));
    const unchecked = await runWith({ inputs: { 'response-plan': 'checkout-api' } });
    expect(unchecked.failure).toBeUndefined();
    expect(unchecked.infos.join('\n')).toContain(
      'Nothing was written. The response plan could not be checked: ssm-incidents:ListResponsePlans failed: ListResponsePlans on response plans failed after 1 attempt: Error: socket hang up. If an incident should have matched',
    );
  });

  it("does not check '*'", async () => {
    ssm.on(ListIncidentRecordsCommand).resolves({ incidentRecordSummaries: [] });
    const r = await runWith({ inputs: { 'response-plan': '*' } });
    expect(r.commands).toEqual(['ListIncidentRecordsCommand']);
  });
});

describe('a cancelled step', () => {
  /** The listener the run added for SIGINT: the runner's signal, without signalling this process. */
  function signalDuringCreate(first: string) {
    const before = process.listeners('SIGINT');
    ssm.on(CreateTimelineEventCommand).callsFake((input: CreateTimelineEventCommandInput) => {
      if (input.incidentRecordArn === first) {
        const added = process.listeners('SIGINT').filter((l) => !before.includes(l));
        for (const listener of added) listener('SIGINT');
      }
      return { incidentRecordArn: input.incidentRecordArn, eventId: 'e1' };
    });
  }

  it('starts no new write after the signal, and fails naming it', async () => {
    signalDuringCreate(INCIDENT_A);
    const r = await runWith({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'link-commit': 'false' },
      env: { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' },
    });
    expect(r.failure).toBe('The step was cancelled (SIGINT): no write started after the signal.');
    expect(ssm.commandCalls(CreateTimelineEventCommand)).toHaveLength(1);
    const results = JSON.parse(r.outputs.results ?? '[]') as Array<Record<string, string>>;
    expect(results[1]).toMatchObject({
      incidentArn: INCIDENT_B,
      action: 'failed',
      error: 'not written: the step was cancelled (SIGINT)',
    });
    expect(r.infos).toContain(
      'SIGINT: the job is being cancelled. No new write starts; writes in flight have 5 s to finish.',
    );
  });

  it('says the events it created are saved for the job end', async () => {
    signalDuringCreate(INCIDENT_A);
    const r = await runWith({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'link-commit': 'false',
        'finish-on-job-end': 'true',
      },
      env: { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' },
    });
    expect(r.failure).toBe(
      'The step was cancelled (SIGINT): no write started after the signal. The events it created are saved; the job-end step marks them cancelled.',
    );
    expect(r.state[FINISH_STATE]).toBeDefined();
  });
});

describe('a region that is unavailable', () => {
  it('goes on in the next region, and says so', async () => {
    let calls = 0;
    ssm.on(CreateTimelineEventCommand).callsFake((input: CreateTimelineEventCommandInput) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
      return { incidentRecordArn: input.incidentRecordArn, eventId: 'e1' };
    });
    ssm.on(ListIncidentRecordsCommand).resolves({ incidentRecordSummaries: [] });
    const r = await runWith({
      inputs: {
        'incident-arn': INCIDENT_A,
        'link-commit': 'false',
        'aws-region': 'us-east-1,us-west-2',
      },
    });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([
      'us-east-1 is unavailable: it could not be reached (ECONNREFUSED) after 1 attempt. The rest of the run goes to us-west-2.',
    ]);
    expect(r.warningTitles).toEqual(['Incident timeline: region failover']);
    expect(r.summary).toContain(
      '> us\\-east\\-1 is unavailable\\: it could not be reached \\(ECONNREFUSED\\) after 1 attempt\\. The rest of the run went to us\\-west\\-2\\.',
    );
  });
});

describe('publishing the result', () => {
  it('warns when the outputs cannot be set', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    h.arrange({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    core.setOutput.mockImplementation(() => {
      throw new Error('disk full\n::error::x');
    });
    await run();
    const r = h.result();
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual(['Could not set the step outputs: disk full\\n::error::x']);
  });

  it('warns when the summary cannot be written', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    h.arrange({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    core.summary.write.mockRejectedValue(new Error('read-only'));
    await run();
    const r = h.result();
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual(['Could not write the job summary: read-only']);
  });

  it('writes no summary without GITHUB_STEP_SUMMARY', async () => {
    ssm.on(CreateTimelineEventCommand).resolves({ incidentRecordArn: INCIDENT_A, eventId: 'e1' });
    const r = await runWith({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
      env: { GITHUB_STEP_SUMMARY: undefined },
    });
    expect(r.summary).toBe('');
    expect(r.outputs.outcome).toBe('created');
  });
});
