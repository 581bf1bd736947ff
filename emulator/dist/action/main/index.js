import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The inputs of emulator/action.yml, read and checked before anything starts. A bad one fails the
 * step with a message that names it and says what is accepted.
 */


class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, detail) {
        super(`Input '${input}': ${detail}`);
        this.input = input;
    }
}
/** The flags the action sets from its inputs, by the input that sets them. */
const FLAGS_OF_INPUTS = new Map([
    ['--port', 'port'],
    ['--seed', 'seed'],
    ['--state', 'state'],
    ['--account-id', 'account-id'],
]);
/** An input as the runner passes it: `INPUT_<NAME>`, upper case, hyphens kept. */
function readInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A path given in the workflow, relative to the workspace (where `run:` steps start too). */
function workspacePath(path, env = process.env) {
    return (0,external_node_path_namespaceObject.isAbsolute)(path) ? path : (0,external_node_path_namespaceObject.resolve)(env.GITHUB_WORKSPACE || process.cwd(), path);
}
function parseSeed(value, env = process.env) {
    if (!value)
        return { kind: 'none' };
    if (value.startsWith('{')) {
        try {
            JSON.parse(value);
        }
        catch (cause) {
            throw new InputError('seed', `an inline seed document must be JSON: ${cause.message}`);
        }
        return { kind: 'inline', document: value };
    }
    const path = workspacePath(value, env);
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        throw new InputError('seed', `no file at ${path}. Give the path of a seed JSON file (relative to the workspace), or a seed document inline (JSON that begins with '{').`);
    if (!(0,external_node_fs_namespaceObject.statSync)(path).isFile())
        throw new InputError('seed', `${path} is not a file`);
    return { kind: 'file', path };
}
function parsePort(value) {
    if (!value)
        return 0;
    const port = Number(value);
    if (!/^\d+$/.test(value) || port > 65535)
        throw new InputError('port', `'${value}' must be a port number from 0 to 65535 (0: a free one)`);
    return port;
}
function parseStatePath(value, env = process.env) {
    if (!value)
        return '';
    const path = workspacePath(value, env);
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.dirname)(path)))
        throw new InputError('state', `the directory of ${path} does not exist`);
    if ((0,external_node_fs_namespaceObject.existsSync)(path) && !(0,external_node_fs_namespaceObject.statSync)(path).isFile())
        throw new InputError('state', `${path} is not a file`);
    return path;
}
function parseAccountId(value) {
    if (value && !/^\d{12}$/.test(value))
        throw new InputError('account-id', `'${value}' must be an AWS account ID of 12 digits`);
    return value;
}
/** Flags separated by white space or newlines, taken as they are (no shell quoting). */
function parseArgs(value) {
    const args = value.split(/\s+/).filter(Boolean);
    for (const arg of args) {
        const flag = arg.split('=')[0] ?? arg;
        const input = FLAGS_OF_INPUTS.get(flag);
        if (input)
            throw new InputError('args', `${flag} is set by the input '${input}'`);
        if (flag === '--help')
            throw new InputError('args', '--help would not start the emulator');
    }
    return args;
}
/** `true` or `false`, as YAML 1.2's core schema writes them (the runner passes any case). */
function parseBoolean(input, value) {
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    throw new InputError(input, `'${value}' must be true or false`);
}
function readInputs(env = process.env) {
    return {
        seed: parseSeed(readInput('seed', env), env),
        port: parsePort(readInput('port', env)),
        state: parseStatePath(readInput('state', env), env),
        accountId: parseAccountId(readInput('account-id', env)),
        args: parseArgs(readInput('args', env)),
        emulateSts: parseBoolean('emulate-sts', readInput('emulate-sts', env) || 'true'),
    };
}

;// CONCATENATED MODULE: ./src/action/job-environment.ts
/**
 * What emulator/action.yml sets for the rest of the job, and how its post step puts it back.
 * Pure functions of the environment, so each rule is tested on its own.
 */
/** Fake keys: without a key pair of its own the emulator accepts any signature. */
const TEST_CREDENTIALS = {
    AWS_ACCESS_KEY_ID: 'emulator',
    AWS_SECRET_ACCESS_KEY: 'emulator',
};
/**
 * The address a step of the job reaches the emulator at. A wildcard bind (`--host 0.0.0.0`, for
 * other containers) is no address to connect to, and its Host header is not a loopback one, which
 * the control API refuses (the post step reads the request log there): the same port on the
 * loopback address of that family serves the job's own steps.
 */
function reachableUrl(url) {
    const parsed = new URL(url);
    if (parsed.hostname === '0.0.0.0')
        parsed.hostname = '127.0.0.1';
    else if (parsed.hostname === '[::]')
        parsed.hostname = '[::1]';
    else
        return url;
    // URL adds a `/` path; the emulator printed none, and the SDKs append theirs.
    return parsed.origin;
}
/**
 * The variables later steps get: the service endpoints of Incident Manager and, unless
 * `emulateSts` is off, STS (the SDKs, the AWS CLI from v2.13 and incident-timeline-action read
 * them; other services keep their real endpoints), fake keys in place of any others so that no
 * real credential is sent to the emulator, and a region.
 */
