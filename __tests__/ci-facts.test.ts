/**
 * Units of the command's CI facts (src/read/ci-facts.ts): each CI system's documented variables,
 * as a job of that system sets them, become the facts the event's text, links and token use.
 * git is injected: a map of the answers a checkout would give, and a record of what was asked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCiFacts, gitRunner, type GitRunner } from '../src/read/ci-facts.js';
import { collectFacts } from '../src/read/facts.js';
import type { Env } from '../src/runtime/env.js';
import { deriveClientToken } from '../src/write/token.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const OTHER_SHA = 'fedcba9876543210fedcba9876543210fedcba98';
const INCIDENT = 'arn:aws:ssm-incidents::111122223333:incident-record/shop/1';

/** A git runner answering from a map keyed by the arguments; it records every call. */
function fakeGit(answers: Record<string, string> = {}): GitRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const run = (args: readonly string[]) => {
    calls.push([...args]);
    return answers[args.join(' ')] ?? '';
  };
  return Object.assign(run, { calls });
}

const GITLAB: Env = {
  GITLAB_CI: 'true',
  CI_SERVER_URL: 'https://gitlab.example.com',
  CI_PROJECT_URL: 'https://gitlab.example.com/platform/shop/api',
  CI_PROJECT_PATH: 'platform/shop/api',
  CI_PROJECT_NAME: 'api',
  CI_REPOSITORY_URL:
    'https://gitlab-ci-token:glcbt-SECRET@gitlab.example.com/platform/shop/api.git',
  CI_COMMIT_SHA: SHA,
  CI_COMMIT_TITLE: 'Fix checkout retry storm (!482)',
  CI_COMMIT_BRANCH: 'main',
  CI_COMMIT_REF_NAME: 'main',
  CI_PIPELINE_ID: '1234567',
  CI_PIPELINE_URL: 'https://gitlab.example.com/platform/shop/api/-/pipelines/1234567',
  CI_PIPELINE_SOURCE: 'push',
  CI_JOB_ID: '98765432',
  CI_JOB_NAME: 'deploy',
  CI_ENVIRONMENT_NAME: 'production',
  GITLAB_USER_LOGIN: 'octo',
};

const JENKINS: Env = {
  JENKINS_URL: 'https://ci.example.com/',
  BUILD_NUMBER: '57',
  BUILD_URL: 'https://ci.example.com/job/shop/job/main/57/',
  JOB_NAME: 'shop/main',
  STAGE_NAME: 'Deploy',
  GIT_COMMIT: SHA,
  GIT_BRANCH: 'origin/release/2.1',
  GIT_URL: 'https://jenkins:ghp_SECRET@github.com/acme/shop.git',
};

const CODEBUILD: Env = {
  CODEBUILD_BUILD_ARN:
    'arn:aws:codebuild:eu-west-1:111122223333:build/shop-deploy:b1e6661e-e4f2-4156-9ab9-82a19example',
  CODEBUILD_BUILD_ID: 'shop-deploy:b1e6661e-e4f2-4156-9ab9-82a19example',
  CODEBUILD_BUILD_NUMBER: '31',
  CODEBUILD_INITIATOR: 'codepipeline/shop-release',
  CODEBUILD_RESOLVED_SOURCE_VERSION: SHA,
  CODEBUILD_SOURCE_REPO_URL: 'https://github.com/acme/shop.git',
  AWS_REGION: 'eu-west-1',
};

const CIRCLECI: Env = {
  CIRCLECI: 'true',
  CIRCLE_SHA1: SHA,
  CIRCLE_BRANCH: 'main',
  CIRCLE_REPOSITORY_URL: 'git@github.com:acme/shop.git',
  CIRCLE_PROJECT_USERNAME: 'acme',
  CIRCLE_PROJECT_REPONAME: 'shop',
  CIRCLE_BUILD_NUM: '812',
  CIRCLE_BUILD_URL: 'https://circleci.com/gh/acme/shop/812',
  CIRCLE_JOB: 'deploy',
  CIRCLE_WORKFLOW_ID: '6a1f2c3d-1111-4222-8333-444455556666',
  CIRCLE_WORKFLOW_JOB_ID: '9b8c7d6e-aaaa-4bbb-8ccc-ddddeeeeffff',
  CIRCLE_USERNAME: 'octo',
};

