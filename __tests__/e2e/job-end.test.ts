/**
 * `finish-on-job-end` end to end, on Node 20 and 24: the main step (`dist/index.js`) and then the
 * job-end step (`dist/post/index.js`), run as the runner runs them (the same inputs, and the main
 * step's saved state as `STATE_*`), against the emulator and its GitHub REST API stand-in.
 */
import { describe, expect, it } from 'vitest';
import { POST } from '../../scripts/lib/harness.mjs';
import {
  GITHUB_ENV,
  NODES,
  commands,
  endpointInputs,
  incidentArn,
  incidentIn,
  runAction,
  runnerEnv,
  useEmulator,
  useNode,
  userEvents,
  type ActionRun,
  type Emulator,
} from './helpers.js';

const ARN = incidentArn('checkout-api', 'job-end');
const PIPELINE = 'arn:aws:codepipeline:us-east-1:123456789012:checkout';
const RUNNER = 'GitHub Actions 7';
const SEED = {
  incidents: [{ responsePlan: 'checkout-api', id: 'job-end', title: 'Checkout errors', impact: 2 }],
};

const INPUTS = {
  'incident-arn': ARN,
  environment: 'production',
  'pipeline-arn': PIPELINE,
  'finish-on-job-end': 'true',
  'github-token': 'ghs_e2eTokenForTheJobEndStep',
};

/** This run's jobs as GitHub would list them while the post step runs. */
async function jobs(emulator: Emulator, deployConclusion: string, cancelled = false) {
  await emulator.setGitHubJobs({
    repository: GITHUB_ENV.GITHUB_REPOSITORY!,
    runId: Number(GITHUB_ENV.GITHUB_RUN_ID),
    attempt: 1,
    jobs: [
      // The same job of a matrix on another runner, which failed: not this job.
      {
        name: 'deploy',
        status: 'in_progress',
        runnerName: 'GitHub Actions 8',
        steps: [{ name: 'Deploy', status: 'completed', conclusion: 'failure' }],
      },
      {
        name: 'deploy',
        status: 'in_progress',
        runnerName: RUNNER,
        steps: [
          { name: 'Mark', status: 'completed', conclusion: 'success' },
          {
            name: 'Deploy',
            status: 'completed',
            conclusion: cancelled ? 'cancelled' : deployConclusion,
          },
        ],
      },
    ],
  });
}

