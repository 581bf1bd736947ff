/**
 * The action's main uses, run as GitHub's runner runs them: dist/index.js in a fresh process with
 * INPUT_* variables and the runner's files, against the bundled emulator, on the runner's node24. What the step wrote is read back from the emulator's state and request log.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMIT_URL,
  REPOSITORY,
  SHA,
  SHORT_SHA,
  WRITE_OPERATIONS,
  allUserEvents,
  commands,
  incidentArn,
  incidentIn,
  nodeMajor,
  parseJson,
  runStep,
  runUrl,
  useEmulator,
  useNode,
  userEvents,
  type ResultEntry,
} from './helpers.js';

const PIPELINE = 'arn:aws:codepipeline:us-east-1:123456789012:shop-deploy';
const HOUR = 3600;

describe('main flows on node24', () => {
  const node = useNode();
  const emulator = useEmulator();
  const step = (options: Omit<Parameters<typeof runStep>[0], 'node' | 'emulator'>) =>
    runStep({ node: node.path, emulator: emulator.current, ...options });
  /** The log of a failed expectation: what the step printed. */
  const log = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`;

  it('runs the bundle on node24, the runtime action.yml names', async () => {
    expect(await nodeMajor(node.path)).toBe(24);
  });

  it('posts a deployment to an incident given by ARN', async () => {
    const seeded = await emulator.current.seed({
      incidents: [
        {
          responsePlan: 'checkout-api',
          id: 'deploy-target',
          title: 'Checkout latency above SLO',
          impact: 2,
        },
        { responsePlan: 'checkout-api', id: 'bystander', title: 'Checkout errors', impact: 2 },
      ],
    });
    const arn = incidentArn('checkout-api', 'deploy-target');
    expect(seeded.incidents).toContain(arn);
    const before = Date.now() / 1000;

    const run = await step({
      inputs: {
        'incident-arn': arn,
        status: 'succeeded',
        environment: 'production',
        'pipeline-arn': PIPELINE,
      },
    });

    expect(run.code, log(run)).toBe(0);
    const text = `Deployment succeeded: ${REPOSITORY}@${SHORT_SHA} (main) to production by octocat, run ${runUrl()}`;
    const state = await emulator.current.state();
    const incident = incidentIn(state, arn);
    const events = userEvents(incident);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.eventData).toBe(JSON.stringify(text));
    expect(event.eventType).toBe('Custom Event');
    expect(event.eventTime).toBeGreaterThan(before - 60);
    expect(event.eventTime).toBeLessThan(Date.now() / 1000 + 60);
    const commit = incident.relatedItems.filter((item) => item.identifier.value.url === COMMIT_URL);
    expect(commit).toHaveLength(1);
    expect(commit[0]!.identifier.type).toBe('OTHER');
    expect(commit[0]!.title).toContain(SHORT_SHA);
    expect(event.eventReferences).toHaveLength(2);
    expect(event.eventReferences).toEqual(
      expect.arrayContaining([{ resource: PIPELINE }, { relatedItemId: commit[0]!.generatedId }]),
    );
    // Only the named incident was touched, and no search was made.
    expect(userEvents(incidentIn(state, incidentArn('checkout-api', 'bystander')))).toEqual([]);
    expect(await emulator.current.requests('ListIncidentRecords')).toEqual([]);

    expect(run.outputs['event-id']).toBe(event.eventId);
    expect(run.outputs['incident-arn']).toBe(arn);
    expect(parseJson(run.outputs['event-ids'])).toEqual([event.eventId]);
    expect(parseJson(run.outputs['incident-arns'])).toEqual([arn]);
    expect(run.outputs['event-data']).toBe(text);
    expect(run.outputs.outcome).toBe('created');
    expect(run.outputs.skipped).toBe('false');
    expect(parseJson<ResultEntry[]>(run.outputs.results)).toEqual([
      expect.objectContaining({
        incidentArn: arn,
        eventId: event.eventId,
        action: 'created',
        error: '',
      }),
    ]);
    expect(run.summary).toContain('Timeline event posted');
    expect(run.summary).toContain(event.eventId);
    expect(commands(run.stdout, 'error')).toEqual([]);
    expect(commands(run.stdout, 'warning')).toEqual([]);
    // node24 gets no deprecation notice from the SDK (Node 20 would, about 2027).
    expect(run.stderr).toBe('');
  });

  it('finds open incidents over several pages with response-plan, title-filter, impact and created-within', async () => {
    const now = Date.now() / 1000;
    const incident = (
      responsePlan: string,
      id: string,
      title: string,
      impact: number,
      hoursAgo: number,
      status: 'OPEN' | 'RESOLVED' = 'OPEN',
    ) => ({ responsePlan, id, title, impact, status, creationTime: now - hoursAgo * HOUR });
    await emulator.current.seed({
      // 150 recent, open, critical incidents of another plan whose titles match: they fill the
      // first page, so the matches below are only found by following nextToken.
      generateIncidents: {
        count: 150,
        responsePlan: 'search',
        impact: 1,
        titlePrefix: 'Checkout latency seen from search',
      },
      incidents: [
        incident('checkout-api', 'match-newer', 'Checkout latency above SLO', 2, 3),
        incident('checkout-api', 'match-older', 'CHECKOUT ERRORS spiking', 1, 5),
        incident('checkout-api', 'wrong-title', 'Card payments failing', 1, 4),
        incident('checkout-api', 'low-impact', 'Checkout latency p50', 3, 4),
        incident('checkout-api', 'resolved', 'Checkout latency again', 1, 4, 'RESOLVED'),
        incident('checkout-api', 'too-old', 'Checkout latency last week', 1, 72),
        incident('checkout-api-v2', 'other-plan', 'Checkout latency v2', 1, 4),
      ],
    });

    const run = await step({
      inputs: {
        'response-plan': 'checkout-api',
        'title-filter': '/^checkout (latency|errors)/i',
        impact: '2',
        'created-within': '1d',
        status: 'succeeded',
      },
    });

    expect(run.code, log(run)).toBe(0);
    const newer = incidentArn('checkout-api', 'match-newer');
    const older = incidentArn('checkout-api', 'match-older');
    expect(parseJson(run.outputs['incident-arns'])).toEqual([newer, older]);
    expect(run.outputs.outcome).toBe('created');
    const state = await emulator.current.state();
    expect(userEvents(incidentIn(state, newer))).toHaveLength(1);
    expect(userEvents(incidentIn(state, older))).toHaveLength(1);
    expect(allUserEvents(state)).toHaveLength(2);
    const results = parseJson<ResultEntry[]>(run.outputs.results);
    expect(results.map((r) => [r.title, r.action])).toEqual([
      ['Checkout latency above SLO', 'created'],
      ['CHECKOUT ERRORS spiking', 'created'],
    ]);
    expect(parseJson(run.outputs['event-ids'])).toEqual(
      [newer, older].map((arn) => userEvents(incidentIn(state, arn))[0]!.eventId),
    );

    // Server-side: status, impact and creationTime on every page; pages followed by nextToken.
    const lists = await emulator.current.requests('ListIncidentRecords');
    expect(lists.length).toBeGreaterThanOrEqual(2);
    type ListBody = {
      filters: { key: string; condition: { equals?: Record<string, unknown[]>; after?: number } }[];
      maxResults?: number;
      nextToken?: string;
    };
    const bodies = lists.map((r) => r.body as ListBody);
    expect(bodies[0]!.nextToken).toBeUndefined();
    for (const body of bodies.slice(1)) expect(body.nextToken).toEqual(expect.any(String));
    expect(new Set(bodies.slice(1).map((b) => b.nextToken)).size).toBe(bodies.length - 1);
    for (const body of bodies) {
      const byKey = Object.fromEntries(body.filters.map((f) => [f.key, f.condition]));
      expect(Object.keys(byKey).sort()).toEqual(['creationTime', 'impact', 'status']);
      expect(byKey.status).toEqual({ equals: { stringValues: ['OPEN'] } });
      expect(byKey.impact).toEqual({ equals: { integerValues: [1, 2] } });
      expect(byKey.creationTime!.after).toBeGreaterThan(now - 24 * HOUR - 120);
      expect(byKey.creationTime!.after).toBeLessThan(now - 24 * HOUR + 120);
      expect(body.maxResults).toBeLessThanOrEqual(100);
    }
    expect(lists.every((r) => r.status === 200)).toBe(true);
  });

  it('marks a rollback with custom event-data and placeholders', async () => {
    await emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'rollback-target', title: 'Checkout down', impact: 1 },
      ],
    });
    const arn = incidentArn('checkout-api', 'rollback-target');

    const run = await step({
      inputs: {
        'incident-arn': arn,
        status: 'rolled-back',
        'event-data':
          'Rolled back {repository}@{short_sha} ({ref_name}) in {environment}: {status} by {actor}. Run {run_url} {{"sha": "{sha}"}}',
      },
      env: { GITHUB_EVENT_NAME: 'deployment' },
      event: { deployment: { environment: 'production', sha: SHA } },
    });

    expect(run.code, log(run)).toBe(0);
    const text = `Rolled back ${REPOSITORY}@${SHORT_SHA} (main) in production: rolled-back by octocat. Run ${runUrl()} {"sha": "${SHA}"}`;
    const [event, ...more] = userEvents(incidentIn(await emulator.current.state(), arn));
    expect(more).toEqual([]);
    expect(event!.eventData).toBe(JSON.stringify(text));
    expect(event!.eventType).toBe('Custom Event');
    expect(run.outputs['event-data']).toBe(text);
    expect(run.outputs['event-id']).toBe(event!.eventId);
    expect(run.outputs.outcome).toBe('created');
  });

  it('posts a workflow_dispatch message as a Note that references the incident', async () => {
    await emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'note-target', title: 'Checkout latency', impact: 2 },
      ],
    });
    const arn = incidentArn('checkout-api', 'note-target');
    // Dispatch inputs are data: a placeholder in them is not expanded.
    const message = 'Paused the canary at 20%: error rate 2.1% (see {sha})';

    const run = await step({
      inputs: { 'incident-arn': arn, 'event-type': 'Note' },
      env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
      event: { inputs: { message, environment: 'production' } },
    });

    expect(run.code, log(run)).toBe(0);
    const [event, ...more] = userEvents(incidentIn(await emulator.current.state(), arn));
    expect(more).toEqual([]);
    expect(event!.eventType).toBe('Note');
    expect(event!.eventData).toBe(JSON.stringify(message));
    expect(event!.eventReferences).toEqual(expect.arrayContaining([{ resource: arn }]));
    expect(run.outputs['event-data']).toBe(message);
    expect(run.outputs['event-id']).toBe(event!.eventId);
  });

  it('updates a started event to finished through event-id', async () => {
    await emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'update-target', title: 'Checkout latency', impact: 2 },
      ],
    });
    const arn = incidentArn('checkout-api', 'update-target');
    const inputs = { 'incident-arn': arn, environment: 'production' };

    const start = await step({
      inputs: { ...inputs, status: 'started' },
      env: { GITHUB_ACTION: 'mark-start' },
    });
    expect(start.code, log(start)).toBe(0);
    const eventId = start.outputs['event-id']!;
    expect(eventId).toMatch(/\S/);
    const [started] = userEvents(incidentIn(await emulator.current.state(), arn));
    expect(started!.eventData).toBe(
      JSON.stringify(
        `Deployment started: ${REPOSITORY}@${SHORT_SHA} (main) to production by octocat, run ${runUrl()}`,
      ),
    );

    const finish = await step({
      inputs: { ...inputs, status: 'succeeded', 'event-id': eventId },
      env: { GITHUB_ACTION: 'mark-done' },
    });

    expect(finish.code, log(finish)).toBe(0);
    const events = userEvents(incidentIn(await emulator.current.state(), arn));
    expect(events).toHaveLength(1);
    expect(events[0]!.eventId).toBe(eventId);
    expect(events[0]!.eventData).toBe(
      JSON.stringify(
        `Deployment succeeded: ${REPOSITORY}@${SHORT_SHA} (main) to production by octocat, run ${runUrl()}`,
      ),
    );
    // An update keeps the event's time unless event-time is set.
    expect(events[0]!.eventTime).toBe(started!.eventTime);
    expect(finish.outputs.outcome).toBe('updated');
    expect(finish.outputs['event-id']).toBe(eventId);
    expect(await emulator.current.requests('CreateTimelineEvent')).toHaveLength(1);
    expect(await emulator.current.requests('UpdateTimelineEvent')).toHaveLength(1);
  });

  it('writes nothing in a dry run', async () => {
    await emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'dry-1', title: 'Checkout latency', impact: 2 },
        { responsePlan: 'checkout-api', id: 'dry-2', title: 'Checkout errors', impact: 1 },
      ],
    });

    const run = await step({
      inputs: { 'response-plan': 'checkout-api', status: 'succeeded', 'dry-run': 'true' },
    });

    expect(run.code, log(run)).toBe(0);
    const requests = await emulator.current.requests();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => WRITE_OPERATIONS.has(r.operation))).toEqual([]);
    const state = await emulator.current.state();
    expect(allUserEvents(state)).toEqual([]);
    expect(state.incidents.flatMap((i) => i.relatedItems)).toEqual([]);
    expect(run.outputs.outcome).toBe('dry-run');
    expect(run.outputs.skipped).toBe('true');
    expect(run.outputs['event-id']).toBe('');
    expect(parseJson(run.outputs['event-ids'])).toEqual([]);
    const results = parseJson<ResultEntry[]>(run.outputs.results);
    expect(results.map((r) => r.action)).toEqual(['dry-run', 'dry-run']);
    expect(results.map((r) => r.incidentArn).sort()).toEqual(
      [incidentArn('checkout-api', 'dry-1'), incidentArn('checkout-api', 'dry-2')].sort(),
    );
    expect(run.summary).toMatch(/dry run/i);
  });

  it('skips quietly when no incident matches (if-no-incident: skip): no annotation', async () => {
    await emulator.current.seed({
      incidents: [
        { responsePlan: 'search', id: 'elsewhere', title: 'Search stale', impact: 3 },
        {
          responsePlan: 'checkout-api',
          id: 'closed',
          title: 'Checkout down',
          impact: 1,
          status: 'RESOLVED',
        },
      ],
    });

    const run = await step({ inputs: { 'response-plan': 'checkout-api', status: 'succeeded' } });

    expect(run.code, log(run)).toBe(0);
    expect(run.stdout).toContain(
      'No open incident matched (response-plan: checkout-api); the search saw 1 open incident(s). Nothing was written.',
    );
    expect(commands(run.stdout, 'warning')).toEqual([]);
    expect(commands(run.stdout, 'notice')).toEqual([]);
    expect(commands(run.stdout, 'error')).toEqual([]);
    expect(run.summary).toContain('the search saw 1 open incident');
    expect(run.outputs.skipped).toBe('true');
    expect(run.outputs.outcome).toBe('skipped');
    expect(run.outputs['event-id']).toBe('');
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
    expect(await emulator.current.requests('ListIncidentRecords')).not.toEqual([]);
  });

  it('fails when no incident matches and if-no-incident is fail', async () => {
    await emulator.current.seed({
      responsePlans: [{ name: 'checkout-api', incidentTemplate: { title: 'Checkout', impact: 2 } }],
      incidents: [{ responsePlan: 'search', id: 'elsewhere', title: 'Search stale', impact: 3 }],
    });

    const run = await step({
      inputs: { 'response-plan': 'checkout-api', status: 'succeeded', 'if-no-incident': 'fail' },
    });

    expect(run.code, log(run)).toBe(1);
    expect(commands(run.stdout, 'error').join('\n')).toMatch(
      /no open incident matched.*if-no-incident/i,
    );
    expect(run.outputs.outcome).toBe('failed');
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
  });

  describe('several targets, one missing', () => {
    const present = [
      incidentArn('checkout-api', 'target-a'),
      incidentArn('checkout-api', 'target-c'),
    ];
    const missing = incidentArn('checkout-api', 'does-not-exist');
    const seedTargets = () =>
      emulator.current.seed({
        incidents: [
          { responsePlan: 'checkout-api', id: 'target-a', title: 'A', impact: 2 },
          { responsePlan: 'checkout-api', id: 'target-c', title: 'C', impact: 2 },
        ],
      });
    const inputs = {
      'incident-arn': `${present[0]}\n${missing}, ${present[1]}`,
      status: 'succeeded',
    };

    const expectPartial = async (run: { outputs: Record<string, string> }) => {
      expect(run.outputs.outcome).toBe('partial');
      const results = parseJson<ResultEntry[]>(run.outputs.results);
      expect(results.map((r) => [r.incidentArn, r.action])).toEqual([
        [present[0], 'created'],
        [missing, 'failed'],
        [present[1], 'created'],
      ]);
      expect(results[1]!.error).toMatch(/not found/i);
      expect(results[1]!.error).toContain(missing);
      expect(results[0]!.error).toBe('');
      const state = await emulator.current.state();
      for (const arn of present) expect(userEvents(incidentIn(state, arn))).toHaveLength(1);
      expect(parseJson(run.outputs['event-ids'])).toEqual(
        present.map((arn) => userEvents(incidentIn(state, arn))[0]!.eventId),
      );
    };

    it('reports partial, says which failed, and fails the step', async () => {
      await seedTargets();
      const run = await step({ inputs });
      expect(run.code, log(run)).toBe(1);
      await expectPartial(run);
      const errors = commands(run.stdout, 'error').join('\n');
      expect(errors).toContain(missing);
      expect(errors).toMatch(/1 of 3 incident/);
    });

    it('succeeds with a warning when fail-on-error is false', async () => {
      await seedTargets();
      const run = await step({ inputs: { ...inputs, 'fail-on-error': 'false' } });
      expect(run.code, log(run)).toBe(0);
      await expectPartial(run);
      expect(commands(run.stdout, 'warning').join('\n')).toMatch(/fail-on-error/);
    });
  });
});
