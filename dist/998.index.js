export const id = 998;
export const ids = [998];
export const modules = {

/***/ 9879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandMain: () => (/* binding */ commandMain)
});

// UNUSED EXPORTS: EXIT, jsonOutputs

// EXTERNAL MODULE: ./action/main.js + 28 modules
var main = __webpack_require__(3138);
// EXTERNAL MODULE: ./action/read/inputs.js + 2 modules
var inputs = __webpack_require__(5629);
// EXTERNAL MODULE: ./action/parse/scalars.js
var scalars = __webpack_require__(5741);
// EXTERNAL MODULE: ./action/runtime/errors.js
var runtime_errors = __webpack_require__(3428);
// EXTERNAL MODULE: ./action/runtime/log.js
var log = __webpack_require__(1613);
// EXTERNAL MODULE: ./action/runtime/version.js
var version = __webpack_require__(2739);
// EXTERNAL MODULE: ./action/command/help.js
var help = __webpack_require__(7119);
// EXTERNAL MODULE: ./action/report/report.js + 2 modules
var report = __webpack_require__(2660);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./action/command/exec.js


/** The signals the command forwards to the command it runs, as a runner or a terminal sends them. */
const FORWARDED = ['SIGINT', 'SIGTERM'];
/** The job's outcome, as the job-end stage reads `job-status`. */
function jobStatusOf(ended) {
    if (ended.signal)
        return 'cancelled';
    // A command that handles the forwarded signal and exits with an error was interrupted too.
    if (ended.interrupted && ended.code !== 0)
        return 'cancelled';
    return ended.code === 0 ? 'success' : 'failure';
}
/** The exit status that passes the command's own on: its status, or 128 + the signal's number. */
function exitStatusOf(ended) {
    if (ended.signal)
        return 128 + (external_node_os_.constants.signals[ended.signal] ?? 0);
    if (ended.spawnError)
        return 127;
    return ended.code ?? 1;
}
/**
 * Runs `command` with the terminal's standard input, output and error, forwarding SIGINT and
 * SIGTERM to it while it runs, and resolves when it ends.
 */
function runCommand(command, env) {
    const [file = '', ...args] = command;
    return new Promise((resolve) => {
        let interrupted = null;
        const child = (0,external_node_child_process_.spawn)(file, args, { stdio: 'inherit', env });
        const forward = (signal) => {
            interrupted ??= signal;
            child.kill(signal);
        };
        for (const signal of FORWARDED)
            process.on(signal, forward);
        const done = (ended) => {
            for (const signal of FORWARDED)
                process.off(signal, forward);
            resolve({ ...ended, interrupted });
        };
        child.once('error', (error) => done({ code: null, signal: null, spawnError: `${file}: ${error.message}` }));
        child.once('exit', (code, signal) => done({ code, signal, spawnError: '' }));
    });
}

// EXTERNAL MODULE: ../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2327);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./action/parse/commit-message.js
var commit_message = __webpack_require__(6645);
;// CONCATENATED MODULE: ./action/parse/repository-url.js
/**
 * The web side of a repository whose clone URL a CI system gives: where it lives and how its host
 * writes a commit's page. A clone URL may carry credentials (`https://user:token@host/…`, as
 * GitLab's CI_REPOSITORY_URL does), so nothing here keeps the user information.
 */
/** A commit's page on each host (GitHub, GitLab, Bitbucket Cloud and Gitea document these forms). */
const COMMIT_PATHS = new Map([
    ['github', 'commit'],
    ['gitlab', '-/commit'],
    ['bitbucket', 'commits'],
    ['gitea', 'commit'],
]);
/** The public hosts whose kind is known from their name alone; a self-hosted server's is not. */
function knownHost(hostname) {
    if (hostname === 'github.com' || hostname.endsWith('.ghe.com'))
        return 'github';
    if (hostname === 'gitlab.com')
        return 'gitlab';
    if (hostname === 'bitbucket.org')
        return 'bitbucket';
    if (hostname === 'codeberg.org' || hostname === 'gitea.com')
        return 'gitea';
    return undefined;
}
/** `git@github.com:owner/repo.git`, the scp-like form git accepts for SSH. */
const SCP_LIKE = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s\\]+)$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const CLONE_PROTOCOLS = new Set(['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:']);
/**
 * The repository a clone URL names (HTTP(S), SSH, `git://` or scp-like), undefined for anything
 * else (a local path, a bucket). `host` is the kind the caller knows (GitLab CI's own server),
 * else the kind of a public host known by name.
 */
