import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { commitSubjectOf } from '../parse/commit-message.js';
import {
  commitUrlOf,
  repositoryLink,
  webUrl,
  type RepositoryLink,
} from '../parse/repository-url.js';
import { consoleHostOf } from '../parse/arn.js';
import { isRegionName } from '../parse/scalars.js';
import type { Env } from '../runtime/env.js';
import { collectFacts, type CommitSource, type GivenFacts, type WorkflowFacts } from './facts.js';

/**
 * The facts of the command (`incident-timeline`) in the CI system it runs in, from that system's
 * documented environment variables: the same `WorkflowFacts` as the action's, so that the text,
 * the links and the idempotency token come out of the same code. docs/ci-facts.md lists what is
 * read from where. Every value is text from outside: nothing here is executed, URLs are parsed
 * with `URL` and lose their user information, and git runs with fixed arguments.
 */

export type CiSystem =
  'github-actions' | 'gitlab' | 'jenkins' | 'codebuild' | 'circleci' | 'buildkite' | 'none';

export interface CiFacts {
  system: CiSystem;
  /** The system's name for people: `GitLab CI`. */
  name: string;
  facts: WorkflowFacts;
  /** The CodePipeline that started a CodeBuild build, as an ARN; '' elsewhere. */
  pipelineArn: string;
}

/** Runs git with these arguments in the working directory: trimmed stdout, '' when git fails. */
export type GitRunner = (args: readonly string[]) => string;

/** The step is the command itself: one name, so a retried command derives the same token. */
const STEP = 'incident-timeline';

const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;

/** What one CI system tells; `detectCiFacts` completes it into `WorkflowFacts`. */
interface CiRead {
  system: Exclude<CiSystem, 'github-actions'>;
  name: string;
  /** The CI's commit: its variable when it is a commit SHA, else '' (then `git rev-parse HEAD`). */
  sha: string;
  /** The subject of the CI's commit, when the CI gives it. */
  subject: string;
  ref: string;
  refName: string;
  link: RepositoryLink | undefined;
  /** When the CI names the repository itself (GitLab's project path). */
  repository?: string;
  /** When the CI gives the commit's page itself. */
  commitUrl?: (sha: string) => string;
  runUrl: string;
  runId: string;
  runAttempt: string;
  job: string;
  jobInstance: string;
  actor: string;
  workflow: string;
  eventName: string;
  eventEnvironment: string;
  codeBuildArn: string;
  pipelineArn: string;
}

const NO_RUN = {
  subject: '',
  runUrl: '',
  runId: '',
  runAttempt: '1',
  job: '',
  jobInstance: '',
  actor: '',
  workflow: '',
  eventName: '',
  eventEnvironment: '',
  codeBuildArn: '',
  pipelineArn: '',
};

const v = (env: Env, name: string) => (env[name] ?? '').trim();
const isSet = (env: Env, name: string) => !['', 'false', '0'].includes(v(env, name).toLowerCase());
const commitSha = (text: string) => (COMMIT_SHA.test(text) ? text.toLowerCase() : '');

/** A branch or tag as GitHub writes them: `refs/tags/v1` and `v1`; the branch when no tag. */
function refsOf(branch: string, tag = ''): { ref: string; refName: string } {
  if (tag) return { ref: `refs/tags/${tag}`, refName: tag };
  if (branch) return { ref: `refs/heads/${branch}`, refName: branch };
  return { ref: '', refName: '' };
}

/**
 * GitLab CI: https://docs.gitlab.com/ci/variables/predefined_variables/
 * A retried job is a new job with a new CI_JOB_ID (the job instance), in the same pipeline; a
 * command retried within one job keeps it, and so its token.
 */
