/**
 * The `incident-timeline` command through its bundle (dist/cli.js) on node24, against one emulator:
 * what only the bundle shows (the entry, a child process, signals, the exit status). Each case
 * has an incident of its own, so that the cases run at once on one emulator.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startEmulator } from '../../scripts/lib/harness.mjs';
import {
  GITHUB_ENV,
  incidentArn,
  incidentIn,
  REGION,
  TEST_CREDENTIALS,
  useNode,
  userEvents,
  type RunningEmulator,
} from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const ROLE = 'arn:aws:iam::123456789012:role/deploy-markers';
const IDS = [
  'mark',
  'retry',
  'succeeds',
  'fails',
  'interrupted',
  'role',
  'gitlab',
  'jenkins',
  'circleci',
  'buildkite',
  'codebuild',
] as const;
const arn = (id: string) => incidentArn('checkout-api', `cmd-${id}`);

interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const node = useNode();
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      incidents: IDS.map((id) => ({ responsePlan: 'checkout-api', id: `cmd-${id}`, title: id })),
    },
  });
});
afterAll(async () => {
  await emulator?.stop();
});

/** The command's environment: the emulator's credentials and endpoint, and a CI job's facts. */
function commandEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    ...GITHUB_ENV,
    ...TEST_CREDENTIALS,
    AWS_REGION: REGION,
    INCIDENT_TIMELINE_ENDPOINT_URL: emulator.url,
    ...extra,
  };
}

/** The command's environment in another CI: its documented variables, no GitHub ones. */
function ciEnv(variables: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    ...TEST_CREDENTIALS,
    ...variables,
    AWS_REGION: REGION,
    INCIDENT_TIMELINE_ENDPOINT_URL: emulator.url,
  };
}

const SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';