function repositoryLink(cloneUrl, host) {
    const text = cloneUrl.trim();
    const scp = SCHEME.test(text) ? null : SCP_LIKE.exec(text);
    let url;
    try {
        url = new URL(scp ? `ssh://${scp[1]}/${scp[2].replace(/^\/+/, '')}` : text);
    }
    catch {
        return undefined;
    }
    if (!CLONE_PROTOCOLS.has(url.protocol) || !url.hostname)
        return undefined;
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    const repository = url.pathname
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/^\/+/, '');
    if (!repository)
        return undefined;
    // An SSH port is not the web server's: only an HTTP(S) URL's port is kept.
    return {
        serverUrl: `${url.protocol === 'http:' ? 'http:' : 'https:'}//${web ? url.host : url.hostname}`,
        repository,
        host: host ?? knownHost(url.hostname.toLowerCase()),
    };
}
/** The commit's page, or '' when the host's form is unknown or there is no commit. */
function commitUrlOf(link, sha) {
    const path = link?.host && COMMIT_PATHS.get(link.host);
    if (!link || !path || !sha)
        return '';
    return `${link.serverUrl}/${link.repository}/${path}/${sha}`;
}
/**
 * A web address a CI system gives (its build's page, its server), as an `http(s)` URL without
 * user information and without a trailing slash; '' when it is not one.
 */
