export const id = 69;
export const ids = [69];
export const modules = {

/***/ 9069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finish: () => (/* binding */ finish)
});

// EXTERNAL MODULE: ../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2327);
;// CONCATENATED MODULE: ./action/concurrency.js
/**
 * Targets written at once. Incident Manager's per-account request quotas are not published; ten
 * is the default `max-incidents`, so a default run writes every target in one round, and each
 * target makes at most four calls one after another. The SDK's adaptive retry mode slows every
 * call of the client as soon as the service throttles one. INCIDENT_TIMELINE_PARALLEL_TARGETS
 * lowers it (1 writes one target after another), for accounts that share a tight quota.
 */
const MAX_PARALLEL_TARGETS = 10;
function parallelTargets(env = process.env) {
    const n = Number(env.INCIDENT_TIMELINE_PARALLEL_TARGETS);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PARALLEL_TARGETS) : MAX_PARALLEL_TARGETS;
}
/**
 * Runs `work` on every item with at most `limit` in flight and resolves the results in the order
 * of the items. `onDone` is called in item order too, as soon as an item and all before it are
 * done, so that what it prints reads in order while later items still run. `work` must not throw.
 */
async function mapInOrder(items, limit, work, onDone = () => undefined) {
    const results = new Array(items.length);
    const done = new Array(items.length).fill(false);
    let next = 0;
    let reported = 0;
    const report = () => {
        while (reported < items.length && done[reported]) {
            onDone(results[reported], reported);
            reported += 1;
        }
    };
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
            done[index] = true;
            report();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./action/errors.js
/**
 * A problem with what the user wrote in the workflow. Raised before any AWS call, and reported
 * as-is: the message already names the input and what it accepts.
 */
class errors_InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./action/deadline.js
function fromEnv(name, fallback, env) {
    const raw = env[name];
    const n = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) && n > 0 ? n : fallback;
}
function timeLimits(env = process.env) {
    return {
        connectMs: fromEnv('INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS', 5_000, env),
        attemptMs: fromEnv('INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS', 15_000, env),
        deadlineMs: fromEnv('INCIDENT_TIMELINE_DEADLINE_MS', 120_000, env),
    };
}
/** Raised when the run's deadline passes; the message says what was being waited for. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** The run's one deadline: a signal for the SDK and `fetch`, and a race for anything else. */
class Deadline {
    ms;
    signal;
    endsAt;
    constructor(ms) {
        this.ms = ms;
        this.endsAt = Date.now() + ms;
        // AbortSignal.timeout's timer does not keep the process alive.
        this.signal = AbortSignal.timeout(ms);
    }
    get expired() {
        return this.signal.aborted;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - Date.now());
    }
    /** A signal that fires at the deadline or after `ms`, whichever comes first. */
    within(ms) {
        return AbortSignal.any([this.signal, AbortSignal.timeout(Math.max(1, Math.floor(ms)))]);
    }
    /** Describes the limit for messages: `the run's time limit of 120 s (INCIDENT_TIMELINE_DEADLINE_MS)`. */
    describe() {
        return `the run's time limit of ${formatSeconds(this.ms)} (INCIDENT_TIMELINE_DEADLINE_MS)`;
    }
    /**
     * Settles with `promise`, or rejects with a DeadlineError when the deadline passes first. For
     * waits that take no signal (a credential provider, `@actions/core`'s OIDC request): what they
     * leave running is ended with the process, which exits when the run is over.
     */
    race(promise, what) {
        if (this.signal.aborted)
            return Promise.reject(this.error(what));
        let onAbort = () => undefined;
        const aborted = new Promise((_, reject) => {
            onAbort = () => reject(this.error(what));
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
        return Promise.race([promise, aborted]).finally(() => this.signal.removeEventListener('abort', onAbort));
    }
    error(what) {
        return new DeadlineError(`${what} did not finish within ${this.describe()}.`);
    }
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./action/log.js

/**
 * The runner reads a step's output line by line (a line ends at \n, \r or \r\n) and runs a line
 * as a workflow command when, after leading white space, it starts with `::`, or when it holds
 * `##[` anywhere (the older command form, still parsed). Text that came from outside (AWS answers
 * and errors, incident titles, commit messages, dispatch inputs) must never do either.
 */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;
// \s and NEL: what .NET's TrimStart() removes before the runner looks for `::`.
const COMMAND_START = /^([\s\u0085\u180e]*):(?=:)/;
const OLD_COMMAND = /##\[/g;
/** Outside text as one inert line: line breaks shown as `\n`, and no command can form in it. */
function log_inert(text) {
    return guardLine(text.replace(LINE_BREAK, (brk) => (brk === '\r\n' ? '\\r\\n' : brk === '\r' ? '\\r' : '\\n')));
}
/**
 * A zero-width word joiner (not white space to the runner) between the characters of `::` at the
 * start of a line and inside `##[`: the text reads the same, and no command is parsed.
 */
function guardLine(line) {
    return line.replace(COMMAND_START, '$1:\u2060').replace(OLD_COMMAND, '##\u2060[');
}
/** Every line of a message made safe, whatever was put into it. */
function guardLines(message) {
    return message
        .split(/(\r\n|[\n\r])/)
        .map((part, index) => (index % 2 === 1 ? part : guardLine(part)))
        .join('');
}
/**
 * The action's log. Plain lines go through `guardLines`; annotations and debug lines are workflow
 * commands whose data `@actions/core` escapes (line breaks become %0A), so nothing in them can
 * start a line. Annotations carry a title so they read well in the run's summary.
 */
const log = {
    info(message) {
        core/* info */.pq(guardLines(message));
    },
    debug(message) {
        core/* debug */.Yz(message);
    },
    warning(message, title = 'Incident timeline') {
        core/* warning */.$e(message, { title });
    },
    notice(message, title = 'Incident timeline') {
        core/* notice */.lm(message, { title });
    },
    /** A titled, collapsible block of lines: one per incident, printed whole so targets never interleave. */
    group(title, lines) {
        core/* startGroup */.Oh(log_inert(title));
        for (const line of lines)
            core/* info */.pq(guardLines(line));
        core/* endGroup */.N4();
    },
};

;// CONCATENATED MODULE: ./action/aws/call-error.js



function fields(error) {
    return error !== null && typeof error === 'object' ? error : {};
}
const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);
const BAD_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'ExpiredTokenException',
    'ExpiredToken',
    'IncompleteSignatureException',
    'MissingAuthenticationTokenException',
]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED']);
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * One failed AWS call, attributed where it was made: the service, operation and resource travel
 * with the error, so a message can never name the wrong call or the wrong IAM action. `message`
 * says what to fix; every piece of outside text in it (the service's own message, IDs) is inert.
 */
class call_error_AwsCallError extends Error {
    context;
    cause;
    name = 'AwsCallError';
    /** The AWS error name (`ConflictException`, …), or '' for a failure that never got an answer. */
    awsName;
    constructor(context, cause) {
        super(explain(context, cause));
        this.context = context;
        this.cause = cause;
        this.awsName = context.deadlineExpired ? '' : (fields(cause).name ?? '');
    }
    get operation() {
        return this.context.operation;
    }
    get isAccessDenied() {
        return ACCESS_DENIED.has(this.awsName);
    }
    get isNotFound() {
        return this.awsName === 'ResourceNotFoundException';
    }
    get isConflict() {
        return this.awsName === 'ConflictException';
    }
    /** The `resourceIdentifier`/`resourceType` members of the answer, as given (untrusted). */
    get named() {
        const { resourceIdentifier, resourceType } = fields(this.cause);
        return {
            ...(typeof resourceIdentifier === 'string' ? { identifier: resourceIdentifier } : {}),
            ...(typeof resourceType === 'string' ? { type: resourceType } : {}),
        };
    }
}
function isAwsCallError(error) {
    return error instanceof call_error_AwsCallError;
}
function explain(context, error) {
    const { service, operation, resource } = context;
    const e = fields(error);
    const name = e.name ?? 'Error';
    const detail = log_inert((e.message ?? errorMessage(error)).replace(/\s+$/, ''));
    const request = e.$metadata?.requestId ? ` (request ID ${log_inert(e.$metadata.requestId)})` : '';
    const attempts = e.$metadata?.attempts ?? 1;
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    const what = `${operation} on ${log_inert(resource)}`;
    if (context.deadlineExpired || error instanceof DeadlineError) {
        return `${what} did not finish within the run's time limit of ${formatSeconds(context.deadlineMs)} (INCIDENT_TIMELINE_DEADLINE_MS); the service did not answer in time.`;
    }
    if (ACCESS_DENIED.has(name)) {
        return `${operation} was denied${request}: ${detail}. Allow the IAM action ${service}:${operation} on ${log_inert(resource)} for the credentials this step uses.`;
    }
    if (BAD_CREDENTIALS.has(name)) {
        return `AWS rejected the credentials for ${operation} (${name}: ${detail})${request}. Configure them with aws-actions/configure-aws-credentials, or set role-to-assume.`;
    }
    if (name === 'CredentialsProviderError') {
        return `No AWS credentials were found for ${operation} (${detail}). Configure them with aws-actions/configure-aws-credentials, or set role-to-assume (with permissions: id-token: write).`;
    }
    if (name === 'ResourceNotFoundException') {
        return `${operation}: ${log_inert(resource)} was not found${request}: ${detail}. Check the ARN or event ID, the account of the credentials, and aws-region.`;
    }
    if (name === 'ValidationException') {
        return `${operation} was rejected as invalid${request}: ${detail}`;
    }
    if (name === 'ThrottlingException' ||
        name === 'TooManyRequestsException' ||
        name === 'Throttling') {
        return `${operation} was still throttled after ${tries}${request}: ${detail}. Raise max-attempts, or space out parallel jobs.`;
    }
    // Before the timeout: the SDK names a dropped connection (ECONNRESET, EPIPE) a TimeoutError too.
    if (e.code && DROPPED.has(e.code)) {
        return `${what} failed after ${tries}: the connection was ${e.code === 'ECONNREFUSED' ? 'refused' : 'dropped'} (${e.code}). Check the endpoint, proxy and network.`;
    }
    if (name === 'TimeoutError' || e.code === 'ETIMEDOUT') {
        return `${what} got no complete answer within ${formatSeconds(context.attemptMs)} in each of ${tries} (INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS).`;
    }
    if (e.code && UNREACHABLE.has(e.code)) {
        return `${what} failed after ${tries}: the endpoint could not be reached (${e.code}: ${detail}). Check aws-region, endpoint-url and the network.`;
    }
    if (name === 'AbortError') {
        return `${what} was cancelled: ${detail}.`;
    }
    return `${what} failed after ${tries}: ${log_inert(name)}: ${detail}${request}`;
}

;// CONCATENATED MODULE: ./action/parse/arn.js

/** The service model's pattern for any ARN it accepts, with its 1,000-character limit. */
const ANY_ARN = /^arn:aws(-cn|-us-gov)?:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12})?:.+$/;
const MAX_ARN_LENGTH = 1000;
const INCIDENT_ARN = /^arn:(aws(?:-cn|-us-gov)?):ssm-incidents::(\d{12}):incident-record\/([A-Za-z0-9_-]{1,200})\/([A-Za-z0-9_-]{1,128})$/;
const RESPONSE_PLAN_ARN = /^arn:(aws(?:-cn|-us-gov)?):ssm-incidents::(\d{12}):response-plan\/([A-Za-z0-9_-]{1,200})$/;
const RESPONSE_PLAN_NAME = /^[A-Za-z0-9_-]{1,200}$/;
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
function isArn(value) {
    return value.length <= MAX_ARN_LENGTH && ANY_ARN.test(value);
}
/** Splits an incident record ARN; undefined when the text is not one. */
function matchIncidentArn(value) {
    const m = INCIDENT_ARN.exec(value);
    if (!m)
        return undefined;
    const [, partition, accountId, responsePlan, id] = m;
    return { arn: value, partition, accountId, responsePlan, id };
}
function parseIncidentArn(input, value) {
    const v = value.trim();
    const parsed = matchIncidentArn(v);
    if (parsed)
        return parsed;
    let why = 'it is not an ARN';
    if (RESPONSE_PLAN_ARN.test(v))
        why = 'that is a response plan ARN, not an incident record ARN';
    else if (/^arn:[^:]*:ssm-incidents:[^:]+:/.test(v))
        why = 'incident record ARNs have an empty region field (ssm-incidents::<account>)';
    else if (/^arn:[^:]*:ssm-incidents:/.test(v))
        why = 'it is not an incident record ARN';
    else if (/^arn:[^:]*:[^:]+:/.test(v))
        why = `it is an ARN of service '${v.split(':')[2]}', not ssm-incidents`;
    throw new errors_InputError(input, `'${v}' is not accepted (${why}); use an incident record ARN such as arn:aws:ssm-incidents::111122223333:incident-record/<response-plan>/<id>.`);
}
function parseResponsePlan(input, value) {
    const v = value.trim();
    const arn = RESPONSE_PLAN_ARN.exec(v);
    if (arn)
        return { name: arn[3], accountId: arn[2] };
    if (RESPONSE_PLAN_NAME.test(v))
        return { name: v };
    throw new errors_InputError(input, `'${v}' is not accepted; use a response plan name (letters, digits, - and _) or a response plan ARN such as arn:aws:ssm-incidents::111122223333:response-plan/<name>.`);
}
function parseAnyArn(input, value) {
    const v = value.trim();
    if (!isArn(v)) {
        throw new errors_InputError(input, `'${v}' is not accepted; use an ARN such as arn:aws:codepipeline:us-east-1:111122223333:my-pipeline.`);
    }
    return v;
}
function parseRoleArn(input, value) {
    const v = value.trim();
    if (!ROLE_ARN.test(v)) {
        throw new errors_InputError(input, `'${v}' is not accepted; use an IAM role ARN such as arn:aws:iam::111122223333:role/deploy-markers.`);
    }
    return v;
}
function responsePlanMatches(plan, incident) {
    return (plan.name === incident.responsePlan &&
        (plan.accountId === undefined || plan.accountId === incident.accountId));
}

