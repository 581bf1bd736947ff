/**
 * `finish-on-job-end` end to end, on node24: the main step (`dist/index.js`) and then the
 * job-end step (`dist/post/index.js`), run as the runner runs them (the same inputs, and the main
 * step's saved state as `STATE_*`, and the inputs' defaults evaluated again for the post stage, so
 * that `job-status` is the job's status at its end), against the emulator.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '../../scripts/lib/harness.mjs';
import {
  commands,
  endpointInputs,
  incidentArn,
  runAction,
  runnerEnv,
  useBundle,
  type ActionRun,
} from './helpers.js';

const ARN = incidentArn('checkout-api', 'job-end');
const PIPELINE = 'arn:aws:codepipeline:us-east-1:123456789012:checkout';
const SEED = {
  incidents: [{ responsePlan: 'checkout-api', id: 'job-end', title: 'Checkout errors', impact: 2 }],
};

const INPUTS = {
  'incident-arn': ARN,
  environment: 'production',
  'pipeline-arn': PIPELINE,
  'finish-on-job-end': 'true',
};

/** A stand-in for GitHub's API that counts what it is asked: the job end must ask nothing. */
async function githubApi(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('finish-on-job-end on node24', () => {
  const { node, emulator, events: eventsOn } = useBundle();
  let github: Awaited<ReturnType<typeof githubApi>>;
  beforeAll(async () => {
    github = await githubApi();
  });
  afterAll(() => github.close());

  const env = () => runnerEnv({ GITHUB_API_URL: github.url });

  /**
   * The main step, something between (the deploy), then the job-end step with the job's status
   * as the runner evaluates `job.status` when the post stage starts.
   */
  async function mainThenPost(
    jobStatus: string | null,
    between: () => Promise<void> = async () => undefined,
    inputs: Record<string, string> = INPUTS,
  ): Promise<{ main: ActionRun; post: ActionRun; postAskedGitHub: string[] }> {
    await emulator.current.seed(SEED);
    const all = { ...endpointInputs(emulator.current), ...inputs };
    const main = await runAction({ node: node.path, inputs: all, env: env() });
    await between();
    const askedBefore = github.requests.length;
    const post = await runAction({
      node: node.path,
      inputs: all,
      env: env(),
      entry: POST,
      state: main.state,
      contexts: { job: { status: jobStatus } },
    });
    return { main, post, postAskedGitHub: github.requests.slice(askedBefore) };
  }

  // Each outcome word, and an unknown or empty job-status, is run/job-end-stage's; here the
  // runner's own evaluation of `${{ job.status }}` for the post stage.
  it.each([['failure', 'failed']])(
    'job.status %s: the one event says %s, time and references kept, and GitHub is never asked',
    async (status, word) => {
      const { main, post, postAskedGitHub } = await mainThenPost(status);
      expect(main.code).toBe(0);
      expect(post.code).toBe(0);
      expect(main.outputs['event-data']).toMatch(/^Deployment started: /);

      const events = await eventsOn(ARN);
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
      // The job end makes only the AWS update calls.
      const calls = (await emulator.current.requests()).map((r) => r.operation);
      expect(calls.slice(calls.lastIndexOf('CreateTimelineEvent') + 1)).toEqual([
        'GetTimelineEvent',
        'UpdateTimelineEvent',
      ]);
      expect(postAskedGitHub).toEqual([]);
    },
  );

  it('without finish-on-job-end, the post step calls nothing and saves nothing to do', async () => {
    const { main, post } = await mainThenPost('success', undefined, {
      'incident-arn': ARN,
      'link-commit': 'false',
    });
    expect(main.state).toEqual({});
    expect(post.code).toBe(0);
    expect(post.stdout).toBe('');
    // The main step's write and its title read: the post step adds none.
    const calls = (await emulator.current.requests()).map((r) => r.operation);
    expect(calls.sort()).toEqual(['CreateTimelineEvent', 'GetIncidentRecord']);
  });
});
