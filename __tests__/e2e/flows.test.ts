/**
 * The action's entry, run as GitHub's runner runs it: dist/index.js in a fresh process with
 * INPUT_* variables and the runner's files, against the bundled emulator, on the runner's node24:
 * a deployment posted (outputs, summary, a quiet log) and a step that fails (its exit code). What
 * the step wrote is read back from the emulator's state and request log. The behaviours of a run
 * (search, dry run, updates, several targets) are `__tests__/run/`'s.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMIT_URL,
  REPOSITORY,
  SHORT_SHA,
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
});