function webUrl(text) {
    if (!text)
        return '';
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return '';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return '';
    url.username = '';
    url.password = '';
    return url.href.replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./action/parse/arn.js
var arn = __webpack_require__(2131);
// EXTERNAL MODULE: ./action/read/facts.js
var read_facts = __webpack_require__(4970);
;// CONCATENATED MODULE: ./action/read/ci-facts.js







/** The step is the command itself: one name, so a retried command derives the same token. */
const STEP = 'incident-timeline';
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
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
const v = (env, name) => (env[name] ?? '').trim();
const isSet = (env, name) => !['', 'false', '0'].includes(v(env, name).toLowerCase());
const commitSha = (text) => (COMMIT_SHA.test(text) ? text.toLowerCase() : '');
/** A branch or tag as GitHub writes them: `refs/tags/v1` and `v1`; the branch when no tag. */
function refsOf(branch, tag = '') {
    if (tag)
        return { ref: `refs/tags/${tag}`, refName: tag };
    if (branch)
        return { ref: `refs/heads/${branch}`, refName: branch };
    return { ref: '', refName: '' };
}
/**
 * GitLab CI: https://docs.gitlab.com/ci/variables/predefined_variables/
 * A retried job is a new job with a new CI_JOB_ID (the job instance), in the same pipeline; a
 * command retried within one job keeps it, and so its token.
 */
function gitlab(env) {
    const projectUrl = webUrl(v(env, 'CI_PROJECT_URL'));
    const serverUrl = webUrl(v(env, 'CI_SERVER_URL'));
    const repository = v(env, 'CI_PROJECT_PATH');
    return {
        ...NO_RUN,
        system: 'gitlab',
        name: 'GitLab CI',
        sha: commitSha(v(env, 'CI_COMMIT_SHA')),
        subject: v(env, 'CI_COMMIT_TITLE'),
        ...refsOf(v(env, 'CI_COMMIT_BRANCH') || v(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME'), v(env, 'CI_COMMIT_TAG')),
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
function jenkins(env) {
    // GIT_BRANCH names the remote (`origin/main`) outside multibranch projects, where BRANCH_NAME is.
    const branch = v(env, 'BRANCH_NAME') ||
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
function webhookRefs(env) {
    const headRef = v(env, 'CODEBUILD_WEBHOOK_HEAD_REF');
    if (headRef)
        return { ref: headRef, refName: headRef.replace(/^refs\/(heads|tags)\//, '') };
    const [kind, ...rest] = v(env, 'CODEBUILD_WEBHOOK_TRIGGER').split('/');
    const name = rest.join('/');
    if (kind === 'branch')
        return refsOf(name);
    if (kind === 'tag')
        return refsOf('', name);
    return { ref: '', refName: '' };
}
/**
 * AWS CodeBuild: https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html
 * Every build, a retry included (RetryBuild, a CodePipeline stage retried), has its own
 * CODEBUILD_BUILD_ID (the job instance) and number; a command retried within a build keeps both.
 */
function codebuild(env) {
    const buildArn = v(env, 'CODEBUILD_BUILD_ARN');
    const [, partition = '', region = '', account = '', project = ''] = BUILD_ARN.exec(buildArn) ?? [];
    const buildId = v(env, 'CODEBUILD_BUILD_ID');
    const initiator = v(env, 'CODEBUILD_INITIATOR');
    const pipeline = /^codepipeline\/(.+)$/.exec(initiator)?.[1] ?? '';
    const pipelineArn = partition && PIPELINE_NAME.test(pipeline)
        ? `arn:${partition}:codepipeline:${region}:${account}:${pipeline}`
        : '';
    const consoleHost = (0,arn/* consoleHostOf */.Lp)(partition);
    // The console's page of a build, as CodeBuild links it from a commit's status.
    const consoleUrl = consoleHost && (0,scalars/* isRegionName */.Us)(region) && project && buildId
        ? `https://${consoleHost}/codesuite/codebuild/${account}/projects/${encodeURIComponent(project)}/build/${encodeURIComponent(buildId)}/?region=${region}`
        : '';
    return {
        ...NO_RUN,
        system: 'codebuild',
        name: 'AWS CodeBuild',
        // The resolved version is the commit of a Git source; the source version may be a branch or a PR.
        sha: commitSha(v(env, 'CODEBUILD_RESOLVED_SOURCE_VERSION')) ||
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
function circleci(env) {
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
function buildkite(env) {
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
function noCi(git) {
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
function detect(env) {
    if (v(env, 'GITHUB_ACTIONS') === 'true')
        return 'github-actions';
    if (isSet(env, 'GITLAB_CI'))
        return 'gitlab';
    if (isSet(env, 'BUILDKITE'))
        return 'buildkite';
    if (isSet(env, 'CIRCLECI'))
        return 'circleci';
    if (v(env, 'CODEBUILD_BUILD_ARN'))
        return 'codebuild';
    if ((v(env, 'JENKINS_URL') || v(env, 'JENKINS_HOME')) && v(env, 'BUILD_NUMBER'))
        return 'jenkins';
    return 'none';
}
const READERS = new Map([
    ['gitlab', gitlab],
    ['jenkins', jenkins],
    ['codebuild', codebuild],
    ['circleci', circleci],
    ['buildkite', buildkite],
    ['none', (_env, git) => noCi(git)],
]);
/** The subject of `sha`: the CI's when it describes that commit, else git's. */
function subjectOf(read, sha, git) {
    if (!sha)
        return '';
    if (read.subject && sha === read.sha)
        return (0,commit_message/* commitSubjectOf */.v)(read.subject);
    // `sha` is hexadecimal, so it cannot be read as an option; `--` ends the revisions.
    return (0,commit_message/* commitSubjectOf */.v)(git(['log', '-1', '--no-show-signature', '--format=%s', sha, '--']));
}
/** The facts of the CI this runs in; `given.sha` beats the CI's commit. Never throws. */
function detectCiFacts(env, given, git) {
    const system = detect(env);
    if (system === 'github-actions') {
        return { system, name: 'GitHub Actions', facts: (0,read_facts/* collectFacts */.M7)(given, env), pipelineArn: '' };
    }
    const read = READERS.get(system)(env, git);
    // The checkout's HEAD stands in for a CI that names no commit, unless --sha names one.
    // (Outside any CI, noCi has asked already.)
    const fromCi = read.sha ||
        (given.sha || system === 'none' ? '' : commitSha(git(['rev-parse', '--verify', 'HEAD'])));
    const sha = given.sha || fromCi;
    const shaSource = given.sha ? 'sha' : read.sha && system !== 'none' ? 'ci' : 'git';
    const commitUrl = sha ? (read.commitUrl ?? ((s) => commitUrlOf(read.link, s)))(sha) : '';
    const facts = {
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
        jobInstance: given.jobInstance || read.jobInstance || (system === 'none' ? `local-${(0,external_node_crypto_.randomUUID)()}` : ''),
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
function gitRunner(cwd) {
    return (args) => {
        try {
            return (0,external_node_child_process_.execFileSync)('git', ['-c', 'core.fsmonitor=false', ...args], {
                cwd,
                encoding: 'utf8',
                timeout: GIT_TIMEOUT_MS,
                stdio: ['ignore', 'pipe', 'ignore'],
                windowsHide: true,
            }).trim();
        }
        catch {
            return '';
        }
    };
}

;// CONCATENATED MODULE: ./action/command/host.js



/** `text`'s lines, the first after `prefix`, the others indented under it; none can form a command. */
function lines(prefix, text) {
    return `${prefix}${(0,log/* guardLines */.F)(text).replace(/\r\n|[\n\r]/g, '\n  ')}\n`;
}
/**
 * The command's log: plain lines on standard error (standard output carries the JSON), no
 * workflow commands, and outside text as inert as in the action's log. Debug lines show with
 * INCIDENT_TIMELINE_DEBUG=true.
 */
function stderrSink(write = (text) => void process.stderr.write(text), debug = false) {
    const titled = (kind, title) => title === 'Incident timeline'
        ? `${kind}: `
        : // A title is one inert line, whatever it quotes.
            `${kind}: ${(0,log/* inert */.tJ)(title.replace(/^Incident timeline: /, ''))}: `;
    return {
        info: (line) => write(lines('', line)),
        debug: (message) => {
            if (debug)
                write(lines('debug: ', message));
        },
        warning: (message, title) => write(lines(titled('warning', title), message)),
        notice: (message, title) => write(lines(titled('notice', title), message)),
        group(title, body) {
            write(lines('', title));
            for (const line of body)
                write(lines('  ', line));
        },
    };
}
/**
 * The facts of the CI the command runs in, detected once for the command's whole run: both stages
 * of exec write with the same facts (outside any CI, with its one fresh job instance).
 */
function ciFactsOnce(env, git) {
    const detected = new Map();
    return (given) => {
        const key = JSON.stringify([given.sha ?? '', given.jobInstance ?? '']);
        let ci = detected.get(key);
        if (!ci) {
            ci = detectCiFacts(env, given, git);
            detected.set(key, ci);
        }
        return ci;
    };
}
/**
 * The command's host: inputs from the options and INCIDENT_TIMELINE_* variables, the facts of the
 * CI it runs in, the state kept in memory (exec runs the job-end stage in the same process), the
 * outputs kept for the JSON, and no GitHub call outside GitHub Actions.
 */
function commandHost(env, read, record, ciFacts) {
    const inGitHub = env.GITHUB_ACTIONS === 'true';
    // Inside a GitHub job the action's advice (its OIDC, configure-aws-credentials) holds.
    const roleWithoutOidc = inGitHub
        ? {}
        : {
            roleWithoutOidc: (roleArn, detail) => `Could not assume role ${roleArn} with the default credentials (the AWS SDK's chain): allow them sts:AssumeRole on it, and allow them in its trust policy. ${detail}`,
        };
    return {
        env,
        getInput: read,
        facts: (given) => ciFacts(given).facts,
        setSecret: (value) => {
            // Inside a GitHub job the runner masks it; standard output is the JSON's, so on stderr.
            if (inGitHub && value)
                process.stderr.write(`::add-mask::${value}\n`);
        },
        saveState: (name, value) => void record.state.set(name, value),
        setOutput: (name, value) => void record.outputs.set(name, value),
        writeSummary: async (markdown) => {
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        setFailed: (message) => {
            record.failure = message;
        },
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
        endOfRun: 'the command',
        sessionPrefix: 'incident-timeline',
        ...roleWithoutOidc,
        credentialsHelp: "The command uses the AWS SDK's default chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN); AWS_PROFILE; a web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN, as the OIDC guides of GitLab and CircleCI set up); or the role of the build, container or instance (CodeBuild's service role). --role-to-assume then chains from them.",
    };
}

// EXTERNAL MODULE: ./action/command/options.js
var command_options = __webpack_require__(1852);
;// CONCATENATED MODULE: ./action/command/main.js












/** Exit statuses: written, skipped or a dry run; a failure; bad options. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
const processIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
};
/** The outputs as native JSON values: lists as arrays, `skipped` as a boolean. */
function jsonOutputs(outputs) {
    const json = {};
    for (const [name, value] of outputs) {
        if (name === 'event-ids' || name === 'incident-arns' || name === 'results') {
            json[name] = JSON.parse(value);
        }
        else if (name === 'skipped')
            json[name] = value === 'true';
        else
            json[name] = value;
    }
    return json;
}
/** An input's error, with the option and variable that give it. */
function usageMessage(error) {
    const errors = error instanceof runtime_errors/* InputErrors */.G ? error.errors : [error];
    const where = [...new Set(errors.map((e) => e.input))]
        .filter((input) => command_options/* OPTIONS */.lw.has(input))
        .map((input) => `${input}: --${input} or ${(0,command_options/* envName */.pD)(input)}`);
    return `${error.message}${where.length > 0 ? `\n(${where.join('; ')})` : ''}`;
}
/** Parses and checks everything before anything is run or sent; a UsageError means exit 2. */
async function prepare(argv, env, ciFacts) {
    const parsed = (0,command_options/* parseCommandLine */.Du)(argv);
    if (parsed.kind === 'help' || parsed.kind === 'version')
        return parsed;
    const options = (0,command_options/* optionReader */.hr)(parsed.given, env);
    // As getInputs gives it to the run, so that the run's facts are these.
    const ci = ciFacts({ sha: options('sha').toLowerCase(), jobInstance: '' });
    const exec = parsed.kind === 'exec';
    const failOnErrorGiven = options('fail-on-error') !== '';
    // A dry run creates nothing to finish; a bad value is refused by getInputs below.
    const dryRun = ((value) => {
        try {
            return value !== '' && (0,scalars/* parseBoolean */.yG)('dry-run', value);
        }
        catch {
            return false;
        }
    })(options('dry-run'));
    if (exec && options('event-id')) {
        throw new command_options/* UsageError */.eb('exec creates its own event and updates it when the command ends, so --event-id is not accepted; use mark --event-id to update an event.');
    }
    const read = (name) => {
        if (name === 'pipeline-arn')
            return options(name) || ci.pipelineArn;
        // exec marks 'started' and finishes the event itself, as the action's job-end step does.
        if (exec && name === 'finish-on-job-end')
            return String(!dryRun);
        // exec: a marker that fails is a warning, unless --fail-on-error was given.
        if (exec && name === 'fail-on-error')
            return failOnErrorGiven ? options(name) : 'false';
        return options(name);
    };
    try {
        await (0,inputs/* getInputs */.GP)(read, env, 'main');
    }
    catch (error) {
        if (error instanceof runtime_errors/* InputError */.dz || error instanceof runtime_errors/* InputErrors */.G) {
            throw new command_options/* UsageError */.eb(usageMessage(error));
        }
        throw error;
    }
    log/* log */.Rm.info(`Facts from ${ci.name}${ci.facts.sha ? `: commit ${ci.facts.shortSha}` : ''}.`);
    return { kind: parsed.kind, read, command: parsed.command, failOnErrorGiven };
}
async function stage(stageName, env, read, record, ciFacts) {
    return (0,main.run)(stageName, commandHost(env, read, record, ciFacts));
}
/**
 * The command: `mark` or `exec`, or help. Resolves to the exit status. The log goes to stderr
 * through the command's sink for as long as it runs.
 */
async function commandMain(argv, env = process.env, io = processIo) {
    const previous = (0,log/* setLogSink */.g1)(stderrSink(io.stderr, env.INCIDENT_TIMELINE_DEBUG === 'true'));
    try {
        return await main_main(argv, env, io);
    }
    finally {
        (0,log/* setLogSink */.g1)(previous);
    }
}
async function main_main(argv, env, io) {
    const ciFacts = ciFactsOnce(env, gitRunner(process.cwd()));
    let prepared;
    try {
        prepared = await prepare(argv, env, ciFacts);
    }
    catch (error) {
        if (!(error instanceof command_options/* UsageError */.eb))
            throw error;
        io.stderr(`error: ${error.message}\n`);
        return EXIT.usage;
    }
    if (prepared.kind === 'help') {
        io.stdout((0,help/* helpText */.B)());
        return EXIT.ok;
    }
    if (prepared.kind === 'version') {
        io.stdout(`${version/* ACTION_VERSION */.Y}\n`);
        return EXIT.ok;
    }
    const record = { outputs: new Map(), state: new Map() };
    if (prepared.kind === 'mark') {
        const { failed } = await stage('main', env, prepared.read, record, ciFacts);
        if (record.failure)
            io.stderr(`error: ${record.failure}\n`);
        io.stdout(`${JSON.stringify(jsonOutputs(record.outputs))}\n`);
        return failed ? EXIT.failed : EXIT.ok;
    }
    return execute(prepared, env, io, record, ciFacts);
}
/**
 * exec: marks 'started' (as a step with finish-on-job-end does), runs the command, then runs the
 * job-end stage in process on the state kept in memory, with the command's outcome as the job's.
 */
async function execute(prepared, env, io, record, ciFacts) {
    // A signal while the start is marked (the run's own cancellation handles the writes): the
    // command is then not started. Later ones are the command's (forwarded to it), and the update
    // at the end, bounded by its own deadline, is not cut short by them.
    let stopped;
    const stop = (signal) => (stopped ??= signal);
    for (const signal of FORWARDED)
        process.on(signal, stop);
    try {
        return await markRunFinish(prepared, env, io, record, ciFacts, () => stopped);
    }
    finally {
        for (const signal of FORWARDED)
            process.off(signal, stop);
    }
}
async function markRunFinish(prepared, env, io, record, ciFacts, stoppedBy) {
    const marked = await stage('main', env, prepared.read, record, ciFacts).catch((error) => {
        log/* log */.Rm.warning(`The start could not be marked: ${(0,runtime_errors/* safeMessage */.N5)(error)}`);
        return undefined;
    });
    if (record.failure)
        log/* log */.Rm.warning(`The start was not marked: ${record.failure}`);
    const stopped = stoppedBy();
    const ended = stopped
        ? { code: null, signal: stopped, interrupted: stopped, spawnError: '' }
        : await runCommand(prepared.command, env);
    if (ended.spawnError)
        log/* log */.Rm.warning(`The command could not be started: ${ended.spawnError}`);
    const jobStatus = jobStatusOf(ended);
    let finished;
    if (record.state.size > 0) {
        const stateEnv = { ...env };
        for (const [name, value] of record.state)
            stateEnv[`STATE_${name}`] = value;
        const read = (name) => (name === 'job-status' ? jobStatus : prepared.read(name));
        const done = await stage('job-end', stateEnv, read, { outputs: new Map(), state: new Map() }, ciFacts).catch((error) => {
            log/* log */.Rm.warning(`The event could not be finished: ${(0,runtime_errors/* safeMessage */.N5)(error)}`);
            return undefined;
        });
        finished = done?.report;
    }
    const finishFailed = record.state.size > 0 &&
        (!finished || finished.outcome === 'failed' || finished.outcome === 'partial');
    const markerFailed = !marked || marked.failed || marked.report.outcome === 'failed' || finishFailed;
    const status = exitStatusOf(ended);
    io.stdout(`${JSON.stringify({
        ...jsonOutputs(record.outputs),
        ...(finished
            ? { 'event-data': (0,report/* outputsOf */.Yz)(finished)['event-data'], 'finish-outcome': finished.outcome }
            : {}),
        'job-status': jobStatus,
        'exit-status': status,
    })}\n`);
    if (status === 0 && markerFailed && prepared.failOnErrorGiven && (0,inputs/* readFailOnError */.Qq)(prepared.read)) {
        io.stderr('error: the command succeeded, but its marker could not be written (--fail-on-error).\n');
        return EXIT.failed;
    }
    return status;
}


/***/ })

};