const BUILDKITE: Env = {
  BUILDKITE: 'true',
  BUILDKITE_COMMIT: SHA,
  BUILDKITE_MESSAGE: 'Fix checkout retry storm\n\nThe retries now back off.',
  BUILDKITE_BRANCH: 'main',
  BUILDKITE_REPO: 'git@bitbucket.org:acme/shop.git',
  BUILDKITE_PIPELINE_NAME: 'Shop deploy',
  BUILDKITE_PIPELINE_SLUG: 'shop-deploy',
  BUILDKITE_BUILD_ID: 'f62a1b4d-10f9-4790-bc1c-e2c3a0c80983',
  BUILDKITE_BUILD_NUMBER: '1514',
  BUILDKITE_BUILD_URL: 'https://buildkite.com/acme/shop-deploy/builds/1514',
  BUILDKITE_JOB_ID: 'e44f9784-e20e-4b93-a21d-f41fd5869db9',
  BUILDKITE_RETRY_COUNT: '0',
  BUILDKITE_STEP_KEY: 'deploy',
  BUILDKITE_BUILD_CREATOR: 'Octo Cat',
  BUILDKITE_SOURCE: 'webhook',
};

describe('detecting the CI system', () => {
  it.each([
    [
      'github-actions',
      { GITHUB_ACTIONS: 'true', CODEBUILD_BUILD_ARN: CODEBUILD.CODEBUILD_BUILD_ARN },
    ],
    ['gitlab', GITLAB],
    ['jenkins', JENKINS],
    ['jenkins', { JENKINS_HOME: '/var/jenkins_home', BUILD_NUMBER: '3' }],
    ['codebuild', CODEBUILD],
    ['circleci', CIRCLECI],
    ['buildkite', BUILDKITE],
    // JENKINS_URL exported on a workstation is not a build.
    ['none', { JENKINS_URL: 'https://ci.example.com/' }],
    ['none', { CI: 'true', GITLAB_CI: 'false' }],
    ['none', {}],
  ] as const)('%s from its marker variables', (system, env) => {
    expect(detectCiFacts(env, {}, fakeGit()).system).toBe(system);
  });

  it('on GitHub Actions, gives the action’s own facts', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '42',
      GITHUB_JOB: 'deploy',
    };
    const given = { sha: OTHER_SHA, jobInstance: '7788' };
    const git = fakeGit();
    expect(detectCiFacts(env, given, git)).toEqual({
      system: 'github-actions',
      name: 'GitHub Actions',
      facts: collectFacts(given, env),
      pipelineArn: '',
    });
    expect(git.calls).toEqual([]);
  });
});