/** Runs the command; `onStdout` sees its standard output as it comes (the command's own too). */
function command(
  args: string[],
  env: Record<string, string>,
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(node.path, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** The JSON object the command prints last on standard output. */
const json = (run: Ended) =>
  JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null') as Record<string, unknown>;

const eventsOf = async (id: string) => userEvents(incidentIn(await emulator.state(), arn(id)));

describe.concurrent('incident-timeline (dist/cli.js)', () => {
  it('mark writes the event and prints the outputs as one JSON object, the log on stderr only', async () => {
    const run = await command(
      ['mark', '--incident-arn', arn('mark'), '--status=succeeded'],
      commandEnv({ GITHUB_RUN_ID: '101' }),
    );
    expect(run.status).toBe(0);
    const [event] = await eventsOf('mark');
    expect(json(run)).toMatchObject({
      outcome: 'created',
      'event-ids': [event?.eventId],
      skipped: false,
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(event?.eventData).toContain('succeeded');
  });

  it('a retried mark in the same CI job writes once', async () => {
    const env = commandEnv({ GITHUB_RUN_ID: '102' });
    const args = ['mark', '--incident-arn', arn('retry'), '--status=started'];
    const first = await command(args, env);
    const again = await command(args, env);
    expect([first.status, again.status]).toEqual([0, 0]);
    expect(await eventsOf('retry')).toHaveLength(1);
    expect(json(again)['event-id']).toBe(json(first)['event-id']);
  });

  it('exec marks started, runs the command, and finishes the one event as succeeded', async () => {
    const run = await command(
      ['exec', '--incident-arn', arn('succeeds'), '--', 'sh', '-c', 'echo deploying'],
      commandEnv({ GITHUB_RUN_ID: '103' }),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('deploying');
    const created = (await emulator.requests('CreateTimelineEvent'))
      .map((request) => request.body as { incidentRecordArn: string; eventData: string })
      .filter((body) => body.incidentRecordArn === arn('succeeds'));
    expect(created.map((body) => body.eventData)).toEqual([expect.stringContaining('started')]);
    const events = await eventsOf('succeeds');
    expect(events).toHaveLength(1);
    expect(events[0]?.eventData).toMatch(/succeeded[^]* in \d/);
    expect(json(run)).toMatchObject({ 'job-status': 'success', 'exit-status': 0 });
  });

  it('exec passes on the exit status of a command that fails, and the event says failed', async () => {
    const run = await command(
      ['exec', '--incident-arn', arn('fails'), '--', 'sh', '-c', 'exit 3'],
      commandEnv({ GITHUB_RUN_ID: '104' }),
    );
    expect(run.status).toBe(3);
    const events = await eventsOf('fails');
    expect(events).toHaveLength(1);
    expect(events[0]?.eventData).toContain('failed');
  });

  it('exec forwards SIGINT to the command, and the event says cancelled', async () => {
    let sent = false;
    const run = await command(
      // `exec sleep`: the shell becomes sleep, which only the forwarded signal ends.
      ['exec', '--incident-arn', arn('interrupted'), '--', 'sh', '-c', 'echo ready; exec sleep 30'],
      commandEnv({ GITHUB_RUN_ID: '105' }),
      (text, child) => {
        if (!sent && text.includes('ready')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    );
    expect(run.status).toBe(130);
    const events = await eventsOf('interrupted');
    expect(events).toHaveLength(1);
    expect(events[0]?.eventData).toContain('cancelled');
    expect(json(run)).toMatchObject({ 'job-status': 'cancelled' });
  });

  it('exec runs the command and keeps its status when the marker cannot be written', async () => {
    const run = await command(
      ['exec', '--incident-arn', arn('mark'), '--', 'sh', '-c', 'echo ran; exit 3'],
      commandEnv({
        // A closed port, and little time for it.
        INCIDENT_TIMELINE_ENDPOINT_URL: 'http://127.0.0.1:1',
        INCIDENT_TIMELINE_DEADLINE_MS: '1500',
        INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS: '200',
        INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '300',
      }),
    );
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('ran');
    expect(run.stderr).toMatch(/^warning: /m);
    expect(json(run)).toMatchObject({ outcome: 'failed', 'exit-status': 3 });
  });

  it('--role-to-assume chains from the default credentials outside GitHub Actions', async () => {
    const run = await command(
      ['mark', '--incident-arn', arn('role'), '--role-to-assume', ROLE],
      commandEnv({ GITHUB_ACTIONS: '', AWS_ENDPOINT_URL_STS: emulator.url }),
    );
    expect(run.status, run.stderr).toBe(0);
    const assumed = (await emulator.requests('AssumeRole')).map(
      (request) => request.body as Record<string, string>,
    );
    expect(assumed).toContainEqual(
      expect.objectContaining({
        RoleArn: ROLE,
        RoleSessionName: expect.stringMatching(/^incident-timeline-/),
      }),
    );
    expect(await eventsOf('role')).toHaveLength(1);
  });

  it.each<{ ci: string; id: string; run: string; commit: string; env: Record<string, string> }>([
    {
      ci: 'GitLab CI',
      id: 'gitlab',
      run: 'https://gitlab.example.com/platform/shop/api/-/pipelines/1234567',
      commit: `https://gitlab.example.com/platform/shop/api/-/commit/${SHA}`,
      env: {
        GITLAB_CI: 'true',
        CI_SERVER_URL: 'https://gitlab.example.com',
        CI_PROJECT_URL: 'https://gitlab.example.com/platform/shop/api',
        CI_PROJECT_PATH: 'platform/shop/api',
        CI_COMMIT_SHA: SHA,
        CI_COMMIT_BRANCH: 'main',
        CI_COMMIT_REF_NAME: 'main',
        CI_PIPELINE_ID: '1234567',
        CI_PIPELINE_URL: 'https://gitlab.example.com/platform/shop/api/-/pipelines/1234567',
        CI_JOB_ID: '98765432',
        CI_JOB_NAME: 'deploy',
        CI_ENVIRONMENT_NAME: 'production',
      },
    },
    {
      ci: 'Jenkins',
      id: 'jenkins',
      run: 'https://ci.example.com/job/shop/job/main/57',
      commit: `https://github.com/acme/shop/commit/${SHA}`,
      env: {
        JENKINS_URL: 'https://ci.example.com/',
        BUILD_NUMBER: '57',
        BUILD_URL: 'https://ci.example.com/job/shop/job/main/57/',
        JOB_NAME: 'shop/main',
        GIT_COMMIT: SHA,
        GIT_BRANCH: 'origin/main',
        GIT_URL: 'https://github.com/acme/shop.git',
      },
    },
    {
      ci: 'CircleCI',
      id: 'circleci',
      run: 'https://circleci.com/gh/acme/shop/812',
      commit: `https://github.com/acme/shop/commit/${SHA}`,
      env: {
        CIRCLECI: 'true',
        CIRCLE_SHA1: SHA,
        CIRCLE_BRANCH: 'main',
        CIRCLE_REPOSITORY_URL: 'git@github.com:acme/shop.git',
        CIRCLE_BUILD_NUM: '812',
        CIRCLE_BUILD_URL: 'https://circleci.com/gh/acme/shop/812',
        CIRCLE_JOB: 'deploy',
        CIRCLE_WORKFLOW_ID: '6a1f2c3d-1111-4222-8333-444455556666',
      },
    },
    {
      ci: 'Buildkite',
      id: 'buildkite',
      run: 'https://buildkite.com/acme/shop-deploy/builds/1514',
      commit: `https://bitbucket.org/acme/shop/commits/${SHA}`,
      env: {
        BUILDKITE: 'true',
        BUILDKITE_COMMIT: SHA,
        BUILDKITE_BRANCH: 'main',
        BUILDKITE_REPO: 'git@bitbucket.org:acme/shop.git',
        BUILDKITE_BUILD_NUMBER: '1514',
        BUILDKITE_BUILD_URL: 'https://buildkite.com/acme/shop-deploy/builds/1514',
        BUILDKITE_JOB_ID: 'e44f9784-e20e-4b93-a21d-f41fd5869db9',
        BUILDKITE_STEP_KEY: 'deploy',
      },
    },
  ])('in $ci: the event names the commit and the build, and links the commit', async (c) => {
    const run = await command(
      ['mark', '--incident-arn', arn(c.id), '--status=succeeded'],
      ciEnv(c.env),
    );
    expect(run.status, run.stderr).toBe(0);
    const incident = incidentIn(await emulator.state(), arn(c.id));
    const [event] = userEvents(incident);
    expect(event?.eventData).toContain(SHA.slice(0, 7));
    expect(event?.eventData).toContain(c.run);
    const linked = incident.relatedItems.map((item) => item.identifier.value.url);
    expect(linked).toContain(c.commit);
    expect(event?.eventReferences).toHaveLength(1);
  });

  it('in CodeBuild started by CodePipeline: the event references the build and the pipeline', async () => {
    const build =
      'arn:aws:codebuild:us-east-1:123456789012:build/shop-deploy:b1e6661e-e4f2-4156-9ab9-82a19example';
    const run = await command(
      ['mark', '--incident-arn', arn('codebuild'), '--link-commit=false'],
      ciEnv({
        CODEBUILD_BUILD_ARN: build,
        CODEBUILD_BUILD_ID: 'shop-deploy:b1e6661e-e4f2-4156-9ab9-82a19example',
        CODEBUILD_BUILD_NUMBER: '31',
        CODEBUILD_INITIATOR: 'codepipeline/shop-release',
        CODEBUILD_RESOLVED_SOURCE_VERSION: SHA,
        CODEBUILD_SOURCE_REPO_URL: 'https://github.com/acme/shop.git',
      }),
    );
    expect(run.status, run.stderr).toBe(0);
    const [event] = await eventsOf('codebuild');
    expect(event?.eventReferences).toEqual(
      expect.arrayContaining([
        { resource: build },
        { resource: 'arn:aws:codepipeline:us-east-1:123456789012:shop-release' },
      ]),
    );
  });

  it('bad options: exit 2, and the command is not run', async () => {
    const run = await command(
      ['exec', '--incident-arn', arn('mark'), '--impact=9', '--', 'sh', '-c', 'echo ran'],
      commandEnv(),
    );
    expect(run.status).toBe(2);
    expect(run.stdout).not.toContain('ran');
    expect(run.stderr).toContain('--impact');
  });
});