function jobEnvironment(url, emulateSts, env = process.env) {
    const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
    return {
        AWS_ENDPOINT_URL_SSM_INCIDENTS: url,
        ...(emulateSts ? { AWS_ENDPOINT_URL_STS: url } : {}),
        ...TEST_CREDENTIALS,
        // Keys from an earlier step (configure-aws-credentials) may have come with a session token.
        ...(env.AWS_SESSION_TOKEN ? { AWS_SESSION_TOKEN: '' } : {}),
        // The JavaScript SDK reads AWS_REGION, boto3 AWS_DEFAULT_REGION, the AWS CLI either.
        ...(env.AWS_REGION ? {} : { AWS_REGION: region }),
        ...(env.AWS_DEFAULT_REGION ? {} : { AWS_DEFAULT_REGION: region }),
    };
}
function recordSetVariables(environment, env = process.env) {
    return Object.fromEntries(Object.entries(environment).map(([name, set]) => [name, { set, before: env[name] ?? null }]));
}
/**
 * What the post step writes back, for the post steps that run after it (those of the actions
 * that ran before this one): each variable to its value before the main step, '' for one that
 * was unset (a step cannot unset a variable of the job; the SDKs and the AWS CLI take an empty
 * endpoint variable for an unset one). A variable that a later step changed again is left as that
 * step set it.
 */
function restoredVariables(saved, env = process.env) {
    const restored = {};
    for (const [name, { set, before }] of Object.entries(saved)) {
        if (env[name] === set)
            restored[name] = before ?? '';
    }
    return restored;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/action/launch.ts
/**
 * Starts the emulator in the background for the rest of the job. The runner ends a step when its
 * process has exited and every pipe it gave the step is closed, so the emulator holds none of
 * them: it runs detached (a process group of its own, not tied to the step's process), its
 * standard output and error go to files, and the step polls the first file for the URL line.
 */




class EmulatorStartError extends Error {
    log;
    name = 'EmulatorStartError';
    constructor(message, 
    /** What the emulator wrote to standard error, to show with the message. */
    log) {
        super(message);
        this.log = log;
    }
}
const POLL_MS = 50;
async function launchEmulator({ emulator, args, dir, timeoutMs, }) {
    const stdoutPath = (0,external_node_path_namespaceObject.join)(dir, 'stdout.txt');
    const logPath = (0,external_node_path_namespaceObject.join)(dir, 'emulator.log');
    const stdout = (0,external_node_fs_namespaceObject.openSync)(stdoutPath, 'w');
    const log = (0,external_node_fs_namespaceObject.openSync)(logPath, 'w');
    let exit;
    let child;
    try {
        child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [emulator, ...args], {
            detached: true,
            stdio: ['ignore', stdout, log],
            windowsHide: true,
        });
    }
    finally {
        // The child has its own copies; this process keeps none open.
        (0,external_node_fs_namespaceObject.closeSync)(stdout);
        (0,external_node_fs_namespaceObject.closeSync)(log);
    }
    child.once('error', (error) => (exit = `could not be started: ${error.message}`));
    child.once('exit', (code, signal) => (exit = `exited (${signal ?? `code ${code}`})`));
    child.unref();
    const readLog = () => ((0,external_node_fs_namespaceObject.existsSync)(logPath) ? (0,external_node_fs_namespaceObject.readFileSync)(logPath, 'utf8') : '');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const printed = (0,external_node_fs_namespaceObject.readFileSync)(stdoutPath, 'utf8');
        const end = printed.indexOf('\n');
        if (end >= 0) {
            const url = printed.slice(0, end).trim();
            if (/^https?:\/\/\S+$/.test(url) && child.pid !== undefined)
                return { url, pid: child.pid, stdoutPath, logPath };
            stop(child.pid);
            throw new EmulatorStartError(`The emulator printed ${JSON.stringify(url.slice(0, 200))} instead of its URL`, readLog());
        }
        if (exit !== undefined)
            throw new EmulatorStartError(`The emulator ${exit} before it printed its URL`, readLog());
        if (Date.now() >= deadline) {
            stop(child.pid);
            throw new EmulatorStartError(`The emulator did not print its URL within ${timeoutMs / 1000} s; it was stopped`, readLog());
        }
        await (0,promises_namespaceObject.setTimeout)(POLL_MS);
    }
}
function stop(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}

;// CONCATENATED MODULE: ./src/action/saved-state.ts
/** The names under which the main step saves, for the post step, what it needs to stop the emulator. */
const STATE = {
    pid: 'emulator-pid',
    url: 'emulator-url',
    /** The emulator's standard error: one line per request. */
    log: 'emulator-log',
    /** The bundle that was started, to tell that the pid is still the emulator's. */
    emulator: 'emulator-path',
    /** The variables the main step set for the job, with their values before it (job-environment.ts). */
    restore: 'emulator-restore',
};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * What a JavaScript action says to GitHub's runner, without @actions/core, so that the emulator's
 * action stays free of dependencies: the GITHUB_ENV, GITHUB_OUTPUT and GITHUB_STATE files, the
 * saved state the post step gets as STATE_<name>, the job summary, and workflow commands.
 */