describe('each CI system’s variables', () => {
  it('GitLab CI: the project, its commit page, the pipeline, the job and the environment', () => {
    const git = fakeGit();
    const { name, facts, pipelineArn } = detectCiFacts(GITLAB, {}, git);
    expect(name).toBe('GitLab CI');
    expect(facts).toMatchObject({
      serverUrl: 'https://gitlab.example.com',
      repository: 'platform/shop/api',
      sha: SHA,
      shaSource: 'ci',
      shortSha: '0123456',
      ref: 'refs/heads/main',
      refName: 'main',
      commitUrl: `https://gitlab.example.com/platform/shop/api/-/commit/${SHA}`,
      commitSubject: 'Fix checkout retry storm (!482)',
      runUrl: 'https://gitlab.example.com/platform/shop/api/-/pipelines/1234567',
      runId: '1234567',
      runAttempt: '1',
      job: 'deploy',
      jobInstance: '98765432',
      step: 'incident-timeline',
      actor: 'octo',
      workflow: 'api',
      eventName: 'push',
      eventEnvironment: 'production',
      eventStatus: '',
      apiUrl: '',
      codeBuildArn: '',
    });
    expect(pipelineArn).toBe('');
    // Everything came from the variables.
    expect(git.calls).toEqual([]);
  });

  it('GitLab CI: a tag pipeline names the tag', () => {
    const env = { ...GITLAB, CI_COMMIT_BRANCH: '', CI_COMMIT_TAG: 'v2.1.0' };
    expect(detectCiFacts(env, {}, fakeGit()).facts).toMatchObject({
      ref: 'refs/tags/v2.1.0',
      refName: 'v2.1.0',
    });
  });

  it('Jenkins: the Git plugin’s commit, branch without the remote, and repository', () => {
    const git = fakeGit({ [`log -1 --no-show-signature --format=%s ${SHA} --`]: 'Bump to 2.1.1' });
    const { name, facts } = detectCiFacts(JENKINS, {}, git);
    expect(name).toBe('Jenkins');
    expect(facts).toMatchObject({
      serverUrl: 'https://github.com',
      repository: 'acme/shop',
      sha: SHA,
      ref: 'refs/heads/release/2.1',
      refName: 'release/2.1',
      commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
      commitSubject: 'Bump to 2.1.1',
      runUrl: 'https://ci.example.com/job/shop/job/main/57',
      runId: '57',
      job: 'shop/main',
      jobInstance: 'Deploy',
      workflow: 'shop/main',
    });
  });

  it('Jenkins: a freestyle build, without stages, is one job instance', () => {
    const env = { ...JENKINS, STAGE_NAME: undefined, BUILD_TAG: 'jenkins-shop-main-57' };
    expect(detectCiFacts(env, {}, fakeGit()).facts.jobInstance).toBe('jenkins-shop-main-57');
  });

  it('Jenkins: a multibranch build’s BRANCH_NAME and TAG_NAME', () => {
    const branch = { ...JENKINS, BRANCH_NAME: 'feature/x', GIT_BRANCH: 'feature/x' };
    expect(detectCiFacts(branch, {}, fakeGit()).facts.refName).toBe('feature/x');
    const tag = { ...JENKINS, BRANCH_NAME: 'v2.1.0', TAG_NAME: 'v2.1.0' };
    expect(detectCiFacts(tag, {}, fakeGit()).facts.ref).toBe('refs/tags/v2.1.0');
  });

  it('CodeBuild started by CodePipeline: the build’s ARN, the pipeline’s ARN, the console’s build page', () => {
    const { name, facts, pipelineArn } = detectCiFacts(CODEBUILD, {}, fakeGit());
    expect(name).toBe('AWS CodeBuild');
    expect(pipelineArn).toBe('arn:aws:codepipeline:eu-west-1:111122223333:shop-release');
    expect(facts).toMatchObject({
      codeBuildArn: CODEBUILD.CODEBUILD_BUILD_ARN,
      repository: 'acme/shop',
      sha: SHA,
      commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
      runId: '31',
      job: 'shop-deploy',
      jobInstance: CODEBUILD.CODEBUILD_BUILD_ID,
      workflow: 'shop-release',
      eventName: 'codepipeline',
      actor: 'codepipeline/shop-release',
    });
    const runUrl = new URL(facts.runUrl);
    expect(runUrl.host).toBe('console.aws.amazon.com');
    expect(runUrl.searchParams.get('region')).toBe('eu-west-1');
    expect(decodeURIComponent(runUrl.pathname)).toContain(
      '/codebuild/111122223333/projects/shop-deploy/build/shop-deploy:b1e6661e-e4f2-4156-9ab9-82a19example',
    );
  });

  it('CodeBuild from a webhook: its trigger, event and actor; a public build page wins', () => {
    const env = {
      ...CODEBUILD,
      CODEBUILD_INITIATOR: 'GitHub-Hookshot/abc123',
      CODEBUILD_WEBHOOK_TRIGGER: 'tag/v2.1.0',
      CODEBUILD_WEBHOOK_EVENT: 'PUSH',
      CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID: '1234567',
      CODEBUILD_PUBLIC_BUILD_URL: 'https://public.example.com/builds/31',
    };
    const { facts, pipelineArn } = detectCiFacts(env, {}, fakeGit());
    expect(pipelineArn).toBe('');
    expect(facts).toMatchObject({
      ref: 'refs/tags/v2.1.0',
      refName: 'v2.1.0',
      eventName: 'PUSH',
      actor: '1234567',
      workflow: 'shop-deploy',
      runUrl: 'https://public.example.com/builds/31',
    });
    const head = { ...env, CODEBUILD_WEBHOOK_HEAD_REF: 'refs/heads/main' };
    expect(detectCiFacts(head, {}, fakeGit()).facts.refName).toBe('main');
  });

  it('CodeBuild in AWS China: that partition’s pipeline ARN and console', () => {
    const env = {
      ...CODEBUILD,
      CODEBUILD_BUILD_ARN: CODEBUILD.CODEBUILD_BUILD_ARN!.replace(
        'arn:aws:codebuild:eu-west-1',
        'arn:aws-cn:codebuild:cn-north-1',
      ),
    };
    const { facts, pipelineArn } = detectCiFacts(env, {}, fakeGit());
    expect(pipelineArn).toBe('arn:aws-cn:codepipeline:cn-north-1:111122223333:shop-release');
    expect(new URL(facts.runUrl).host).toBe('console.amazonaws.cn');
  });

  it('CodeBuild from CodeCommit or S3: no commit page is guessed', () => {
    const env = {
      ...CODEBUILD,
      CODEBUILD_SOURCE_REPO_URL: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/shop',
    };
    expect(detectCiFacts(env, {}, fakeGit()).facts.commitUrl).toBe('');
    // An S3 source has an object version, not a commit; git has no checkout either.
    const s3 = {
      ...CODEBUILD,
      CODEBUILD_RESOLVED_SOURCE_VERSION: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
      CODEBUILD_SOURCE_REPO_URL: 's3://artifacts/shop.zip',
    };
    expect(detectCiFacts(s3, {}, fakeGit()).facts).toMatchObject({ sha: '', commitUrl: '' });
  });

  it('CircleCI: the SSH clone URL’s web side, the job and its parallel runs', () => {
    const { name, facts } = detectCiFacts(CIRCLECI, {}, fakeGit());
    expect(name).toBe('CircleCI');
    expect(facts).toMatchObject({
      serverUrl: 'https://github.com',
      repository: 'acme/shop',
      commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
      refName: 'main',
      runUrl: 'https://circleci.com/gh/acme/shop/812',
      runId: CIRCLECI.CIRCLE_WORKFLOW_ID,
      job: 'deploy',
      jobInstance: CIRCLECI.CIRCLE_WORKFLOW_JOB_ID,
      actor: 'octo',
    });
    const parallel = { ...CIRCLECI, CIRCLE_NODE_TOTAL: '3', CIRCLE_NODE_INDEX: '2' };
    expect(detectCiFacts(parallel, {}, fakeGit()).facts.jobInstance).toBe(
      `${CIRCLECI.CIRCLE_WORKFLOW_JOB_ID}/2`,
    );
  });

  it('Buildkite: the message’s first line, the Bitbucket commit page, the retry as the attempt', () => {
    const git = fakeGit();
    const { name, facts } = detectCiFacts({ ...BUILDKITE, BUILDKITE_RETRY_COUNT: '1' }, {}, git);
    expect(name).toBe('Buildkite');
    expect(facts).toMatchObject({
      serverUrl: 'https://bitbucket.org',
      repository: 'acme/shop',
      commitUrl: `https://bitbucket.org/acme/shop/commits/${SHA}`,
      commitSubject: 'Fix checkout retry storm',
      runUrl: 'https://buildkite.com/acme/shop-deploy/builds/1514',
      runId: '1514',
      runAttempt: '2',
      job: 'deploy',
      jobInstance: BUILDKITE.BUILDKITE_JOB_ID,
      workflow: 'Shop deploy',
      actor: 'Octo Cat',
      eventName: 'webhook',
    });
    expect(git.calls).toEqual([]);
  });

  it('Buildkite: a build of HEAD takes the checkout’s commit', () => {
    const git = fakeGit({ 'rev-parse --verify HEAD': SHA });
    const { facts } = detectCiFacts({ ...BUILDKITE, BUILDKITE_COMMIT: 'HEAD' }, {}, git);
    expect(facts).toMatchObject({
      sha: SHA,
      shaSource: 'git',
      commitSubject: 'Fix checkout retry storm',
    });
  });
});

