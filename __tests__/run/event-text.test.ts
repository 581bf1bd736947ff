/**
 * What the event says and how it is written: the default message from the event that triggered
 * the workflow, placeholders, dispatch inputs, GitHub Enterprise Server URLs, and the exact
 * CreateTimelineEvent the emulator receives.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  DEFAULT_TEXT,
  INCIDENT_A,
  NOW,
  RUN_URL,
  SHA,
  SUCCEEDED,
  freezeClock,
  TARGETS,
  useEmulatorRun,
  type Scenario,
} from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A));

/** One step on INCIDENT_A without link-commit, with these inputs. */
const mark = (inputs: Record<string, string> = {}, scenario: Omit<Scenario, 'inputs'> = {}) =>
  action.run({
    inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', ...inputs },
    ...scenario,
  });
const sentData = () => action.sent('CreateTimelineEvent').map((body) => body.eventData);

describe('a deployment marker on one incident ARN', () => {
  it('posts the default message, JSON-encoded, with a derived token, and sets every output', async () => {
    freezeClock();
    const r = await mark(SUCCEEDED);

    expect(r.failure).toBeUndefined();
    expect(r.commands).toEqual(['GetIncidentRecord', 'CreateTimelineEvent']);
    expect(action.sent('CreateTimelineEvent')).toEqual([
      {
        incidentRecordArn: INCIDENT_A,
        eventData: JSON.stringify(DEFAULT_TEXT),
        eventType: 'Custom Event',
        eventTime: NOW.getTime() / 1000,
        clientToken: expect.stringMatching(/^ita-[0-9a-f]{64}$/),
      },
    ]);
    expect(sentData()[0]).toBe(
      '"Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run https://github.com/acme/shop/actions/runs/42/attempts/1"',
    );
    const events = action.events(INCIDENT_A);
    expect(events.map((e) => e.eventData)).toEqual([JSON.stringify(DEFAULT_TEXT)]);
    const id = events[0]!.eventId;
    expect(r.outputs).toEqual({
      'event-id': id,
      'incident-arn': INCIDENT_A,
      'event-ids': JSON.stringify([id]),
      'incident-arns': JSON.stringify([INCIDENT_A]),
      'event-data': DEFAULT_TEXT,
      skipped: 'false',
      outcome: 'created',
      results: JSON.stringify([
        {
          incidentArn: INCIDENT_A,
          title: 'Checkout errors',
          eventId: id,
          action: 'created',
          error: '',
        },
      ]),
    });
    expect(r.summary).toContain('## Timeline event posted');
  });

  it('takes the environment and SHA of a deployment event, and the triggering actor', async () => {
    const deployedSha = 'fedcba9876543210fedcba9876543210fedcba98';
    const r = await mark(
      { status: 'rolled-back' },
      {
        env: { GITHUB_EVENT_NAME: 'deployment', GITHUB_TRIGGERING_ACTOR: 'hubot' },
        payload: { deployment: { sha: deployedSha, environment: 'staging' } },
      },
    );
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
    const r = await mark(
      {},
      {
        env: { GITHUB_EVENT_NAME: 'deployment_status' },
        payload: {
          deployment: { sha: SHA, environment: 'production' },
          deployment_status: { state },
        },
      },
    );
    expect(r.outputs['event-data']).toBe(
      `${headline}: acme/shop@${SHA.slice(0, 7)} (main) to production by octocat, run ${RUN_URL}`,
    );
  });

  it('lets the status input win over a deployment_status state', async () => {
    const r = await mark(
      { status: 'rolled-back', 'event-data': '{status} in {environment}' },
      {
        env: { GITHUB_EVENT_NAME: 'deployment_status' },
        payload: {
          deployment: { environment: 'production' },
          deployment_status: { state: 'success' },
        },
      },
    );
    expect(r.outputs['event-data']).toBe('rolled-back in production');
  });

  it('counts the text in code points, as the service does: 6,500 emoji are accepted and written', async () => {
    const emoji = '🚀'.repeat(6_500);
    for (const encoding of ['json-string', 'raw']) {
      const r = await action.run({
        inputs: {
          'incident-arn': INCIDENT_A,
          'event-data': emoji,
          'event-data-encoding': encoding,
          'link-commit': 'false',
        },
      });
      expect(r.failure).toBeUndefined();
      expect(r.outputs.outcome).toBe('created');
    }
    expect(action.events(INCIDENT_A).map((e) => e.eventData)).toEqual(
      expect.arrayContaining([JSON.stringify(emoji), emoji]),
    );
  });

  it('refuses a text over 12,000 code points, counting them', async () => {
    const r = await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        'event-data': '🚀'.repeat(12_001),
        'event-data-encoding': 'raw',
      },
    });
    expect(r.failure).toMatch(/^Input 'event-data': /);
    expect(r.failure).toContain('is 12,001 characters');
    expect(r.commands).toEqual([]);
  });

  it('sends event-time as given and the raw encoding unquoted', async () => {
    await mark({
      'event-data': 'Canary at 5%',
      'event-data-encoding': 'raw',
      'event-time': '2026-05-01T14:30:00+02:00',
    });
    expect(action.sent('CreateTimelineEvent')[0]).toMatchObject({
      eventData: 'Canary at 5%',
      eventTime: Date.parse('2026-05-01T12:30:00Z') / 1000,
    });
  });
});