function gitlab(env: Env): CiRead {
  const projectUrl = webUrl(v(env, 'CI_PROJECT_URL'));
  const serverUrl = webUrl(v(env, 'CI_SERVER_URL'));
  const repository = v(env, 'CI_PROJECT_PATH');
  return {
    ...NO_RUN,
    system: 'gitlab',
    name: 'GitLab CI',
    sha: commitSha(v(env, 'CI_COMMIT_SHA')),
    subject: v(env, 'CI_COMMIT_TITLE'),
    ...refsOf(
      v(env, 'CI_COMMIT_BRANCH') || v(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME'),
      v(env, 'CI_COMMIT_TAG'),
    ),
    link: serverUrl && repository ? { serverUrl, repository, host: 'gitlab' } : undefined,
    repository,
    commitUrl: (sha) => (projectUrl ? `${projectUrl}/-/commit/${sha}` : ''),
    runUrl: webUrl(v(env, 'CI_PIPELINE_URL')),
    runId: v(env, 'CI_PIPELINE_ID'),
    job: v(env, 'CI_JOB_NAME'),
    jobInstance: v(env, 'CI_JOB_ID'),
    actor: v(env, 'GITLAB_USER_LOGIN'),
    workflow: v(env, 'CI_PIPELINE_NAME') || v(env, 'CI_PROJECT_NAME'),
    eventName: v(env, 'CI_PIPELINE_SOURCE'),
    eventEnvironment: v(env, 'CI_ENVIRONMENT_NAME'),
  };
}

/**
 * Jenkins: the core variables at https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
 * (each server lists them at `${JENKINS_URL}/env-vars.html`), the Git plugin's (GIT_COMMIT, GIT_BRANCH, GIT_LOCAL_BRANCH, GIT_URL) at
 * https://plugins.jenkins.io/git/#plugin-content-environment-variables.
 * A rebuild or replay is a new build with a new BUILD_NUMBER (the run); parallel stages of one
 * build are told apart by STAGE_NAME; a command retried within a stage keeps its token. Every CI's
 * job instance is set, so that `tellsCallsApart` never takes the command for a GitHub job
 * without a check run ID.
 */
function jenkins(env: Env): CiRead {
  // GIT_BRANCH names the remote (`origin/main`) outside multibranch projects, where BRANCH_NAME is.
  const branch =
    v(env, 'BRANCH_NAME') ||
    v(env, 'GIT_LOCAL_BRANCH') ||
    v(env, 'GIT_BRANCH').replace(/^origin\//, '');
  const job = v(env, 'JOB_NAME');
  return {
    ...NO_RUN,
    system: 'jenkins',
    name: 'Jenkins',
    sha: commitSha(v(env, 'GIT_COMMIT')),
    ...refsOf(branch, v(env, 'TAG_NAME')),
    link: repositoryLink(v(env, 'GIT_URL')),
    runUrl: webUrl(v(env, 'BUILD_URL')),
    runId: v(env, 'BUILD_NUMBER'),
    job,
    // A freestyle build has no stage: its tag (job and number) stands for the one job there is.
    jobInstance: v(env, 'STAGE_NAME') || v(env, 'BUILD_TAG'),
    actor: v(env, 'CHANGE_AUTHOR'),
    workflow: job,
  };
}

const BUILD_ARN = /^arn:(aws[a-z-]*):codebuild:([a-z0-9-]+):(\d{12}):build\/([^:/]+):(.+)$/;
/** CodePipeline's pattern for a pipeline name. */
const PIPELINE_NAME = /^[A-Za-z0-9.@_-]{1,100}$/;

/** CODEBUILD_WEBHOOK_TRIGGER: `branch/main`, `tag/v1.2.0`, `pr/12`. */
function webhookRefs(env: Env): { ref: string; refName: string } {
  const headRef = v(env, 'CODEBUILD_WEBHOOK_HEAD_REF');
  if (headRef) return { ref: headRef, refName: headRef.replace(/^refs\/(heads|tags)\//, '') };
  const [kind, ...rest] = v(env, 'CODEBUILD_WEBHOOK_TRIGGER').split('/');
  const name = rest.join('/');
  if (kind === 'branch') return refsOf(name);
  if (kind === 'tag') return refsOf('', name);
  return { ref: '', refName: '' };
}

/**
 * AWS CodeBuild: https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html
 * Every build, a retry included (RetryBuild, a CodePipeline stage retried), has its own
 * CODEBUILD_BUILD_ID (the job instance) and number; a command retried within a build keeps both.
 */
function codebuild(env: Env): CiRead {
  const buildArn = v(env, 'CODEBUILD_BUILD_ARN');
  const [, partition = '', region = '', account = '', project = ''] =
    BUILD_ARN.exec(buildArn) ?? [];
  const buildId = v(env, 'CODEBUILD_BUILD_ID');
  const initiator = v(env, 'CODEBUILD_INITIATOR');
  const pipeline = /^codepipeline\/(.+)$/.exec(initiator)?.[1] ?? '';
  const pipelineArn =
    partition && PIPELINE_NAME.test(pipeline)
      ? `arn:${partition}:codepipeline:${region}:${account}:${pipeline}`
      : '';
  const consoleHost = consoleHostOf(partition);
  // The console's page of a build, as CodeBuild links it from a commit's status.
  const consoleUrl =
    consoleHost && isRegionName(region) && project && buildId
      ? `https://${consoleHost}/codesuite/codebuild/${account}/projects/${encodeURIComponent(project)}/build/${encodeURIComponent(buildId)}/?region=${region}`
      : '';
  return {
    ...NO_RUN,
    system: 'codebuild',
    name: 'AWS CodeBuild',
    // The resolved version is the commit of a Git source; the source version may be a branch or a PR.
    sha:
      commitSha(v(env, 'CODEBUILD_RESOLVED_SOURCE_VERSION')) ||
      commitSha(v(env, 'CODEBUILD_SOURCE_VERSION')),
    ...webhookRefs(env),
    link: repositoryLink(v(env, 'CODEBUILD_SOURCE_REPO_URL')),
    runUrl: webUrl(v(env, 'CODEBUILD_PUBLIC_BUILD_URL')) || consoleUrl,
    runId: v(env, 'CODEBUILD_BUILD_NUMBER'),
    job: project,
    jobInstance: buildId,
    actor: v(env, 'CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID') || initiator,
    workflow: pipeline || project,
    eventName: v(env, 'CODEBUILD_WEBHOOK_EVENT') || (pipeline ? 'codepipeline' : ''),
    codeBuildArn: buildArn,
    pipelineArn,
  };
}

/**
 * CircleCI: https://circleci.com/docs/reference/variables/
 * A rerun is a new job with a new CIRCLE_WORKFLOW_JOB_ID and CIRCLE_BUILD_NUM (the job instance;
 * "rerun from failed" also a new workflow), and the parallel runs of one job differ by
 * CIRCLE_NODE_INDEX; a command retried within a job keeps its token.
 */
function circleci(env: Env): CiRead {
  const owner = v(env, 'CIRCLE_PROJECT_USERNAME');
  const name = v(env, 'CIRCLE_PROJECT_REPONAME');
  const link = repositoryLink(v(env, 'CIRCLE_REPOSITORY_URL'));
  const parallel = Number(v(env, 'CIRCLE_NODE_TOTAL') || '1') > 1;
  const jobId = v(env, 'CIRCLE_WORKFLOW_JOB_ID') || v(env, 'CIRCLE_BUILD_NUM');
  return {
    ...NO_RUN,
    system: 'circleci',
    name: 'CircleCI',
    sha: commitSha(v(env, 'CIRCLE_SHA1')),
    ...refsOf(v(env, 'CIRCLE_BRANCH'), v(env, 'CIRCLE_TAG')),
    link,
    // The project's names are deprecated for GitLab and GitHub App projects: the URL's path first.
    repository: link?.repository || (owner && name ? `${owner}/${name}` : ''),
    runUrl: webUrl(v(env, 'CIRCLE_BUILD_URL')),
    runId: v(env, 'CIRCLE_WORKFLOW_ID') || v(env, 'CIRCLE_BUILD_NUM'),
    job: v(env, 'CIRCLE_JOB'),
    jobInstance: parallel && jobId ? `${jobId}/${v(env, 'CIRCLE_NODE_INDEX')}` : jobId,
    actor: v(env, 'CIRCLE_USERNAME'),
    workflow: name,
  };
}

/**
 * Buildkite: https://buildkite.com/docs/pipelines/environment_variables
 * A retried job is a new job, with its own BUILDKITE_JOB_ID (the job instance) and a higher
 * BUILDKITE_RETRY_COUNT (the attempt); a parallel job's copies each have their own ID too.
 */
function buildkite(env: Env): CiRead {
  const retries = Number(v(env, 'BUILDKITE_RETRY_COUNT'));
  return {
    ...NO_RUN,
    system: 'buildkite',
    name: 'Buildkite',
    // BUILDKITE_COMMIT may be a name such as HEAD: then the checkout's HEAD.
    sha: commitSha(v(env, 'BUILDKITE_COMMIT')),
    subject: v(env, 'BUILDKITE_MESSAGE'),
    ...refsOf(v(env, 'BUILDKITE_BRANCH'), v(env, 'BUILDKITE_TAG')),
    link: repositoryLink(v(env, 'BUILDKITE_REPO')),
    runUrl: webUrl(v(env, 'BUILDKITE_BUILD_URL')),
    runId: v(env, 'BUILDKITE_BUILD_NUMBER') || v(env, 'BUILDKITE_BUILD_ID'),
    runAttempt: String(Number.isSafeInteger(retries) && retries > 0 ? retries + 1 : 1),
    job: v(env, 'BUILDKITE_STEP_KEY') || v(env, 'BUILDKITE_LABEL'),
    jobInstance: v(env, 'BUILDKITE_JOB_ID'),
    actor: v(env, 'BUILDKITE_BUILD_CREATOR') || v(env, 'BUILDKITE_BUILD_AUTHOR'),
    workflow: v(env, 'BUILDKITE_PIPELINE_NAME') || v(env, 'BUILDKITE_PIPELINE_SLUG'),
    eventName: v(env, 'BUILDKITE_SOURCE'),
  };
}

/**
 * Outside any CI: the checkout in the working directory. There is no job to retry, so each command
 * is a run of its own (a job instance of its own, below): a second mark by hand is a second
 * deployment, as a re-run is in CI. Within the command, a lost answer is still resolved with the
 * same token; `client-token` makes two commands one write.
 */
function noCi(git: GitRunner): CiRead {
  // One call for the commit and the branch (rev-parse answers a line for each); outside a
  // repository it fails, and nothing else is asked: each git call costs a process.
  const [head = '', branch = ''] = git(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD']).split('\n');
  const sha = commitSha(head);
  return {
    ...NO_RUN,
    system: 'none',
    name: 'no CI',
    sha,
    // A detached HEAD has no branch: git answers `HEAD`.
    ...refsOf(branch === 'HEAD' ? '' : branch),
    link: sha ? repositoryLink(git(['remote', 'get-url', '--', 'origin'])) : undefined,
  };
}

/** The system a marker variable documents, checked from the most specific (GitHub Actions runs on CodeBuild). */
function detect(env: Env): CiSystem {
  if (v(env, 'GITHUB_ACTIONS') === 'true') return 'github-actions';
  if (isSet(env, 'GITLAB_CI')) return 'gitlab';
  if (isSet(env, 'BUILDKITE')) return 'buildkite';
  if (isSet(env, 'CIRCLECI')) return 'circleci';
  if (v(env, 'CODEBUILD_BUILD_ARN')) return 'codebuild';
  if ((v(env, 'JENKINS_URL') || v(env, 'JENKINS_HOME')) && v(env, 'BUILD_NUMBER')) return 'jenkins';
  return 'none';
}

const READERS = new Map<Exclude<CiSystem, 'github-actions'>, (env: Env, git: GitRunner) => CiRead>([
  ['gitlab', gitlab],
  ['jenkins', jenkins],
  ['codebuild', codebuild],
  ['circleci', circleci],
  ['buildkite', buildkite],
  ['none', (_env, git) => noCi(git)],
]);

/** The subject of `sha`: the CI's when it describes that commit, else git's. */
function subjectOf(read: CiRead, sha: string, git: GitRunner): string {
  if (!sha) return '';
  if (read.subject && sha === read.sha) return commitSubjectOf(read.subject);
  // `sha` is hexadecimal, so it cannot be read as an option; `--` ends the revisions.
  return commitSubjectOf(git(['log', '-1', '--no-show-signature', '--format=%s', sha, '--']));
}

/** The facts of the CI this runs in; `given.sha` beats the CI's commit. Never throws. */
export function detectCiFacts(env: Env, given: GivenFacts, git: GitRunner): CiFacts {
  const system = detect(env);
  if (system === 'github-actions') {
    return { system, name: 'GitHub Actions', facts: collectFacts(given, env), pipelineArn: '' };
  }
  const read = READERS.get(system)!(env, git);
  // The checkout's HEAD stands in for a CI that names no commit, unless --sha names one.
  // (Outside any CI, noCi has asked already.)
  const fromCi =
    read.sha ||
    (given.sha || system === 'none' ? '' : commitSha(git(['rev-parse', '--verify', 'HEAD'])));
  const sha = given.sha || fromCi;
  const shaSource: CommitSource = given.sha ? 'sha' : read.sha && system !== 'none' ? 'ci' : 'git';
  const commitUrl = sha ? (read.commitUrl ?? ((s) => commitUrlOf(read.link, s)))(sha) : '';
  const facts: WorkflowFacts = {
    serverUrl: read.link?.serverUrl ?? '',
    repository: read.repository || read.link?.repository || '',
    sha,
    shaSource,
    shortSha: sha.slice(0, 7),
    ref: read.ref,
    refName: read.refName,
    actor: read.actor,
    workflow: read.workflow,
    job: read.job,
    step: STEP,
    jobInstance:
      given.jobInstance || read.jobInstance || (system === 'none' ? `local-${randomUUID()}` : ''),
    runId: read.runId,
    runAttempt: read.runAttempt,
    runUrl: read.runUrl,
    commitUrl,
    commitSubject: subjectOf({ ...read, sha: fromCi }, sha, git),
    eventName: read.eventName,
    eventEnvironment: read.eventEnvironment,
    eventStatus: '',
    dispatchInputs: new Map(),
    codeBuildArn: read.codeBuildArn,
    apiUrl: '',
  };
  return { system, name: read.name, facts, pipelineArn: read.pipelineArn };
}

/** How long one git call may take: it reads local files, and at most four run before the first AWS call. */
const GIT_TIMEOUT_MS = 2_000;

/**
 * git in `cwd`, for the command. A repository's own configuration must not run a program
 * (core.fsmonitor is a command), so it is switched off for these reads.
 */
export function gitRunner(cwd: string): GitRunner {
  return (args) => {
    try {
      return execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], {
        cwd,
        encoding: 'utf8',
        timeout: GIT_TIMEOUT_MS,
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
      }).trim();
    } catch {
      return '';
    }
  };
}