describe('the deployed commit and the links', () => {
  it('the sha option beats the CI’s commit, and its subject is read from git', () => {
    const git = fakeGit({
      [`log -1 --no-show-signature --format=%s ${OTHER_SHA} --`]: 'Roll back',
    });
    const { facts } = detectCiFacts(GITLAB, { sha: OTHER_SHA }, git);
    expect(facts).toMatchObject({
      sha: OTHER_SHA,
      shaSource: 'sha',
      shortSha: 'fedcba9',
      commitUrl: `https://gitlab.example.com/platform/shop/api/-/commit/${OTHER_SHA}`,
      commitSubject: 'Roll back',
      // The run's ref stays, as in the action.
      refName: 'main',
    });
  });

  it.each([
    ['GitLab', GITLAB],
    ['Jenkins', JENKINS],
    [
      'CircleCI',
      { ...CIRCLECI, CIRCLE_REPOSITORY_URL: 'https://x-token:ghs_SECRET@github.com/acme/shop' },
    ],
    ['Buildkite', { ...BUILDKITE, BUILDKITE_REPO: 'https://u:SECRET@bitbucket.org/acme/shop.git' }],
    [
      'CodeBuild',
      { ...CODEBUILD, CODEBUILD_SOURCE_REPO_URL: 'https://u:SECRET@github.com/acme/shop.git' },
    ],
  ])('%s: a clone URL’s credentials reach no fact', (_name, env) => {
    const { facts } = detectCiFacts(env, {}, fakeGit());
    expect(facts.commitUrl).toMatch(
      /^https:\/\/(github\.com|gitlab\.example\.com|bitbucket\.org)\//,
    );
    expect(JSON.stringify({ ...facts, dispatchInputs: [] })).not.toMatch(/SECRET|@/);
  });

  it('a CI value that is not a web address is no link', () => {
    const env = {
      ...JENKINS,
      BUILD_URL: 'javascript:alert(1)',
      GIT_URL: '--upload-pack=touch /tmp/x',
    };
    const git = fakeGit();
    const { facts } = detectCiFacts(env, {}, git);
    expect(facts).toMatchObject({ runUrl: '', commitUrl: '', repository: '', serverUrl: '' });
    // git is only ever given fixed arguments and a hexadecimal commit.
    for (const args of git.calls) {
      expect(args.filter((a) => !/^[0-9a-f]{40}$/.test(a))).not.toContain(env.GIT_URL);
    }
  });
});