describe('an event-time far from now', () => {
  it.each(['2062-05-01T10:00:00Z', '2016-05-01T10:00:00Z'])(
    'is written, with a warning that shows it (%s)',
    async (iso) => {
      // A year typo sorts the event to the top (or the bottom) of the timeline.
      const r = await mark({ 'event-time': iso });
      expect(r.failure).toBeUndefined();
      expect(action.sent('CreateTimelineEvent')[0]?.eventTime).toBe(Date.parse(iso) / 1000);
      const [warning, ...more] = r.warnings;
      expect(more).toEqual([]);
      expect(warning).toContain('event-time');
      expect(warning).toContain(new Date(iso).toISOString());
    },
  );

  it('says nothing of a time within the hour', async () => {
    const r = await mark({ 'event-time': new Date(Date.now() - 60_000).toISOString() });
    expect(r.warnings).toEqual([]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('builds the run and commit URLs from GITHUB_SERVER_URL', async () => {
    const ghes = 'https://github.acme.internal';
    const r = await action.run({
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
    expect(action.incident(INCIDENT_A).relatedItems.map((i) => i.identifier.value.url)).toEqual([
      `${ghes}/acme/shop/commit/${SHA}`,
    ]);
  });

  it('puts the GHES run URL in the default message', async () => {
    const r = await mark({}, { env: { GITHUB_SERVER_URL: 'https://ghe.example.com' } });
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
    const r = await mark(
      {},
      dispatch({ message: 'Feature flag checkout-v2 turned off', note: 'x' }),
    );
    expect(r.outputs['event-data']).toBe('Feature flag checkout-v2 turned off');
    expect(sentData()).toEqual(['"Feature flag checkout-v2 turned off"']);
  });

  it('falls back to the dispatch input `note`', async () => {
    const r = await mark({ 'event-type': 'Note' }, dispatch({ note: 'Paged the DB team' }));
    expect(r.outputs['event-data']).toBe('Paged the DB team');
  });

  it('fills {inputs.NAME}, other placeholders and literal braces in event-data', async () => {
    const r = await mark(
      {
        status: 'rolled-back',
        'event-data':
          'Rolled back {repository} to {inputs.version} in {environment} ({status}) {{ok}}',
      },
      dispatch({ version: 'v1.4.2', environment: 'production', dry: false }),
    );
    expect(r.outputs['event-data']).toBe(
      'Rolled back acme/shop to v1.4.2 in production (rolled-back) {ok}',
    );
  });
});

describe('names from input are looked up as own entries only', () => {
  it('status: constructor is just a word', async () => {
    const r = await mark({ status: 'constructor' });
    expect(r.outputs['event-data']).toMatch(/^Deployment constructor: acme\/shop@1a2b3c4/);
    expect(r.outputs['event-data']).not.toContain('native code');
  });

  it('a deployment_status state named like an object property does not crash', async () => {
    const r = await mark(
      {},
      {
        env: { GITHUB_EVENT_NAME: 'deployment_status' },
        payload: {
          deployment_status: { state: 'constructor' },
          deployment: { environment: 'prod' },
        },
      },
    );
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-data']).toMatch(/^Deployment: acme\/shop/);
  });
});

describe('the sha input', () => {
  it('names the commit the text and its link are about', async () => {
    const r = await mark({ sha: 'ABCDEF0123456789', 'event-data': '{short_sha} {commit_url}' });
    expect(r.outputs['event-data']).toBe(
      'abcdef0 https://github.com/acme/shop/commit/abcdef0123456789',
    );
  });
});
