export const id = 41;
export const ids = [41,957];
export const modules = {

/***/ 6406:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _bundle_compile_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2037);
/* harmony import */ var _command_help_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7119);
/* harmony import */ var _command_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1852);
/* harmony import */ var _runtime_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2739);
/**
 * The `incident-timeline` command's entry (dist/cli.js, through the bundle's entry, src/index.ts):
 * the same pipeline as the action, run from
 * any CI or a terminal. It answers `--help` and `--version` without loading the pipeline, and
 * turns the compile cache on before the command's code is loaded.
 */




const argv = process.argv.slice(2);
let asked;
try {
    const { kind } = (0,_command_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandLine */ .Du)(argv);
    if (kind === 'help')
        asked = (0,_command_help_js__WEBPACK_IMPORTED_MODULE_1__/* .helpText */ .B)();
    else if (kind === 'version')
        asked = `${_runtime_version_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTION_VERSION */ .Y}\n`;
}
catch {
    // Bad usage: the command says why (exit status 2).
}
if (asked !== undefined) {
    process.stdout.write(asked);
}
else {
    (0,_bundle_compile_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .enableCompileCache */ .L)();
    const { commandMain } = await Promise.all(/* import() | command */[__webpack_require__.e(753), __webpack_require__.e(913), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 9879));
    process.exitCode = await commandMain(argv);
    // Whatever the deadline cut short (a request that never answered) must not hold the command open.
    setTimeout(() => process.exit(), 200).unref();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helpText)
/* harmony export */ });
/* harmony import */ var _runtime_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2739);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1852);


/**
 * What `--help` prints. Kept apart from the pipeline, so that the entry answers `--help` and
 * `--version` without loading it.
 */
function helpText() {
    const width = Math.max(...[..._options_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTIONS */ .lw.keys()].map((name) => name.length)) + 4;
    const options = [..._options_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTIONS */ .lw]
        .map(([name, about]) => `  --${name.padEnd(width - 2)}${about}`)
        .join('\n');
    return `incident-timeline ${_runtime_version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_VERSION */ .Y}: AWS Systems Manager Incident Manager timeline events from any CI

Usage:
  incident-timeline mark [options]                   write an event, as one run of the action
  incident-timeline exec [options] -- COMMAND [ARGS…] mark 'started', run COMMAND, then update the
                                                     event with succeeded, failed or cancelled and
                                                     {duration}; exits with COMMAND's status
  incident-timeline --help | --version

Options (the action's inputs, same names and checks; each also from INCIDENT_TIMELINE_<NAME>,
such as ${(0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .envName */ .pD)('response-plan')}; an option beats its variable; booleans as --dry-run or
--dry-run=true|false):
${options}

exec: a marker that cannot be written is a warning and never changes COMMAND's status, unless
--fail-on-error is given (then exit 1 after COMMAND, if COMMAND succeeded).

Output: the log on standard error; one JSON object on standard output with the action's outputs.
Exit status: 0 written, skipped or dry run (or a failure with --fail-on-error=false); 1 failure;
2 bad options. Credentials: the AWS SDK's default chain; --role-to-assume chains from it.
INCIDENT_TIMELINE_DEBUG=true adds debug lines to the log.
`;
}


/***/ }),

/***/ 1852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hr: () => (/* binding */ optionReader),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* unused harmony export BOOLEAN_OPTIONS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _parse_closest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9755);


/**
 * The command's options: the action's inputs, under the same names and checked by the same
 * `getInputs`, without those that only a GitHub job has (`job-status`, `job-instance`,
 * `finish-on-job-end`, `github-token`). A unit test keeps this list equal to action.yml's.
 */