/** Every line break the runner may honour: it reads a step's log line by line. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;
/**
 * Appends `name<<delimiter`, the value, `delimiter` to one of the runner's files: the form in
 * which no value (a newline in it, a `=`) can set another variable. The delimiter is random, as
 * @actions/core makes it, and checked against the value.
 */
function appendVariable(fileVariable, name, value) {
    const file = process.env[fileVariable];
    if (!file)
        throw new Error(`${fileVariable} is not set: run this as a step of a GitHub job`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`the value of ${name} holds its own delimiter`);
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
/** A variable for the steps after this one (GITHUB_ENV). */
function exportVariable(name, value) {
    appendVariable('GITHUB_ENV', name, value);
}
function setOutput(name, value) {
    appendVariable('GITHUB_OUTPUT', name, value);
}
/** Saved for this action's post step, which reads it with `savedState`. */
function saveState(name, value) {
    appendVariable('GITHUB_STATE', name, value);
}
/** What the main step saved, as the runner hands it to the post step; '' when nothing was. */
function savedState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('GITHUB_STEP_SUMMARY is not set');
    appendFileSync(file, markdown);
}
/** A workflow command's message, escaped as the runner unescapes it (one line, `%` kept). */
function commandData(message) {
    return message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function warning(message) {
    process.stdout.write(`::warning::${commandData(message)}\n`);
}
function error(message) {
    process.stdout.write(`::error::${commandData(message)}\n`);
}
function info(message) {
    process.stdout.write(`${message}\n`);
}
/**
 * Text that came from elsewhere (the emulator's log, which quotes request paths and seed files),
 * shown in a collapsed group and never run as a workflow command: the runner ignores commands
 * between `::stop-commands::<token>` and `::<token>::`, and the token is random so the text
 * cannot end the pause itself.
 */
function printVerbatim(title, text) {
    const token = `emulator-${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    process.stdout.write(`::group::${commandData(title)}\n::stop-commands::${token}\n`);
    const body = text.replace(LINE_BREAK, '\n');
    process.stdout.write(body.endsWith('\n') || body === '' ? body : `${body}\n`);
    process.stdout.write(`::${token}::\n::endgroup::\n`);
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The main step of emulator/action.yml: starts the emulator for the rest of the job and points
 * every later step at it through the environment.
 */









/**
 * The bundled emulator, found from this bundle: emulator/dist/action/main/index.js →
 * emulator/dist/index.js. (Not `new URL(…, import.meta.url)`, which webpack takes for an asset.)
 */
const EMULATOR = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), '..', '..', 'index.js');
const START_TIMEOUT_MS = 15_000;
function emulatorArgs(inputs, dir) {
    const args = ['--port', String(inputs.port)];
    if (inputs.seed.kind === 'file')
        args.push('--seed', inputs.seed.path);
    if (inputs.seed.kind === 'inline') {
        const file = (0,external_node_path_namespaceObject.join)(dir, 'seed.json');
        (0,external_node_fs_namespaceObject.writeFileSync)(file, inputs.seed.document);
        args.push('--seed', file);
    }
    if (inputs.state)
        args.push('--state', inputs.state);
    if (inputs.accountId)
        args.push('--account-id', inputs.accountId);
    return [...args, ...inputs.args];
}
async function run() {
    const inputs = readInputs();
    if (!(0,external_node_fs_namespaceObject.existsSync)(EMULATOR))
        throw new Error(`The emulator's bundle is missing: ${EMULATOR} (run npm run package)`);
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'incident-emulator-'));
    const emulator = await launchEmulator({
        emulator: EMULATOR,
        args: emulatorArgs(inputs, dir),
        dir,
        timeoutMs: START_TIMEOUT_MS,
    });
    // Saved first: whatever fails after this, the post step still stops the emulator.
    const url = reachableUrl(emulator.url);
    saveState(STATE.pid, String(emulator.pid));
    saveState(STATE.url, url);
    saveState(STATE.log, emulator.logPath);
    saveState(STATE.emulator, EMULATOR);
    const environment = jobEnvironment(url, inputs.emulateSts);
    // Before the variables are set, so that the post step can put back what they were.
    saveState(STATE.restore, JSON.stringify(recordSetVariables(environment)));
    for (const [name, value] of Object.entries(environment))
        exportVariable(name, value);
    setOutput('endpoint-url', url);
    const bound = url === emulator.url ? '' : `, bound to ${emulator.url}`;
    info(`Incident Manager emulator listening on ${url}${bound} (pid ${emulator.pid}).`);
    info(`Set for the rest of the job: ${Object.keys(environment).join(', ')}.`);
}
run().catch((e) => {
    error(e instanceof Error ? e.message : String(e));
    if (e instanceof EmulatorStartError)
        printVerbatim("The emulator's log", e.log || '(empty)');
    process.exitCode = 1;
});

