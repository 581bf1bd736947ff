import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/action/request-summary.ts
/** Beyond this many rows the table is cut, with a line saying how many were left out. */
const MAX_ROWS = 50;
// Characters that format, hide or reorder text: controls (Cc), format characters (Cf: zero-width
// characters, bidirectional overrides and isolates, the byte order mark) and the line and
// paragraph separators. Shown as their code point.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/**
 * One table cell of outside text: invisible characters shown as `U+XXXX`, then every ASCII
 * punctuation character backslash-escaped, which leaves no Markdown or HTML syntax (`<`, `&`,
 * `|`, `[`, `@`, `:` and `.` of an autolink), and no line break.
 */
function escapeCell(text) {
    return text
        .replace(INVISIBLE, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
        .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
/** The emulator's URL as code, which no renderer turns into a link; on one line, unbroken. */
function inlineCode(text) {
    return `\`${text.replace(/[`|]/g, '').replace(INVISIBLE, '')}\``;
}
/** How a request was answered, in words: the status and error, or what happened instead. */
function answerOf(request) {
    const fault = request.fault ? ` (fault: ${request.fault})` : '';
    if (request.status === null)
        return 'no answer yet';
    if (request.status === 0)
        return `connection dropped${fault}`;
    return `${request.status}${request.errorType ? ` ${request.errorType}` : ''}${fault}`;
}
function requestSummary(url, answer) {
    const counts = new Map();
    for (const request of answer.requests) {
        const row = { operation: request.operation, answer: answerOf(request) };
        const key = JSON.stringify(row);
        const seen = counts.get(key);
        if (seen)
            seen.count += 1;
        else
            counts.set(key, { ...row, count: 1 });
    }
    const total = answer.requests.length;
    const dropped = answer.log?.dropped ?? 0;
    const lines = [
        '### Incident Manager emulator',
        '',
        `${inlineCode(url)} received ${total === 0 ? 'no' : total} API request${total === 1 ? '' : 's'}${dropped > 0
            ? `, and ${dropped} older one${dropped === 1 ? '' : 's'} no longer in its log`
            : ''}.`,
    ];
    if (counts.size > 0) {
        lines.push('', '| Operation | Answer | Requests |', '| --- | --- | ---: |');
        for (const row of [...counts.values()].slice(0, MAX_ROWS))
            lines.push(`| ${escapeCell(row.operation)} | ${escapeCell(row.answer)} | ${row.count} |`);
        if (counts.size > MAX_ROWS)
            lines.push('', `${counts.size - MAX_ROWS} more rows are not shown.`);
    }
    return `${lines.join('\n')}\n`;
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
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown);
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

;// CONCATENATED MODULE: ./src/action/post.ts
/**
 * The post step of emulator/action.yml (`post-if: always()`): the requests the emulator received
 * go to the job summary and its log to the step's log, then it is stopped with SIGTERM, on which
 * it writes its state file and exits. Nothing here fails the job: a problem is a warning. Without
 * a saved pid (the main step failed before starting it) the step says nothing.
 */






const REQUEST_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 5_000;
/** The end of the emulator's log that is printed: one line per request. */
const LOG_LINES = 200;
function message(e) {
    return e instanceof Error ? e.message : String(e);
}
async function requestLog(url) {
    // The control API answers loopback hosts, which the URL the emulator printed names.
    const response = await fetch(`${url}/_emulator/requests`, {
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok)
        throw new Error(`answered ${response.status}`);
    const answer = (await response.json());
    if (!Array.isArray(answer?.requests))
        throw new Error('answered without a list of requests');
    return answer;
}
/**
 * Whether `pid` still runs the emulator. Where /proc tells (Linux), a process that has exited but
 * was not reaped (a zombie) counts as gone, and a pid reused by another program is not signalled.
 */
function emulatorRuns(pid, emulator) {
    const proc = `/proc/${pid}`;
    if ((0,external_node_fs_namespaceObject.existsSync)('/proc/self/stat')) {
        try {
            const stat = (0,external_node_fs_namespaceObject.readFileSync)(`${proc}/stat`, 'utf8');
            // `pid (command) state …`: the command may hold any character, so read after its last `)`.
            if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z'))
                return false;
            return (0,external_node_fs_namespaceObject.readFileSync)(`${proc}/cmdline`, 'utf8').split('\0').includes(emulator);
        }
        catch {
            return false;
        }
    }
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
async function stopEmulator(pid, emulator) {
    if (!emulatorRuns(pid, emulator)) {
        warning(`The emulator (pid ${pid}) had already stopped`);
        return;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (Date.now() < deadline) {
        if (!emulatorRuns(pid, emulator)) {
            info(`Stopped the emulator (pid ${pid}).`);
            return;
        }
        await (0,promises_namespaceObject.setTimeout)(50);
    }
    process.kill(pid, 'SIGKILL');
    warning(`The emulator (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM and was killed; its state file may miss the last writes`);
}
/** The job's variables as they were before the main step, for the post steps that come after. */
function restoreVariables() {
    const saved = savedState(STATE.restore);
    if (!saved)
        return;
    const restored = restoredVariables(JSON.parse(saved));
    for (const [name, value] of Object.entries(restored))
        exportVariable(name, value);
    const names = Object.keys(restored);
    if (names.length > 0)
        info(`Restored for the rest of the job: ${names.join(', ')}.`);
}
async function run() {
    const pidText = savedState(STATE.pid);
    if (!pidText)
        return;
    try {
        restoreVariables();
    }
    catch (e) {
        warning(`Could not restore the job's AWS variables: ${message(e)}`);
    }
    const pid = Number(pidText);
    const url = savedState(STATE.url);
    const log = savedState(STATE.log);
    const emulator = savedState(STATE.emulator);
    try {
        appendSummary(requestSummary(url, await requestLog(url)));
    }
    catch (e) {
        warning(`Could not read the emulator's request log at ${url}: ${message(e)}`);
    }
    try {
        await stopEmulator(pid, emulator);
    }
    catch (e) {
        warning(`Could not stop the emulator (pid ${pid}): ${message(e)}`);
    }
    try {
        if (log && (0,external_node_fs_namespaceObject.existsSync)(log)) {
            const lines = (0,external_node_fs_namespaceObject.readFileSync)(log, 'utf8').split('\n');
            const shown = lines.slice(-LOG_LINES - 1).join('\n');
            const cut = lines.length > LOG_LINES + 1 ? `, its last ${LOG_LINES} lines` : '';
            printVerbatim(`The emulator's log${cut} (${log})`, shown);
        }
    }
    catch (e) {
        warning(`Could not read the emulator's log ${log}: ${message(e)}`);
    }
}
run().catch((e) => warning(`The emulator's post step: ${message(e)}`));