const OPTIONS = new Map([
    ['incident-arn', 'incident record ARN(s), separated by commas or newlines; no search is made'],
    ['response-plan', "search: the incidents of a response plan (name or ARN), or '*' for any"],
    ['title-filter', 'search: incident title contains this text, or /regex/'],
    ['impact', 'search: highest impact included (1 to 5)'],
    ['created-within', 'search: incidents created within this duration (30m, 2h, 1d)'],
    ['select', 'which matches get the event: all, latest, oldest, single (default all)'],
    ['max-incidents', 'fail when more incidents than this would get the event (default 10)'],
    ['if-no-incident', 'when no incident matched: skip, warn, fail (default skip)'],
    ['event-data', 'the event text, with {placeholders}; default: a message from the facts'],
    ['status', 'the {status} placeholder (succeeded, failed, …)'],
    ['environment', 'the {environment} placeholder'],
    ['event-data-encoding', 'json-string (default) or raw'],
    ['event-type', "'Custom Event' (default) or Note"],
    ['event-time', 'the event time (ISO 8601 or epoch seconds); default now'],
    ['references', 'resource ARNs, related-item IDs or https links, one a line'],
    ['pipeline-arn', "a pipeline's ARN, referenced (default: CodePipeline's that started the build)"],
    ['link-commit', 'add the commit as a related item (default true)'],
    ['event-id', 'update this event instead of creating one (mark only)'],
    ['client-token', 'idempotency token (default: derived from the CI job, text and incident)'],
    ['dry-run', 'resolve and render, write nothing (default false)'],
    [
        'fail-on-error',
        'false: a failure exits 0 with outcome failed (mark default true; exec: see below)',
    ],
    ['aws-region', 'region(s) of the replication set, in order of preference (default AWS_REGION)'],
    ['role-to-assume', 'an IAM role ARN, assumed with the default credentials'],
    ['role-session-name', 'session name for role-to-assume'],
    ['audience', 'OIDC audience for role-to-assume inside GitHub Actions'],
    ['endpoint-url', 'service endpoint override (a VPC endpoint, or the local emulator)'],
    ['max-attempts', 'attempts per AWS call (1 to 20, default 5)'],
    ['sha', 'the deployed commit (default: detected from the CI, else git)'],
]);
/** The options that are booleans: `--dry-run` alone means `--dry-run=true`. */
const BOOLEAN_OPTIONS = new Set(['link-commit', 'dry-run', 'fail-on-error']);
/** `INCIDENT_TIMELINE_<NAME>`: upper case, hyphens as underscores. */
function envName(option) {
    return `INCIDENT_TIMELINE_${option.toUpperCase().replace(/-/g, '_')}`;
}
/** Bad usage: exit status 2, before anything is run or sent. */
class UsageError extends Error {
    name = 'UsageError';
}
function unknownOption(raw) {
    const name = raw.replace(/^-+/, '').replace(/_/g, '-');
    const near = (0,_parse_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(name, OPTIONS.keys());
    const hint = near ? ` Did you mean --${near}?` : '';
    return new UsageError(`unknown option ${raw}.${hint} The options are the action's inputs (incident-timeline --help lists them).`);
}
/** `--dry-run` alone as `--dry-run=true`, so that every option can be parsed as a string. */
function expandBooleans(args) {
    return args.map((arg) => arg.startsWith('--') && BOOLEAN_OPTIONS.has(arg.slice(2)) ? `${arg}=true` : arg);
}
/**
 * The command line, parsed with Node's `util.parseArgs` (strict). Every option is a string, and
 * its value is checked later by the action's own `getInputs`, so errors read as the action's.
 */
function parseCommandLine(argv) {
    const [first, ...rest] = argv;
    if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
        return { kind: 'help' };
    }
    if (first === '--version' || first === '-v')
        return { kind: 'version' };
    if (first !== 'mark' && first !== 'exec') {
        const near = first.startsWith('-') ? undefined : (0,_parse_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(first, ['mark', 'exec']);
        throw new UsageError(`unknown command ${JSON.stringify(first)}${near ? ` (did you mean ${near}?)` : ''}; use mark or exec (incident-timeline --help).`);
    }
    const split = rest.indexOf('--');
    const optionArgs = expandBooleans(split === -1 ? rest : rest.slice(0, split));
    const command = split === -1 ? [] : rest.slice(split + 1);
    if (optionArgs.includes('--help') || optionArgs.includes('-h'))
        return { kind: 'help' };
    const options = Object.fromEntries([...OPTIONS.keys()].map((name) => [name, { type: 'string' }]));
    // A first, lenient pass finds unknown names, to name the closest known one.
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: optionArgs, options, strict: false, tokens: true });
    for (const token of tokens) {
        if (token.kind === 'option' && !OPTIONS.has(token.name))
            throw unknownOption(token.rawName);
    }
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: optionArgs,
            options,
            strict: true,
            allowPositionals: true,
        }));
    }
    catch (error) {
        throw new UsageError(`${error.message.split('\n')[0]} (incident-timeline --help).`);
    }
    if (positionals.length > 0) {
        throw new UsageError(first === 'exec'
            ? `exec runs the command after --: put ${JSON.stringify(positionals[0])} after it (incident-timeline exec [options] -- COMMAND [ARGS…]).`
            : `mark takes no arguments, only options; ${JSON.stringify(positionals[0])} is not one.`);
    }
    if (first === 'exec' && command.length === 0) {
        throw new UsageError('exec needs a command after --: incident-timeline exec [options] -- COMMAND [ARGS…].');
    }
    if (first === 'mark' && split !== -1) {
        throw new UsageError('mark runs no command; use exec [options] -- COMMAND to run one.');
    }
    const given = new Map();
    for (const [name, value] of Object.entries(values))
        if (value !== undefined)
            given.set(name, value);
    return { kind: first, given, command };
}
/**
 * One input's raw text: the option, else its INCIDENT_TIMELINE_<NAME> variable, else ''. Names
 * that are not options (job-status, github-token, …) read ''.
 */
function optionReader(given, env) {
    return (name) => {
        if (!OPTIONS.has(name))
            return '';
        // Trimmed, as the runner's `core.getInput` gives an input.
        return (given.get(name) ?? env[envName(name)] ?? '').trim();
    };
}


/***/ }),

/***/ 9755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g9: () => (/* binding */ closestNames),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The names nearest a mistyped one: the response plans a search names (find/response-plan-check),
 * the command's options and subcommands (command/options). Lists of a few dozen short names.
 */
/** Edit distance, case-insensitive: how far a mistyped name is from each existing one. */
function editDistance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[y.length];
}
/** The existing names closest to `name`, nearest first (at most `count`). */
function closestNames(name, names, count = 3) {
    return [...new Set(names)]
        .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, count)
        .map((entry) => entry.candidate);
}
/** The known name closest to `name`, or undefined when none is close (more than a third differs). */
function closest(name, known) {
    const [best] = closestNames(name, known, 1);
    if (best === undefined)
        return undefined;
    return editDistance(name, best) <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 2739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ACTION_VERSION),
/* harmony export */   p: () => (/* binding */ ACTION_NAME)
/* harmony export */ });
/** Sent in the user agent; a unit test keeps it equal to package.json's version. */
const ACTION_NAME = 'incident-timeline-action';
const ACTION_VERSION = '1.0.0';


/***/ })

};