describe('outside any CI: git in the working directory', () => {
  const CHECKOUT = {
    'rev-parse HEAD --abbrev-ref HEAD': `${SHA}\nmain`,
    'remote get-url -- origin': 'https://me:ghp_SECRET@github.com/acme/shop.git',
    [`log -1 --no-show-signature --format=%s ${SHA} --`]: 'Fix checkout retry storm',
  };

  it('the commit, branch, repository and subject of the checkout', () => {
    const { system, facts, pipelineArn } = detectCiFacts({}, {}, fakeGit(CHECKOUT));
    expect(system).toBe('none');
    expect(pipelineArn).toBe('');
    expect(facts).toMatchObject({
      sha: SHA,
      shaSource: 'git',
      ref: 'refs/heads/main',
      refName: 'main',
      repository: 'acme/shop',
      serverUrl: 'https://github.com',
      commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
      commitSubject: 'Fix checkout retry storm',
      runUrl: '',
      runId: '',
      step: 'incident-timeline',
    });
  });

  it('a detached HEAD has no branch', () => {
    const git = fakeGit({ ...CHECKOUT, 'rev-parse HEAD --abbrev-ref HEAD': `${SHA}\nHEAD` });
    expect(detectCiFacts({}, {}, git).facts).toMatchObject({ ref: '', refName: '' });
  });

  it('without git or a checkout: empty facts, no error, and one git call only', () => {
    const git = fakeGit();
    const { facts } = detectCiFacts({}, {}, git);
    expect(git.calls).toHaveLength(1);
    expect(facts).toMatchObject({
      sha: '',
      shortSha: '',
      ref: '',
      repository: '',
      serverUrl: '',
      commitUrl: '',
      commitSubject: '',
      runUrl: '',
    });
  });
});