describe.each(NODES)('finish-on-job-end on $label', (binary) => {
  const node = useNode(binary);
  const emulator = useEmulator();

  const env = () =>
    runnerEnv({ RUNNER_NAME: RUNNER, GITHUB_API_URL: `${emulator.current.url}/_github` });

  async function mainThenPost(
    prepare: () => Promise<void>,
    inputs: Record<string, string> = INPUTS,
  ): Promise<{ main: ActionRun; post: ActionRun }> {
    await emulator.current.seed(SEED);
    const all = { ...endpointInputs(emulator.current), ...inputs };
    const main = await runAction({ node: node.path, inputs: all, env: env() });
    await prepare();
    const post = await runAction({
      node: node.path,
      inputs: all,
      env: env(),
      entry: POST,
      state: main.state,
    });
    return { main, post };
  }

  it.each([
    ['success', 'succeeded'],
    ['failure', 'failed'],
  ])(
    'a deploy step that concluded %s: the one event says %s, time and references kept',
    async (conclusion, word) => {
      const { main, post } = await mainThenPost(() => jobs(emulator.current, conclusion));
      expect(main.code).toBe(0);
      expect(post.code).toBe(0);
      expect(main.outputs['event-data']).toMatch(/^Deployment started: /);

      const events = userEvents(incidentIn(await emulator.current.state(), ARN));
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event?.eventId).toBe(main.outputs['event-id']);
      expect(JSON.parse(event!.eventData)).toMatch(
        new RegExp(
          `^Deployment ${word}: acme/shop@1a2b3c4 \\(main\\) to production by octocat in \\d+s, run https://github\\.com/acme/shop/actions/runs/42/attempts/1$`,
        ),
      );
      // Kept: the time the main step gave it, and its references (the pipeline, the commit).
      const created = (await emulator.current.requests('CreateTimelineEvent'))[0]?.body as {
        eventTime: number;
        eventReferences: unknown[];
      };
      expect(event?.eventTime).toBe(created.eventTime);
      expect(event?.eventReferences).toEqual(created.eventReferences);
      expect(event?.eventReferences).toContainEqual({ resource: PIPELINE });
      expect(event?.eventType).toBe('Custom Event');

      expect(post.summary).toMatch(new RegExp(`## Timeline event finished: ${word} in \\d+s`));
      expect(commands(post.stdout, 'warning')).toEqual([]);
      const read = await emulator.current.requests('ListJobsForWorkflowRunAttempt');
      expect(read).toHaveLength(1);
      expect(JSON.stringify(read)).not.toContain('ghs_e2eTokenForTheJobEndStep');
    },
  );

  it('a cancelled job: the event says cancelled', async () => {
    const { post } = await mainThenPost(() => jobs(emulator.current, 'success', true));
    expect(post.code).toBe(0);
    const [event] = userEvents(incidentIn(await emulator.current.state(), ARN));
    expect(JSON.parse(event!.eventData)).toMatch(/^Deployment cancelled: /);
  });

  it('no actions: read (403): the event says finished, and a warning says how to fix it', async () => {
    const { post } = await mainThenPost(async () => {
      await jobs(emulator.current, 'success');
      await emulator.current.fault({
        type: 'access-denied',
        operation: 'ListJobsForWorkflowRunAttempt',
      });
    });
    expect(post.code).toBe(0);
    const [event] = userEvents(incidentIn(await emulator.current.state(), ARN));
    expect(JSON.parse(event!.eventData)).toMatch(/^Deployment finished: /);
    const warning = commands(post.stdout, 'warning').join('\n');
    expect(warning).toContain('403');
    expect(warning).toContain("'permissions: actions: read'");
    // The token is masked first thing, and appears nowhere else in the step's output.
    const lines = `${post.stdout}\n${post.stderr}`.split('\n');
    expect(lines[0]).toBe(`::add-mask::${INPUTS['github-token']}`);
    expect(lines.slice(1).filter((l) => l.includes(INPUTS['github-token']))).toEqual([]);
  });

  it('a 5xx and a secondary rate limit from GitHub are retried', async () => {
    const { post } = await mainThenPost(async () => {
      await jobs(emulator.current, 'failure');
      await emulator.current.fault({
        type: 'server-error',
        operation: 'ListJobsForWorkflowRunAttempt',
      });
      await emulator.current.fault({
        type: 'throttle',
        operation: 'ListJobsForWorkflowRunAttempt',
        retryAfterSeconds: 1,
      });
    });
    expect(post.code).toBe(0);
    const [event] = userEvents(incidentIn(await emulator.current.state(), ARN));
    expect(JSON.parse(event!.eventData)).toMatch(/^Deployment failed: /);
    expect(await emulator.current.requests('ListJobsForWorkflowRunAttempt')).toHaveLength(3);
  });

  it('an event deleted meanwhile: a warning, never a failed job', async () => {
    const { main, post } = await mainThenPost(async () => {
      await jobs(emulator.current, 'success');
      // Someone removed the marker from the timeline before the job ended.
      const state = await emulator.current.state();
      const [event] = userEvents(incidentIn(state, ARN));
      const { SSMIncidentsClient, DeleteTimelineEventCommand } =
        await import('@aws-sdk/client-ssm-incidents');
      const client = new SSMIncidentsClient({
        endpoint: emulator.current.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      });
      await client.send(
        new DeleteTimelineEventCommand({ incidentRecordArn: ARN, eventId: event!.eventId }),
      );
      client.destroy();
    });
    expect(main.code).toBe(0);
    expect(post.code).toBe(0);
    expect(commands(post.stdout, 'warning').join('\n')).toMatch(
      /could not be finished: GetTimelineEvent: .* was not found/,
    );
    expect(userEvents(incidentIn(await emulator.current.state(), ARN))).toEqual([]);
  });

  it('without finish-on-job-end, the post step calls nothing and saves nothing to do', async () => {
    const { main, post } = await mainThenPost(() => jobs(emulator.current, 'success'), {
      'incident-arn': ARN,
      'link-commit': 'false',
    });
    expect(main.state).toEqual({});
    expect(post.code).toBe(0);
    expect(post.stdout).toBe('');
    const calls = (await emulator.current.requests()).map((r) => r.operation);
    expect(calls).toEqual(['CreateTimelineEvent']);
  });
});