;// CONCATENATED MODULE: ./action/parse/list.js
/** Splits a multi-value input on newlines and commas, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
/** Keeps the first occurrence of each item, in order. */
function unique(items, key = String) {
    const seen = new Set();
    return items.filter((item) => {
        const k = key(item);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./action/parse/references.js



const RELATED_ITEM_ID = /^related-item\/(ANALYSIS|INCIDENT|METRIC|PARENT|ATTACHMENT|OTHER|AUTOMATION|INVOLVED_RESOURCE|TASK)\/[0-9A-F]{32}$/;
const references_MAX_EVENT_REFERENCES = 10;
function referenceKey(reference) {
    return 'resource' in reference
        ? `resource:${reference.resource}`
        : `related:${reference.relatedItemId}`;
}
function fromText(input, item) {
    if (RELATED_ITEM_ID.test(item))
        return { relatedItemId: item };
    if (isArn(item))
        return { resource: item };
    throw new errors_InputError(input, `'${item}' is not accepted; each reference is an ARN (a resource) or a related item ID of the form related-item/<TYPE>/<32 upper-case hex digits>.`);
}
function fromObject(input, item, index) {
    if (typeof item === 'string')
        return fromText(input, item.trim());
    const where = `item ${index + 1}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new errors_InputError(input, `${where} must be a string or an object with 'resource' or 'relatedItemId'.`);
    }
    const keys = Object.keys(item);
    const unknown = keys.filter((k) => k !== 'resource' && k !== 'relatedItemId');
    if (unknown.length > 0) {
        throw new errors_InputError(input, `${where} has unknown key(s) ${unknown.join(', ')}; use 'resource' or 'relatedItemId'.`);
    }
    if (keys.length !== 1) {
        throw new errors_InputError(input, `${where} must set exactly one of 'resource' (an ARN) or 'relatedItemId', not ${keys.length === 0 ? 'neither' : 'both'}.`);
    }
    const value = item[keys[0]];
    if (typeof value !== 'string')
        throw new errors_InputError(input, `${where}: '${keys[0]}' must be a string.`);
    const parsed = fromText(input, value.trim());
    if (keys[0] === 'resource' && !('resource' in parsed)) {
        throw new errors_InputError(input, `${where}: 'resource' must be an ARN, not '${value}'.`);
    }
    if (keys[0] === 'relatedItemId' && !('relatedItemId' in parsed)) {
        throw new errors_InputError(input, `${where}: 'relatedItemId' must have the form related-item/<TYPE>/<32 upper-case hex digits>, not '${value}'.`);
    }
    return parsed;
}
/**
 * Parses `references`: a newline- or comma-separated list of ARNs and related item IDs, or a JSON
 * array whose items are such strings or `{ "resource": … }` / `{ "relatedItemId": … }` objects.
 */
function parseReferences(input, value) {
    const v = value.trim();
    if (v === '')
        return [];
    if (v.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(v);
        }
        catch (error) {
            throw new errors_InputError(input, `looks like a JSON array but does not parse: ${error.message}.`);
        }
        if (!Array.isArray(parsed))
            throw new errors_InputError(input, 'must be a JSON array.');
        return parsed.map((item, index) => fromObject(input, item, index));
    }
    return splitList(v).map((item) => fromText(input, item));
}

;// CONCATENATED MODULE: ./action/commit-link.js




function commitItem(facts) {
    const title = `Commit ${facts.shortSha} of ${facts.repository}`.slice(0, 200);
    return { title, identifier: { type: 'OTHER', value: { url: facts.commitUrl } } };
}
/** The ID of the related item with this URL, when the answer gives a well-formed one. */
function idOfUrl(items, url) {
    const id = items.find((item) => item.identifier?.value?.url === url)?.generatedId;
    return id && RELATED_ITEM_ID.test(id) ? id : undefined;
}
/** Related items are a nicety: a failure to read or write them is a warning, never the run's failure. */
function unavailable(error, incidentArn) {
    const denied = error instanceof call_error_AwsCallError && error.isAccessDenied;
    const why = error instanceof call_error_AwsCallError ? error.message : log_inert(errorMessage(error));
    const advice = denied
        ? ' link-commit needs ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems; or set link-commit: false.'
        : '';
    return {
        kind: 'unavailable',
        warning: `link-commit: could not link the commit to ${log_inert(incidentArn)}; the event is written without it. ${why}${advice}`,
    };
}
/**
 * Reads whether the commit is already a related item of the incident (one call). Run beside the
 * other reads of a target, so that the common case, a commit already linked, costs no extra
 * round trip. `signal` is link-commit's own budget, so that it can never starve the write.
 */
async function readCommitLink(api, incidentArn, facts, signal) {
    try {
        const id = idOfUrl(await api.listRelatedItems(incidentArn, { signal }), facts.commitUrl);
        return id ? { kind: 'linked', relatedItemId: id } : { kind: 'absent' };
    }
    catch (error) {
        if (error instanceof call_error_AwsCallError && error.isNotFound)
            throw error;
        return unavailable(error, incidentArn);
    }
}
/**
 * Adds the commit as a related item and reads back the ID the service gave it (UpdateRelatedItems
 * does not return it). A ConflictException means a parallel job added the same URL: theirs is used.
 */
async function addCommitLink(api, incidentArn, facts, clientToken, signal) {
    try {
        try {
            await api.addRelatedItem(incidentArn, commitItem(facts), clientToken, { signal });
        }
        catch (error) {
            if (!(error instanceof call_error_AwsCallError && error.isConflict))
                throw error;
        }
        const id = idOfUrl(await api.listRelatedItems(incidentArn, { signal }), facts.commitUrl);
        if (id)
            return { kind: 'linked', relatedItemId: id };
        return {
            kind: 'unavailable',
            warning: `link-commit: the commit was added to ${log_inert(incidentArn)} but the service gave it no ID to reference; the event is written without it.`,
        };
    }
    catch (error) {
        if (error instanceof call_error_AwsCallError && error.isNotFound)
            throw error;
        return unavailable(error, incidentArn);
    }
}

;// CONCATENATED MODULE: ./action/parse/duration.js

const UNIT_MS = new Map([
    ['s', 1_000],
    ['m', 60_000],
    ['h', 3_600_000],
    ['d', 86_400_000],
    ['w', 604_800_000],
]);
/** Incident Manager keeps no incident older than this matters to a deployment marker. */
const MAX_DURATION_MS = 3650 * 86_400_000;
/**
 * Parses `90m`, `24h`, `7d`, `1h30m`, `2w` into milliseconds, at most 3650 days. A bare number is
 * refused on purpose: `created-within: 30` could mean minutes or days, and guessing would widen or
 * narrow a search.
 */
function parseDuration(input, value) {
    const v = value.trim().toLowerCase();
    if (!/^(\d{1,12}(\.\d{1,6})?[smhdw])+$/.test(v)) {
        throw new errors_InputError(input, `'${value}' is not a duration; use a number with a unit s, m, h, d or w, e.g. 90m, 24h, 7d or 1h30m.`);
    }
    let total = 0;
    for (const [, amount, unit] of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
        total += Number(amount) * (UNIT_MS.get(unit) ?? Number.NaN);
    }
    if (!(total > 0))
        throw new errors_InputError(input, `'${value}' must be longer than zero.`);
    if (total > MAX_DURATION_MS) {
        throw new errors_InputError(input, `'${value}' is too long; at most 3650d (about ten years) is accepted.`);
    }
    return total;
}

;// CONCATENATED MODULE: ./action/parse/scalars.js

const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(input, value) {
    const v = value.trim();
    if (TRUE_VALUES.has(v))
        return true;
    if (FALSE_VALUES.has(v))
        return false;
    throw new errors_InputError(input, `'${value}' is not a boolean; use true or false.`);
}
function parseInteger(input, value, min, max) {
    const v = value.trim();
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new errors_InputError(input, `'${value}' is not accepted; use a whole number from ${min} to ${max}.`);
    }
    return Number(v);
}
function parseChoice(input, value, choices) {
    const v = value.trim();
    const match = choices.find((choice) => choice.toLowerCase() === v.toLowerCase());
    if (match === undefined) {
        throw new errors_InputError(input, `'${value}' is not accepted; use one of: ${choices.join(', ')}.`);
    }
    return match;
}

;// CONCATENATED MODULE: ./action/parse/time.js

// Date.parse accepts many loose formats (e.g. "March 7"); a deploy marker must not land on a
// guessed date, so only ISO 8601 date-times with an explicit zone are taken.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
/** Date.parse rolls impossible days over (2026-02-30 becomes March 2) and does not read a bare `±hh` zone. */
function parseIso(match, text) {
    const [, year, month, day] = match.map(Number);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth)
        return Number.NaN;
    return Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
}
/**
 * Epoch numbers are taken as seconds from 2001-09-09 (1e9) to 2286 (1e10), and as milliseconds
 * over the same years (1e12 to 1e13). Anything else is not guessed at: `20260501` is a date
 * written without dashes, not a time in 1970.
 */
const SECONDS = { min: 1e9, max: 1e10 };
const MILLISECONDS = { min: 1e12, max: 1e13 };
const ACCEPTED = 'use ISO 8601 with a zone (2026-05-01T12:00:00Z), or epoch seconds (10 digits) or milliseconds (13 digits)';
/** Parses `event-time`: ISO 8601 with a zone, or epoch seconds (fractions allowed) or milliseconds. */
function parseTimestamp(input, value) {
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v)) {
        const n = Number(v);
        if (n >= SECONDS.min && n < SECONDS.max)
            return new Date(n * 1000);
        if (n >= MILLISECONDS.min && n < MILLISECONDS.max)
            return new Date(n);
        const looksLikeDate = /^\d{8}$/.test(v)
            ? ` (it looks like a date: write ${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T00:00:00Z)`
            : '';
        throw new errors_InputError(input, `'${value}' is neither epoch seconds nor milliseconds of a year from 2001 to 2286${looksLikeDate}; ${ACCEPTED}.`);
    }
    const iso = ISO_8601.exec(v);
    const ms = iso ? parseIso(iso, v) : Number.NaN;
    if (!Number.isFinite(ms) || ms <= 0) {
        throw new errors_InputError(input, `'${value}' is not a timestamp; ${ACCEPTED}.`);
    }
    return new Date(ms);
}

;// CONCATENATED MODULE: ./action/parse/title-filter.js

// u and v are accepted for the workflows written for JavaScript's engine; RE2 always matches by
// Unicode code point, so they change nothing.
const FLAGS = new Set(['i', 'm', 's', 'u', 'v']);
/** A case-insensitive substring, or a regular expression written `/pattern/flags` (flags i, m, s, u, v). */
function parseTitleFilter(input, value) {
    const v = value.trim();
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(v);
    if (!regex)
        return { kind: 'substring', text: v };
    const [, source, flags] = regex;
    const bad = [...flags].filter((flag) => !FLAGS.has(flag));
    if (bad.length > 0) {
        throw new errors_InputError(input, `flag(s) '${bad.join('')}' are not accepted; use i (ignore case), m (multi-line), s (dot matches newlines), u or v.`);
    }
    return { kind: 'regex', source, flags };
}
/**
 * The matcher of a title filter. A regular expression runs on RE2's linear-time engine (re2js):
 * JavaScript's own engine backtracks, so a pattern such as `/(a+)+$/` can take minutes on one
 * title, synchronously, where no deadline can stop it. RE2 has no backreferences or lookaround;
 * such a pattern is refused with the engine's reason. The engine is loaded only for a regex.
 */
async function compileTitleFilter(input, filter) {
    if (filter.kind === 'substring') {
        const needle = filter.text.toLowerCase();
        return (title) => title.toLowerCase().includes(needle);
    }
    const { RE2JS } = await __webpack_require__.e(/* import() */ 966).then(__webpack_require__.bind(__webpack_require__, 8966));
    let flags = 0;
    if (filter.flags.includes('i'))
        flags |= RE2JS.CASE_INSENSITIVE;
    if (filter.flags.includes('m'))
        flags |= RE2JS.MULTILINE;
    if (filter.flags.includes('s'))
        flags |= RE2JS.DOTALL;
    let pattern;
    try {
        pattern = RE2JS.compile(filter.source, flags);
    }
    catch (error) {
        throw new errors_InputError(input, `/${filter.source}/${filter.flags} is not accepted: ${error.message}. Patterns run on a linear-time engine (RE2 syntax): no backreferences or lookaround.`);
    }
    return (title) => pattern.test(title);
}

;// CONCATENATED MODULE: ./action/inputs.js








const SELECT_POLICIES = ['all', 'latest', 'oldest', 'single'];
const NO_INCIDENT_POLICIES = ['skip', 'fail'];
const ENCODINGS = ['json-string', 'raw'];
const EVENT_TYPES = ['Custom Event', 'Note'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** The model's event ID is a string of at most 50 characters; the service's are UUIDs. */
const inputs_EVENT_ID = /^[A-Za-z0-9-]{1,50}$/;
const MAX_CLIENT_TOKEN_LENGTH = 128;
const MAX_STATUS_LENGTH = 100;
/** GitHub's own limit on an environment's name. */
const MAX_ENVIRONMENT_LENGTH = 255;
/** `fail-on-error` is read first and alone, so that a bad value elsewhere is still softened. */
function readFailOnError(read) {
    return bool(read, 'fail-on-error', true);
}
function optional(raw, parse) {
    return raw.trim() === '' ? undefined : parse(raw);
}
function bool(read, name, fallback) {
    const raw = read(name);
    return raw.trim() === '' ? fallback : parseBoolean(name, raw);
}
function bounded(read, name, max) {
    const value = read(name).trim();
    if (value.length > max) {
        throw new errors_InputError(name, `is ${value.length} characters; at most ${max} are accepted.`);
    }
    return value;
}
function readRegion(read, env) {
    const raw = read('aws-region').trim();
    const region = raw || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
    if (!region) {
        throw new errors_InputError('aws-region', 'no AWS region: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it). Any region of the replication set serves.');
    }
    if (!REGION.test(region)) {
        throw new errors_InputError('aws-region', `'${region}'${raw ? '' : ' (from the environment)'} is not a region name; use one such as us-east-1.`);
    }
    return region;
}
function readEndpoint(raw) {
    const v = raw.trim();
    if (!v)
        return '';
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new errors_InputError('endpoint-url', `'${v}' is not a URL; use e.g. https://ssm-incidents.us-east-1.amazonaws.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_InputError('endpoint-url', `'${v}' must use http or https.`);
    }
    return v;
}
async function readTargeting(read) {
    const arns = unique(splitList(read('incident-arn')).map((v) => parseIncidentArn('incident-arn', v)), (a) => a.arn);
    const filters = {};
    const plan = optional(read('response-plan'), (v) => parseResponsePlan('response-plan', v));
    if (plan)
        filters.responsePlan = plan;
    const title = optional(read('title-filter'), (v) => parseTitleFilter('title-filter', v));
    if (title)
        filters.titleFilter = await compileTitleFilter('title-filter', title);
    const impact = optional(read('impact'), (v) => parseInteger('impact', v, 1, 5));
    if (impact !== undefined)
        filters.impact = impact;
    const within = optional(read('created-within'), (v) => parseDuration('created-within', v));
    if (within !== undefined)
        filters.createdWithinMs = within;
    const select = parseChoice('select', read('select') || 'all', SELECT_POLICIES);
    if (arns.length > 0) {
        const ignoredFilters = Object.keys(filters).map((key) => SEARCH_INPUT_NAMES.get(key) ?? key);
        return { kind: 'arns', arns, ignoredFilters };
    }
    return { kind: 'search', filters, select, unfiltered: Object.keys(filters).length === 0 };
}
const SEARCH_INPUT_NAMES = new Map([
    ['responsePlan', 'response-plan'],
    ['titleFilter', 'title-filter'],
    ['impact', 'impact'],
    ['createdWithinMs', 'created-within'],
]);
function readWriteMode(read, targeting) {
    const eventTime = optional(read('event-time'), (v) => parseTimestamp('event-time', v));
    const time = eventTime ? { eventTime } : {};
    const eventId = read('event-id').trim();
    if (!eventId) {
        const eventType = parseChoice('event-type', read('event-type') || 'Custom Event', EVENT_TYPES);
        return { kind: 'create', eventType, ...time };
    }
    if (!inputs_EVENT_ID.test(eventId)) {
        throw new errors_InputError('event-id', `'${eventId}' is not an event ID; use the event-id output of an earlier step (letters, digits and -, at most 50).`);
    }
    if (targeting.kind === 'arns' && targeting.arns.length > 1) {
        throw new errors_InputError('event-id', `updates one event of one incident, but incident-arn names ${targeting.arns.length} incidents.`);
    }
    return { kind: 'update', eventId, ...time };
}
function readRole(read) {
    const roleArn = optional(read('role-to-assume'), (v) => parseRoleArn('role-to-assume', v));
    const sessionName = read('role-session-name').trim();
    if (sessionName && !SESSION_NAME.test(sessionName)) {
        throw new errors_InputError('role-session-name', `'${sessionName}' is not accepted; use 2 to 64 letters, digits or +=,.@_- characters.`);
    }
    if (!roleArn)
        return undefined;
    return { roleArn, sessionName, audience: read('audience').trim() || 'sts.amazonaws.com' };
}
function optionalRole(role) {
    return role ? { role } : {};
}
/**
 * Reads and checks every input. Throws InputError naming the first bad one; calls nothing remote.
 * The modes (ARNs or a search, create or update) are decided here, once.
 */
async function getInputs(read, env = process.env) {
    const targeting = await readTargeting(read);
    const write = readWriteMode(read, targeting);
    const dryRun = bool(read, 'dry-run', false);
    const finishOnJobEnd = bool(read, 'finish-on-job-end', false);
    if (finishOnJobEnd && write.kind === 'update') {
        throw new errors_InputError('finish-on-job-end', 'updates the events this step creates, so it cannot be combined with event-id; remove one of them.');
    }
    if (finishOnJobEnd && dryRun) {
        throw new errors_InputError('finish-on-job-end', 'updates the events this step creates, and a dry run creates none; remove one of them.');
    }
    const clientToken = read('client-token').trim();
    if (clientToken.length > MAX_CLIENT_TOKEN_LENGTH) {
        throw new errors_InputError('client-token', `is ${clientToken.length} characters; at most ${MAX_CLIENT_TOKEN_LENGTH} are accepted.`);
    }
    return {
        targeting,
        write,
        dryRun,
        finishOnJobEnd,
        maxIncidents: parseInteger('max-incidents', read('max-incidents') || '10', 1, 100),
        ifNoIncident: parseChoice('if-no-incident', read('if-no-incident') || 'skip', NO_INCIDENT_POLICIES),
        eventDataTemplate: read('event-data'),
        status: bounded(read, 'status', MAX_STATUS_LENGTH),
        environment: bounded(read, 'environment', MAX_ENVIRONMENT_LENGTH),
        encoding: parseChoice('event-data-encoding', read('event-data-encoding') || 'json-string', ENCODINGS),
        references: parseReferences('references', read('references')),
        pipelineArn: optional(read('pipeline-arn'), (v) => parseAnyArn('pipeline-arn', v)) ?? '',
        linkCommit: bool(read, 'link-commit', true),
        clientToken,
        failOnError: readFailOnError(read),
        region: readRegion(read, env),
        ...optionalRole(readRole(read)),
        endpointUrl: readEndpoint(read('endpoint-url')),
        maxAttempts: parseInteger('max-attempts', read('max-attempts') || '5', 1, 20),
    };
}

;// CONCATENATED MODULE: ./action/earlier-try.js


/** How far back an earlier try of the same step may have written its event. */
const earlier_try_EARLIER_TRY_WINDOW_MS = (/* unused pure expression or super */ null && (24 * 3_600_000));
/** Candidates read before giving up: each costs a GetTimelineEvent, since summaries omit the data. */
const MAX_CANDIDATES = 100;
function isSame(event, wanted) {
    return event.eventType === wanted.eventType && event.eventData === wanted.eventData;
}
/**
 * The event an earlier try of this step wrote, after the service answered that the step's token
 * was already used (a retried step, a restarted runner, with a new event time or references).
 *
 * What the live service puts in the ConflictException's `resourceIdentifier` is not documented:
 * the earlier event, the token, or nothing. The identifier is used only when it has the form of an
 * event ID and reads back as an event of this type and text; otherwise, or on any failure of that
 * read, the timeline is searched: events of this type since `since`, newest first, compared by
 * type and text. Automatic events (`SSM Incident Record Update`) are never candidates.
 */
async function earlier_try_findEarlierTry(api, wanted, conflict) {
    const named = conflict.named;
    const candidate = named.identifier && EVENT_ID.test(named.identifier) && named.type !== 'INCIDENT_RECORD'
        ? named.identifier
        : undefined;
    if (candidate) {
        try {
            if (isSame(await api.getEvent(wanted.incidentArn, candidate), wanted))
                return candidate;
        }
        catch (error) {
            // The name was not an event of this incident after all (or could not be read): search.
            if (!(error instanceof AwsCallError))
                throw error;
        }
    }
    let seen = 0;
    for await (const page of api.eventPages(wanted.incidentArn, wanted.eventType, wanted.since)) {
        for (const summary of page) {
            if (seen++ >= MAX_CANDIDATES)
                return undefined;
            const id = summary.eventId;
            if (!id || id === candidate || !EVENT_ID.test(id) || summary.eventType !== wanted.eventType)
                continue;
            if (isSame(await api.getEvent(wanted.incidentArn, id), wanted))
                return id;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./action/event-references.js





/**
 * The references known before any call: inputs, the pipeline, the CodeBuild build, and the
 * incident itself for a Note (a Note shows on the incident's notes panel only when it references
 * the incident).
 */
function event_references_staticReferences(inputs, facts, incidentArn, isNote) {
    const refs = [...inputs.references];
    if (inputs.pipelineArn)
        refs.push({ resource: inputs.pipelineArn });
    if (facts.codeBuildArn && isArn(facts.codeBuildArn))
        refs.push({ resource: facts.codeBuildArn });
    if (isNote)
        refs.push({ resource: incidentArn });
    return unique(refs, referenceKey);
}
/** Where each reference came from, to say what to remove when there are too many. */
function origins(inputs, facts, isNote) {
    const parts = [`references: ${inputs.references.length}`];
    if (inputs.pipelineArn)
        parts.push('pipeline-arn: 1');
    if (facts.codeBuildArn)
        parts.push('CODEBUILD_BUILD_ARN: 1');
    if (isNote)
        parts.push('the incident itself for a Note: 1');
    if (inputs.linkCommit && facts.commitUrl)
        parts.push('link-commit: 1');
    return parts.join(', ');
}
/** Fails before any call when a new event's references cannot fit the service's limit of 10. */
function checkReferenceCount(inputs, facts, isNote) {
    // The incident a Note references is not known yet for a search; any ARN counts the same.
    const count = event_references_staticReferences(inputs, facts, '(the incident)', isNote).length +
        (inputs.linkCommit && facts.commitUrl ? 1 : 0);
    if (count > MAX_EVENT_REFERENCES) {
        throw new InputError('references', `the event would have ${count} references (${origins(inputs, facts, isNote)}); the service accepts at most ${MAX_EVENT_REFERENCES}. Remove some, or set link-commit: false.`);
    }
}
/**
 * The references an event already has, as far as they have the documented form: exactly one of a
 * resource ARN or a related item ID. Anything else in an answer is left out, never sent back.
 */
function wellFormed(references) {
    const out = [];
    for (const ref of references ?? []) {
        if (typeof ref.resource === 'string' && ref.relatedItemId === undefined && isArn(ref.resource))
            out.push({ resource: ref.resource });
        else if (typeof ref.relatedItemId === 'string' &&
            ref.resource === undefined &&
            RELATED_ITEM_ID.test(ref.relatedItemId))
            out.push({ relatedItemId: ref.relatedItemId });
    }
    return out;
}
/** A failure to merge an update's references, before anything was written. */
class TooManyReferencesError extends Error {
    name = 'TooManyReferencesError';
}
/**
 * An update's references: the event's own, then the new ones not already there. Returns undefined
 * when nothing is added, so that the update leaves the references alone. `pending` counts
 * references still to come (a commit not linked yet), so the limit is checked before any write.
 */
function mergeReferences(existing, added, eventId, pending = 0) {
    const merged = unique([...existing, ...added], referenceKey);
    const total = merged.length + pending;
    if (total > references_MAX_EVENT_REFERENCES) {
        throw new TooManyReferencesError(`event ${log_inert(eventId)} has ${existing.length} references and this update adds ${total - existing.length}, ${total} in all; the service accepts at most ${references_MAX_EVENT_REFERENCES}. Nothing was written. Remove some from references or pipeline-arn, or set link-commit: false.`);
    }
    return merged.length === existing.length ? undefined : merged;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./action/token.js


function digest(parts) {
    // JSON keeps the parts apart: ("a|b","c") and ("a","b|c") must not collide.
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/**
 * The idempotency token of one write. The same step of the same run attempt always derives the
 * same token for the same incident and text, so a retried step (or a restarted runner) can never
 * post twice; a re-run of the workflow is a new attempt and so a new event.
 */
function deriveClientToken(facts, incidentArn, operation, payload) {
    const hash = digest([
        facts.repository,
        facts.runId,
        facts.runAttempt,
        facts.job,
        facts.step,
        incidentArn,
        operation,
        ...payload,
    ]);
    return `ita-${hash}`;
}
/** A user-given token, kept distinct per incident when one step writes to several. */
function userClientToken(token, incidentArn, targetCount) {
    if (targetCount <= 1)
        return token;
    const suffix = `-${digest([incidentArn]).slice(0, 12)}`;
    return token.slice(0, MAX_CLIENT_TOKEN_LENGTH - suffix.length) + suffix;
}

;// CONCATENATED MODULE: ./action/event-writer.js







/** Share of the time left that link-commit may use, so that it can never starve the write. */
const LINK_COMMIT_SHARE = 0.5;
const WRITABLE_TYPES = new Set(['Custom Event', 'Note']);
function resultFor(target) {
    return {
        incidentArn: target.arn,
        title: target.title,
        eventId: '',
        action: 'failed',
        error: '',
        ...(target.impact !== undefined ? { impact: target.impact } : {}),
        ...(target.status ? { status: target.status } : {}),
        lines: [],
        warnings: [],
    };
}
function clientToken(ctx, incidentArn, operation, payload) {
    if (ctx.inputs.clientToken) {
        return userClientToken(ctx.inputs.clientToken, incidentArn, ctx.targetCount);
    }
    return deriveClientToken(ctx.facts, incidentArn, operation, payload);
}
/** The commit link of one target: read (beside the target's other reads), then added if absent. */
class CommitLink {
    ctx;
    incidentArn;
    signal;
    state;
    constructor(ctx, incidentArn) {
        this.ctx = ctx;
        this.incidentArn = incidentArn;
        this.signal = ctx.deadline.within(ctx.deadline.remainingMs() * LINK_COMMIT_SHARE);
        this.state =
            ctx.inputs.linkCommit && ctx.facts.commitUrl
                ? readCommitLink(ctx.api, incidentArn, ctx.facts, this.signal)
                : Promise.resolve(undefined);
        // Read beside another call: when that one fails first, this one's failure is not awaited,
        // and must not end the process as an unhandled rejection.
        this.state.catch(() => undefined);
    }
    /** What the read found, for counting references before anything is written. */
    peek() {
        return this.state;
    }
    /** The related item ID to reference, adding the commit first when it is absent. */
    async reference(result) {
        let state = await this.state;
        if (state?.kind === 'absent') {
            const token = deriveClientToken(this.ctx.facts, this.incidentArn, 'UpdateRelatedItems', [
                this.ctx.facts.commitUrl,
            ]);
            state = await addCommitLink(this.ctx.api, this.incidentArn, this.ctx.facts, token, this.signal);
            if (state.kind === 'linked')
                result.lines.push('Linked the commit as a related item.');
        }
        if (state?.kind === 'unavailable') {
            const budget = this.signal.aborted && !this.ctx.deadline.expired
                ? ' (link-commit may use half of the time left, so that the write keeps the rest)'
                : '';
            result.warnings.push(state.warning + budget);
            return undefined;
        }
        return state?.kind === 'linked' ? { relatedItemId: state.relatedItemId } : undefined;
    }
}
function fail(result, error) {
    const message = error instanceof call_error_AwsCallError || error instanceof TooManyReferencesError
        ? error.message
        : log_inert(errorMessage(error));
    return { ...result, action: 'failed', error: message };
}
/**
 * Creates the event on one incident: link the commit (read; add when absent), then write. Never
 * throws: a failure is this target's result. A token the service says was already used is an
 * earlier try of this step, whose event is found and reported instead of a second one.
 */
async function createOnTarget(ctx, target, mode) {
    const result = resultFor(target);
    try {
        const commit = new CommitLink(ctx, target.arn);
        const references = staticReferences(ctx.inputs, ctx.facts, target.arn, mode.eventType === 'Note');
        const commitRef = await commit.reference(result);
        if (commitRef)
            references.push(commitRef);
        const eventTime = mode.eventTime ?? ctx.now;
        const event = {
            incidentRecordArn: target.arn,
            eventData: ctx.eventData,
            eventType: mode.eventType,
            eventTime,
            ...(references.length > 0 ? { eventReferences: references } : {}),
            clientToken: clientToken(ctx, target.arn, 'CreateTimelineEvent', [
                mode.eventType,
                ctx.eventData,
            ]),
        };
        try {
            const eventId = await ctx.api.createEvent(event);
            return { ...result, action: 'created', eventId };
        }
        catch (error) {
            if (!(error instanceof AwsCallError && error.isConflict))
                throw error;
            // The earlier try wrote with its own event time: now (a default time) or another given one.
            const since = new Date(Math.min(ctx.now.getTime(), eventTime.getTime()) - EARLIER_TRY_WINDOW_MS);
            const eventId = await findEarlierTry(ctx.api, { incidentArn: target.arn, eventType: mode.eventType, eventData: ctx.eventData, since }, error);
            if (!eventId)
                throw error;
            result.lines.push(`This step already posted event ${inert(eventId)} in an earlier try; not posting it again.`);
            return { ...result, action: 'created', eventId, reused: true };
        }
    }
    catch (error) {
        return fail(result, error);
    }
}
/**
 * Updates an event in place, changing only what it is asked to change: the text, the time when
 * given, and new references merged into the event's own (UpdateTimelineEvent replaces them all).
 * The type is never sent, so a Note stays a Note. The event is read first (beside the commit
 * link's read), and the reference count checked, before anything is written.
 */
async function updateOnTarget(ctx, target, options) {
    const result = resultFor(target);
    const { eventId } = options;
    try {
        const commit = options.addReferences ? new CommitLink(ctx, target.arn) : undefined;
        const event = await ctx.api.getEvent(target.arn, eventId);
        const eventType = event.eventType ?? '';
        if (!WRITABLE_TYPES.has(eventType)) {
            throw new Error(`event ${log_inert(eventId)} is an automatic event of type '${log_inert(eventType)}'; only Custom Event and Note events can be updated.`);
        }
        const existing = wellFormed(event.eventReferences);
        let eventReferences;
        if (commit) {
            const added = event_references_staticReferences(ctx.inputs, ctx.facts, target.arn, eventType === 'Note');
            // Count with the commit before adding it, so that too many references write nothing; a
            // commit not linked yet is a new item, so it cannot be among the event's references.
            const found = await commit.peek();
            const linked = found?.kind === 'linked' ? [{ relatedItemId: found.relatedItemId }] : [];
            mergeReferences(existing, [...added, ...linked], eventId, found?.kind === 'absent' ? 1 : 0);
            const commitRef = await commit.reference(result);
            eventReferences = mergeReferences(existing, commitRef ? [...added, commitRef] : added, eventId);
        }
        await ctx.api.updateEvent({
            incidentRecordArn: target.arn,
            eventId,
            eventData: ctx.eventData,
            ...(options.eventTime ? { eventTime: options.eventTime } : {}),
            ...(eventReferences ? { eventReferences } : {}),
            clientToken: clientToken(ctx, target.arn, `UpdateTimelineEvent${options.tokenScope}`, [
                eventId,
                ctx.eventData,
            ]),
        });
        return { ...result, action: 'updated', eventId };
    }
    catch (error) {
        // The same update from an earlier try with other references: done if the text is there.
        if (error instanceof call_error_AwsCallError &&
            error.isConflict &&
            error.operation === 'UpdateTimelineEvent') {
            try {
                const event = await ctx.api.getEvent(target.arn, eventId);
                if (event.eventData === ctx.eventData) {
                    result.lines.push(`An earlier try of this step already updated event ${log_inert(eventId)}.`);
                    return { ...result, action: 'updated', eventId };
                }
            }
            catch {
                // Report the conflict itself.
            }
        }
        return { ...fail(result, error), eventId };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./action/facts.js

function readPayload(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        // A missing or unreadable payload only costs the environment and dispatch inputs.
        return {};
    }
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}
/** GitHub's deployment states, in the words of the `status` input (a Map: own entries only). */
const DEPLOYMENT_STATES = new Map([
    ['success', 'succeeded'],
    ['failure', 'failed'],
    ['error', 'failed'],
    ['in_progress', 'started'],
    ['queued', 'queued'],
    ['pending', 'pending'],
    ['inactive', 'inactive'],
]);
function facts_text(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function collectFacts(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const deployment = asRecord(payload.deployment);
    const sha = facts_text(deployment.sha) || env.GITHUB_SHA || '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    const dispatchInputs = new Map(Object.entries(asRecord(payload.inputs)).map(([key, value]) => [key, facts_text(value)]));
    // On pull requests GITHUB_REF_NAME is "<number>/merge"; the branch is what people recognise.
    const refName = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '';
    return {
        serverUrl,
        repository,
        sha,
        shortSha: sha.slice(0, 7),
        ref: env.GITHUB_REF ?? '',
        refName,
        actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        step: env.GITHUB_ACTION ?? '',
        runId,
        runAttempt,
        runUrl: repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`
            : '',
        commitUrl: repository && sha ? `${serverUrl}/${repository}/commit/${sha}` : '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        eventEnvironment: facts_text(deployment.environment) || dispatchInputs.get('environment') || '',
        eventStatus: DEPLOYMENT_STATES.get(facts_text(asRecord(payload.deployment_status).state)) ?? '',
        dispatchInputs,
        codeBuildArn: env.CODEBUILD_BUILD_ARN ?? '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runnerName: env.RUNNER_NAME ?? '',
    };
}

;// CONCATENATED MODULE: ./action/parse/template.js

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}|[{}]/g;
/** The names a template accepts, for the error messages and the README. */
function placeholderList(fields) {
    return [...fields.keys()].map((k) => `{${k}}`).join(' ');
}
/**
 * Replaces `{name}` and `{inputs.NAME}` placeholders; `{{` and `}}` write literal braces. Values
 * are inserted as data and never re-scanned, so a commit message containing `{sha}` stays as is.
 */
function renderTemplate(input, template, values) {
    return template.replace(TOKEN, (token, name, offset) => {
        if (token === '{{')
            return '{';
        if (token === '}}' || token === '}')
            return '}';
        if (name === undefined) {
            throw new errors_InputError(input, `unclosed '{' at character ${offset + 1}; write {{ and }} for literal braces.`);
        }
        const key = name.trim();
        if (key.startsWith('inputs.')) {
            const value = values.inputs.get(key.slice('inputs.'.length));
            if (value !== undefined)
                return value;
            const known = [...values.inputs.keys()];
            throw new errors_InputError(input, `unknown placeholder {${key}}: ${known.length === 0
                ? 'this run has no workflow_dispatch inputs'
                : `the workflow_dispatch inputs are ${known.join(', ')}`}.`);
        }
        const value = values.fields.get(key);
        if (value !== undefined)
            return value;
        throw new errors_InputError(input, `unknown placeholder {${key}}; known: ${placeholderList(values.fields)} {inputs.NAME}. Write {{ and }} for literal braces.`);
    });
}

;// CONCATENATED MODULE: ./action/render.js


/** The service's limit on `eventData`, in characters as it counts them (UTF-16 code units). */
const MAX_EVENT_DATA = 12_000;
/** Status words and their headlines; a Map, so `constructor` is just another word. */
const HEADLINES = new Map([
    ['started', 'Deployment started'],
    ['succeeded', 'Deployment succeeded'],
    ['success', 'Deployment succeeded'],
    ['failed', 'Deployment failed'],
    ['failure', 'Deployment failed'],
    ['rolled-back', 'Deployment rolled back'],
    ['cancelled', 'Deployment cancelled'],
    ['canceled', 'Deployment cancelled'],
    ['finished', 'Deployment finished'],
]);
/** `4m12s`, `1h02m05s`, `0s`. */
function formatDuration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h}h${String(m).padStart(2, '0')}m${String(s).padStart(2, '0')}s`;
    if (m > 0)
        return `${m}m${String(s).padStart(2, '0')}s`;
    return `${s}s`;
}
/** The values of the `{name}` placeholders. */
function placeholderFields(facts, context) {
    return new Map([
        ['sha', facts.sha],
        ['short_sha', facts.shortSha],
        ['ref', facts.ref],
        ['ref_name', facts.refName],
        ['repository', facts.repository],
        ['actor', facts.actor],
        ['workflow', facts.workflow],
        ['job', facts.job],
        ['run_id', facts.runId],
        ['run_attempt', facts.runAttempt],
        ['run_url', facts.runUrl],
        ['commit_url', facts.commitUrl],
        ['event_name', facts.eventName],
        ['environment', context.environment],
        ['status', context.status],
        ['server_url', facts.serverUrl],
        ['duration', formatDuration(context.durationMs ?? 0)],
    ]);
}
/** The dispatch input that is the whole message of a manual annotation, if any. */
function dispatchMessage(facts) {
    if (facts.eventName !== 'workflow_dispatch')
        return undefined;
    for (const name of ['message', 'note']) {
        const text = facts.dispatchInputs.get(name)?.trim();
        if (text)
            return { name, text };
    }
    return undefined;
}
/** `Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run <url>` */
function defaultMessage(facts, context) {
    const { status, environment, durationMs } = context;
    const word = status.toLowerCase();
    const headline = status ? (HEADLINES.get(word) ?? `Deployment ${status}`) : 'Deployment';
    const what = [
        facts.repository || 'unknown repository',
        facts.shortSha && `@${facts.shortSha}`,
    ].join('');
    const parts = [`${headline}: ${what}`];
    if (facts.refName)
        parts.push(` (${facts.refName})`);
    if (environment)
        parts.push(`${word === 'rolled-back' ? ' in' : ' to'} ${environment}`);
    if (facts.actor)
        parts.push(` by ${facts.actor}`);
    if (durationMs !== undefined)
        parts.push(` in ${formatDuration(durationMs)}`);
    if (facts.runUrl)
        parts.push(`, run ${facts.runUrl}`);
    return parts.join('');
}
function environmentOf(inputs, facts) {
    return inputs.environment || facts.eventEnvironment;
}
/** The `status` input, else the state of a `deployment_status` event. */
function statusOf(inputs, facts) {
    return inputs.status || facts.eventStatus;
}
function renderEventText(inputs, facts, context) {
    if (inputs.eventDataTemplate.trim() !== '') {
        const text = renderTemplate('event-data', inputs.eventDataTemplate, {
            fields: placeholderFields(facts, context),
            inputs: facts.dispatchInputs,
        });
        return { text, source: 'event-data' };
    }
    // A manual annotation: the dispatcher's own words are the event (a later update keeps them).
    const manual = dispatchMessage(facts);
    if (manual)
        return { text: manual.text, source: `the workflow_dispatch input '${manual.name}'` };
    return { text: defaultMessage(facts, context), source: 'the default message' };
}
/** Encodes the text for the wire and refuses, never cuts, what the service would refuse. */
function encodeEventData({ text, source }, encoding) {
    if (text.trim() === '') {
        throw new errors_InputError('event-data', `the event text (${source}) is empty${text ? ' or only white space' : ''}; give some text, or leave event-data unset for the default message.`);
    }
    const data = encoding === 'json-string' ? JSON.stringify(text) : text;
    if (data.length > MAX_EVENT_DATA) {
        const over = data.length - MAX_EVENT_DATA;
        throw new errors_InputError('event-data', `the event text (${source}) is ${data.length.toLocaleString('en-US')} characters${encoding === 'json-string' ? ' after json-string encoding' : ''}, ${over.toLocaleString('en-US')} over the service's limit of ${MAX_EVENT_DATA.toLocaleString('en-US')}. Shorten it; nothing was cut or sent.`);
    }
    return data;
}

;// CONCATENATED MODULE: ./action/markdown.js
const markdown_LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;
/**
 * Escapes untrusted text (titles, commit messages, dispatch inputs, error messages) for one line
 * of GitHub Markdown: HTML is neutralised, every Markdown punctuation character is
 * backslash-escaped (so no link, image, emphasis, heading or mention forms), and table pipes and
 * every kind of line break (a lone \r included, which would end a table row) are made safe.
 */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~@:]/g, '\\$&')
        .replace(markdown_LINE_BREAK, '<br>');
}
/** An ARN or ID as inline code: readable, on one line, and inert whatever it contains. */
function inlineCode(value) {
    if (!value)
        return '–';
    const text = value.replace(/`/g, "'").replace(/\|/g, '\\|').replace(markdown_LINE_BREAK, ' ');
    return `\`${text}\``;
}
/** A fenced code block whose fence is longer than any backtick run in the text, so it cannot be closed early. */
function codeBlock(text) {
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}text\n${text}\n${fence}`;
}

;// CONCATENATED MODULE: ./action/report.js

function emptyReport() {
    return { outcome: 'failed', eventText: '', eventType: '', results: [], message: '', notes: [] };
}
function outcomeOf(results, dryRun) {
    if (results.length === 0)
        return 'skipped';
    if (dryRun)
        return 'dry-run';
    const failed = results.filter((r) => r.action === 'failed').length;
    if (failed === results.length)
        return 'failed';
    if (failed > 0)
        return 'partial';
    return results.every((r) => r.action === 'updated') ? 'updated' : 'created';
}
function written(result) {
    return Boolean(result.eventId) && (result.action === 'created' || result.action === 'updated');
}
/**
 * The step outputs, as named in action.yml. `event-id` and `incident-arn` are a pair from the
 * same target (the first one written), so that they can be passed on to an update together.
 */
function outputsOf(report) {
    const writes = report.results.filter(written);
    const first = writes[0];
    return {
        'event-id': first?.eventId ?? '',
        'incident-arn': first?.incidentArn ?? report.results[0]?.incidentArn ?? '',
        'event-ids': JSON.stringify(writes.map((r) => r.eventId)),
        'incident-arns': JSON.stringify(report.results.map((r) => r.incidentArn)),
        'event-data': report.eventText,
        skipped: String(report.outcome === 'skipped' || report.outcome === 'dry-run'),
        outcome: report.outcome,
        results: JSON.stringify(report.results.map(({ incidentArn, title, eventId, action, error }) => ({
            incidentArn,
            title,
            eventId,
            action,
            error,
        }))),
    };
}
const HEADINGS = new Map([
    ['created', 'Timeline event posted'],
    ['updated', 'Timeline event updated'],
    ['dry-run', 'Timeline event: dry run, nothing written'],
    ['skipped', 'Timeline event skipped: no open incident matched'],
    ['partial', 'Timeline event posted to some incidents only'],
    ['failed', 'Timeline event failed'],
]);
const ACTION_LABELS = new Map([
    ['created', 'created'],
    ['updated', 'updated'],
    ['dry-run', 'would write'],
    ['failed', 'failed'],
]);
function cell(value) {
    return value === undefined || value === '' ? '–' : escapeMarkdown(String(value));
}
/**
 * The job summary as Markdown. Every piece of text that came from outside (titles, ARNs and IDs
 * in answers, the event text, error messages) is escaped or fenced, so it shows as written and
 * cannot inject links, images, mentions, HTML or table rows.
 */
function summaryMarkdown(report, heading = HEADINGS.get(report.outcome)) {
    const lines = [`## ${heading ?? ''}`, ''];
    if (report.message)
        lines.push(escapeMarkdown(report.message), '');
    for (const note of report.notes)
        lines.push(`> ${escapeMarkdown(note)}`, '');
    if (report.results.length > 0) {
        lines.push('| Incident | Impact | Status | Action | Event ID |', '| --- | --- | --- | --- | --- |');
        for (const r of report.results) {
            const incident = r.title
                ? `${cell(r.title)}<br><sub>${inlineCode(r.incidentArn)}</sub>`
                : inlineCode(r.incidentArn);
            const action = cell((ACTION_LABELS.get(r.action) ?? r.action) + (r.reused ? ' (by an earlier try)' : ''));
            lines.push(`| ${incident} | ${cell(r.impact)} | ${cell(r.status)} | ${action} | ${inlineCode(r.eventId)} |`);
        }
        lines.push('');
        for (const r of report.results.filter((x) => x.error)) {
            lines.push(`- **${cell(r.title || r.incidentArn)}**: ${escapeMarkdown(r.error)}`);
        }
        if (report.results.some((r) => r.error))
            lines.push('');
    }
    if (report.eventText) {
        lines.push(`**${escapeMarkdown(report.eventType)}**`, '', codeBlock(report.eventText), '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/SSMIncidentsClient.js + 15 modules
var SSMIncidentsClient = __webpack_require__(4615);
// EXTERNAL MODULE: ../node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 11 modules
var node_http_handler = __webpack_require__(18);
;// CONCATENATED MODULE: ./action/version.js
/** Sent in the user agent; a unit test keeps it equal to package.json's version. */
const ACTION_NAME = 'incident-timeline-action';
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./action/aws/proxy.js
/**
 * The agents that route the SDK through `HTTPS_PROXY`/`HTTP_PROXY`, honouring `NO_PROXY`. The SDK
 * ignores these variables by itself, which breaks self-hosted runners behind a proxy. The proxy
 * libraries are only loaded when a proxy applies to the endpoint.
 */
async function proxyAgentFor(endpoint) {
    const env = process.env;
    const anyProxy = env.HTTPS_PROXY ||
        env.https_proxy ||
        env.HTTP_PROXY ||
        env.http_proxy ||
        env.ALL_PROXY ||
        env.all_proxy;
    if (!anyProxy)
        return {};
    const { getProxyForUrl } = await __webpack_require__.e(/* import() */ 468).then(__webpack_require__.bind(__webpack_require__, 468));
    const proxy = getProxyForUrl(endpoint);
    if (!proxy)
        return {};
    if (endpoint.startsWith('https:')) {
        const { HttpsProxyAgent } = await Promise.all(/* import() */[__webpack_require__.e(318), __webpack_require__.e(852)]).then(__webpack_require__.bind(__webpack_require__, 5852));
        return { httpsAgent: new HttpsProxyAgent(proxy), proxy };
    }
    const { HttpProxyAgent } = await Promise.all(/* import() */[__webpack_require__.e(318), __webpack_require__.e(329)]).then(__webpack_require__.bind(__webpack_require__, 1329));
    return { httpAgent: new HttpProxyAgent(proxy), proxy };
}
/** The proxy URL without credentials, for logs. */
function redactProxy(proxy) {
    try {
        const url = new URL(proxy);
        if (url.username || url.password) {
            url.username = '***';
            url.password = '';
        }
        return url.toString();
    }
    catch {
        return '(unparseable proxy URL)';
    }
}

;// CONCATENATED MODULE: ./action/aws/client-config.js



/**
 * The configuration every AWS client of the action is built with, Incident Manager and STS alike:
 * region, retries, user agent, proxy, time limits and the run's deadline. `endpoint` is where the
 * client will connect, which decides whether a proxy applies (NO_PROXY).
 */
async function awsClientConfig(settings, endpoint) {
    const agents = await proxyAgentFor(endpoint);
    if (agents.proxy)
        settings.debug(`Using proxy ${redactProxy(agents.proxy)} for ${endpoint}`);
    const inner = new node_http_handler/* NodeHttpHandler */.$({
        connectionTimeout: settings.limits.connectMs,
        // The socket's idle limit; BoundedHandler below bounds the attempt as a whole.
        requestTimeout: settings.limits.attemptMs,
        // Without this the SDK only logs a warning when requestTimeout passes and keeps waiting.
        throwOnRequestTimeout: true,
        ...(agents.httpAgent ? { httpAgent: agents.httpAgent } : {}),
        ...(agents.httpsAgent ? { httpsAgent: agents.httpsAgent } : {}),
    });
    return {
        region: settings.region,
        maxAttempts: settings.maxAttempts,
        // Adaptive: the standard retries and backoff, plus a client-side rate limiter that slows every
        // call of the client once the service throttles, so concurrent writes back off together.
        retryMode: 'adaptive',
        customUserAgent: `${ACTION_NAME}/${ACTION_VERSION}`,
        requestHandler: new BoundedHandler(inner, settings.limits.attemptMs, settings.deadline),
    };
}
/** An attempt that took longer than its limit; the SDK retries a `TimeoutError`. */
function attemptTimeout(ms) {
    return Object.assign(new Error(`no complete answer within ${ms} ms`), { name: 'TimeoutError' });
}
/**
 * Bounds each attempt in total time, the body included, and ties it to the run's deadline even
 * when the caller passed no signal (the credential providers' STS client does not). The SDK's
 * `requestTimeout` only fires on an idle socket, and its response body is read after the handler
 * returns, so a server that sends a byte every few seconds would hold one attempt for the whole
 * run: here the body is read to its end inside the bound, and handed on as bytes.
 */
class BoundedHandler {
    inner;
    attemptMs;
    deadline;
    constructor(inner, attemptMs, deadline) {
        this.inner = inner;
        this.attemptMs = attemptMs;
        this.deadline = deadline;
    }
    async handle(request, options = {}) {
        const attempt = new AbortController();
        const timer = setTimeout(() => attempt.abort(attemptTimeout(this.attemptMs)), this.attemptMs);
        const signals = [attempt.signal, this.deadline.signal];
        if (options.abortSignal instanceof AbortSignal)
            signals.push(options.abortSignal);
        const signal = AbortSignal.any(signals);
        try {
            const { response } = await this.inner.handle(request, { ...options, abortSignal: signal });
            response.body = await readAll(response.body, signal);
            return { response };
        }
        catch (error) {
            // Our own limit, not the caller's: a timeout the SDK retries, not a cancellation it obeys.
            if (attempt.signal.aborted && !this.deadline.expired && !options.abortSignal?.aborted) {
                throw attemptTimeout(this.attemptMs);
            }
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    updateHttpClientConfig(...args) {
        this.inner.updateHttpClientConfig(...args);
    }
    httpHandlerConfigs() {
        return this.inner.httpHandlerConfigs();
    }
    destroy() {
        this.inner.destroy();
    }
}
async function readAll(body, signal) {
    if (!body || typeof body[Symbol.asyncIterator] !== 'function')
        return new Uint8Array();
    const stop = () => body.destroy(signal.reason instanceof Error ? signal.reason : undefined);
    if (signal.aborted)
        stop();
    signal.addEventListener('abort', stop, { once: true });
    try {
        const chunks = [];
        for await (const chunk of body)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    finally {
        signal.removeEventListener('abort', stop);
    }
}

;// CONCATENATED MODULE: ./action/aws/client.js


/** The Incident Manager endpoint a client of `region` connects to. */
function incidentsEndpoint(region, endpointUrl) {
    return endpointUrl || `https://ssm-incidents.${region}.amazonaws.com`;
}
/**
 * The Incident Manager client, on the shared configuration. Without `credentials` the SDK's
 * default chain is used (environment, web identity, profiles, instance roles).
 */
async function createIncidentsClient(settings, endpointUrl, credentials) {
    const config = await awsClientConfig(settings, incidentsEndpoint(settings.region, endpointUrl));
    return new SSMIncidentsClient/* SSMIncidentsClient */.S({
        ...config,
        ...(endpointUrl ? { endpoint: endpointUrl } : {}),
        ...(credentials ? { credentials } : {}),
    });
}

;// CONCATENATED MODULE: ./action/aws/credentials.js





const SESSION_DURATION_SECONDS = 3600;
/** `GitHubActions-<run id>-<attempt>`, within the 64 characters and character set STS accepts. */
function defaultSessionName(runId, runAttempt) {
    const name = `GitHubActions-${runId || 'local'}-${runAttempt || '1'}`;
    return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
/** Where the STS client will connect: the SDK's own endpoint variables, else the regional endpoint. */
function stsEndpoint(region, env = process.env) {
    return env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com`;
}
/** A failed OIDC token request (a GitHub call, not an AWS one). */
class OidcTokenError extends Error {
    name = 'OidcTokenError';
}
/**
 * Credentials for `role-to-assume`: with OIDC when the job can mint a token, else chained from the
 * credentials already in the environment. The token request and STS run under the run's deadline
 * and STS on the same client configuration as Incident Manager. The providers are loaded only
 * here, so a run without a role never pays for them. The role is assumed once, up front, so that
 * a mistake is reported as such instead of as a failed timeline write.
 */
async function assumeRole(role, settings) {
    const { deadline } = settings;
    const [providers, clientConfig] = await Promise.all([
        __webpack_require__.e(/* import() */ 92).then(__webpack_require__.bind(__webpack_require__, 4092)),
        awsClientConfig(settings, stsEndpoint(settings.region)),
    ]);
    let provider;
    let operation;
    if (role.oidcAvailable) {
        let token;
        try {
            token = await deadline.race(role.getIdToken(role.audience), 'The GitHub OIDC token request');
        }
        catch (error) {
            const why = error instanceof DeadlineError ? error.message : log_inert(errorMessage(error));
            throw new OidcTokenError(`Could not get a GitHub OIDC token to assume ${role.roleArn} (audience '${role.audience}'): ${why} Is 'permissions: id-token: write' granted to the job?`, { cause: error });
        }
        settings.debug(`Assuming ${role.roleArn} with the GitHub OIDC token (session ${role.sessionName})`);
        operation = 'AssumeRoleWithWebIdentity';
        provider = providers.fromWebToken({
            roleArn: role.roleArn,
            webIdentityToken: token,
            roleSessionName: role.sessionName,
            durationSeconds: SESSION_DURATION_SECONDS,
            clientConfig,
        });
    }
    else {
        settings.debug(`Assuming ${role.roleArn} from the environment's credentials (session ${role.sessionName})`);
        operation = 'AssumeRole';
        provider = providers.fromTemporaryCredentials({
            params: {
                RoleArn: role.roleArn,
                RoleSessionName: role.sessionName,
                DurationSeconds: SESSION_DURATION_SECONDS,
            },
            clientConfig,
        });
    }
    try {
        const pending = typeof provider === 'function' ? provider() : Promise.resolve(provider);
        return await deadline.race(pending, `${operation} on ${role.roleArn}`);
    }
    catch (error) {
        const failure = new call_error_AwsCallError({
            service: 'sts',
            operation,
            resource: role.roleArn,
            attemptMs: settings.limits.attemptMs,
            deadlineMs: settings.limits.deadlineMs,
            deadlineExpired: deadline.expired,
        }, error);
        const how = role.oidcAvailable ? 'with OIDC' : "from the environment's credentials";
        throw new Error(`Could not assume role ${role.roleArn} ${how}: ${failure.message}${roleHint(role, failure)}`, { cause: error });
    }
}
function roleHint(role, failure) {
    if (!role.oidcAvailable) {
        return " No OIDC token was available: grant 'permissions: id-token: write' to the job, or configure base credentials that may call sts:AssumeRole.";
    }
    if (/AccessDenied|InvalidIdentityToken|IDPRejectedClaim/.test(failure.awsName)) {
        return ` Check that the role's trust policy allows token.actions.githubusercontent.com with audience '${role.audience}' and this repository's subject.`;
    }
    return '';
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/ListIncidentRecordsCommand.js
var ListIncidentRecordsCommand = __webpack_require__(2624);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/GetIncidentRecordCommand.js
var GetIncidentRecordCommand = __webpack_require__(8293);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/ListRelatedItemsCommand.js
var ListRelatedItemsCommand = __webpack_require__(6975);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/UpdateRelatedItemsCommand.js
var UpdateRelatedItemsCommand = __webpack_require__(755);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/CreateTimelineEventCommand.js
var CreateTimelineEventCommand = __webpack_require__(6955);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/UpdateTimelineEventCommand.js
var UpdateTimelineEventCommand = __webpack_require__(2882);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/GetTimelineEventCommand.js
var GetTimelineEventCommand = __webpack_require__(6219);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/ListTimelineEventsCommand.js
var ListTimelineEventsCommand = __webpack_require__(5854);
;// CONCATENATED MODULE: ./action/aws/incidents.js


/**
 * The Incident Manager calls the action makes. Each call knows its operation and resource and
 * throws one error type that carries both (AwsCallError), so no caller keeps track of which call
 * failed. Calls are logged at debug level by operation and target only: credentials and headers
 * never reach a log.
 */
class IncidentsApi {
    client;
    deadline;
    limits;
    debug;
    constructor(client, deadline, limits, debug) {
        this.client = client;
        this.deadline = deadline;
        this.limits = limits;
        this.debug = debug;
    }
    /** Closes the client's kept-alive connections, so nothing holds the process open. */
    close() {
        this.client.destroy();
    }
    async call(operation, resource, send, options = {}) {
        const signal = options.signal ?? this.deadline.signal;
        try {
            return await send(signal);
        }
        catch (error) {
            throw new call_error_AwsCallError({
                service: 'ssm-incidents',
                operation,
                resource,
                attemptMs: this.limits.attemptMs,
                deadlineMs: this.limits.deadlineMs,
                deadlineExpired: this.deadline.expired,
            }, error);
        }
    }
    /** Open incidents page by page (100 a page, the most the service gives), until the caller stops. */
    async *incidentPages(filters) {
        let nextToken;
        let page = 0;
        do {
            const output = await this.call('ListIncidentRecords', 'incident records', (abortSignal) => this.client.send(new ListIncidentRecordsCommand/* ListIncidentRecordsCommand */.Y({ filters, maxResults: 100, nextToken }), {
                abortSignal,
            }));
            page += 1;
            const records = output.incidentRecordSummaries ?? [];
            this.debug(`ListIncidentRecords page ${page}: ${records.length} record(s)`);
            nextToken = output.nextToken;
            yield { incidents: records.map(summarize), more: Boolean(nextToken) };
        } while (nextToken);
    }
    async getIncident(arn) {
        this.debug(`GetIncidentRecord ${arn}`);
        const output = await this.call('GetIncidentRecord', arn, (abortSignal) => this.client.send(new GetIncidentRecordCommand/* GetIncidentRecordCommand */.D({ arn }), { abortSignal }));
        const record = output.incidentRecord;
        return {
            arn,
            title: record?.title ?? '',
            ...(record?.impact !== undefined ? { impact: record.impact } : {}),
            ...(record?.status ? { status: record.status } : {}),
            ...(record?.creationTime ? { creationTime: record.creationTime } : {}),
        };
    }
    async listRelatedItems(incidentRecordArn, options) {
        const items = [];
        let nextToken;
        do {
            const output = await this.call('ListRelatedItems', incidentRecordArn, (abortSignal) => this.client.send(new ListRelatedItemsCommand/* ListRelatedItemsCommand */.P({ incidentRecordArn, maxResults: 100, nextToken }), { abortSignal }), options);
            items.push(...(output.relatedItems ?? []));
            nextToken = output.nextToken;
        } while (nextToken);
        this.debug(`ListRelatedItems ${incidentRecordArn}: ${items.length} item(s)`);
        return items;
    }
    async addRelatedItem(incidentRecordArn, item, clientToken, options) {
        this.debug(`UpdateRelatedItems ${incidentRecordArn}: add ${item.identifier?.type} item`);
        await this.call('UpdateRelatedItems', incidentRecordArn, (abortSignal) => this.client.send(new UpdateRelatedItemsCommand/* UpdateRelatedItemsCommand */.P({
            incidentRecordArn,
            clientToken,
            relatedItemsUpdate: { itemToAdd: item },
        }), { abortSignal }), options);
    }
    async createEvent(event) {
        this.debug(`CreateTimelineEvent ${event.incidentRecordArn} (${event.eventType}, ${event.eventReferences?.length ?? 0} reference(s))`);
        const output = await this.call('CreateTimelineEvent', event.incidentRecordArn, (abortSignal) => this.client.send(new CreateTimelineEventCommand/* CreateTimelineEventCommand */.f(event), { abortSignal }));
        return output.eventId ?? '';
    }
    async updateEvent(update) {
        this.debug(`UpdateTimelineEvent ${update.incidentRecordArn} event ${update.eventId}${update.eventReferences ? ` (${update.eventReferences.length} reference(s))` : ''}`);
        await this.call('UpdateTimelineEvent', `event ${update.eventId} of ${update.incidentRecordArn}`, (abortSignal) => this.client.send(new UpdateTimelineEventCommand/* UpdateTimelineEventCommand */.I(update), { abortSignal }));
    }
    async getEvent(incidentRecordArn, eventId) {
        this.debug(`GetTimelineEvent ${incidentRecordArn} event ${eventId}`);
        const output = await this.call('GetTimelineEvent', `event ${eventId} of ${incidentRecordArn}`, (abortSignal) => this.client.send(new GetTimelineEventCommand/* GetTimelineEventCommand */.P({ incidentRecordArn, eventId }), {
            abortSignal,
        }));
        if (!output.event) {
            throw new call_error_AwsCallError({
                service: 'ssm-incidents',
                operation: 'GetTimelineEvent',
                resource: `event ${eventId} of ${incidentRecordArn}`,
                attemptMs: this.limits.attemptMs,
                deadlineMs: this.limits.deadlineMs,
                deadlineExpired: false,
            }, Object.assign(new Error('the answer holds no event'), { name: 'InvalidAnswer' }));
        }
        return output.event;
    }
    /** Events of one type since a time, newest first, page by page, until the caller stops. */
    async *eventPages(incidentRecordArn, eventType, since) {
        let nextToken;
        do {
            const output = await this.call('ListTimelineEvents', incidentRecordArn, (abortSignal) => this.client.send(new ListTimelineEventsCommand/* ListTimelineEventsCommand */.a({
                incidentRecordArn,
                filters: [
                    { key: 'eventType', condition: { equals: { stringValues: [eventType] } } },
                    { key: 'eventTime', condition: { after: since } },
                ],
                sortBy: 'EVENT_TIME',
                sortOrder: 'DESCENDING',
                maxResults: 100,
                nextToken,
            }), { abortSignal }));
            yield output.eventSummaries ?? [];
            nextToken = output.nextToken;
        } while (nextToken);
    }
}
function summarize(record) {
    return {
        arn: record.arn ?? '',
        title: record.title ?? '',
        ...(record.impact !== undefined ? { impact: record.impact } : {}),
        ...(record.status ? { status: record.status } : {}),
        ...(record.creationTime ? { creationTime: record.creationTime } : {}),
    };
}

;// CONCATENATED MODULE: ./action/session.js






/** The run's time limits, and its one deadline, started now. */
function startClock() {
    const limits = timeLimits();
    return { limits, deadline: new Deadline(limits.deadlineMs) };
}
/**
 * Connects under the run's deadline: assumes `role-to-assume` when given (the OIDC token and STS
 * count against the deadline), then builds the Incident Manager client. The main step and the
 * job-end step connect the same way.
 */
async function connect(inputs, facts, { deadline, limits }) {
    const settings = {
        region: inputs.region,
        maxAttempts: inputs.maxAttempts,
        limits,
        deadline,
        debug: log.debug,
    };
    let credentials;
    if (inputs.role) {
        credentials = await assumeRole({
            roleArn: inputs.role.roleArn,
            sessionName: inputs.role.sessionName || defaultSessionName(facts.runId, facts.runAttempt),
            audience: inputs.role.audience,
            oidcAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
            getIdToken: (audience) => core/* getIDToken */.V9(audience),
        }, settings);
        core/* setSecret */.Pq(credentials.secretAccessKey);
        if (credentials.sessionToken)
            core/* setSecret */.Pq(credentials.sessionToken);
    }
    const client = await createIncidentsClient(settings, inputs.endpointUrl, credentials);
    return { api: new IncidentsApi(client, deadline, limits, log.debug), deadline, limits };
}

;// CONCATENATED MODULE: ./action/job-end/job-outcome.js


/**
 * This job among the jobs of its run attempt: the one in progress on this runner. Every job of a
 * matrix has the same name, so the runner tells them apart.
 */
function findThisJob(jobs, runnerName) {
    return jobs.find((job) => job.status === 'in_progress' && job.runner_name === runnerName);
}
/**
 * The outcome so far: a step that concluded `failure` makes it `failed`, one that concluded
 * `cancelled` makes it `cancelled`, otherwise `succeeded`. A step with `continue-on-error` that
 * failed concludes `success` (its outcome, not its conclusion, is `failure`: the runner reports
 * the result after continue-on-error), so it does not fail the job here either.
 */
function outcomeOfSteps(job) {
    const conclusions = (job.steps ?? []).map((step) => step?.conclusion);
    if (conclusions.includes('failure'))
        return 'failed';
    if (conclusions.includes('cancelled'))
        return 'cancelled';
    return 'succeeded';
}
const ACTIONS_READ = "grant the job 'permissions: actions: read' (and pass github-token if you use another token)";
function unknown(why, fix) {
    return { known: false, word: 'finished', why, fix };
}
/** Why GitHub's answer could not give the outcome, and what to do about it. */
function job_outcome_explain(error, request) {
    const { status } = (error ?? {});
    const detail = log_inert(errorMessage(error));
    if (request.deadline.expired) {
        return unknown(`GitHub's API did not answer within ${request.deadline.describe()}`, 'check the network to GITHUB_API_URL');
    }
    if (status === 401 || status === 403) {
        return unknown(`GitHub refused to list this run's jobs (${status}: ${detail})`, ACTIONS_READ);
    }
    if (status === 404) {
        return unknown(`GitHub has no jobs of run ${log_inert(request.runId)} attempt ${log_inert(request.runAttempt)} at ${log_inert(request.apiUrl)} (404: ${detail})`, `check that GITHUB_API_URL serves the Actions API (GitHub Enterprise Server 3.4 or later) and that the token belongs to ${log_inert(request.repository)}`);
    }
    return unknown(`GitHub's API could not be read (${detail})`, 'check the network to GITHUB_API_URL; the outcome is read again on a re-run');
}
/**
 * Reads this job's outcome from GitHub's REST API: the jobs of this run attempt, page by page until
 * this job is found. Octokit is loaded only here (the job-end step with finish-on-job-end), with
 * retries of 5xx answers and of primary and secondary rate limits, all within the deadline.
 */
async function readJobOutcome(request) {
    const [owner, repo] = request.repository.split('/');
    if (!owner || !repo || !request.runId || !request.runnerName) {
        return unknown('the run is not described by GITHUB_REPOSITORY, GITHUB_RUN_ID and RUNNER_NAME', 'run the action in a GitHub Actions job');
    }
    if (!request.token) {
        return unknown('github-token is empty', 'leave github-token at its default (${{ github.token }}) and ' + ACTIONS_READ);
    }
    const { deadline } = request;
    try {
        const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
            __webpack_require__.e(/* import() */ 20).then(__webpack_require__.bind(__webpack_require__, 2020)),
            Promise.all(/* import() */[__webpack_require__.e(133), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 6553)),
            Promise.all(/* import() */[__webpack_require__.e(133), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 398)),
        ]);
        // Wait for a rate limit only when the wait ends before the deadline, and at most twice.
        const retryWithin = (retryAfter, _options, _octokit, retryCount) => retryCount < 2 && retryAfter * 1000 < deadline.remainingMs();
        const octokit = getOctokit(request.token, {
            baseUrl: request.apiUrl,
            request: { signal: deadline.signal },
            throttle: { onRateLimit: retryWithin, onSecondaryRateLimit: retryWithin },
        }, retry, throttling);
        const pages = octokit.paginate.iterator(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
            owner,
            repo,
            run_id: Number(request.runId),
            attempt_number: Number(request.runAttempt || '1'),
            per_page: 100,
        });
        const read = (async () => {
            for await (const page of pages) {
                const job = findThisJob(page.data, request.runnerName);
                if (job)
                    return job;
            }
            return undefined;
        })();
        const job = await deadline.race(read, "Reading the job's outcome from GitHub");
        if (!job) {
            return unknown(`no job of run ${log_inert(request.runId)} attempt ${log_inert(request.runAttempt)} is in progress on runner '${log_inert(request.runnerName)}'`, 'this happens when the API lags behind the runner; the event says finished instead');
        }
        return { known: true, word: outcomeOfSteps(job), job: log_inert(job.name ?? '') };
    }
    catch (error) {
        return job_outcome_explain(error, request);
    }
}

// EXTERNAL MODULE: ./action/job-end/state.js
var job_end_state = __webpack_require__(125);
;// CONCATENATED MODULE: ./action/job-end/finish.js












/**
 * The job-end step of `finish-on-job-end: true` (`runs.post`, `post-if: always()`): updates, in
 * place, each event the main step created, with the job's outcome and duration. Everything that
 * goes wrong here is a warning: the job's result is what it is, and this step never changes it.
 */
async function finish(saved) {
    try {
        await finishEvents(saved);
    }
    catch (error) {
        log.warning(`The events could not be finished: ${log_inert(errorMessage(error))}`, 'Incident timeline: job end');
    }
}
async function finishEvents(saved) {
    const endedAt = new Date();
    const state = (0,job_end_state/* decodeFinishState */.Zo)(saved);
    if (typeof state === 'string') {
        log.warning(`Nothing to finish: ${state}.`, 'Incident timeline: job end');
        return;
    }
    const inputs = await getInputs((name) => core/* getInput */.V4(name));
    const facts = collectFacts();
    const clock = startClock();
    const token = core/* getInput */.V4('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    const outcome = await readJobOutcome({
        apiUrl: facts.apiUrl,
        token,
        repository: facts.repository,
        runId: facts.runId,
        runAttempt: facts.runAttempt,
        runnerName: facts.runnerName,
        deadline: clock.deadline,
    });
    if (!outcome.known) {
        log.warning(`The job's outcome could not be read, so the events say 'finished': ${outcome.why}. To fix: ${outcome.fix}.`, 'Incident timeline: job end');
    }
    const durationMs = endedAt.getTime() - Date.parse(state.startedAt);
    const rendered = renderEventText(inputs, facts, {
        status: outcome.word,
        environment: environmentOf(inputs, facts),
        durationMs,
    });
    const eventData = encodeEventData(rendered, inputs.encoding);
    const session = await connect(inputs, facts, clock);
    let results;
    try {
        const context = {
            api: session.api,
            inputs,
            facts,
            eventData,
            now: endedAt,
            targetCount: state.events.length,
            deadline: session.deadline,
        };
        results = await mapInOrder(state.events, parallelTargets(), (event) => updateOnTarget(context, { arn: event.incidentArn, title: '' }, {
            eventId: event.eventId,
            addReferences: false,
            tokenScope: ':job-end',
        }), (result) => {
            log.group(result.incidentArn, [
                ...result.lines,
                result.action === 'failed'
                    ? `not finished: ${result.error}`
                    : `event ${log_inert(result.eventId)} updated: ${outcome.word}`,
            ]);
        });
    }
    finally {
        session.api.close();
    }
    const failed = results.filter((r) => r.action === 'failed');
    for (const r of failed) {
        log.warning(`Event ${log_inert(r.eventId)} of ${log_inert(r.incidentArn)} could not be finished: ${r.error}`, 'Incident timeline: job end');
    }
    const took = formatDuration(durationMs);
    const heading = outcome.known
        ? `Timeline event finished: ${outcome.word} in ${took}`
        : `Timeline event finished in ${took} (the job's outcome could not be read)`;
    if (process.env.GITHUB_STEP_SUMMARY) {
        try {
            const report = {
                outcome: outcomeOf(results, false),
                eventText: rendered.text,
                eventType: 'Update',
                results,
                message: outcome.known ? '' : `The job's outcome could not be read: ${outcome.why}.`,
                notes: [],
            };
            await core/* summary */.z.addRaw(summaryMarkdown(report, heading), true).write();
        }
        catch (error) {
            log.warning(`Could not write the job summary: ${log_inert(errorMessage(error))}`);
        }
    }
}


/***/ })

};