describe('the idempotency token, per CI job and attempt', () => {
  const token = (env: Env) =>
    deriveClientToken(detectCiFacts(env, {}, fakeGit()).facts, INCIDENT, 'create', ['text']);

  it.each([
    ['GitLab, a retried job', GITLAB, { CI_JOB_ID: '98765499' }],
    ['GitLab, a new pipeline', GITLAB, { CI_PIPELINE_ID: '1234568', CI_JOB_ID: '98765500' }],
    ['Jenkins, a rebuild', JENKINS, { BUILD_NUMBER: '58' }],
    ['Jenkins, a parallel stage', JENKINS, { STAGE_NAME: 'Deploy eu' }],
    [
      'CodeBuild, a retried build',
      CODEBUILD,
      {
        CODEBUILD_BUILD_ID: 'shop-deploy:0c7d3c4e-1111-4222-8333-444455556666',
        CODEBUILD_BUILD_NUMBER: '32',
      },
    ],
    [
      'CircleCI, a rerun job',
      CIRCLECI,
      { CIRCLE_WORKFLOW_JOB_ID: '1f1f1f1f-aaaa-4bbb-8ccc-ddddeeeeffff', CIRCLE_BUILD_NUM: '813' },
    ],
    [
      'CircleCI, another parallel run',
      CIRCLECI,
      { CIRCLE_NODE_TOTAL: '2', CIRCLE_NODE_INDEX: '1' },
    ],
    [
      'Buildkite, a retried job',
      BUILDKITE,
      {
        BUILDKITE_JOB_ID: '0a0a0a0a-e20e-4b93-a21d-f41fd5869db9',
        BUILDKITE_RETRY_COUNT: '1',
      },
    ],
  ] as const)('%s: a new token; the same job again: the same', (_name, env, retried) => {
    expect(token({ ...env })).toBe(token(env));
    expect(token({ ...env, ...retried })).not.toBe(token(env));
  });

  it('outside any CI, each command is a run of its own unless given a job instance', () => {
    expect(token({})).not.toBe(token({}));
    const given = { jobInstance: 'shared' };
    const facts = () => detectCiFacts({}, given, fakeGit()).facts;
    expect(deriveClientToken(facts(), INCIDENT, 'create', ['text'])).toBe(
      deriveClientToken(facts(), INCIDENT, 'create', ['text']),
    );
  });
});

describe('gitRunner', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ci-facts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers with git’s trimmed output, and with nothing where git fails', () => {
    const git = gitRunner(dir);
    expect(git(['rev-parse', '--verify', 'HEAD'])).toBe('');
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com' };
    const setUp = (args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
    setUp(['init', '-q', '-b', 'main']);
    setUp([
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'First\n\nbody',
    ]);
    const head = git(['rev-parse', '--verify', 'HEAD']);
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    expect(git(['log', '-1', '--format=%s', head, '--'])).toBe('First');
    expect(git(['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('main');
    expect(git(['remote', 'get-url', '--', 'origin'])).toBe('');
  });
});
