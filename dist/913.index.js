export const id = 913;
export const ids = [913];
export const modules = {

/***/ 7228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
// A real module specifier that the bundler maps to the real file (see scripts/package.mjs).
const load = () => __webpack_require__.e(/* import() | undici */ 215).then(__webpack_require__.t.bind(__webpack_require__, 734, 19));
/** Keeps the options until a request needs the real agent, then makes it once. */
class ProxyAgent {
    options;
    real;
    constructor(...options) {
        this.options = options;
    }
    /** The real agent, from the loaded module. */
    realAgent(undici) {
        this.real ??= new undici.ProxyAgent(...this.options);
        return this.real;
    }
}
async function fetch(input, init) {
    const dispatcher = init?.dispatcher;
    if (!dispatcher) {
        return globalThis.fetch(input, init);
    }
    const undici = await load();
    const real = dispatcher instanceof ProxyAgent ? dispatcher.realAgent(undici) : dispatcher;
    return undici.fetch(input, { ...init, dispatcher: real });
}


/***/ }),

/***/ 2212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ jobOutcome),
/* harmony export */   n: () => (/* binding */ OUTCOME_WORDS)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);

/** The runner's job statuses, in the words of the `status` input (a Map: own entries only). */
const STATUS_WORDS = new Map([
    ['success', 'succeeded'],
    ['failure', 'failed'],
    ['cancelled', 'cancelled'],
]);
/** Every word the job-end step may write: the main step checks that each of them fits. */
const OUTCOME_WORDS = [
    'succeeded',
    'failed',
    'cancelled',
    'finished',
];
function jobOutcome(jobStatus) {
    const status = jobStatus.trim();
    const word = STATUS_WORDS.get(status.toLowerCase());
    if (word)
        return { word };
    return {
        word: 'finished',
        unknownBecause: status === ''
            ? 'job-status is empty'
            : `job-status is ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(status.slice(0, 40))}, not success, failure or cancelled`,
    };
}


/***/ }),

/***/ 125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ FinishStateRecorder),
/* harmony export */   Cq: () => (/* binding */ JobEndStateError),
/* harmony export */   Zo: () => (/* binding */ decodeFinishState)
/* harmony export */ });
/* unused harmony exports FINISH_STATE, STATE_PART_CHARS, targetStateName, encodeFinishState */
/* harmony import */ var _parse_commit_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6645);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);
/* harmony import */ var _parse_scalars_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5741);



/**
 * What the main step hands to the job-end step through the step's state (`core.saveState`, read
 * back by the runner as `STATE_<name>` in the post step): when the step started, the create it
 * sends to every target, and for each target the intent to create (saved before the create is
 * sent) or the event it created. Plain JSON, checked when read back.
 *
 * A runner hands each saved value to the post step as an environment variable, and an
 * environment variable is bounded (32,767 characters on Windows; a single one of 128 KiB makes
 * Linux refuse to start the process, E2BIG). So no saved value is longer than STATE_PART_CHARS:
 * the shared part is saved under FINISH_STATE, each target's under `FINISH_STATE-target-<n>`, and
 * a record longer than a part goes on in `<name>-part-2`, `-part-3`, … (the first part starts
 * with the count of parts, `3:`). A target's record is saved again when its create is answered,
 * so a step saves each record about twice, whatever the number of targets.
 */
const FINISH_STATE = 'finish-on-job-end';
/** The longest saved value, in UTF-16 units: well under Windows' 32,767 per variable. */
const STATE_PART_CHARS = 16_000;
/** No record needs more (the longest, the shared part with 12,000 escaped characters, needs 5). */
const MAX_PARTS = 20;
/** The most targets a step writes (max-incidents is at most 100). */
const MAX_TARGETS = 100;
const EVENT_TYPES = new Set(['Custom Event', 'Note']);
/** The saved state cannot be used; the job-end step says why and finishes nothing. */
class JobEndStateError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SafeError */ .yR {
    nothingCreated;
    name = 'JobEndStateError';
    constructor(message, 
    /** The state is whole, but the step created no event (each create was refused): no warning. */
    nothingCreated = false) {
        super(message);
        this.nothingCreated = nothingCreated;
    }
}
function targetStateName(index) {
    return `${FINISH_STATE}-target-${index + 1}`;
}
function partName(name, part) {
    return part === 1 ? name : `${name}-part-${part}`;
}
/** `text` in pieces of at most `size` UTF-16 units, never splitting a surrogate pair. */
function pieces(text, size) {
    const out = [];
    let start = 0;
    while (start < text.length) {
        let end = Math.min(start + size, text.length);
        // A high surrogate at the end would be written alone (and turned into U+FFFD in the file).
        if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
            end -= 1;
        out.push(text.slice(start, end));
        start = end;
    }
    return out;
}
/** The saved values of one record: `[name, value]` pairs, each value at most STATE_PART_CHARS. */
function savedParts(name, record) {
    if (record === '')
        return [[name, '']];
    // The first part also carries the count ("12:" is 3 units).
    const parts = pieces(record, STATE_PART_CHARS - 4);
    return parts.map((piece, i) => [
        partName(name, i + 1),
        i === 0 ? `${parts.length}:${piece}` : piece,
    ]);
}
/** One record read back: its text, '' when saved empty or absent, or why it cannot be used. */
function readRecord(read, name) {
    const first = read(name) ?? '';
    if (first === '')
        return { text: '' };
    const count = /^([1-9][0-9]?):/.exec(first);
    const parts = Number(count?.[1]);
    if (!count || parts > MAX_PARTS)
        return { why: `the saved state ${name} has an unknown form` };
    let text = first.slice(count[0].length);
    for (let part = 2; part <= parts; part += 1) {
        const piece = read(partName(name, part));
        if (piece === undefined)
            return { why: `the saved state ${name} is missing part ${part}` };
        text += piece;
    }
    return { text };
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
function checkCreate(value) {
    if (!isObject(value))
        return undefined;
    const { eventType, eventTime, eventData } = value;
    if (typeof eventType !== 'string' || !EVENT_TYPES.has(eventType))
        return undefined;
    if (!isTime(eventTime) || typeof eventData !== 'string' || eventData === '')
        return undefined;
    return { eventType, eventTime, eventData };
}
function checkReferences(value) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.length > 10)
        return false;
    const references = [];
    for (const item of value) {
        if (!isObject(item))
            return false;
        const keys = Object.keys(item);
        const [key] = keys;
        const at = key === undefined ? undefined : item[key];
        if (keys.length !== 1 || (key !== 'resource' && key !== 'relatedItemId'))
            return false;
        if (typeof at !== 'string' || at === '')
            return false;
        references.push(key === 'resource' ? { resource: at } : { relatedItemId: at });
    }
    return references;
}
function checkEvent(value) {
    if (!isObject(value))
        return undefined;
    const { incidentArn, clientToken, eventId, region, title, impact, status } = value;
    if (typeof incidentArn !== 'string' || incidentArn === '')
        return undefined;
    if (typeof clientToken !== 'string' || clientToken === '' || clientToken.length > 128) {
        return undefined;
    }
    if (eventId !== undefined && (typeof eventId !== 'string' || eventId === ''))
        return undefined;
    const eventReferences = checkReferences(value['eventReferences']);
    if (eventReferences === false)
        return undefined;
    return {
        incidentArn,
        clientToken,
        ...(eventReferences?.length ? { eventReferences } : {}),
        ...(typeof eventId === 'string' ? { eventId } : {}),
        ...(typeof region === 'string' && (0,_parse_scalars_js__WEBPACK_IMPORTED_MODULE_1__/* .isRegionName */ .Us)(region) ? { region } : {}),
        ...(typeof title === 'string' && title ? { title } : {}),
        ...(typeof impact === 'number' && Number.isInteger(impact) ? { impact } : {}),
        ...(typeof status === 'string' && status ? { status } : {}),
    };
}
/**
 * The state, read back from the saved values (`read` gives the value of a name, as the runner's
 * `STATE_<name>`), or a sentence saying why it cannot be used. Every part is checked: a value
 * that is not what the main step saves makes the whole state unusable, never half-used.
 */
function decodeFinishState(read) {
    const head = readRecord(read, FINISH_STATE);
    if ('why' in head)
        return head.why;
    if (head.text === '')
        return 'the step saved no state';
    const value = parseJson(head.text);
    if (value === undefined)
        return 'the saved state is not JSON';
    if (!isObject(value) || value['version'] !== 2)
        return 'the saved state has an unknown form';
    const { startedAt, commitSubject, targets } = value;
    if (!isTime(startedAt))
        return 'the saved state has no start time';
    const create = checkCreate(value['create']);
    if (!create)
        return 'the saved state has no create to resolve';
    if (typeof targets !== 'number' || !Number.isInteger(targets)) {
        return 'the saved state has no count of targets';
    }
    if (targets < 0 || targets > MAX_TARGETS)
        return 'the saved state has an unknown form';
    const events = [];
    for (let index = 0; index < targets; index += 1) {
        const name = targetStateName(index);
        const record = readRecord(read, name);
        if ('why' in record)
            return record.why;
        // Saved empty: its create was not written, or never sent.
        if (record.text === '')
            continue;
        const event = checkEvent(parseJson(record.text));
        if (!event)
            return `the saved state ${name} has an unknown form`;
        events.push(event);
    }
    const subject = typeof commitSubject === 'string' ? commitSubject : '';
    return {
        version: 2,
        startedAt,
        ...(subject ? { commitSubject: (0,_parse_commit_message_js__WEBPACK_IMPORTED_MODULE_2__/* .commitSubjectOf */ .v)(subject) } : {}),
        create,
        events,
    };
}
/**
 * Every saved value of a whole state, by name: what a step that saved these events leaves
 * (for tests and the job end's own checks).
 */
function encodeFinishState(state) {
    const head = {
        version: 2,
        startedAt: state.startedAt,
        ...(state.commitSubject ? { commitSubject: state.commitSubject } : {}),
        create: state.create,
        targets: state.events.length,
    };
    return Object.fromEntries([
        ...savedParts(FINISH_STATE, JSON.stringify(head)),
        ...state.events.flatMap((event, index) => savedParts(targetStateName(index), JSON.stringify(event))),
    ]);
}
/**
 * The job end's state, saved as the step goes: before each create is sent, what resolves it
 * (so a cancel or a kill mid-write leaves the job end able to find the event and finish it);
 * when it is answered, the event. The runner reads the state file when the step ends however it
 * ends, and the last value saved under a name wins.
 */
class FinishStateRecorder {
    startedAt;
    save;
    create;
    targetCount;
    commitSubject;
    headSaved = false;
    records = new Map();
    constructor(startedAt, save, create, targetCount, commitSubject = '') {
        this.startedAt = startedAt;
        this.save = save;
        this.create = create;
        this.targetCount = targetCount;
        this.commitSubject = commitSubject;
    }
    /** The events created and saved for the job end. */
    get count() {
        return [...this.records.values()].filter((event) => event.eventId).length;
    }
    /** The targets whose create's outcome is not known yet, saved for the job end to resolve. */
    get pending() {
        return [...this.records.values()].filter((event) => !event.eventId).length;
    }
    /** Before target `index`'s create is sent (again, in another region after a failover). */
    intend(index, intent) {
        if (!this.headSaved) {
            const head = {
                version: 2,
                startedAt: this.startedAt.toISOString(),
                ...(this.commitSubject ? { commitSubject: this.commitSubject } : {}),
                create: this.create,
                targets: this.targetCount,
            };
            this.write(FINISH_STATE, JSON.stringify(head));
            this.headSaved = true;
        }
        this.put(index, intent);
    }
    /** Target `index`'s create was answered (or its event found): the job end finishes it. */
    written(index, event) {
        const intent = this.records.get(index);
        if (!intent)
            return;
        this.put(index, { ...intent, ...event });
    }
    /** Target `index`'s create was not written: nothing to finish. */
    notWritten(index) {
        if (!this.records.delete(index))
            return;
        this.write(targetStateName(index), '');
    }
    put(index, event) {
        this.records.set(index, event);
        this.write(targetStateName(index), JSON.stringify(event));
    }
    write(name, record) {
        for (const [part, value] of savedParts(name, record))
            this.save(part, value);
    }
}


/***/ }),

/***/ 3138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./action/runtime/errors.js
var errors = __webpack_require__(3428);
;// CONCATENATED MODULE: ./action/runtime/deadline.js

function fromEnv(name, fallback, env) {
    const raw = env[name];
    const n = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) && n > 0 ? n : fallback;
}
function timeLimits(env) {
    return {
        connectMs: fromEnv('INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS', 5_000, env),
        attemptMs: fromEnv('INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS', 15_000, env),
        deadlineMs: fromEnv('INCIDENT_TIMELINE_DEADLINE_MS', 120_000, env),
    };
}
/** Raised when the run's deadline passes; the message says what was being waited for. */
class DeadlineError extends errors/* SafeError */.yR {
    name = 'DeadlineError';
}
/**
 * A signal aborted after `ms`, or when `parent` aborts, whichever comes first. Built on a timer
 * and a listener held here rather than on `AbortSignal.timeout` inside `AbortSignal.any`: a timeout
 * signal that nothing else references can be collected before it fires, and the combined signal
 * then never aborts. The timer does not keep the process alive.
 */
function timedSignal(ms, parent) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineError(`${ms} ms passed`)), Math.max(0, ms));
    timer.unref();
    if (parent?.aborted)
        controller.abort(parent.reason);
    else
        parent?.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
    return { controller, timer };
}
/** The run's one deadline: a signal for the SDK and `fetch`, and a race for anything else. */
class Deadline {
    ms;
    parent;
    label;
    signal;
    endsAt;
    controller;
    timer;
    /** Set when `shorten` brought the end forward: what the limit is now, for messages. */
    shortenedFor = '';
    /**
     * `ms` from now. With a `parent`, never later than the parent's end, and described as `label`
     * (a region's share of the run's time).
     */
    constructor(ms, parent, label = '') {
        this.ms = ms;
        this.parent = parent;
        this.label = label;
        this.endsAt = Math.min(Date.now() + ms, parent ? parent.endsAt : Number.POSITIVE_INFINITY);
        ({ controller: this.controller, timer: this.timer } = timedSignal(this.endsAt - Date.now(), parent?.signal));
        this.signal = this.controller.signal;
    }
    /** A part of this deadline: at most `ms` of it, ending with it at the latest. */
    share(ms, label) {
        return new Deadline(Math.max(1, Math.floor(ms)), this, label);
    }
    /**
     * Brings the end forward to `ms` from now, never later: what is in flight then has that long
     * (a cancelled step's grace before the runner's next signal). `why` describes the new limit.
     */
    shorten(ms, why) {
        const endsAt = Date.now() + ms;
        if (endsAt >= this.endsAt || this.signal.aborted)
            return;
        this.endsAt = endsAt;
        this.shortenedFor = why;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.controller.abort(new DeadlineError(`${why} ended`)), ms);
        this.timer.unref();
    }
    get expired() {
        return this.signal.aborted;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - Date.now());
    }
    /** A signal that fires at the deadline or after `ms`, whichever comes first. */
    within(ms) {
        return timedSignal(Math.max(1, Math.floor(ms)), this.signal).controller.signal;
    }
    /** Describes the limit for messages: `the run's time limit of 120 s (INCIDENT_TIMELINE_DEADLINE_MS)`. */
    describe() {
        if (this.parent?.expired)
            return this.parent.describe();
        if (this.shortenedFor)
            return this.shortenedFor;
        if (this.label)
            return `${this.label} (${formatSeconds(this.ms)})`;
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

;// CONCATENATED MODULE: ./action/runtime/cancel.js

/**
 * How long writes in flight may still take after the runner asks the step to stop. On a cancelled
 * job the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process 2.5 s after that
 * (actions/runner, src/Runner.Sdk/ProcessInvoker.cs); the step must be done before each next signal.
 */
const GRACE_MS = new Map([
    ['SIGINT', 5_000],
    ['SIGTERM', 2_000],
]);
/**
 * The step's cancellation. Once the runner signals, no new write starts, the deadline shrinks to
 * the grace period so that writes in flight finish or give up before the next signal, and the run
 * ends as cancelled. Node would otherwise end at once on SIGINT, losing what was written.
 */
class Cancellation {
    deadline;
    notify;
    signalName = '';
    onSignal = (name) => this.cancel(name);
    constructor(deadline, notify = () => undefined) {
        this.deadline = deadline;
        this.notify = notify;
    }
    /** Why no new write may start, or undefined while the step runs. */
    reason = () => this.signalName ? `not written: the step was cancelled (${this.signalName})` : undefined;
    get requested() {
        return this.signalName !== '';
    }
    get signal() {
        return this.signalName;
    }
    listen() {
        for (const name of GRACE_MS.keys())
            process.on(name, this.onSignal);
        return this;
    }
    dispose() {
        for (const name of GRACE_MS.keys())
            process.off(name, this.onSignal);
    }
    cancel(name) {
        const grace = GRACE_MS.get(name) ?? 0;
        if (!this.signalName)
            this.signalName = name;
        this.notify(`${name}: the job is being cancelled. No new write starts; writes in flight have ${formatSeconds(grace)} to finish.`);
        this.deadline.shorten(grace, `the ${formatSeconds(grace)} the step has after ${name} (the job was cancelled)`);
    }
}

;// CONCATENATED MODULE: ./action/runtime/concurrency.js
/**
 * Targets written at once. Incident Manager's per-account request quotas are not published; ten
 * is the default `max-incidents`, so a default run writes every target in one round, and each
 * target makes at most four calls one after another. A throttled call backs off on its own (the
 * SDK's standard retries), and side by side makes no more requests than one after another
 * (`npm run bench` measures it). INCIDENT_TIMELINE_PARALLEL_TARGETS
 * lowers it (1 writes one target after another), for accounts that share a tight quota.
 */
const MAX_PARALLEL_TARGETS = 10;
function parallelTargets(env) {
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

// EXTERNAL MODULE: ./action/runtime/inert.js
var inert = __webpack_require__(9127);
// EXTERNAL MODULE: ./action/parse/arn.js
var parse_arn = __webpack_require__(2131);
// EXTERNAL MODULE: ./action/parse/list.js
var list = __webpack_require__(2330);
// EXTERNAL MODULE: ./action/parse/references.js
var parse_references = __webpack_require__(4528);
;// CONCATENATED MODULE: ./action/write/event-references.js





/**
 * The references known before any call: inputs, the pipeline, the CodeBuild build, and the
 * incident itself for a Note (a Note shows on the incident's notes panel only when it references
 * the incident).
 */
function staticReferences(inputs, facts, incidentArn, isNote) {
    const refs = [...inputs.references];
    if (inputs.pipelineArn)
        refs.push({ resource: inputs.pipelineArn });
    if (facts.codeBuildArn && (0,parse_arn/* isArn */.EH)(facts.codeBuildArn))
        refs.push({ resource: facts.codeBuildArn });
    if (isNote)
        refs.push({ resource: incidentArn });
    return (0,list/* unique */.A)(refs, parse_references/* referenceKey */.Db);
}
/** Where each reference came from, to say what to remove when there are too many. */
function origins(inputs, facts, isNote) {
    const parts = [`references: ${inputs.references.length + inputs.links.length}`];
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
    const linked = new Set(inputs.links.map((link) => (0,parse_references/* linkKey */.Sg)(link.url)));
    if (inputs.linkCommit && facts.commitUrl)
        linked.add((0,parse_references/* linkKey */.Sg)(facts.commitUrl));
    const count = staticReferences(inputs, facts, '(the incident)', isNote).length + linked.size;
    if (count > parse_references/* MAX_EVENT_REFERENCES */.jh) {
        throw new errors/* InputError */.dz('references', `the event would have ${count} references (${origins(inputs, facts, isNote)}); the service accepts at most ${parse_references/* MAX_EVENT_REFERENCES */.jh}. Remove some, or set link-commit: false.`);
    }
}
/**
 * The references an event already has, as far as they have the documented form: exactly one of a
 * resource ARN or a related item ID. Anything else in an answer is left out, never sent back.
 */
function wellFormed(references) {
    const out = [];
    for (const ref of references ?? []) {
        if (typeof ref.resource === 'string' && ref.relatedItemId === undefined && (0,parse_arn/* isArn */.EH)(ref.resource))
            out.push({ resource: ref.resource });
        else if (typeof ref.relatedItemId === 'string' &&
            ref.resource === undefined &&
            parse_references/* RELATED_ITEM_ID */.qJ.test(ref.relatedItemId))
            out.push({ relatedItemId: ref.relatedItemId });
    }
    return out;
}
/** A failure to merge an update's references, before anything was written. */
class TooManyReferencesError extends errors/* SafeError */.yR {
    name = 'TooManyReferencesError';
}
/**
 * An update's references: the event's own, then the new ones not already there. Returns undefined
 * when nothing is added, so that the update leaves the references alone. `pending` counts
 * references still to come (a commit not linked yet), so the limit is checked before any write.
 */
function mergeReferences(existing, added, eventId, pending = 0) {
    const merged = (0,list/* unique */.A)([...existing, ...added], parse_references/* referenceKey */.Db);
    const total = merged.length + pending;
    if (total > parse_references/* MAX_EVENT_REFERENCES */.jh) {
        throw new TooManyReferencesError(`event ${(0,inert/* inert */.tJ)(eventId)} has ${existing.length} references and this update adds ${total - existing.length}, ${total} in all; the service accepts at most ${parse_references/* MAX_EVENT_REFERENCES */.jh}. Nothing was written. Remove some from references or pipeline-arn, or set link-commit: false.`);
    }
    return merged.length === existing.length ? undefined : merged;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./action/aws/call-error.js



/** The model's limit on an ARN: a resource named in a message is quoted whole up to it. */
const MAX_ARN = 1000;
/** An incident record's ARN: a call about the incident itself, not about one of its events. */
const INCIDENT_RECORD = /^arn:[\w-]+:ssm-incidents::\d{12}:incident-record\/[^/\s]+\/[^/\s]+$/;
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
const THROTTLED = new Set([
    'ThrottlingException',
    'TooManyRequestsException',
    'Throttling',
    'ThrottledException',
    'RequestLimitExceeded',
]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED']);
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * One failed AWS call, attributed where it was made: the service, operation and resource travel
 * with the error, so a message can never name the wrong call or the wrong IAM action. `message`
 * says what to fix; every piece of outside text in it (the service's own message, IDs) is inert.
 */
class AwsCallError extends errors/* SafeError */.yR {
    context;
    cause;
    outcomeUnknown;
    name = 'AwsCallError';
    /** The AWS error name (`ConflictException`, …), or '' for a failure that never got an answer. */
    awsName;
    constructor(context, cause, 
    /**
     * A write that may have landed: an attempt reached the service and its answer was lost, timed
     * out or was a 5xx, and the last answer was no refusal. Such a write is resolved (sent again
     * with its token, or looked for), never reported as not written.
     */
    outcomeUnknown = false) {
        super(explain(context, cause));
        this.context = context;
        this.cause = cause;
        this.outcomeUnknown = outcomeUnknown;
        this.awsName = context.deadline.expired ? '' : (fields(cause).name ?? '');
    }
    /**
     * The service refused the call (a 4xx answer other than throttling): a refusal is the same for
     * the same call sent again, so it is never resent to resolve an unknown outcome.
     */
    get refused() {
        return isRefusal(this.cause);
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
/** A 4xx answer other than throttling: the same call sent again is refused the same way. */
function isRefusal(error) {
    const { name, $metadata } = fields(error);
    const status = $metadata?.httpStatusCode ?? 0;
    const throttled = THROTTLED.has(name ?? '') || status === 429;
    return status >= 400 && status < 500 && !throttled;
}
function explain(context, error) {
    const { service, operation, resource } = context;
    const e = fields(error);
    const name = e.name ?? 'Error';
    // Without its own final period: the messages below end the sentence that quotes it.
    const detail = (0,inert/* inert */.tJ)((e.message ?? (0,errors/* errorMessage */.gJ)(error)).replace(/\s+$/, '').replace(/(?<!\.)\.$/, ''));
    const request = e.$metadata?.requestId ? ` (request ID ${(0,inert/* inert */.tJ)(e.$metadata.requestId)})` : '';
    const attempts = e.$metadata?.attempts ?? 1;
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    const target = (0,inert/* inertUpTo */.xn)(resource, MAX_ARN);
    const what = `${operation} on ${target}`;
    const throttled = THROTTLED.has(name) || e.$metadata?.httpStatusCode === 429;
    // Throttling is retried until the deadline (aws/retry.ts): it stops when the deadline has passed,
    // or when the next backoff would pass it.
    if (throttled) {
        const until = context.deadline.expired
            ? `until ${context.deadline.describe()} ran out`
            : `until the next retry would have passed ${context.deadline.describe()}`;
        return `${operation} on ${target} was throttled on every attempt (${tries}) ${until}${request}: ${detail}. Space out parallel jobs that call Incident Manager, or ask AWS for a higher quota.`;
    }
    if (context.deadline.expired || error instanceof DeadlineError) {
        return `${what} did not finish within ${context.deadline.describe()}; the service did not answer in time.`;
    }
    if (name === 'ProxyRefusedError') {
        return `${what} failed: ${detail}. Give the proxy's credentials in HTTPS_PROXY (http://user:password@host:port; the action never prints the password), or list the endpoint in NO_PROXY if it needs no proxy.`;
    }
    if (ACCESS_DENIED.has(name)) {
        return `${operation} was denied${request}: ${detail}. Allow the IAM action ${service}:${operation} on ${target} for the credentials this step uses.`;
    }
    if (BAD_CREDENTIALS.has(name)) {
        return `AWS rejected the credentials for ${operation} (${name}: ${detail})${request}. Configure them with aws-actions/configure-aws-credentials, or set role-to-assume.`;
    }
    if (name === 'CredentialsProviderError') {
        return `No AWS credentials were found for ${operation} (${detail}). Configure them with aws-actions/configure-aws-credentials, or set role-to-assume (with permissions: id-token: write).`;
    }
    if (name === 'ResourceNotFoundException' && INCIDENT_RECORD.test(resource)) {
        // About the incident, named once: the service's message only says the ARN again, and the
        // call is whichever one happened to ask first.
        const id = e.$metadata?.requestId ? `, request ID ${(0,inert/* inert */.tJ)(e.$metadata.requestId)}` : '';
        return `incident ${target} was not found (${operation}: ${name}${id}). Check the incident ID in the ARN, the account of the credentials, and aws-region.`;
    }
    if (name === 'ResourceNotFoundException') {
        return `${operation}: ${target} was not found${request}: ${detail}. Check the ARN or event ID, the account of the credentials, and aws-region.`;
    }
    if (name === 'ValidationException') {
        return `${operation} was rejected as invalid${request}: ${detail}`;
    }
    const status = e.$metadata?.httpStatusCode ?? 0;
    // Fewer attempts than max-attempts: the deadline stopped the retries (aws/retry.ts).
    const stopped = context.maxAttempts !== undefined && attempts < context.maxAttempts
        ? `; another attempt would not have finished within ${context.deadline.describe()}`
        : '';
    if ([500, 502, 503, 504].includes(status) && stopped) {
        return `${what} failed after ${tries} of max-attempts ${context.maxAttempts}: the next retry would have passed ${context.deadline.describe()}${request}. Last error: ${(0,inert/* inert */.tJ)(name)}: ${detail}`;
    }
    // Before the timeout: the SDK names a dropped connection (ECONNRESET, EPIPE) a TimeoutError too.
    if (e.code && DROPPED.has(e.code)) {
        return `${what} failed after ${tries}${stopped}: the connection was ${e.code === 'ECONNREFUSED' ? 'refused' : 'dropped'} (${e.code}). Check the endpoint, proxy and network.`;
    }
    if (name === 'TimeoutError' || e.code === 'ETIMEDOUT') {
        return `${what} got no complete answer within ${formatSeconds(context.attemptMs)} in each of ${tries} (INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS)${stopped}.`;
    }
    if (e.code && UNREACHABLE.has(e.code)) {
        return `${what} failed after ${tries}: the endpoint could not be reached (${e.code}: ${detail}). Check aws-region, endpoint-url and the network.`;
    }
    if (name === 'AbortError') {
        return `${what} was cancelled: ${detail}.`;
    }
    return `${what} failed after ${tries}: ${(0,inert/* inert */.tJ)(name)}: ${detail}${request}`;
}

// EXTERNAL MODULE: ../node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 11 modules
var node_http_handler = __webpack_require__(18);
// EXTERNAL MODULE: ./action/runtime/version.js
var version = __webpack_require__(2739);
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
    const { getProxyForUrl } = await __webpack_require__.e(/* import() | proxy-from-env */ 360).then(__webpack_require__.bind(__webpack_require__, 468));
    const proxy = getProxyForUrl(endpoint);
    if (!proxy)
        return {};
    if (endpoint.startsWith('https:')) {
        const { HttpsProxyAgent } = await Promise.all(/* import() | https-proxy-agent */[__webpack_require__.e(318), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 5852));
        return { httpsAgent: new HttpsProxyAgent(proxy), proxy };
    }
    const { HttpProxyAgent } = await Promise.all(/* import() | http-proxy-agent */[__webpack_require__.e(318), __webpack_require__.e(228)]).then(__webpack_require__.bind(__webpack_require__, 1329));
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

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/retries-2026-config.js
var retries_2026_config = __webpack_require__(3541);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/constants.js
var constants = __webpack_require__(4132);
;// CONCATENATED MODULE: ./action/aws/retry.js

/**
 * Whether a failed attempt is tried again, and after how long. Throttling is the normal state of
 * an outage, when many runs write into one incident at once: it is retried until the deadline,
 * never given up after a count. `max-attempts` bounds the attempts that fail with a 5xx, a timeout
 * or a dropped connection (the SDK's "transient" errors); anything else (validation, access, not
 * found) is an answer and never retried. The backoff is the SDK's own (full jitter, exponential
 * from its base for the kind of error, at most 20 s, lengthened to a `Retry-After` as the SDK
 * does), and a retry is not started when its backoff would pass the deadline, or leave less
 * time than the last attempt took: an attempt cut off by a region's share of the time would count
 * as a region that did not answer, which a throttled region is not.
 */
function decideRetry(count, error, rule) {
    const throttled = error.errorType === 'THROTTLING';
    if (!throttled && error.errorType !== 'TRANSIENT')
        return { retry: false, why: 'not retryable' };
    const failed = count.failed + (throttled ? 0 : 1);
    if (failed >= rule.maxAttempts)
        return { retry: false, why: 'max-attempts' };
    const exponent = throttled ? count.throttled : count.failed;
    const base = throttled ? retries_2026_config/* Retry */.f.throttlingDelay() : retries_2026_config/* Retry */.f.delay();
    let delayMs = Math.floor(rule.random * Math.min(base * 2 ** exponent, constants/* MAXIMUM_RETRY_DELAY */.G8));
    if (error.retryAfterHint instanceof Date) {
        const hinted = error.retryAfterHint.getTime() - rule.now;
        delayMs = Math.max(delayMs, Math.min(hinted, delayMs + 5_000));
    }
    if (delayMs + rule.lastAttemptMs >= rule.remainingMs)
        return { retry: false, why: 'deadline' };
    return {
        retry: true,
        delayMs,
        count: {
            retries: count.retries + 1,
            throttled: count.throttled + (throttled ? 1 : 0),
            failed,
        },
    };
}
/** The token the SDK carries between the attempts of one call; it waits `getRetryDelay()`. */
class RetryToken {
    count;
    delayMs;
    /** When the attempt this token is for starts: after its delay. */
    attemptAt;
    constructor(count, delayMs, now) {
        this.count = count;
        this.delayMs = delayMs;
        this.attemptAt = now + delayMs;
    }
    getRetryCount() {
        return this.count.retries;
    }
    getRetryDelay() {
        return this.delayMs;
    }
    getRetryCost() {
        return undefined;
    }
}
const FIRST = { retries: 0, throttled: 0, failed: 0 };
/**
 * The retry strategy of every AWS client of the action (`retryStrategy` of the client config), on
 * the SDK's retry middleware, which classifies each error, reads `Retry-After`, and waits the
 * token's delay under the call's abort signal. Unlike the SDK's standard strategy it keeps no
 * retry quota across calls: that guards a long-lived client against retry storms, where a run's
 * client lives for one step and its retries are bounded by max-attempts and the deadline.
 */
class DeadlineRetryStrategy {
    maxAttempts;
    deadline;
    random;
    mode = 'standard';
    constructor(maxAttempts, deadline, random = Math.random) {
        this.maxAttempts = maxAttempts;
        this.deadline = deadline;
        this.random = random;
    }
    async acquireInitialRetryToken(_scope) {
        return new RetryToken(FIRST, 0, Date.now());
    }
    async refreshRetryTokenForRetry(token, error) {
        const now = Date.now();
        const decision = decideRetry(token.count, error, {
            maxAttempts: this.maxAttempts,
            remainingMs: this.deadline.remainingMs(),
            lastAttemptMs: Math.max(0, now - token.attemptAt),
            now,
            random: this.random(),
        });
        // The middleware then throws the attempt's own error.
        if (!decision.retry)
            throw new Error(`no retry: ${decision.why}`);
        return new RetryToken(decision.count, decision.delayMs, now);
    }
    recordSuccess(_token) { }
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
        // Throttling until the deadline, max-attempts for 5xx, timeouts and dropped connections, with
        // the SDK's jittered backoff (see retry.ts). Not the SDK's adaptive mode: its client-side rate
        // limiter, made for long-lived clients, spends most of a short run waiting (ten targets with
        // every fourth call throttled: 22 s instead of 2.2 s, for the same 54 requests).
        retryStrategy: new DeadlineRetryStrategy(settings.maxAttempts, settings.deadline),
        customUserAgent: `${version/* ACTION_NAME */.p}/${version/* ACTION_VERSION */.Y}`,
        requestHandler: new BoundedHandler(inner, settings.limits.attemptMs, settings.deadline, agents.proxy),
    };
}
/**
 * The proxy refused the request: 407, authentication required. https-proxy-agent hands a refused
 * CONNECT back as the answer itself, which the SDK would report as an unknown error of the service.
 */
class ProxyRefusedError extends errors/* SafeError */.yR {
    proxy;
    name = 'ProxyRefusedError';
    constructor(proxy) {
        super(`the proxy ${redactProxy(proxy)} refused the request: 407 Proxy Authentication Required`);
        this.proxy = proxy;
    }
}
/**
 * The calls (by the abort signal each was sent with) of which some attempt may have reached the
 * service: the SDK hands only the last attempt's error back, and an earlier attempt whose answer
 * was lost may have written even when the last one never left.
 */
const reachedService = new WeakSet();
/** Failures that prove the attempt never left: no connection, name or TLS session was made. */
const NEVER_SENT = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/**
 * Whether a failed attempt proves that its request never reached the service. The SDK's handler
 * names a connection that was never made by its code (refused, DNS, TLS), and its connect
 * timeout by its message (a TimeoutError like the one for an answer that did not come).
 */
function neverSent(error) {
    const e = (error !== null && typeof error === 'object' ? error : {});
    if (e.code && NEVER_SENT.has(e.code))
        return true;
    return typeof e.message === 'string' && e.message.includes('did not establish a connection');
}
/**
 * True when an attempt of the call sent with `signal` may have reached the service and its answer
 * did not come back whole (dropped, timed out, cancelled) or was a 5xx: the call's outcome is
 * unknown. False when every attempt failed before it left, or was answered.
 */
function mayHaveReachedService(signal) {
    return reachedService.has(signal);
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
    proxy;
    constructor(inner, attemptMs, deadline, 
    /** The proxy the requests go through, if any: a 407 answer is its refusal. */
    proxy) {
        this.inner = inner;
        this.attemptMs = attemptMs;
        this.deadline = deadline;
        this.proxy = proxy;
    }
    async handle(request, options = {}) {
        const attempt = new AbortController();
        const timer = setTimeout(() => attempt.abort(attemptTimeout(this.attemptMs)), this.attemptMs);
        const signals = [attempt.signal, this.deadline.signal];
        if (options.abortSignal instanceof AbortSignal)
            signals.push(options.abortSignal);
        const signal = AbortSignal.any(signals);
        const caller = options.abortSignal instanceof AbortSignal ? options.abortSignal : undefined;
        try {
            const { response } = await this.inner.handle(request, { ...options, abortSignal: signal });
            if (caller && response.statusCode >= 500)
                reachedService.add(caller);
            if (this.proxy && response.statusCode === 407) {
                response.body?.destroy?.();
                throw new ProxyRefusedError(this.proxy);
            }
            response.body = await readAll(response.body, signal);
            return { response };
        }
        catch (error) {
            if (caller && !(error instanceof ProxyRefusedError) && !neverSent(error)) {
                reachedService.add(caller);
            }
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

;// CONCATENATED MODULE: ./action/aws/regions.js



const regions_DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
/**
 * A region is unavailable when a call to it fails by connection (refused, reset, DNS, TLS), by
 * timeout (the region's share of the run's time included), or with 5xx after its attempts; never
 * on a 4xx, which is an answer (throttling, validation, access denied, not found).
 */
function regionUnavailable(error, region) {
    // The SDK's error, under a call error or an error that wraps one (a role not assumed).
    const call = error instanceof Error &&
        !(error instanceof AwsCallError) &&
        error.cause instanceof AwsCallError
        ? error.cause
        : error;
    const cause = call instanceof AwsCallError ? call.cause : call;
    const e = (cause !== null && typeof cause === 'object' ? cause : {});
    const attempts = e.$metadata?.attempts ?? 1;
    const after = `after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
    if (neverSent(e)) {
        return {
            why: `it could not be reached (${e.code ?? 'no connection'}) ${after}`,
            maybeSent: false,
        };
    }
    if (e.code && regions_DROPPED.has(e.code)) {
        return { why: `the connection was dropped (${e.code}) ${after}`, maybeSent: true };
    }
    if (region.expired) {
        return { why: `it did not answer within ${region.describe()}`, maybeSent: true };
    }
    if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT') {
        return { why: `it did not answer in time ${after}`, maybeSent: true };
    }
    const status = e.$metadata?.httpStatusCode ?? 0;
    if (status >= 500) {
        return { why: `it answered ${status} (${e.name ?? 'server error'}) ${after}`, maybeSent: true };
    }
    return undefined;
}
/**
 * The regions a run calls, in order of preference: the first until it is unavailable, then the
 * next, for the rest of the run. Each region but the last may use an equal share of the time left
 * when it becomes the run's region, so that one that stalls cannot use up the time of the next.
 * Connecting to a region (assuming `role-to-assume` with its STS) is part of the region: when
 * it fails because the region is unavailable, the run moves on to the next one too.
 */
class RegionRoute {
    regions;
    deadline;
    connect;
    onFailover;
    index = 0;
    active;
    opened = [];
    failovers = [];
    constructor(regions, deadline, connect, onFailover = () => undefined) {
        this.regions = regions;
        this.deadline = deadline;
        this.connect = connect;
        this.onFailover = onFailover;
    }
    /** The region the run calls now. */
    get region() {
        return this.regions[this.index];
    }
    current() {
        if (!this.active) {
            const region = this.region;
            const left = this.regions.length - this.index;
            const remaining = this.deadline.remainingMs();
            const deadline = left > 1
                ? this.deadline.share(remaining / left, `the share of the run's time that ${region} may use`)
                : this.deadline;
            this.active = this.connect(region, deadline).then((client) => ({ region, client, deadline }), (error) => this.connectFailed(region, deadline, error));
            this.opened.push(this.active);
        }
        return this.active;
    }
    connectFailed(region, deadline, error) {
        const unavailable = regionUnavailable(error, deadline);
        // The call that failed, when it was not Incident Manager's (STS's AssumeRoleWithWebIdentity).
        const call = error instanceof Error && error.cause instanceof AwsCallError ? error.cause : undefined;
        const why = `${region} is unavailable${call ? ` (${call.operation})` : ''}: ${unavailable?.why}`;
        if (!unavailable || !this.failover(region, why))
            throw error;
        return this.current();
    }
    /**
     * Marks `region` unavailable. True when the call can go on in another region: the next one, or
     * the one another call already moved the run to.
     */
    failover(region, why) {
        if (this.deadline.expired)
            return false;
        if (region !== this.region)
            return true;
        if (this.index + 1 >= this.regions.length)
            return false;
        this.index += 1;
        this.active = undefined;
        const failover = { from: region, to: this.region, why };
        this.failovers.push(failover);
        this.onFailover(failover);
        return true;
    }
    /** Closes every client opened, so that no kept-alive connection holds the process. */
    close() {
        for (const opened of this.opened) {
            opened.then(({ client }) => client.destroy()).catch(() => undefined);
        }
    }
}
/**
 * A create whose region became unavailable: the run has moved on to `route`'s next region, and
 * the event may have been written in `from` (when `maybeSent`), which the writer looks for in the
 * next region before writing it there.
 */
class RegionFailoverError extends errors/* SafeError */.yR {
    failure;
    from;
    maybeSent;
    name = 'RegionFailoverError';
    constructor(failure, from, maybeSent) {
        super(failure.message);
        this.failure = failure;
        this.from = from;
        this.maybeSent = maybeSent;
    }
}

// EXTERNAL MODULE: ./action/read/inputs.js + 2 modules
var read_inputs = __webpack_require__(5629);
// EXTERNAL MODULE: ./action/read/facts.js
var facts = __webpack_require__(4970);
// EXTERNAL MODULE: ./action/parse/template.js
var parse_template = __webpack_require__(6224);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./action/runtime/code-points.js
var code_points = __webpack_require__(8140);
// EXTERNAL MODULE: ./action/parse/commit-message.js
var commit_message = __webpack_require__(6645);
// EXTERNAL MODULE: ./action/job-end/outcome.js
var outcome = __webpack_require__(2212);
;// CONCATENATED MODULE: ./action/text/render.js







/** The service's limit on `eventData`, in characters as it counts them (code points). */
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
        ['commit_subject', facts.commitSubject],
        ['event_name', facts.eventName],
        ['environment', context.environment],
        ['status', context.status],
        ['server_url', facts.serverUrl],
        ['duration', formatDuration(context.durationMs ?? 0)],
    ]);
}
/** What the default message opens with for a status word, before its `:`. */
function headlineOf(status) {
    return status ? (HEADLINES.get(status.toLowerCase()) ?? `Deployment ${status}`) : 'Deployment';
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
/**
 * `Deployment succeeded: acme/shop@1a2b3c4 "Fix checkout retry storm (#482)" (main) to production
 * by octocat, run <url>`: the subject when it is known.
 */
function defaultMessage(facts, context) {
    const { status, environment, durationMs } = context;
    const word = status.toLowerCase();
    const headline = headlineOf(status);
    const what = [
        facts.repository || 'unknown repository',
        facts.shortSha && `@${facts.shortSha}`,
    ].join('');
    const parts = [`${headline}: ${what}`];
    if (facts.commitSubject)
        parts.push(` "${facts.commitSubject}"`);
    if (facts.refName)
        parts.push(` (${facts.refName})`);
    if (environment)
        parts.push(`${word === 'rolled-back' ? ' in' : ' to'} ${environment}`);
    if (facts.actor)
        parts.push(` by ${facts.actor}`);
    if (durationMs !== undefined && !context.ongoing)
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
/** Whether the text shows the commit's subject: the default message, or a `{commit_subject}`. */
function usesCommitSubject(inputs, facts) {
    if (inputs.eventDataTemplate.trim() !== '') {
        return /\{\s*commit_subject\s*\}/.test(inputs.eventDataTemplate);
    }
    return dispatchMessage(facts) === undefined;
}
function renderEventText(inputs, facts, context) {
    if (inputs.eventDataTemplate.trim() !== '') {
        const text = (0,parse_template/* renderTemplate */.Xm)('event-data', inputs.eventDataTemplate, {
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
function encodeText(text, encoding) {
    return encoding === 'json-string' ? JSON.stringify(text) : text;
}
/**
 * The longest a subject can be on the wire, in UTF-16 units: MAX_COMMIT_SUBJECT code points, each
 * at most 7 units (a control character shown as `\u001b`, its backslash escaped by json-string).
 */
const MAX_ENCODED_SUBJECT = 7 * commit_message/* MAX_COMMIT_SUBJECT */.U;
function textIdentity(inputs, facts, context) {
    const encode = (commitSubject) => encodeText(renderEventText(inputs, { ...facts, commitSubject }, context).text, inputs.encoding);
    const withoutSubject = encode('');
    // Where the subject lands: rendered with a marker no text holds, then cut there.
    const marker = (0,external_node_crypto_.randomUUID)();
    const parts = encode(marker).split(marker);
    if (parts.length === 1) {
        return { withoutSubject, matches: (eventData) => eventData === withoutSubject };
    }
    // The first place the subject lands captures it; every other place holds the same subject.
    const pattern = new RegExp(`^${parts
        .map(parse_template/* escapeRegExp */.Nt)
        .reduce((all, part, i) => i === 1 ? `${all}([\\s\\S]{0,${MAX_ENCODED_SUBJECT}}?)${part}` : `${all}\\1${part}`)}$`);
    return {
        withoutSubject,
        matches: (eventData) => eventData === withoutSubject || pattern.test(eventData),
    };
}
/**
 * Encodes the text for the wire and refuses, never cuts, what the service would refuse. `when`
 * says which rendering this is, when it is not the one written now.
 */
function encodeEventData({ text, source }, encoding, when = '') {
    // Only white space, zero-width or bidirectional characters: an event that shows nothing.
    if ((0,inert/* isBlank */.z3)(text)) {
        throw new errors/* InputError */.dz('event-data', `the event text (${source}) is empty${text ? ' or only invisible characters (white space, zero-width or bidirectional controls)' : ''}; give some text, or leave event-data unset for the default message.`);
    }
    const data = encodeText(text, encoding);
    const length = (0,code_points/* codePointLength */.O)(data);
    if (length > MAX_EVENT_DATA) {
        const over = length - MAX_EVENT_DATA;
        throw new errors/* InputError */.dz('event-data', `the event text (${source})${when} is ${length.toLocaleString('en-US')} characters${encoding === 'json-string' ? ' after json-string encoding' : ''}, ${over.toLocaleString('en-US')} over the service's limit of ${MAX_EVENT_DATA.toLocaleString('en-US')}. Shorten it by ${over.toLocaleString('en-US')} character${over === 1 ? '' : 's'}; nothing was cut or sent.`);
    }
    return data;
}
/**
 * The longest `{duration}` a job end can write: jobs on self-hosted runners may run for days, and
 * every duration under 1,000 hours is at most this wide.
 */
const LONGEST_DURATION_MS = (999 * 3600 + 59 * 60 + 59) * 1000;
/**
 * With finish-on-job-end, the job-end step renders the text again with the outcome and the
 * duration. Checked before anything is written: a text that fits as `started` but not as
 * `succeeded` would leave the event saying `started`.
 */
function checkFitsAtJobEnd(inputs, facts, environment) {
    for (const word of outcome/* OUTCOME_WORDS */.n) {
        const context = { status: word, environment, durationMs: LONGEST_DURATION_MS };
        encodeEventData(renderEventText(inputs, facts, context), inputs.encoding, ` as the job-end step of finish-on-job-end writes it ('${word}', after ${formatDuration(LONGEST_DURATION_MS)})`);
    }
}

;// CONCATENATED MODULE: ./action/text/finality.js



/** The status words of the states a deployment ends in (`succeeded`, `failed`). */
const FINAL_STATUS_WORDS = [
    ...new Set([...facts/* FINAL_DEPLOYMENT_STATES */.Yw].map(facts/* deploymentStatusWord */._I)),
];
/** The text of `eventData` as written in `encoding`, or undefined when it is not in that form. */
function decode(eventData, encoding) {
    if (encoding === 'raw')
        return eventData;
    try {
        const text = JSON.parse(eventData);
        return typeof text === 'string' ? text : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The matcher for this run's template. An `event-data` template's pattern has a wildcard for each
 * placeholder, which JavaScript's backtracking engine could take polynomial time over on a long
 * text that does not match; it runs on RE2's linear-time engine (re2js, loaded only for it).
 */
async function finalityMatcher(inputs) {
    const words = FINAL_STATUS_WORDS.map(parse_template/* escapeRegExp */.Nt).join('|');
    const template = inputs.eventDataTemplate;
    let test;
    if (template.trim() !== '') {
        let hasStatus = false;
        const source = (0,parse_template/* templatePattern */.N7)(template, (name) => {
            if (name !== 'status')
                return '[\\s\\S]*';
            hasStatus = true;
            return `(?:${words})`;
        });
        if (!hasStatus)
            return { canTell: false, showsFinal: () => false };
        const { RE2JS } = await __webpack_require__.e(/* import() | re2js */ 119).then(__webpack_require__.bind(__webpack_require__, 8966));
        const pattern = RE2JS.compile(`^${source}$`);
        test = (text) => pattern.test(text);
    }
    else {
        // The default message opens with its headline; the rest differs from run to run.
        const headlines = FINAL_STATUS_WORDS.map((word) => (0,parse_template/* escapeRegExp */.Nt)(headlineOf(word)));
        const pattern = new RegExp(`^(?:${headlines.join('|')}):`);
        test = (text) => pattern.test(text);
    }
    return {
        canTell: true,
        showsFinal: (eventData) => {
            const text = decode(eventData, inputs.encoding);
            return text !== undefined && test(text);
        },
    };
}

;// CONCATENATED MODULE: ./action/write/earlier-try.js


/** How far back an earlier try of the same step may have written its event. */
const EARLIER_TRY_WINDOW_MS = 24 * 3_600_000;
/** How far apart the clocks of two tries' runners may be. */
const CLOCK_SKEW_MS = 5 * 60_000;
function isSame(event, wanted) {
    if (event.eventType !== wanted.eventType || typeof event.eventData !== 'string')
        return false;
    return wanted.sameText ? wanted.sameText(event.eventData) : event.eventData === wanted.eventData;
}
/**
 * The event an earlier try of this step wrote, after the service answered that the step's token
 * was already used (a retried step, a restarted runner, with a new event time or references).
 *
 * What the live service puts in the ConflictException's `resourceIdentifier` is not documented:
 * the earlier event, the token, or nothing. The identifier is used only when it has the form of an
 * event ID and reads back as an event of this type and text; otherwise, or on any failure of that
 * read, the timeline is searched: events of this type in the earlier try's time window (`since`
 * to `until`), newest first, so from the time of the latest try back; every candidate is read
 * (summaries omit the text), since another job (a matrix leg) may have written the same text.
 * The search is bounded by that window and by the run's deadline, not by a count. Automatic
 * events (`SSM Incident Record Update`) are never candidates.
 */
async function findEarlierTry(api, wanted, conflict) {
    const named = conflict?.named ?? {};
    const candidate = named.identifier && read_inputs/* EVENT_ID */.hy.test(named.identifier) && named.type !== 'INCIDENT_RECORD'
        ? named.identifier
        : undefined;
    if (candidate) {
        try {
            if (isSame(await api.getEvent(wanted.incidentArn, candidate), wanted)) {
                return { kind: 'found', eventId: candidate };
            }
        }
        catch (error) {
            // The name was not an event of this incident after all (or could not be read): search.
            if (!(error instanceof AwsCallError))
                throw error;
        }
    }
    const same = [];
    let read = 0;
    try {
        for await (const page of api.eventPages(wanted.incidentArn, wanted.eventType, wanted.since)) {
            for (const summary of page) {
                const id = summary.eventId;
                if (!id || id === candidate || !read_inputs/* EVENT_ID */.hy.test(id) || summary.eventType !== wanted.eventType)
                    continue;
                if (wanted.until && summary.eventTime && summary.eventTime > wanted.until)
                    continue;
                read++;
                if (isSame(await api.getEvent(wanted.incidentArn, id), wanted))
                    same.push(id);
            }
        }
    }
    catch (error) {
        // The run's time ran out: what was found is the answer, and nothing found says so.
        if (!(error instanceof AwsCallError && error.context.deadline.expired))
            throw error;
        if (same.length === 0)
            return { kind: 'none', read, timedOut: true };
    }
    if (same.length > 1)
        return { kind: 'ambiguous', eventIds: same };
    return same[0] ? { kind: 'found', eventId: same[0] } : { kind: 'none', read, timedOut: false };
}

;// CONCATENATED MODULE: ./action/write/related-links.js






function commitLink(facts) {
    const title = (0,code_points/* firstCodePoints */.j)(`Commit ${facts.shortSha} of ${facts.repository}`, 200);
    return { url: facts.commitUrl, title, input: 'link-commit' };
}
/** A reported deployment, titled so that the incident's list tells it from the others. */
function deploymentLink(deployment) {
    const where = deployment.environment ? ` to ${deployment.environment}` : '';
    const title = (0,code_points/* firstCodePoints */.j)(`Deployment ${deployment.id}${where}`, 200);
    return { url: deployment.url, title, input: 'deployment' };
}
function itemOf(link) {
    return {
        ...(link.title ? { title: link.title } : {}),
        identifier: { type: 'OTHER', value: { url: link.url } },
    };
}
/** The ID of the related item with this URL, when the answer gives a well-formed one. */
function idOfUrl(items, url) {
    const key = (0,parse_references/* linkKey */.Sg)(url);
    const id = items.find((item) => {
        const itemUrl = item.identifier?.value?.url;
        return itemUrl !== undefined && (itemUrl === url || (0,parse_references/* linkKey */.Sg)(itemUrl) === key);
    })?.generatedId;
    return id && parse_references/* RELATED_ITEM_ID */.qJ.test(id) ? id : undefined;
}
/** Related items are a nicety: a failure to read or write them is a warning, never the run's failure. */
/** Whose warning a failure to link is: the commit's when it was among the links. */
function sourceOf(links) {
    for (const source of ['link-commit', 'deployment']) {
        if (links.some((link) => link.input === source))
            return source;
    }
    return 'references';
}
const LINKED_WHAT = new Map([
    ['link-commit', 'the commit'],
    ['deployment', 'the deployment'],
    ['references', 'the URLs of references'],
]);
function warning(links, error, incidentArn) {
    const denied = error instanceof AwsCallError && error.isAccessDenied;
    const why = (0,errors/* safeMessage */.N5)(error);
    const inputs = [...new Set(links.map((l) => l.input))];
    const names = [...LINKED_WHAT].filter(([input]) => inputs.some((i) => i === input));
    const what = names
        .map(([, name]) => name)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1');
    const fix = inputs.includes('link-commit') ? '; or set link-commit: false' : '';
    const advice = denied
        ? ` Linking needs ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems${fix}.`
        : '';
    return `${inputs.join(', ')}: could not link ${what} to ${(0,inert/* inert */.tJ)(incidentArn)}; the event is written without ${inputs.length > 1 || links.length > 1 ? 'them' : 'it'}. ${why}${advice}`;
}
/**
 * The related items one target's event links to. One ListRelatedItems read, made beside the
 * target's other reads, tells which links are there; only absent ones are added (one
 * UpdateRelatedItems each, with a token so that retries add nothing twice), then one more read
 * gives their IDs (UpdateRelatedItems does not return them). A ConflictException on an add means
 * another job added the same URL: theirs is used. A re-run finds every link and adds nothing.
 */
class TargetLinks {
    api;
    incidentArn;
    signal;
    deadline;
    tokenFor;
    read;
    /** Each URL once: a `references` URL that is the commit's is one related item, one reference. */
    links;
    constructor(api, incidentArn, links, signal, deadline, tokenFor) {
        this.api = api;
        this.incidentArn = incidentArn;
        this.signal = signal;
        this.deadline = deadline;
        this.tokenFor = tokenFor;
        this.links = (0,list/* unique */.A)(links, (link) => (0,parse_references/* linkKey */.Sg)(link.url));
        this.read =
            links.length === 0
                ? Promise.resolve([])
                : api.listRelatedItems(incidentArn, { signal }).catch((failed) => {
                    // An incident that does not exist fails the target; anything else is a warning.
                    if (failed instanceof AwsCallError && failed.isNotFound)
                        throw failed;
                    return { failed };
                });
        // Read beside another call: when that one fails first, this one's failure is not awaited,
        // and must not end the process as an unhandled rejection.
        this.read.catch(() => undefined);
    }
    /** What the read found, for counting references before anything is written. */
    async peek() {
        const items = await this.read;
        if (!Array.isArray(items))
            return { linked: [], absent: 0 };
        const ids = this.links.map((link) => idOfUrl(items, link.url));
        return {
            linked: ids.filter((id) => id !== undefined),
            absent: ids.filter((id) => id === undefined).length,
        };
    }
    /**
     * The references to the links, adding the absent ones first (`beforeWrite` is called before
     * each add: it throws when no new write may start), with the warnings and log lines of it.
     */
    async references(beforeWrite) {
        let items = await this.read;
        if (!Array.isArray(items)) {
            return {
                references: [],
                idByUrl: new Map(),
                warnings: [
                    {
                        source: sourceOf(this.links),
                        text: this.budgetNote(warning(this.links, items.failed, this.incidentArn)),
                    },
                ],
                lines: [],
            };
        }
        const warnings = [];
        const absent = this.links.filter((link) => !idOfUrl(items, link.url));
        /** Adds whose answer was lost: the read after them says whether they landed. */
        const unknown = new Set();
        let failed = false;
        if (absent.length > 0) {
            try {
                for (const link of absent) {
                    beforeWrite();
                    const from = this.api.region;
                    const add = () => this.api.addRelatedItem(this.incidentArn, itemOf(link), this.tokenFor(link), {
                        signal: this.signal,
                    });
                    try {
                        const added = await add();
                        if (added !== from) {
                            warnings.push({ source: link.input, text: this.movedWarning(link, from, added) });
                        }
                    }
                    catch (error) {
                        if (!(error instanceof AwsCallError))
                            throw error;
                        if (error.outcomeUnknown) {
                            // It may have been added. The same add again (same token) is answered with the
                            // first one's result; either way, the read below settles it.
                            unknown.add(link);
                            await add().catch((again) => {
                                if (!(again instanceof AwsCallError && (again.isConflict || again.outcomeUnknown)))
                                    throw again;
                            });
                        }
                        else if (!error.isConflict)
                            throw error;
                    }
                }
                items = await this.api.listRelatedItems(this.incidentArn, { signal: this.signal });
            }
            catch (error) {
                if (error instanceof AwsCallError && error.isNotFound)
                    throw error;
                if (error instanceof Error && error.name === 'StoppedError')
                    throw error;
                warnings.push({
                    source: sourceOf(absent),
                    text: this.budgetNote(warning(absent, error, this.incidentArn)),
                });
                failed = true;
            }
        }
        const references = [];
        const idByUrl = new Map();
        const lines = [];
        for (const link of this.links) {
            const id = idOfUrl(items, link.url);
            if (id) {
                references.push({ relatedItemId: id });
                idByUrl.set(link.url, id);
                if (absent.includes(link))
                    lines.push(linkedLine(link));
            }
            else if (!failed) {
                const what = link.input === 'link-commit' ? 'the commit' : (0,inert/* inert */.tJ)(link.url);
                warnings.push({
                    source: link.input,
                    text: unknown.has(link)
                        ? `${link.input}: the answer to adding ${what} to ${(0,inert/* inert */.tJ)(this.incidentArn)} was lost, and the incident's related items do not show it; the event is written without it.`
                        : `${link.input}: ${what} was added to ${(0,inert/* inert */.tJ)(this.incidentArn)} but the service gave it no ID to reference; the event is written without it.`,
                });
            }
        }
        return { references, idByUrl, warnings, lines };
    }
    /**
     * An add sent to a region that then became unavailable may have landed there; the next region
     * does not show it while the regions replicate, so it was added there too. A related item
     * cannot be looked for by token, so the incident may list the link twice: said, not hidden.
     */
    movedWarning(link, from, to) {
        const what = link.input === 'link-commit' ? 'the commit' : (0,inert/* inert */.tJ)(link.url);
        return `${link.input}: ${(0,inert/* inert */.tJ)(from)} became unavailable while ${what} was being linked to ${(0,inert/* inert */.tJ)(this.incidentArn)}, so it was linked in ${(0,inert/* inert */.tJ)(to)}; if ${(0,inert/* inert */.tJ)(from)} had added it too, the incident lists it twice once the regions replicate.`;
    }
    budgetNote(message) {
        return this.signal.aborted && !this.deadline.expired
            ? `${message} (linking may use half of the time left, so that the write keeps the rest)`
            : message;
    }
}
function linkedLine(link) {
    const what = link.input === 'references' ? (0,inert/* inert */.tJ)(link.url) : LINKED_WHAT.get(link.input);
    return `Linked ${what} as a related item.`;
}

;// CONCATENATED MODULE: ./action/write/token.js



function digest(parts) {
    // JSON keeps the parts apart: ("a|b","c") and ("a","b|c") must not collide.
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/**
 * The idempotency token of one write. The same step of the same job of the same run attempt
 * always derives the same token for the same incident and text, so a retried step (or a restarted
 * runner) can never post twice; a re-run of the workflow is a new attempt and so a new event. The
 * job instance tells apart jobs that share GITHUB_JOB and the step id (the legs of a matrix, two
 * calls of one reusable workflow): each is its own deployment, with its own event.
 */
function deriveClientToken(facts, incidentArn, operation, payload) {
    const hash = digest([
        facts.repository,
        facts.runId,
        facts.runAttempt,
        facts.job,
        facts.jobInstance,
        facts.step,
        incidentArn,
        operation,
        ...payload,
    ]);
    return `ita-${hash}`;
}
/**
 * The token of a reported deployment's event on one incident: from the repository, the
 * deployment and the incident, not the run or the text, so that the runs of its states (each a
 * run of its own, perhaps at once) create one event between them. The first create wins; the
 * others are told the token is known (their text differs) and update that event instead.
 */
function deploymentClientToken(repository, deploymentId, incidentArn) {
    return `ita-${digest([repository, 'deployment', deploymentId, incidentArn])}`;
}
/**
 * A user-given token, kept distinct per incident when one step writes to several, and per write
 * (`scope`, such as the job-end update) when the same token names more than one write.
 */
function userClientToken(token, incidentArn, targetCount, scope = '') {
    if (targetCount <= 1 && !scope)
        return token;
    const suffix = `-${digest(scope ? [incidentArn, scope] : [incidentArn]).slice(0, 12)}`;
    return (0,code_points/* firstCodePoints */.j)(token, read_inputs/* MAX_CLIENT_TOKEN_LENGTH */.OY - suffix.length) + suffix;
}

;// CONCATENATED MODULE: ./action/write/result.js
/** A target's result before anything is written: failed, with nothing said yet. */
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

;// CONCATENATED MODULE: ./action/write/event-writer.js














/** Share of the time left that linking may use, so that it can never starve the write. */
const LINK_SHARE = 0.5;
/**
 * Share of the time left that sending a create again may use when its answer was lost, so that
 * looking for it (the earlier-try search) keeps the rest.
 */
const RESEND_SHARE = 0.5;
const WRITABLE_TYPES = new Set(['Custom Event', 'Note']);
/**
 * The token of one write: the user's (kept distinct per incident, and for the job-end update),
 * or one derived from the run, the job instance, the step, the incident and what is written.
 */
function clientToken(ctx, incidentArn, operation, payload, scope = '') {
    if (ctx.inputs.clientToken) {
        return userClientToken(ctx.inputs.clientToken, incidentArn, ctx.targetCount, scope);
    }
    return deriveClientToken(ctx.facts, incidentArn, scope ? `${operation}:${scope}` : operation, payload);
}
/** Refuses to start a write once the step is cancelled: what is in flight finishes, nothing new. */
function checkNotStopped(ctx) {
    const why = ctx.stopped();
    if (why)
        throw new StoppedError(why);
}
class StoppedError extends errors/* SafeError */.yR {
    name = 'StoppedError';
}
/**
 * The related items this target's event links to: the commit (link-commit), the URLs of
 * `references`, and `more` (a reported deployment). Linking may use half of the time left, so
 * that it can never starve the write.
 */
function targetLinks(ctx, incidentArn, more = []) {
    const links = [
        ...(ctx.inputs.linkCommit && ctx.facts.commitUrl ? [commitLink(ctx.facts)] : []),
        ...ctx.inputs.links.map((link) => ({ ...link, input: 'references' })),
        ...more,
    ];
    const signal = ctx.deadline.within(ctx.deadline.remainingMs() * LINK_SHARE);
    return new TargetLinks(ctx.api, incidentArn, links, signal, ctx.deadline, (link) => deriveClientToken(ctx.facts, incidentArn, 'UpdateRelatedItems', [link.url]));
}
/** The references to the target's links, added first where absent. */
function linkReferences(ctx, links) {
    return links.references(() => checkNotStopped(ctx));
}
/** `result` with what linking said added to its warnings and lines. */
function withLinked(result, linked) {
    return {
        ...result,
        warnings: [...result.warnings, ...linked.warnings],
        lines: [...result.lines, ...linked.lines],
    };
}
function fail(result, error) {
    return { ...result, action: 'failed', error: (0,errors/* safeMessage */.N5)(error) };
}
/**
 * Creates the event on one incident: link the commit (read; add when absent), then write. Never
 * throws: a failure is this target's result. A token the service says was already used is an
 * earlier try of this step, whose event is found and reported instead of a second one.
 */
async function createOnTarget(ctx, target, mode, 
/** The links, when the caller has made them already (and their result so far). */
made) {
    let result = made?.result ?? resultFor(target);
    try {
        const linked = made?.linked ?? (await linkReferences(ctx, targetLinks(ctx, target.arn)));
        if (!made)
            result = withLinked(result, linked);
        // Each reference once: a related item ID given in references may be a link's too.
        const references = (0,list/* unique */.A)([
            ...staticReferences(ctx.inputs, ctx.facts, target.arn, mode.eventType === 'Note'),
            ...linked.references,
        ], parse_references/* referenceKey */.Db);
        const eventTime = mode.eventTime ?? ctx.now;
        checkNotStopped(ctx);
        const event = {
            incidentRecordArn: target.arn,
            eventData: ctx.eventData,
            eventType: mode.eventType,
            eventTime,
            ...(references.length > 0 ? { eventReferences: references } : {}),
            // The text without the commit's subject, so that a try that could not read it and one
            // that could write one event.
            clientToken: clientToken(ctx, target.arn, 'CreateTimelineEvent', [
                mode.eventType,
                ctx.identity.withoutSubject,
            ]),
        };
        // An earlier try wrote with its own event time: its now (a default time) or a given one.
        const times = [ctx.now.getTime(), eventTime.getTime()];
        const wanted = {
            incidentArn: target.arn,
            eventType: mode.eventType,
            eventData: ctx.eventData,
            sameText: ctx.identity.matches,
            since: new Date(Math.min(...times) - EARLIER_TRY_WINDOW_MS),
            until: new Date(Math.max(...times) + CLOCK_SKEW_MS),
        };
        return unsureWhose(ctx, mode, await createOnce(ctx, target, result, event, mode.finishOnJobEnd, wanted));
    }
    catch (error) {
        return fail(result, error);
    }
}
/**
 * The service knows this write's token, with other parameters, and the search did not find the
 * event. A derived token is this step's own: an earlier try posted the event, which is reported
 * (without its ID), not posted again and not a failure. A given `client-token` may have been used
 * by another write with another text: that is the workflow's to fix.
 */
function notFound(ctx, result, finishOnJobEnd, wanted, found) {
    const window = `${wanted.since.toISOString()} to ${wanted.until?.toISOString() ?? 'now'}`;
    const searched = `${found.read} ${wanted.eventType} event(s) of ${window} read${found.timedOut ? " before the run's time ran out" : ''}`;
    if (ctx.inputs.clientToken) {
        throw new errors/* SafeError */.yR(`client-token was already used for a write with other parameters, and no event with this text was found (${searched}). Nothing was written. Give each write its own client-token, or leave it unset to have one derived for each step.`);
    }
    return {
        ...result,
        action: 'created',
        reused: true,
        lines: [
            ...result.lines,
            'This step already posted its event in an earlier try; not posting it again.',
        ],
        warnings: [
            ...result.warnings,
            {
                source: 'write',
                text: `This step already posted its event in an earlier try: the service knows this step's token, with another event time or references, but the event was not found (${searched}), so its ID is not known${finishOnJobEnd ? ' and the job end cannot finish it' : ''}. It is not posted again. To post a new event instead, re-run the workflow (a new attempt gets its own event).`,
            },
        ],
    };
}
/**
 * An event found by this step's derived token, when job-instance cannot tell two calls of one
 * reusable workflow apart (see `tellsCallsApart`): it may be another call's, and saying so is
 * better than reporting it as this job's in silence.
 */
function unsureWhose(ctx, mode, result) {
    const { jobInstance } = ctx.facts;
    if (!result.reused || !result.eventId || ctx.inputs.clientToken || (0,facts/* tellsCallsApart */.i7)(jobInstance)) {
        return result;
    }
    const value = jobInstance ? `'${(0,inert/* inert */.tJ)(jobInstance)}', a matrix index` : 'empty';
    return {
        ...result,
        warnings: [
            ...result.warnings,
            {
                source: 'write',
                text: `Event ${(0,inert/* inert */.tJ)(result.eventId)} has this step's token, but job-instance is ${value}, not the job's check run ID (this runner gives no job.check_run_id), so the token cannot tell two calls of one reusable workflow apart: the event may be another call's, with the same text${mode.finishOnJobEnd ? ", and this job's end would finish it with this job's outcome" : ''}. If this job's workflow is called more than once, set job-instance on this step to a value that differs between the calls, such as an input of the workflow (\${{ inputs.environment }}) or the caller's matrix value, or put what tells the calls apart into event-data.`,
            },
        ],
    };
}
/** The event an earlier write of this step made, reported instead of a second one. */
function recovered(result, found, finishOnJobEnd, region, line) {
    if (found.kind === 'ambiguous') {
        const ids = found.eventIds.map(inert/* inert */.tJ).join(', ');
        return {
            ...result,
            action: 'created',
            reused: true,
            lines: [...result.lines, 'This step already posted its event earlier; not posting it again.'],
            warnings: [
                ...result.warnings,
                {
                    source: 'write',
                    text: `This step already posted its event earlier, but ${found.eventIds.length} events have its type and text (${ids}), as when matrix legs post the same text, and the service did not say which is this job's; so none is reported${finishOnJobEnd ? ' or finished at job end' : ''}. Put what tells the jobs apart into event-data (such as {job} or a matrix value).`,
                },
            ],
        };
    }
    return {
        ...result,
        action: 'created',
        eventId: found.eventId,
        reused: true,
        region,
        lines: [...result.lines, line((0,inert/* inert */.tJ)(found.eventId))],
    };
}
/**
 * Writes the event once. A token the service says was already used is an earlier try of this
 * step, whose event is found and reported instead of a second one. A region that became
 * unavailable during the create may have written it: the next region is searched first (as for an
 * earlier try), and only then written; if the event is not there yet (replication lag), it may now
 * be on the timeline twice, and the result says so. A create whose answer never came in the last
 * region is resolved there (resolveUnknown), never reported as not written.
 */
async function createOnce(ctx, target, result, event, finishOnJobEnd, wanted) {
    let failedOver;
    for (;;) {
        ctx.intend?.(target, event, ctx.api.region);
        try {
            const { eventId, region } = await ctx.api.createEvent(event);
            const written = { ...result, action: 'created', eventId, region };
            if (!failedOver?.maybeSent)
                return written;
            return {
                ...written,
                possibleDuplicate: true,
                warnings: [
                    ...written.warnings,
                    {
                        source: 'write',
                        text: `${failedOver.from} became unavailable after the event was sent to it, and ${region} did not show it yet, so it was written in ${region}: if ${failedOver.from} had written it too, the timeline shows it twice once the regions replicate.`,
                    },
                ],
            };
        }
        catch (error) {
            if (error instanceof RegionFailoverError) {
                failedOver = error;
                if (error.maybeSent) {
                    const found = await findEarlierTry(ctx.api, wanted);
                    if (found.kind !== 'none') {
                        const region = ctx.api.region;
                        return recovered(result, found, finishOnJobEnd, region, (id) => `${error.from} became unavailable after the event was sent to it; it had written event ${id}, found in ${region}.`);
                    }
                }
                checkNotStopped(ctx);
                continue;
            }
            if (error instanceof AwsCallError && error.outcomeUnknown) {
                return resolveUnknown(ctx, result, event, finishOnJobEnd, wanted, error);
            }
            if (!(error instanceof AwsCallError && error.isConflict))
                throw error;
            const found = await findEarlierTry(ctx.api, wanted, error);
            if (found.kind === 'none') {
                if (!failedOver?.maybeSent)
                    return notFound(ctx, result, finishOnJobEnd, wanted, found);
                // The token is known here: the write sent to the failed region landed there. The intent
                // stays saved, so that the job end looks for the event again once it has replicated.
                return {
                    ...result,
                    action: 'created',
                    reused: true,
                    region: failedOver.from,
                    unresolved: finishOnJobEnd,
                    lines: [
                        ...result.lines,
                        `${failedOver.from} wrote the event before it became unavailable.`,
                    ],
                    warnings: [
                        ...result.warnings,
                        {
                            source: 'write',
                            text: `${failedOver.from} wrote the event before it became unavailable, and ${ctx.api.region} knows its token but does not show the event yet (replication lag): its ID is not known${finishOnJobEnd ? '; the job end looks for it again and finishes it' : ''}.`,
                        },
                    ],
                };
            }
            return recovered(result, found, finishOnJobEnd, ctx.api.region, (id) => `This step already posted event ${id} in an earlier try; not posting it again.`);
        }
    }
}
/** How an unresolved create is reported: never "not written", since it may have landed. */
function mayHaveBeenWritten(result, lost, why, finishOnJobEnd) {
    return {
        ...result,
        action: 'failed',
        unresolved: true,
        error: `the event may have been written: ${lost.message} ${why}${finishOnJobEnd
            ? ' Its token and parameters are saved: the job-end step sends it again with them, and finishes the event.'
            : ' A re-run of this step with the same inputs writes it at most once (the same client token).'}`,
    };
}
/**
 * A create whose answer never came (dropped after it was sent, timed out, cut by the deadline or
 * a cancel): it may have landed. The same call again (same token, same parameters) is answered
 * by the service with the first call's result, so it is sent again in the same region, with half
 * of the time left; failing that, the event is looked for as an earlier try's would be. Only a
 * resend that the service refuses, with nothing found, makes it "not written". A cancelled step
 * has no time for this: the job end does it.
 */
async function resolveUnknown(ctx, result, event, finishOnJobEnd, wanted, lost) {
    if (ctx.stopped()) {
        return mayHaveBeenWritten(result, lost, 'The step was cancelled before it could find out.', finishOnJobEnd);
    }
    let refusal;
    let conflict;
    try {
        const signal = ctx.deadline.within(ctx.deadline.remainingMs() * RESEND_SHARE);
        const { eventId, region } = await ctx.api.createEvent(event, { signal });
        return {
            ...result,
            action: 'created',
            eventId,
            region,
            lines: [
                ...result.lines,
                `The answer to CreateTimelineEvent was lost; sent again with the same token, it was answered with event ${(0,inert/* inert */.tJ)(eventId)} (written once).`,
            ],
        };
    }
    catch (error) {
        if (error instanceof AwsCallError && error.isConflict)
            conflict = error;
        else if (error instanceof AwsCallError && error.refused && !error.outcomeUnknown) {
            refusal = error;
        }
        else if (!(error instanceof AwsCallError || error instanceof RegionFailoverError)) {
            throw error;
        }
    }
    let found = { kind: 'none', read: 0, timedOut: false };
    try {
        found = await findEarlierTry(ctx.api, wanted, conflict);
    }
    catch (error) {
        if (!(error instanceof AwsCallError))
            throw error;
    }
    if (found.kind !== 'none') {
        return recovered(result, found, finishOnJobEnd, ctx.api.region, (id) => `The answer to CreateTimelineEvent was lost; the event it wrote, ${id}, was found.`);
    }
    if (refusal)
        throw refusal;
    return mayHaveBeenWritten(result, lost, 'Sending it again with the same token and looking for it on the timeline did not settle whether it landed.', finishOnJobEnd);
}
/**
 * At job end, the event of a saved create whose answer the main step never got (the step was
 * cancelled or killed mid-write, or its answer was lost). A request sent before the cancel may
 * still land after the job end looked, so it is not looked for first: the same create is sent
 * again (same token and parameters), which the service answers with the event the first one
 * wrote, or writes it now with the step's own time and text, to be finished like the others.
 */
async function savedCreateEvent(ctx, target, mode) {
    const saved = target.saved;
    if (!saved)
        return { unresolved: 'the main step saved nothing to find it by' };
    const { created } = mode;
    const event = {
        incidentRecordArn: target.arn,
        eventData: created.eventData,
        eventType: created.eventType,
        eventTime: created.eventTime,
        ...(saved.eventReferences ? { eventReferences: saved.eventReferences } : {}),
        clientToken: saved.clientToken,
    };
    const wanted = {
        incidentArn: target.arn,
        eventType: created.eventType,
        eventData: created.eventData,
        since: new Date(Math.min(mode.startedAt.getTime(), created.eventTime.getTime()) - EARLIER_TRY_WINDOW_MS),
    };
    let conflict;
    let why = '';
    try {
        const signal = ctx.deadline.within(ctx.deadline.remainingMs() * RESEND_SHARE);
        const { eventId } = await ctx.api.createEvent(event, { signal });
        if (eventId) {
            return {
                eventId,
                line: `The step did not learn whether its create landed; sent again with the same token, it was answered with event ${(0,inert/* inert */.tJ)(eventId)}.`,
            };
        }
    }
    catch (error) {
        if (error instanceof AwsCallError && error.isConflict)
            conflict = error;
        else if (error instanceof AwsCallError || error instanceof RegionFailoverError) {
            why = error.message;
        }
        else
            throw error;
    }
    try {
        const found = await findEarlierTry(ctx.api, wanted, conflict);
        if (found.kind === 'found') {
            return {
                eventId: found.eventId,
                line: `The step did not learn whether its create landed; its event ${(0,inert/* inert */.tJ)(found.eventId)} was found.`,
            };
        }
        if (found.kind === 'ambiguous') {
            return {
                unresolved: `${found.eventIds.length} events have its type and text (${found.eventIds.map(inert/* inert */.tJ).join(', ')}), and which one is this job's cannot be told`,
            };
        }
    }
    catch (error) {
        if (!(error instanceof AwsCallError))
            throw error;
        why = why || error.message;
    }
    return { unresolved: why || 'it was not found on the timeline' };
}
/** Share of the time left that the job end may wait for its event to replicate. */
const REPLICATION_SHARE = 0.5;
/**
 * The event to update. At job end, a region the run failed over to may not show an event written
 * in the first one yet (replication lag): it is read again, with growing pauses, within half of
 * the time left; then the job end says plainly that the event has not replicated, and how to
 * finish it later.
 */
async function eventToUpdate(ctx, target, eventId, mode) {
    const wroteIn = target.saved?.region;
    const budget = ctx.deadline.within(ctx.deadline.remainingMs() * REPLICATION_SHARE);
    const startedAt = Date.now();
    for (let pauseMs = 500;; pauseMs = Math.min(pauseMs * 2, 5_000)) {
        try {
            return await ctx.api.getEvent(target.arn, eventId);
        }
        catch (error) {
            const lag = mode.kind === 'job-end' &&
                error instanceof AwsCallError &&
                error.isNotFound &&
                wroteIn !== undefined &&
                wroteIn !== ctx.api.region;
            if (!lag)
                throw error;
            const waited = await (0,promises_.setTimeout)(pauseMs, true, { signal: budget }).catch(() => false);
            if (!waited) {
                throw new errors/* SafeError */.yR(`event ${(0,inert/* inert */.tJ)(eventId)} was written in ${wroteIn}, which became unavailable, and ${ctx.api.region} did not show it after ${formatSeconds(Date.now() - startedAt)} (replication lag between the regions), so it still says its first status. Finish it once ${wroteIn} is back or the regions have replicated: run this action with event-id: ${(0,inert/* inert */.tJ)(eventId)}, incident-arn: ${(0,inert/* inert */.tJ)(target.arn)} and the status to show.`);
            }
        }
    }
}
async function updateOnTarget(ctx, target, mode) {
    let result = resultFor(target);
    // The job end updates the event its main step saved, with the text alone: the commit and the
    // step's references were added when the event was created.
    let eventId = mode.kind === 'update' ? mode.eventId : (target.eventId ?? '');
    const eventTime = mode.kind === 'update' ? mode.eventTime : undefined;
    try {
        if (mode.kind === 'job-end' && !eventId) {
            const resolved = await savedCreateEvent(ctx, target, mode);
            if ('unresolved' in resolved) {
                return fail(result, new errors/* SafeError */.yR(`the step's create on this incident may have been written, but its event could not be found to finish it: ${resolved.unresolved}.`));
            }
            eventId = resolved.eventId;
            result = { ...result, lines: [...result.lines, resolved.line] };
        }
        const links = mode.kind === 'update' ? targetLinks(ctx, target.arn) : undefined;
        const event = await eventToUpdate(ctx, target, eventId, mode);
        const eventType = event.eventType ?? '';
        if (!WRITABLE_TYPES.has(eventType)) {
            throw new errors/* SafeError */.yR(`event ${(0,inert/* inert */.tJ)(eventId)} is an automatic event of type '${(0,inert/* inert */.tJ)(eventType)}'; only Custom Event and Note events can be updated.`);
        }
        const existing = wellFormed(event.eventReferences);
        let eventReferences;
        if (links) {
            const added = staticReferences(ctx.inputs, ctx.facts, target.arn, eventType === 'Note');
            // Count with the links before adding any, so that too many references write nothing; a
            // link not there yet is a new item, so it cannot be among the event's references.
            const found = await links.peek();
            const linked = found.linked.map((relatedItemId) => ({ relatedItemId }));
            mergeReferences(existing, [...added, ...linked], eventId, found.absent);
            const fromLinks = await linkReferences(ctx, links);
            result = withLinked(result, fromLinks);
            eventReferences = mergeReferences(existing, [...added, ...fromLinks.references], eventId);
        }
        checkNotStopped(ctx);
        const region = await ctx.api.updateEvent({
            incidentRecordArn: target.arn,
            eventId,
            eventData: ctx.eventData,
            ...(eventTime ? { eventTime } : {}),
            ...(eventReferences ? { eventReferences } : {}),
            clientToken: clientToken(ctx, target.arn, 'UpdateTimelineEvent', [eventId, ctx.eventData], mode.kind === 'job-end' ? 'job-end' : ''),
        });
        return { ...result, action: 'updated', eventId, region };
    }
    catch (error) {
        // The same update from an earlier try with other references: done if the text is there.
        if (error instanceof AwsCallError &&
            error.isConflict &&
            error.operation === 'UpdateTimelineEvent') {
            try {
                const event = await ctx.api.getEvent(target.arn, eventId);
                if (event.eventData === ctx.eventData) {
                    return {
                        ...result,
                        action: 'updated',
                        eventId,
                        lines: [
                            ...result.lines,
                            `An earlier try of this step already updated event ${(0,inert/* inert */.tJ)(eventId)}.`,
                        ],
                    };
                }
            }
            catch {
                // Report the conflict itself.
            }
        }
        return { ...fail(result, error), eventId };
    }
}

;// CONCATENATED MODULE: ./action/write/deployment-event.js














/**
 * How long a final state's run waits before it reads its event back: long enough for a run of an
 * earlier state that read the event just before this one wrote to land its own write.
 */
const READ_BACK_PAUSE_MS = 1_000;
function withWarning(result, text) {
    return { ...result, warnings: [...result.warnings, { source: 'deployment', text }] };
}
function withLine(result, line) {
    return { ...result, lines: [...result.lines, line] };
}
/**
 * The deployment's event on this incident: the oldest Custom Event or Note that references the
 * deployment's related item (the automatic event that adding the item wrote references it too).
 */
async function findEvent(ctx, incidentArn, relatedItemId) {
    const events = await ctx.api.eventsReferencing(incidentArn, relatedItemId);
    return events.find((event) => WRITABLE_TYPES.has(event.eventType ?? '') && event.eventId && read_inputs/* EVENT_ID */.hy.test(event.eventId))?.eventId;
}
/**
 * Writes the state of a reported deployment on one incident: the deployment is linked (a related
 * item, added once); the event that references it is updated in place, or created by the first
 * state's run. Never throws: a failure is this target's result.
 */
async function writeDeploymentEvent(ctx, target, mode) {
    const deployment = ctx.facts.deployment;
    const create = {
        kind: 'create',
        eventType: mode.eventType,
        ...(mode.eventTime ? { eventTime: mode.eventTime } : {}),
        finishOnJobEnd: false,
    };
    if (!deployment) {
        return withWarning(await createOnTarget(ctx, target, create), "The deployment_status event's payload names no deployment (its id and https url), so this state is an event of its own, not an update of the deployment's event.");
    }
    let result = resultFor(target);
    try {
        const links = targetLinks(ctx, target.arn, [deploymentLink(deployment)]);
        const linked = await linkReferences(ctx, links);
        result = withLinked(result, linked);
        const relatedItemId = linked.idByUrl.get(deployment.url);
        if (!relatedItemId) {
            // Without its related item the deployment's event cannot be found: this state is marked
            // as an event of its own, as before one event per deployment (the warning says why).
            return withWarning(await createOnTarget(ctx, target, create, { linked, result }), `The deployment could not be linked to ${(0,inert/* inert */.tJ)(target.arn)}, so its event cannot be found by that link: this state is an event of its own.`);
        }
        const finality = await finalityMatcher(ctx.inputs);
        let eventId = await findEvent(ctx, target.arn, relatedItemId);
        if (!eventId) {
            const references = (0,list/* unique */.A)([
                ...staticReferences(ctx.inputs, ctx.facts, target.arn, mode.eventType === 'Note'),
                ...linked.references,
            ], parse_references/* referenceKey */.Db);
            const created = await createEvent(ctx, target, result, deployment, mode, references, () => findEvent(ctx, target.arn, relatedItemId));
            if ('result' in created) {
                return deployment.final ? readBack(ctx, target, created.result, finality) : created.result;
            }
            eventId = created.foundId;
            result = withLine(result, `Another run of this deployment created its event ${(0,inert/* inert */.tJ)(eventId)} first; updating it.`);
        }
        return await updateEvent(ctx, target, result, eventId, deployment, finality);
    }
    catch (error) {
        return fail(result, error);
    }
}
/**
 * Creates the deployment's event, with a token of the deployment's (not the run's), so that two
 * runs of its states that race create one event: the second is told the token is known (its text
 * differs) and finds the first one's event, to update it. A create whose answer was lost is sent
 * again once (the same call is answered with the first one's result); a region that became
 * unavailable is searched in the next one before it is created there.
 */
async function createEvent(ctx, target, result, deployment, mode, references, find) {
    const event = {
        incidentRecordArn: target.arn,
        eventData: ctx.eventData,
        eventType: mode.eventType,
        // Every state's run writes the same time: where the deploy began on the timeline.
        eventTime: mode.eventTime ?? deployment.createdAt ?? ctx.now,
        ...(references.length > 0 ? { eventReferences: references } : {}),
        clientToken: ctx.inputs.clientToken
            ? clientToken(ctx, target.arn, 'CreateTimelineEvent', [])
            : deploymentClientToken(ctx.facts.repository, deployment.id, target.arn),
    };
    let resent = false;
    for (;;) {
        checkNotStopped(ctx);
        try {
            const { eventId, region } = await ctx.api.createEvent(event);
            return { result: { ...result, action: 'created', eventId, region } };
        }
        catch (error) {
            if (error instanceof RegionFailoverError) {
                const foundId = await find();
                if (foundId)
                    return { foundId };
                continue;
            }
            if (error instanceof AwsCallError && error.outcomeUnknown && !resent) {
                resent = true;
                continue;
            }
            if (error instanceof AwsCallError && error.outcomeUnknown) {
                throw new errors/* SafeError */.yR(`the event may have been written: ${error.message} The next state's run of this deployment finds it, or creates it once (the token is the deployment's).`);
            }
            if (!(error instanceof AwsCallError && error.isConflict))
                throw error;
            const foundId = await find();
            if (foundId)
                return { foundId };
            throw new errors/* SafeError */.yR(`the service knows this deployment's token on this incident, but no event references deployment ${(0,inert/* inert */.tJ)(deployment.id)}; nothing was written. ${ctx.inputs.clientToken ? 'client-token may have been used for another write: leave it unset on deployment_status events.' : 'Its event may have been deleted.'}`);
        }
    }
}
/**
 * Updates the text of the deployment's event in place (its time, type and references stay), unless
 * it shows a final state and this one is not: runs of a deployment's states may arrive in any
 * order, and `in_progress` after `success` must not make a finished deploy look running again.
 */
async function updateEvent(ctx, target, result, eventId, deployment, finality) {
    const current = await ctx.api.getEvent(target.arn, eventId);
    const text = current.eventData ?? '';
    if (!deployment.final && finality.showsFinal(text)) {
        return withLine({ ...result, action: 'unchanged', eventId }, `Event ${(0,inert/* inert */.tJ)(eventId)} already says the deployment finished; this run's state, '${(0,inert/* inert */.tJ)(deployment.state)}', does not overwrite it.`);
    }
    if (text === ctx.eventData) {
        return withLine({ ...result, action: 'updated', eventId }, `Event ${(0,inert/* inert */.tJ)(eventId)} already says this.`);
    }
    checkNotStopped(ctx);
    const region = await ctx.api.updateEvent({
        incidentRecordArn: target.arn,
        eventId,
        eventData: ctx.eventData,
        clientToken: clientToken(ctx, target.arn, 'UpdateTimelineEvent', [eventId, ctx.eventData]),
    });
    const updated = { ...result, action: 'updated', eventId, region };
    return deployment.final ? readBack(ctx, target, updated, finality) : updated;
}
/**
 * A final state's run reads its event back once after a short pause, and writes it again when a
 * run of an earlier state overwrote it in between (that run read the event before this one wrote,
 * and wrote after). A run of an earlier state that writes after this read-back still overwrites
 * it: the service has no conditional update, so that window is narrowed, not closed.
 */
async function readBack(ctx, target, result, finality) {
    const { eventId } = result;
    if (!eventId)
        return result;
    const pauseMs = Math.min(READ_BACK_PAUSE_MS, ctx.deadline.remainingMs() / 4);
    const waited = await (0,promises_.setTimeout)(pauseMs, true, { signal: ctx.deadline.signal }).catch(() => false);
    if (!waited || ctx.stopped())
        return result;
    try {
        const now = (await ctx.api.getEvent(target.arn, eventId)).eventData ?? '';
        if (now === ctx.eventData || (finality.canTell && finality.showsFinal(now)))
            return result;
        await ctx.api.updateEvent({
            incidentRecordArn: target.arn,
            eventId,
            eventData: ctx.eventData,
            // Not the first update's token: the same token and text would be answered, not written.
            clientToken: clientToken(ctx, target.arn, 'UpdateTimelineEvent', [eventId, ctx.eventData], 'read-back'),
        });
        return withLine(result, `A run of an earlier state of this deployment overwrote event ${(0,inert/* inert */.tJ)(eventId)} just after this run wrote it; written again.`);
    }
    catch (error) {
        if (!(error instanceof AwsCallError))
            throw error;
        return withWarning(result, `Event ${(0,inert/* inert */.tJ)(eventId)} could not be read back to check that no run of an earlier state overwrote it: ${(0,errors/* safeMessage */.N5)(error)}`);
    }
}
/**
 * What a run of this state would do on one incident, read and not written: post the deployment's
 * event, update it, or leave it as it is. A read that fails only makes the line say so.
 */
async function dryRunDeploymentEvent(ctx, target) {
    const result = { ...resultFor(target), action: 'dry-run' };
    const deployment = ctx.facts.deployment;
    if (!deployment)
        return withLine(result, 'Would post this state as an event of its own.');
    try {
        const items = await ctx.api.listRelatedItems(target.arn);
        const relatedItemId = idOfUrl(items, deployment.url);
        const eventId = relatedItemId && (await findEvent(ctx, target.arn, relatedItemId));
        if (!eventId) {
            return withLine(result, "Would post the deployment's event: none references it yet.");
        }
        const found = { ...result, eventId };
        const text = (await ctx.api.getEvent(target.arn, eventId)).eventData ?? '';
        if (!deployment.final && (await finalityMatcher(ctx.inputs)).showsFinal(text)) {
            return withLine(found, `Would leave event ${(0,inert/* inert */.tJ)(eventId)} unchanged: it already says the deployment finished.`);
        }
        return withLine(found, `Would update the deployment's event ${(0,inert/* inert */.tJ)(eventId)}.`);
    }
    catch (error) {
        if (!(error instanceof AwsCallError))
            throw error;
        return withLine(result, `Would post the deployment's event or update it; which could not be read: ${(0,errors/* safeMessage */.N5)(error)}`);
    }
}

;// CONCATENATED MODULE: ./action/write/write-on-target.js



/** Writes the event on one target as the mode says. Never throws: a failure is the result. */
function writeAs(ctx, target, write) {
    switch (write.kind) {
        case 'dry-run': {
            if (write.of.kind === 'deployment')
                return dryRunDeploymentEvent(ctx, target);
            const eventId = write.of.kind === 'update' ? write.of.eventId : '';
            return Promise.resolve({ ...resultFor(target), action: 'dry-run', eventId });
        }
        case 'create':
            return createOnTarget(ctx, target, write);
        case 'deployment':
            return writeDeploymentEvent(ctx, target, write);
        case 'update':
        case 'job-end':
            return updateOnTarget(ctx, target, write);
    }
}
/**
 * Writes the event on one target. A target named by ARN has no title yet: it is read beside the
 * write (GetIncidentRecord), for the summary, never delaying or failing the write.
 */
async function writeOnTarget(ctx, target, write) {
    const details = target.title || write.kind === 'dry-run'
        ? undefined
        : ctx.api.getIncident(target.arn).catch(() => undefined);
    const result = await writeAs(ctx, target, write);
    const found = await details;
    if (!found)
        return result;
    return {
        ...result,
        title: found.title,
        ...(found.impact !== undefined ? { impact: found.impact } : {}),
        ...(found.status ? { status: found.status } : {}),
    };
}

;// CONCATENATED MODULE: ./action/read/commit-subject.js



/** The commit read's own budget: a subject is a nicety, and never holds the event back long. */
const COMMIT_READ_MS = 2_000;
/**
 * Reads the deployed commit's subject from GitHub's REST API ("Get a commit") with
 * `github-token`, when the event payload did not carry it. `@actions/github` is loaded only here,
 * and only then; the read runs beside the AWS calls, within COMMIT_READ_MS and the run's deadline.
 * It never throws: the event is posted without a subject when GitHub cannot say.
 */
async function readCommitSubject(facts, token, deadline) {
    const [owner, repo] = facts.repository.split('/');
    if (!owner || !repo || !facts.sha)
        return { subject: '', why: 'the run names no commit' };
    if (!token)
        return { subject: '', why: 'github-token is empty' };
    const signal = deadline.within(COMMIT_READ_MS);
    try {
        const read = (async () => {
            const [{ getOctokit }, { defaults }] = await Promise.all([
                __webpack_require__.e(/* import() | github */ 326).then(__webpack_require__.bind(__webpack_require__, 7361)),
                __webpack_require__.e(/* import() | github */ 326).then(__webpack_require__.bind(__webpack_require__, 8187)),
            ]);
            const octokit = getOctokit(token, {
                baseUrl: facts.apiUrl,
                // Octokit merges options shallowly: keep @actions/github's proxy agent and fetch.
                request: { ...defaults.request, signal, retries: 0 },
            });
            const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: facts.sha });
            return (0,commit_message/* commitSubjectOf */.v)(data.commit.message);
        })();
        const aborted = new Promise((_, reject) => {
            signal.addEventListener('abort', () => reject(new Error('no answer in time')), {
                once: true,
            });
        });
        const subject = await Promise.race([read, aborted]);
        return subject ? { subject } : { subject: '', why: 'the commit message is empty' };
    }
    catch (error) {
        const status = error.status;
        // A permission helps only when GitHub refused the token; not for a malformed answer or a
        // timeout. A 404 is not advised on: GitHub also says it for a commit it does not have.
        const advice = status === 401 || status === 403 ? '; give the token contents: read to have it' : '';
        return {
            subject: '',
            why: `GitHub did not give the commit's subject (${status ? `${status}: ` : ''}${(0,inert/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error)).slice(0, 300)})${advice}`,
        };
    }
}

// EXTERNAL MODULE: ./action/job-end/state.js
var state = __webpack_require__(125);
// EXTERNAL MODULE: ./action/runtime/log.js
var log = __webpack_require__(1613);
// EXTERNAL MODULE: ../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2327);
;// CONCATENATED MODULE: ./action/host.js


/** The runner's host: `@actions/core` and the runner's environment. */
function actionsHost(env = process.env) {
    return {
        env,
        getInput: (name) => core/* getInput */.V4(name),
        facts: (given) => (0,facts/* collectFacts */.M7)(given, env),
        setSecret: (value) => core/* setSecret */.Pq(value),
        saveState: (name, value) => core/* saveState */.LZ(name, value),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        writeSummary: async (markdown) => {
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        setFailed: (message) => core/* setFailed */.C1(message),
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
        endOfRun: 'the job',
        sessionPrefix: 'GitHubActions',
        credentialsHelp: "Give them one of these ways: role-to-assume with the job's permissions id-token: write (GitHub's OIDC); aws-actions/configure-aws-credentials in an earlier step; or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN for temporary ones) in the step's env.",
    };
}

;// CONCATENATED MODULE: ./action/write/warning.js
const TITLES = {
    'link-commit': 'Incident timeline: link-commit',
    references: 'Incident timeline: references',
    deployment: 'Incident timeline: deployment',
    write: undefined,
};
/** The annotation title of a warning (undefined: the log's default title). */
function warningTitle(warning) {
    return TITLES[warning.source];
}

// EXTERNAL MODULE: ./action/parse/closest.js
var closest = __webpack_require__(9755);
;// CONCATENATED MODULE: ./action/find/response-plan-check.js



const ACCOUNT_ID = /^\d{12}$/;
function accountOf(arn) {
    const account = arn.split(':')[4];
    return account && ACCOUNT_ID.test(account) ? account : undefined;
}
/** Whether the plan exists: by name, and by account too when it was given as an ARN. */
async function checkResponsePlan(api, plan) {
    if (plan.any)
        return { kind: 'exists' };
    try {
        const plans = await api.responsePlans();
        const found = plans.some((p) => p.name === plan.name && (!plan.accountId || accountOf(p.arn) === plan.accountId));
        if (found)
            return { kind: 'exists' };
        const searchedAccount = plans.map((p) => accountOf(p.arn)).find((a) => a !== undefined);
        return {
            kind: 'missing',
            closest: (0,closest/* closestNames */.g9)(plan.name, plans.map((p) => p.name)),
            ...(searchedAccount ? { searchedAccount } : {}),
        };
    }
    catch (error) {
        const denied = error instanceof AwsCallError && error.isAccessDenied;
        const why = (0,errors/* safeMessage */.N5)(error);
        return {
            kind: 'unchecked',
            why: denied
                ? `allow ssm-incidents:ListResponsePlans to have it checked (${why})`
                : `ssm-incidents:ListResponsePlans failed: ${why}`,
        };
    }
}

// EXTERNAL MODULE: ./action/report/report.js + 2 modules
var report_report = __webpack_require__(2660);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/SSMIncidentsClient.js + 15 modules
var SSMIncidentsClient = __webpack_require__(4615);
;// CONCATENATED MODULE: ./action/aws/client.js


/**
 * The Incident Manager endpoint a client of `region` connects to: `endpoint-url`, else the SDK's
 * own endpoint variables (which the emulator's action sets), else the regional endpoint. It
 * decides whether a proxy applies (NO_PROXY).
 */
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
/**
 * `GitHubActions-<run id>-<attempt>` (the command's: `incident-timeline-…`), within the 64
 * characters and character set STS accepts.
 */
function defaultSessionName(runId, runAttempt, prefix = 'GitHubActions') {
    const name = `${prefix}-${runId || 'local'}-${runAttempt || '1'}`;
    return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
/** Where the STS client will connect: the SDK's own endpoint variables, else the regional endpoint. */
function stsEndpoint(region, fromEnvironment) {
    return fromEnvironment || `https://sts.${region}.amazonaws.com`;
}
/**
 * The role could not be assumed; the message says why and what to change in the trust policy. Its
 * cause is the STS call's error, which tells whether the region's STS was unavailable.
 */
class AssumeRoleError extends errors/* SafeError */.yR {
    name = 'AssumeRoleError';
}
/** A failed OIDC token request (a GitHub call, not an AWS one). */
class OidcTokenError extends errors/* SafeError */.yR {
    name = 'OidcTokenError';
}
/**
 * Credentials for `role-to-assume`, from the STS of `settings.region`: with OIDC when the job can
 * mint a token, else chained from the credentials already in the environment. The token request
 * and STS run under `settings.deadline` (the region's share of the run's time), and STS on the
 * same client configuration as Incident Manager. The providers are loaded only here, so a run
 * without a role never pays for them.
 */
async function assumeRole(role, settings) {
    const { deadline } = settings;
    const [providers, clientConfig] = await Promise.all([
        __webpack_require__.e(/* import() | credential-providers */ 661).then(__webpack_require__.bind(__webpack_require__, 4092)),
        awsClientConfig(settings, stsEndpoint(settings.region, role.stsEndpoint)),
    ]);
    let provider;
    let operation;
    let claims;
    if (role.oidcAvailable) {
        let token;
        try {
            token = await deadline.race(role.getIdToken(role.audience), 'The GitHub OIDC token request');
        }
        catch (error) {
            const why = (0,errors/* safeMessage */.N5)(error);
            throw new OidcTokenError(`Could not get a GitHub OIDC token to assume ${role.roleArn} (audience '${role.audience}'): ${why} Is 'permissions: id-token: write' granted to the job?`, { cause: error });
        }
        settings.debug(`Assuming ${role.roleArn} with the GitHub OIDC token (session ${role.sessionName})`);
        operation = 'AssumeRoleWithWebIdentity';
        claims = tokenClaims(token);
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
        const failure = new AwsCallError({
            service: 'sts',
            operation,
            resource: role.roleArn,
            attemptMs: settings.limits.attemptMs,
            maxAttempts: settings.maxAttempts,
            deadline,
        }, error);
        throw new AssumeRoleError(roleFailure(role, failure, claims), { cause: failure });
    }
}
/**
 * The `sub` and `aud` claims of a JWT, read from its payload without verifying it (STS verifies
 * it): only to say what the role's trust policy was asked to allow. Undefined when it is not a JWT.
 */
function tokenClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (parsed === null || typeof parsed !== 'object')
            return undefined;
        const { sub, aud } = parsed;
        const audience = Array.isArray(aud) ? aud.filter((a) => typeof a === 'string').join(', ') : aud;
        return {
            ...(typeof sub === 'string' ? { sub } : {}),
            ...(typeof audience === 'string' ? { aud: audience } : {}),
        };
    }
    catch {
        return undefined;
    }
}
const OIDC_PROVIDER = 'token.actions.githubusercontent.com';
/** The message of a failed role assumption: the fix first where there is one, then the details. */
function roleFailure(role, failure, claims) {
    if (!role.oidcAvailable && role.withoutOidc)
        return role.withoutOidc(role.roleArn, failure.message);
    if (!role.oidcAvailable) {
        return `Grant the job 'permissions: id-token: write' so that it can assume ${role.roleArn} with GitHub's OIDC token, or configure base credentials that may call sts:AssumeRole on it (aws-actions/configure-aws-credentials). Could not assume role ${role.roleArn} from the environment's credentials, as no OIDC token was available (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ${failure.message}`;
    }
    const prefix = `Could not assume role ${role.roleArn} with OIDC`;
    if (/AccessDenied|InvalidIdentityToken|IDPRejectedClaim/.test(failure.awsName)) {
        const sub = claims?.sub === undefined ? 'unknown' : `'${(0,inert/* inertUpTo */.xn)(claims.sub, inert/* QUOTE_MAX */.Y)}'`;
        const aud = claims?.aud === undefined ? `'${(0,inert/* inert */.tJ)(role.audience)}'` : `'${(0,inert/* inert */.tJ)(claims.aud)}'`;
        return `${prefix}: the role's trust policy does not allow this job's token (subject ${sub}, audience ${aud}). Allow it in the trust policy of ${role.roleArn}: the federated principal ${OIDC_PROVIDER} with the condition ${OIDC_PROVIDER}:sub = ${sub} (or a StringLike pattern that matches it) and ${OIDC_PROVIDER}:aud = ${aud}. ${stsDetail(failure)}`;
    }
    return `${prefix}: ${failure.message}`;
}
/** The STS answer, without the advice for ordinary credentials that does not apply to a web identity. */
function stsDetail(failure) {
    return `STS answered: ${failure.message.replace(/ Allow the IAM action [^]*$/, '')}`;
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/ListIncidentRecordsCommand.js
var ListIncidentRecordsCommand = __webpack_require__(2624);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/GetIncidentRecordCommand.js
var GetIncidentRecordCommand = __webpack_require__(8293);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/ListResponsePlansCommand.js
var ListResponsePlansCommand = __webpack_require__(4795);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/ListRelatedItemsCommand.js
var ListRelatedItemsCommand = __webpack_require__(6975);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ssm-incidents/dist-es/commands/UpdateRelatedItemsCommand.js
var UpdateRelatedItemsCommand = __webpack_require__(3136);
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
 * failed. Calls go to the run's region; when it is unavailable (RegionRoute), a read goes on in the
 * next region, and so does a write that cannot have been duplicated; a create is handed back to
 * the writer as a RegionFailoverError, to look for it in the next region first. Calls are logged
 * at debug level by operation and target only: credentials and headers never reach a log.
 */
class IncidentsApi {
    route;
    limits;
    debug;
    maxAttempts;
    constructor(route, limits, debug, 
    /** `max-attempts`, so that an error can tell the SDK's retry quota running out. */
    maxAttempts) {
        this.route = route;
        this.limits = limits;
        this.debug = debug;
        this.maxAttempts = maxAttempts;
    }
    /** The region the run calls now. */
    get region() {
        return this.route.region;
    }
    /** The regions that became unavailable during the run, and where it went on. */
    get failovers() {
        return this.route.failovers;
    }
    /** Closes the clients' kept-alive connections, so nothing holds the process open. */
    close() {
        this.route.close();
    }
    async call(operation, resource, send, 
    /**
     * `write`: a failure after an attempt that may have reached the service is an unknown outcome
     * (AwsCallError.outcomeUnknown). `create`: also handed back as a RegionFailoverError on a
     * failover, for the writer to look for it in the next region first.
     */
    options = {}) {
        for (;;) {
            const { region, client, deadline } = await this.route.current();
            // A signal of this call's own: the client's handler marks it when an attempt may have
            // reached the service (mayHaveReachedService).
            const signal = AbortSignal.any(options.signal ? [options.signal, deadline.signal] : [deadline.signal]);
            try {
                return { value: await send(client, signal, region), region };
            }
            catch (error) {
                const reached = mayHaveReachedService(signal);
                const write = options.write === true || options.create === true;
                const failure = new AwsCallError({
                    service: 'ssm-incidents',
                    operation,
                    resource,
                    attemptMs: this.limits.attemptMs,
                    deadline,
                    ...(this.maxAttempts !== undefined ? { maxAttempts: this.maxAttempts } : {}),
                }, error, write && reached && !isRefusal(error));
                // The caller's own budget (link-commit's) ran out: not the region's doing.
                const ownBudget = options.signal?.aborted && !deadline.expired;
                const unavailable = ownBudget ? undefined : regionUnavailable(error, deadline);
                if (!unavailable)
                    throw failure;
                if (!this.route.failover(region, `${region} is unavailable: ${unavailable.why}`)) {
                    throw failure;
                }
                if (options.create) {
                    throw new RegionFailoverError(failure, region, unavailable.maybeSent || reached);
                }
            }
        }
    }
    /** Every page of a listing, started again from the first when the run moves to another region. */
    async *pages(operation, resource, send, options = {}) {
        let page;
        do {
            const from = page;
            const { value, region } = await this.call(operation, resource, (client, abortSignal, at) => send(client, abortSignal, from?.region === at ? from.token : undefined), options);
            const restarted = from !== undefined && from.region !== region;
            page = value.nextToken ? { token: value.nextToken, region } : undefined;
            yield { output: value, more: page !== undefined, restarted };
        } while (page);
    }
    /** Open incidents page by page (100 a page, the most the service gives), until the caller stops. */
    async *incidentPages(filters) {
        let count = 0;
        for await (const { output, more, restarted } of this.pages('ListIncidentRecords', 'incident records', (client, abortSignal, nextToken) => client.send(new ListIncidentRecordsCommand/* ListIncidentRecordsCommand */.Y({ filters, maxResults: 100, nextToken }), {
            abortSignal,
        }))) {
            count = restarted ? 1 : count + 1;
            const records = output.incidentRecordSummaries ?? [];
            this.debug(`ListIncidentRecords page ${count}: ${records.length} record(s)`);
            yield { incidents: records.map(summarize), more, restarted };
        }
    }
    async getIncident(arn) {
        this.debug(`GetIncidentRecord ${arn}`);
        const { value } = await this.call('GetIncidentRecord', arn, (client, abortSignal) => client.send(new GetIncidentRecordCommand/* GetIncidentRecordCommand */.D({ arn }), { abortSignal }));
        return summarize({ ...value.incidentRecord, arn });
    }
    /** The account's response plans, every page (the plan check of a search). */
    async responsePlans() {
        let plans = [];
        for await (const { output, restarted } of this.pages('ListResponsePlans', 'response plans', (client, abortSignal, nextToken) => client.send(new ListResponsePlansCommand/* ListResponsePlansCommand */.p({ maxResults: 100, nextToken }), {
            abortSignal,
        }))) {
            if (restarted)
                plans = [];
            for (const { name, arn } of output.responsePlanSummaries ?? []) {
                if (name)
                    plans.push({ name, arn: arn ?? '' });
            }
        }
        this.debug(`ListResponsePlans: ${plans.length} plan(s)`);
        return plans;
    }
    async listRelatedItems(incidentRecordArn, options) {
        let items = [];
        for await (const { output, restarted } of this.pages('ListRelatedItems', incidentRecordArn, (client, abortSignal, nextToken) => client.send(new ListRelatedItemsCommand/* ListRelatedItemsCommand */.P({ incidentRecordArn, maxResults: 100, nextToken }), { abortSignal }), options)) {
            if (restarted)
                items = [];
            items.push(...(output.relatedItems ?? []));
        }
        this.debug(`ListRelatedItems ${incidentRecordArn}: ${items.length} item(s)`);
        return items;
    }
    async addRelatedItem(incidentRecordArn, item, clientToken, options) {
        this.debug(`UpdateRelatedItems ${incidentRecordArn}: add ${item.identifier?.type} item`);
        // Added again in the next region when its own is lost: a second add of the same URL is
        // refused there (ConflictException), which the caller takes as "already there". Answers the
        // region it was added in, so that the caller can tell an add that moved to another region.
        const { region } = await this.call('UpdateRelatedItems', incidentRecordArn, (client, abortSignal) => client.send(new UpdateRelatedItemsCommand/* UpdateRelatedItemsCommand */.P({
            incidentRecordArn,
            clientToken,
            relatedItemsUpdate: { itemToAdd: item },
        }), { abortSignal }), { ...options, write: true });
        return region;
    }
    /** Creates the event; resolves its ID and the region it was written in. */
    async createEvent(event, options = {}) {
        this.debug(`CreateTimelineEvent ${event.incidentRecordArn} (${event.eventType}, ${event.eventReferences?.length ?? 0} reference(s))`);
        const { value, region } = await this.call('CreateTimelineEvent', event.incidentRecordArn, (client, abortSignal) => client.send(new CreateTimelineEventCommand/* CreateTimelineEventCommand */.f(event), { abortSignal }), { ...options, create: true });
        return { eventId: value.eventId ?? '', region };
    }
    /** Updates the event (the same update again in the next region, if need be): resolves the region. */
    async updateEvent(update) {
        this.debug(`UpdateTimelineEvent ${update.incidentRecordArn} event ${update.eventId}${update.eventReferences ? ` (${update.eventReferences.length} reference(s))` : ''}`);
        const { region } = await this.call('UpdateTimelineEvent', `event ${update.eventId} of ${update.incidentRecordArn}`, (client, abortSignal) => client.send(new UpdateTimelineEventCommand/* UpdateTimelineEventCommand */.I(update), { abortSignal }));
        return region;
    }
    async getEvent(incidentRecordArn, eventId) {
        this.debug(`GetTimelineEvent ${incidentRecordArn} event ${eventId}`);
        const { value } = await this.call('GetTimelineEvent', `event ${eventId} of ${incidentRecordArn}`, async (client, abortSignal) => {
            const { event } = await client.send(new GetTimelineEventCommand/* GetTimelineEventCommand */.P({ incidentRecordArn, eventId }), { abortSignal });
            if (!event) {
                throw Object.assign(new Error('the answer holds no event'), { name: 'InvalidAnswer' });
            }
            return event;
        });
        return value;
    }
    /**
     * The events that reference `reference` (a related item's ID or a resource's ARN), oldest
     * first: every page (the service's documented `eventReference` filter).
     */
    async eventsReferencing(incidentRecordArn, reference) {
        this.debug(`ListTimelineEvents ${incidentRecordArn} referencing ${reference}`);
        let events = [];
        const filters = [
            { key: 'eventReference', condition: { equals: { stringValues: [reference] } } },
        ];
        for await (const { output, restarted } of this.timelinePages(incidentRecordArn, filters, 'ASCENDING')) {
            if (restarted)
                events = [];
            events.push(...(output.eventSummaries ?? []));
        }
        return events;
    }
    /** Events of one type since a time, newest first, page by page, until the caller stops. */
    async *eventPages(incidentRecordArn, eventType, since) {
        const filters = [
            { key: 'eventType', condition: { equals: { stringValues: [eventType] } } },
            { key: 'eventTime', condition: { after: since } },
        ];
        for await (const { output } of this.timelinePages(incidentRecordArn, filters, 'DESCENDING')) {
            yield output.eventSummaries ?? [];
        }
    }
    /** ListTimelineEvents with `filters`, by event time, a full page at a time. */
    timelinePages(incidentRecordArn, filters, sortOrder) {
        return this.pages('ListTimelineEvents', incidentRecordArn, (client, abortSignal, nextToken) => client.send(new ListTimelineEventsCommand/* ListTimelineEventsCommand */.a({
            incidentRecordArn,
            filters,
            sortBy: 'EVENT_TIME',
            sortOrder,
            maxResults: 100,
            nextToken,
        }), { abortSignal }));
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

;// CONCATENATED MODULE: ./action/aws/session.js







/** The run's one deadline, started now. */
function startClock(limits) {
    return { limits, deadline: new Deadline(limits.deadlineMs) };
}
/**
 * The default chain's credentials, resolved once with the first region's client (the SDK's own
 * chain, as that client would use it): when there are none, the run says so once, with the ways
 * to give them, instead of once for each call of each target.
 */
async function defaultCredentials(client, deadline, help) {
    try {
        return await deadline.race(client.config.credentials(), 'Finding AWS credentials');
    }
    catch (error) {
        if (error?.name !== 'CredentialsProviderError')
            throw error;
        throw new errors/* SafeError */.yR(`No AWS credentials were found (${(0,log/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}), so nothing was sent. ${help}`);
    }
}
/**
 * Connects under the run's deadline: routes the Incident Manager calls to the regions in order,
 * each client built when its region becomes the run's. With `role-to-assume`, the role is assumed
 * up front (so that a mistake is reported as such, not as a failed write) with the STS of the
 * run's region: a region whose STS is unavailable is failed over like one whose Incident Manager
 * is. The OIDC token is requested once, and the credentials, good in every region, are kept for
 * the rest of the run. The main step and the job-end step connect the same way; `regions` is the
 * order of preference (the job end starts where its step ended).
 */
async function connect(inputs, regions, facts, { deadline, limits }, environment, host, onFailover) {
    const settings = {
        region: regions[0],
        maxAttempts: inputs.maxAttempts,
        limits,
        deadline,
        debug: log/* log */.Rm.debug,
    };
    const { role } = inputs;
    let idToken;
    const roleSettings = role && {
        roleArn: role.roleArn,
        sessionName: role.sessionName ||
            defaultSessionName(facts.runId || facts.jobInstance, facts.runAttempt, host.sessionPrefix),
        audience: role.audience,
        oidcAvailable: environment.oidcAvailable,
        stsEndpoint: environment.stsEndpoint,
        // Valid for minutes: requested once, even when STS is called in a second region.
        getIdToken: (audience) => (idToken ??= host.getIdToken(audience)),
        ...(host.roleWithoutOidc ? { withoutOidc: host.roleWithoutOidc } : {}),
    };
    let credentials;
    // endpoint-url, else the SDK's own variable (the emulator's action sets it).
    const endpointUrl = inputs.endpointUrl || environment.incidentsEndpoint;
    const route = new RegionRoute(regions, deadline, async (region, share) => {
        const regional = { ...settings, region, deadline: share };
        if (roleSettings && !credentials) {
            credentials = await assumeRole(roleSettings, regional);
            host.setSecret(credentials.secretAccessKey);
            if (credentials.sessionToken)
                host.setSecret(credentials.sessionToken);
        }
        const client = await createIncidentsClient(regional, endpointUrl, credentials);
        // Without a role: the default chain's, found once and kept for the next regions.
        credentials ??= await defaultCredentials(client, share, host.credentialsHelp);
        return client;
    }, onFailover);
    // Up front, so that a role or credentials that cannot be had are reported as such, not as a
    // failed write, before anything is sent.
    await route.current();
    return { api: new IncidentsApi(route, limits, log/* log */.Rm.debug, inputs.maxAttempts), deadline };
}

// EXTERNAL MODULE: ./action/parse/time.js
var time = __webpack_require__(8755);
;// CONCATENATED MODULE: ./action/read/run-environment.js


function readRunEnvironment(env = process.env) {
    return {
        limits: timeLimits(env),
        parallelTargets: parallelTargets(env),
        oidcAvailable: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
        stsEndpoint: env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || '',
        incidentsEndpoint: env.AWS_ENDPOINT_URL_SSM_INCIDENTS || env.AWS_ENDPOINT_URL || '',
        summaryFile: env.GITHUB_STEP_SUMMARY ?? '',
        env,
    };
}

;// CONCATENATED MODULE: ./action/find/targets.js



/** A resolution that must stop the run before anything is written. */
class TargetError extends errors/* SafeError */.yR {
    name = 'TargetError';
}
/** The server-side part of a search: open incidents, by impact and creation time. */
function searchFilters(search, now) {
    const filters = [{ key: 'status', condition: { equals: { stringValues: ['OPEN'] } } }];
    if (search.impact !== undefined) {
        const impacts = Array.from({ length: search.impact }, (_, i) => i + 1);
        filters.push({ key: 'impact', condition: { equals: { integerValues: impacts } } });
    }
    if (search.createdWithinMs !== undefined) {
        filters.push({
            key: 'creationTime',
            condition: { after: new Date(now.getTime() - search.createdWithinMs) },
        });
    }
    return filters;
}
/** The client-side part: response plan and title, which the service cannot filter on. */
function matchesLocally(search, incident) {
    if (search.responsePlan) {
        const arn = (0,parse_arn/* matchIncidentArn */.Hw)(incident.arn);
        if (!arn || !(0,parse_arn/* responsePlanMatches */.Y8)(search.responsePlan, arn))
            return false;
    }
    return search.titleFilter ? search.titleFilter(incident.title) : true;
}
function byNewest(a, b) {
    return (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0);
}
function applySelect(policy, matches) {
    const sorted = [...matches].sort(byNewest);
    switch (policy) {
        case 'latest':
            return sorted.slice(0, 1);
        case 'oldest':
            return sorted.slice(-1);
        case 'single':
            if (sorted.length > 1) {
                throw new TargetError(`select is 'single' but ${sorted.length} open incidents match: ${describe(sorted)}. Narrow the filters, or use select: latest or all.`);
            }
            return sorted;
        case 'all':
            return sorted;
    }
}
function describe(incidents) {
    const shown = incidents.slice(0, 5).map((i) => `"${(0,inert/* inert */.tJ)(i.title)}" (${(0,inert/* inert */.tJ)(i.arn)})`);
    return shown.join(', ') + (incidents.length > 5 ? ` and ${incidents.length - 5} more` : '');
}
/** How many matches are enough to know the answer without reading further pages. */
function enough(policy, maxIncidents, singleTarget) {
    switch (policy) {
        case 'single':
            return 2; // Two matches already fail the step.
        case 'all':
            // One more than allowed already fails it.
            return singleTarget ? 2 : maxIncidents + 1;
        default:
            return Number.POSITIVE_INFINITY; // The newest or oldest may be on the last page.
    }
}
/**
 * The incidents that get the event: those named by `incident-arn`, or the open incidents a search
 * finds. A search reads only as many pages as it needs: with `select: all` or `single` it stops as
 * soon as the matches are too many to write. Records whose ARN is not an incident record ARN are
 * left out, with a note: an answer is not trusted beyond what AWS documents.
 */
async function resolveTargets(api, targeting, options) {
    const notes = [];
    let targets;
    let stoppedEarly = false;
    let seen = 0;
    if (targeting.kind === 'saved') {
        targets = targeting.events.map((saved) => {
            const { incidentArn, eventId, title, impact, status } = saved;
            return {
                arn: incidentArn,
                title: title ?? '',
                ...(eventId ? { eventId } : {}),
                ...(impact !== undefined ? { impact } : {}),
                ...(status ? { status } : {}),
                saved,
            };
        });
    }
    else if (targeting.kind === 'arns') {
        targets = options.readGivenArns
            ? await Promise.all(targeting.arns.map((a) => api.getIncident(a.arn)))
            : targeting.arns.map((a) => ({ arn: a.arn, title: '' }));
    }
    else {
        const matches = [];
        const stopAt = enough(targeting.select, options.maxIncidents, options.singleTarget);
        for await (const page of api.incidentPages(searchFilters(targeting.filters, options.now))) {
            // The run moved to another region: its pages are read again from the first.
            if (page.restarted) {
                matches.length = 0;
                seen = 0;
            }
            seen += page.incidents.length;
            for (const incident of page.incidents) {
                if (!(0,parse_arn/* matchIncidentArn */.Hw)(incident.arn)) {
                    notes.push(`Left out a search result whose ARN is not an incident record ARN: ${(0,inert/* inert */.tJ)(incident.arn)}`);
                }
                else if (matchesLocally(targeting.filters, incident)) {
                    matches.push(incident);
                }
            }
            if (matches.length >= stopAt) {
                stoppedEarly = page.more;
                break;
            }
        }
        targets = applySelect(targeting.select, matches);
    }
    if (targets.length > options.maxIncidents) {
        throw new TargetError(`${targets.length}${stoppedEarly ? ' or more' : ''} incidents would get the event, more than max-incidents (${options.maxIncidents}): ${describe(targets)}. Narrow the filters, set select, or raise max-incidents.`);
    }
    if (options.singleTarget && targets.length > 1) {
        throw new TargetError(`event-id updates one event of one incident, but ${targets.length}${stoppedEarly ? ' or more' : ''} incidents match: ${describe(targets)}. Name the incident with incident-arn, or set select: latest or single.`);
    }
    return { targets, notes, seen };
}

;// CONCATENATED MODULE: ./action/main.js





















/** The longest subject a text may get (for checking its length before the subject is read). */
const LONGEST_SUBJECT = 'x'.repeat(commit_message/* MAX_COMMIT_SUBJECT */.U);
const JOB_END_TITLE = 'Incident timeline: job end';
/** The status and duration the text is rendered with: the job's outcome at job end. */
function renderContext(inputs, facts, now) {
    const environment = environmentOf(inputs, facts);
    const { write } = inputs;
    if (write.kind === 'job-end') {
        const durationMs = now.getTime() - write.startedAt.getTime();
        return { status: write.outcome.word, environment, durationMs };
    }
    const { deployment } = facts;
    if ((0,read_inputs/* intendedWrite */.v3)(write).kind === 'deployment' && deployment) {
        // A reported deployment's time, from its creation to this state: the same in every try.
        const { createdAt, stateAt } = deployment;
        const durationMs = createdAt && stateAt ? { durationMs: stateAt.getTime() - createdAt.getTime() } : {};
        return {
            status: statusOf(inputs, facts),
            environment,
            ...durationMs,
            ongoing: !deployment.final,
        };
    }
    // A step that will be finished at job end says so until then.
    const finishes = write.kind === 'create' && write.finishOnJobEnd;
    return { status: statusOf(inputs, facts) || (finishes ? 'started' : ''), environment };
}
/**
 * The commit's subject: from the payload, from the main step's state at job end, or read from
 * GitHub beside the AWS calls (never failing: without it, a debug line says why).
 */
function commitSubject(inputs, facts, clock, host) {
    const { write } = inputs;
    if (write.kind === 'job-end')
        return Promise.resolve(write.commitSubject);
    if (facts.commitSubject || !usesCommitSubject(inputs, facts)) {
        return Promise.resolve(facts.commitSubject);
    }
    const token = host.getInput('github-token');
    if (token)
        host.setSecret(token);
    return readCommitSubject(facts, token, clock.deadline).then((read) => {
        if ('why' in read)
            log/* log */.Rm.debug(`{commit_subject} is empty: ${read.why}.`);
        return read.subject;
    });
}
async function prepare(stage, now, clock, environment, host) {
    const inputs = await (0,read_inputs/* getInputs */.GP)((name) => host.getInput(name), environment.env, stage);
    const facts = host.facts({ sha: inputs.sha, jobInstance: inputs.jobInstance });
    const context = renderContext(inputs, facts, now);
    const render = (subject, when = '') => {
        const rendered = renderEventText(inputs, { ...facts, commitSubject: subject }, context);
        return { text: rendered.text, eventData: encodeEventData(rendered, inputs.encoding, when) };
    };
    const write = (0,read_inputs/* intendedWrite */.v3)(inputs.write);
    // Checked before any call, with the longest subject the text may get.
    const pending = !facts.commitSubject && write.kind !== 'job-end';
    const checked = pending && usesCommitSubject(inputs, facts)
        ? { ...facts, commitSubject: LONGEST_SUBJECT }
        : facts;
    render(checked.commitSubject, checked === facts
        ? ''
        : ` with {commit_subject} as long as it may be (${commit_message/* MAX_COMMIT_SUBJECT */.U} characters; it is read later)`);
    if (write.kind === 'deployment') {
        // The deployment is one more related item the event references.
        const links = facts.deployment ? [deploymentLink(facts.deployment)] : [];
        checkReferenceCount({ ...inputs, links: [...inputs.links, ...links] }, facts, write.eventType === 'Note');
    }
    if (write.kind === 'create') {
        checkReferenceCount(inputs, facts, write.eventType === 'Note');
        if (write.finishOnJobEnd)
            checkFitsAtJobEnd(inputs, checked, environmentOf(inputs, facts));
    }
    if (write.kind !== 'job-end' && write.eventTime) {
        const typo = (0,time/* implausibleTime */.d)('event-time', write.eventTime, now);
        if (typo)
            log/* log */.Rm.warning(typo);
    }
    if (inputs.targeting.kind === 'arns' && inputs.targeting.ignoredFilters.length > 0) {
        const ignored = inputs.targeting.ignoredFilters;
        log/* log */.Rm.warning(`incident-arn is set, so ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored. Remove ${ignored.length === 1 ? 'it' : 'them'}, or incident-arn to search.`);
    }
    if (write.kind === 'job-end' && write.outcome.unknownBecause) {
        log/* log */.Rm.warning(`The job's outcome is not known, so the events say 'finished': ${write.outcome.unknownBecause}. Leave job-status unset: its default, \${{ job.status }}, is the job's status, which the runner evaluates when the job-end step starts.`, JOB_END_TITLE);
    }
    return {
        stage,
        host,
        environment,
        inputs,
        facts,
        subject: commitSubject(inputs, facts, clock, host),
        render,
        identity: textIdentity(inputs, facts, context),
    };
}
function describeWrite(write, count) {
    const intended = (0,read_inputs/* intendedWrite */.v3)(write);
    const what = intended.kind === 'create'
        ? `Posting a ${intended.eventType}`
        : intended.kind === 'deployment'
            ? `Updating the deployment's event, or posting it as a ${intended.eventType} if this is its first state,`
            : intended.kind === 'update'
                ? `Updating event ${intended.eventId}`
                : `Finishing the event with the job's outcome (${intended.outcome.word})`;
    // Only the first letter is lowered: the event type and ID keep their case.
    const dry = `Dry run: ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
    return `${write.kind === 'dry-run' ? dry : what} on ${count} incident(s).`;
}
/** Prints one target's lines as a group, and its warnings as annotations. */
function printTarget(result) {
    const head = result.action === 'failed'
        ? `failed: ${result.error}`
        : `${result.action}${result.eventId ? ` event ${(0,log/* inert */.tJ)(result.eventId)}` : ''}`;
    log/* log */.Rm.group(`${result.title ? `${result.title} ` : ''}${result.incidentArn}`, [
        ...result.lines,
        head,
    ]);
    for (const warning of result.warnings)
        log/* log */.Rm.warning(warning.text, warningTitle(warning));
}
/** `text` as the end of a sentence: one period, whether or not it ends with one already. */
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
/**
 * Why a search by `response-plan` cannot match: the plan is in another account than the one the
 * credentials search (a plan ARN names its account), or no plan of that name exists.
 */
function missingPlan(plan, check, region) {
    const name = (0,errors/* quoteInput */.Zs)(plan.name);
    const searched = check.searchedAccount;
    if (plan.accountId && searched && plan.accountId !== searched) {
        return `the plan ARN is in account ${plan.accountId}, but this step's credentials search account ${searched} (from ${region}), which lists only its own incidents. Use credentials of account ${plan.accountId} (such as role-to-assume with a role there), or give response-plan as ${name} to search account ${searched}. Nothing was written.`;
    }
    const closest = check.closest.length > 0
        ? `The closest names are: ${check.closest.join(', ')}.`
        : plan.accountId
            ? `The account searched has no response plans; check that this step's credentials are of account ${plan.accountId}, which the ARN names.`
            : 'The account has no response plans.';
    return `no response plan ${name} exists in this account (searched from ${region}), so no incident can match. ${closest} Nothing was written.`;
}
/**
 * No incident matched. A search by a response plan that does not exist is a mistake in the
 * workflow, not a quiet deploy: it fails, naming the closest plans. Otherwise the run is skipped,
 * by default with an info line and a line in the summary only, since no incident being open is
 * the usual state of a deploy.
 */
async function noTarget(prepared, session, resolution, report) {
    const { inputs } = prepared;
    const search = inputs.targeting.kind === 'search' ? inputs.targeting : undefined;
    let unchecked = '';
    const responsePlan = search?.filters.responsePlan;
    if (responsePlan && !responsePlan.any) {
        const check = await checkResponsePlan(session.api, responsePlan);
        if (check.kind === 'missing') {
            throw new errors/* InputError */.dz('response-plan', missingPlan(responsePlan, check, session.api.region));
        }
        if (check.kind === 'unchecked') {
            unchecked = ` The response plan could not be checked: ${sentence(check.why)}`;
        }
    }
    const filters = search ? search.described.join(', ') : 'none';
    const message = `No open incident matched (${filters}); the search saw ${resolution.seen} open incident(s). Nothing was written.${unchecked}`;
    if (inputs.ifNoIncident === 'fail') {
        return { ...report, outcome: 'failed', message: `${message} (if-no-incident: fail)` };
    }
    // What to do when an incident should have matched.
    const fix = search
        ? ' If an incident should have matched, check those filters (and aws-region).'
        : '';
    if (inputs.ifNoIncident === 'warn') {
        log/* log */.Rm.warning(`${message}${fix} (if-no-incident: warn; skip makes this an info line)`);
    }
    else {
        log/* log */.Rm.info(`${message}${fix} Set if-no-incident: warn or fail to be told louder.`);
    }
    return { ...report, outcome: 'skipped', message };
}
async function writeAll(prepared, session, cancellation, startedAt, report) {
    const { inputs } = prepared;
    const now = new Date();
    const { write } = inputs;
    const intended = (0,read_inputs/* intendedWrite */.v3)(write);
    const resolution = await resolveTargets(session.api, inputs.targeting, {
        maxIncidents: inputs.maxIncidents,
        singleTarget: intended.kind === 'update',
        readGivenArns: write.kind === 'dry-run',
        now,
    });
    const { targets, notes } = resolution;
    // The subject's read ran beside the search; it has its own short budget.
    const subject = await prepared.subject;
    const facts = { ...prepared.facts, commitSubject: subject };
    const { text, eventData } = prepared.render(subject);
    report = {
        ...report,
        eventText: text,
        notes: [...report.notes, ...notes],
        links: summaryLinks(facts, session.api.region),
    };
    for (const note of notes)
        log/* log */.Rm.notice(note);
    if (targets.length === 0)
        return noTarget(prepared, session, resolution, report);
    log/* log */.Rm.info(describeWrite(write, targets.length));
    // Each create's intent is handed to the job-end step before it is sent, and its event as soon as
    // it exists (see the recorder): saving costs no AWS call.
    const recorder = write.kind === 'create' && write.finishOnJobEnd
        ? new state/* FinishStateRecorder */.Bq(startedAt, (name, value) => prepared.host.saveState(name, value), {
            eventType: write.eventType,
            eventTime: (write.eventTime ?? now).toISOString(),
            eventData,
        }, targets.length, subject)
        : undefined;
    const slots = new Map(targets.map((target, index) => [target, index]));
    const context = {
        api: session.api,
        inputs,
        facts,
        eventData,
        identity: prepared.identity,
        now,
        targetCount: targets.length,
        deadline: session.deadline,
        stopped: cancellation.reason,
        ...(recorder
            ? {
                intend: (target, event, region) => recorder.intend(slots.get(target) ?? 0, {
                    incidentArn: target.arn,
                    clientToken: event.clientToken,
                    ...(event.eventReferences ? { eventReferences: event.eventReferences } : {}),
                    region,
                }),
            }
            : {}),
    };
    // Side by side, in order: results, outputs and the log keep the order of the targets, and one
    // target's failure does not stop the others.
    const results = await mapInOrder(targets, prepared.environment.parallelTargets, async (target) => {
        const result = cancellation.requested
            ? { ...resultFor(target), error: cancellation.reason() ?? '' }
            : await writeOnTarget(context, target, write);
        const slot = slots.get(target) ?? 0;
        if (recorder && result.action === 'created' && result.eventId) {
            const { incidentArn, eventId, title, impact, status, region } = result;
            recorder.written(slot, {
                incidentArn,
                eventId,
                ...(region ? { region } : {}),
                ...(title ? { title } : {}),
                ...(impact !== undefined ? { impact } : {}),
                ...(status ? { status } : {}),
            });
        }
        else if (recorder && !result.unresolved) {
            recorder.notWritten(slot);
        }
        return result;
    }, printTarget);
    if (recorder && recorder.count > 0) {
        log/* log */.Rm.info(`When ${prepared.host.endOfRun} ends, ${recorder.count} event(s) will be updated with its outcome.`);
    }
    if (recorder && recorder.pending > 0) {
        log/* log */.Rm.info(`When ${prepared.host.endOfRun} ends, ${recorder.pending} create(s) whose outcome is not known will be sent again with the same token, and their events updated with its outcome.`);
    }
    const failovers = session.api.failovers.map((f) => `${f.why}. The rest of the run went to ${f.to}.`);
    return {
        ...report,
        notes: [...report.notes, ...failovers],
        results,
        outcome: (0,report_report/* outcomeOf */.sG)(results, write.kind === 'dry-run'),
    };
}
function summaryLinks(facts, region) {
    return {
        region,
        runUrl: facts.runUrl,
        runLabel: `${facts.repository} run ${facts.runId}, attempt ${facts.runAttempt}`,
        commitUrl: facts.commitUrl,
        shortSha: facts.shortSha,
        commitSubject: facts.commitSubject,
    };
}
/**
 * The regions in order of preference. The job end starts in the region its step wrote in, which
 * is where that step failed over to when the first region was unavailable.
 */
function regionOrder(inputs) {
    const { write, targeting } = inputs;
    const wrote = targeting.kind === 'saved' ? targeting.events[0]?.region : undefined;
    if (write.kind !== 'job-end' || !wrote || !inputs.regions.includes(wrote))
        return inputs.regions;
    return [wrote, ...inputs.regions.filter((region) => region !== wrote)];
}
/** Sets the outputs and writes the job summary; a failure here is reported, never thrown. */
async function publish(report, stage, summaryFile, host, heading) {
    if (stage === 'main') {
        try {
            for (const [name, value] of Object.entries((0,report_report/* outputsOf */.Yz)(report)))
                host.setOutput(name, value);
        }
        catch (error) {
            log/* log */.Rm.warning(`Could not set the step outputs: ${(0,log/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
    if (summaryFile) {
        try {
            await host.writeSummary((0,report_report/* summaryMarkdown */.eH)(report, heading));
        }
        catch (error) {
            log/* log */.Rm.warning(`Could not write the job summary: ${(0,log/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
}
/** What a cancelled step with finish-on-job-end tells of what it saved for the job end. */
function savedForJobEnd(results) {
    const created = results.some((r) => r.action === 'created' && r.eventId);
    const inFlight = results.some((r) => r.unresolved);
    if (!created && !inFlight)
        return '';
    const what = created && inFlight
        ? 'The events it created, and the creates whose answer had not come (by their tokens), are'
        : created
            ? 'The events it created are'
            : 'The creates whose answer had not come are saved by their tokens; the job-end step sends them again, finds their events, and';
    return inFlight && !created
        ? ` ${what} marks them cancelled.`
        : ` ${what} saved; the job-end step marks them cancelled.`;
}
/** Why the run failed, or undefined when it did not. */
function failureOf(report, stage) {
    const failed = report.results.filter((r) => r.action === 'failed');
    if (failed.length > 0) {
        // An error about the incident itself (one that does not exist) opens with its name.
        const reasons = failed
            .map((r) => {
            const arn = (0,log/* inert */.tJ)(r.incidentArn);
            return r.error.startsWith(`incident ${arn} `) ? r.error : `${arn}: ${r.error}`;
        })
            .join('\n');
        const of = `${failed.length} of ${report.results.length}`;
        // A create whose outcome is unknown is never called "not written".
        const unknown = failed.filter((r) => r.unresolved).length;
        const written = unknown === failed.length
            ? `The event may have been written to ${of} incident(s), but that could not be confirmed`
            : unknown > 0
                ? `The event could not be written, or may have been written, to ${of} incident(s)`
                : `The event could not be written to ${of} incident(s)`;
        return stage === 'job-end'
            ? `${of} event(s) could not be finished:\n${reasons}`
            : `${written}:\n${reasons}`;
    }
    return report.outcome === 'failed' ? report.message : undefined;
}
function eventTypeLabel(write) {
    const intended = (0,read_inputs/* intendedWrite */.v3)(write);
    return intended.kind === 'create' || intended.kind === 'deployment'
        ? intended.eventType
        : 'Update';
}
/** The job-end summary's heading: the outcome and how long the job took. */
function jobEndHeading(prepared, endedAt) {
    const write = prepared?.inputs.write;
    if (write?.kind !== 'job-end')
        return undefined;
    const took = formatDuration(endedAt.getTime() - write.startedAt.getTime());
    return write.outcome.unknownBecause
        ? `Timeline event finished in ${took} (the job's outcome is not known)`
        : `Timeline event finished: ${write.outcome.word} in ${took}`;
}
/**
 * One run of the action, for either stage: the step itself (`main`), or its job-end step, which
 * updates the events the step created with the job's outcome. Both read the inputs, render, write
 * and report the same way; the job end differs only in its mode, decided by `getInputs`, and in
 * that nothing there changes the job's result (a failure is a warning). Resolves to whether the
 * step failed, for a host whose `core.setFailed` sets no exit code (`npm run local-action`).
 */
async function run(stage = 'main', host = actionsHost()) {
    const startedAt = new Date();
    const environment = readRunEnvironment(host.env);
    const clock = startClock(environment.limits);
    const cancellation = new Cancellation(clock.deadline, (message) => log/* log */.Rm.info(message));
    if (stage === 'main')
        cancellation.listen();
    let failOnError = true;
    let report = (0,report_report/* emptyReport */._O)();
    let prepared;
    try {
        failOnError = (0,read_inputs/* readFailOnError */.Qq)((name) => host.getInput(name));
        prepared = await prepare(stage, startedAt, clock, environment, host);
        report = {
            ...report,
            eventText: prepared.render(prepared.facts.commitSubject).text,
            eventType: eventTypeLabel(prepared.inputs.write),
        };
        const session = await connect(prepared.inputs, regionOrder(prepared.inputs), prepared.facts, clock, environment, host, (failover) => log/* log */.Rm.warning(`${failover.why}. The rest of the run goes to ${failover.to}.`, 'Incident timeline: region failover'));
        try {
            report = await writeAll(prepared, session, cancellation, startedAt, report);
        }
        finally {
            session.api.close();
        }
    }
    catch (error) {
        if (error instanceof state/* JobEndStateError */.Cq) {
            if (error.nothingCreated)
                log/* log */.Rm.info(`Nothing to finish: ${error.message}.`);
            else
                log/* log */.Rm.warning(`Nothing to finish: ${error.message}.`, JOB_END_TITLE);
            return { failed: false, report };
        }
        // Bad input, a failed search, a role that could not be assumed: nothing was written.
        report = { ...report, outcome: 'failed', message: (0,errors/* safeMessage */.N5)(error) };
    }
    finally {
        cancellation.dispose();
    }
    await publish(report, stage, environment.summaryFile, host, jobEndHeading(prepared, startedAt));
    if (cancellation.requested) {
        host.setFailed(`The step was cancelled (${cancellation.signal}): no write started after the signal.${prepared?.inputs.write.kind === 'create' && prepared.inputs.write.finishOnJobEnd
            ? savedForJobEnd(report.results)
            : ''}`);
        return { failed: true, report };
    }
    const failure = failureOf(report, stage);
    if (failure === undefined)
        return { failed: false, report };
    if (stage === 'job-end')
        log/* log */.Rm.warning(failure, JOB_END_TITLE);
    else if (failOnError) {
        host.setFailed(failure);
        return { failed: true, report };
    }
    else
        log/* log */.Rm.warning(`${failure} (fail-on-error is false, so the step succeeds)`);
    return { failed: false, report };
}


/***/ }),

/***/ 2131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ parseResponsePlan),
/* harmony export */   DM: () => (/* binding */ parseRoleArn),
/* harmony export */   EH: () => (/* binding */ isArn),
/* harmony export */   Hw: () => (/* binding */ matchIncidentArn),
/* harmony export */   Lp: () => (/* binding */ consoleHostOf),
/* harmony export */   XP: () => (/* binding */ parseIncidentArn),
/* harmony export */   Y8: () => (/* binding */ responsePlanMatches),
/* harmony export */   hQ: () => (/* binding */ parseAnyArn)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);

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
        why = `it is an ARN of service ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(v.split(':')[2] ?? '')}, not ssm-incidents`;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(v)} is not accepted (${why}); use an incident record ARN such as arn:aws:ssm-incidents::111122223333:incident-record/<response-plan>/<id>.`);
}
function parseResponsePlan(input, value) {
    const v = value.trim();
    if (v === '*')
        return { name: '*', any: true };
    const arn = RESPONSE_PLAN_ARN.exec(v);
    if (arn)
        return { name: arn[3], accountId: arn[2] };
    if (RESPONSE_PLAN_NAME.test(v))
        return { name: v };
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(v)} is not accepted; use a response plan name (letters, digits, - and _), a response plan ARN such as arn:aws:ssm-incidents::111122223333:response-plan/<name>, or '*' for any plan.`);
}
function parseAnyArn(input, value) {
    const v = value.trim();
    if (!isArn(v)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(v)} is not accepted; use an ARN such as arn:aws:codepipeline:us-east-1:111122223333:my-pipeline.`);
    }
    return v;
}
function parseRoleArn(input, value) {
    const v = value.trim();
    if (!ROLE_ARN.test(v)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(v)} is not accepted; use an IAM role ARN such as arn:aws:iam::111122223333:role/deploy-markers.`);
    }
    return v;
}
function responsePlanMatches(plan, incident) {
    if (plan.any)
        return true;
    return (plan.name === incident.responsePlan &&
        (plan.accountId === undefined || plan.accountId === incident.accountId));
}
/**
 * The AWS console's host in each partition (AWS documents each: the standard console, AWS China's
 * and AWS GovCloud (US)'s). Other partitions have consoles of their own that are not public.
 */
const CONSOLE_HOSTS = new Map([
    ['aws', 'console.aws.amazon.com'],
    ['aws-cn', 'console.amazonaws.cn'],
    ['aws-us-gov', 'console.amazonaws-us-gov.com'],
]);
/** The AWS console's host in a partition with a public console, else undefined. */
function consoleHostOf(partition) {
    return CONSOLE_HOSTS.get(partition);
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ MAX_COMMIT_SUBJECT),
/* harmony export */   v: () => (/* binding */ commitSubjectOf)
/* harmony export */ });
/* harmony import */ var _runtime_code_points_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8140);

/** A commit subject is shown in one line of a timeline: longer ones are cut, with a marker. */
const MAX_COMMIT_SUBJECT = 200;
/**
 * The first line of a commit message, as one line of plain text: control characters (ANSI
 * escapes, bidirectional overrides, zero-width characters) are shown as escapes, never kept, so
 * that a subject cannot reorder or hide what a responder reads; cut at MAX_COMMIT_SUBJECT.
 */
function commitSubjectOf(message) {
    const line = (message.split(/\r\n|[\n\r\u2028\u2029\u0085]/, 1)[0] ?? '').trim();
    const visible = line.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`);
    return (0,_runtime_code_points_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointLength */ .O)(visible) > MAX_COMMIT_SUBJECT
        ? `${(0,_runtime_code_points_js__WEBPACK_IMPORTED_MODULE_0__/* .firstCodePoints */ .j)(visible, MAX_COMMIT_SUBJECT - 1).trimEnd()}…`
        : visible;
}


/***/ }),

/***/ 2330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ unique),
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
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


/***/ }),

/***/ 4528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ referenceKey),
/* harmony export */   IO: () => (/* binding */ parseReferences),
/* harmony export */   Sg: () => (/* binding */ linkKey),
/* harmony export */   jh: () => (/* binding */ MAX_EVENT_REFERENCES),
/* harmony export */   qJ: () => (/* binding */ RELATED_ITEM_ID)
/* harmony export */ });
/* harmony import */ var _runtime_code_points_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8140);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);
/* harmony import */ var _runtime_inert_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9127);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2131);




const RELATED_ITEM_ID = /^related-item\/(ANALYSIS|INCIDENT|METRIC|PARENT|ATTACHMENT|OTHER|AUTOMATION|INVOLVED_RESOURCE|TASK)\/[0-9A-F]{32}$/;
const MAX_EVENT_REFERENCES = 10;
/** The model's limits on a related item's URL and title. */
const MAX_URL_LENGTH = 1000;
const MAX_TITLE_LENGTH = 200;
const ACCEPTED = 'each reference is an ARN (a resource), a related item ID of the form related-item/<TYPE>/<32 upper-case hex digits>, or an https:// URL, optionally titled as [Title](https://…)';
/** `https://…` or `[Title](https://…)`; undefined when the text is neither. */
function linkFromText(input, item) {
    const titled = /^\[(.*)\]\((.*)\)$/s.exec(item);
    const [title, url] = titled ? [titled[1].trim(), titled[2].trim()] : ['', item];
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
        if (titled)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(url)} in ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(item)} is not a URL; ${ACCEPTED}.`);
        return undefined;
    }
    return checkLink(input, url, title);
}
/** In a URL as typed: white space (two items without a separator), controls and invisible characters. */
const NOT_IN_URL = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
/** In a title: line breaks and other controls, and bidirectional controls, which reorder it. */
const NOT_IN_TITLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const ONE_URL = 'a link is one https:// URL, without white space, control or invisible characters; separate items with a new line, or with a comma that the next item follows';
/**
 * A link as the incident will store it: parsed as browsers parse it (WHATWG URL) and stored in
 * that form (scheme and host in lower case, non-ASCII percent-encoded), so that what responders
 * open is what the text said. Refused: a text that holds more than one URL or a trailing word
 * (white space), a character that hides or reorders what is shown, and credentials.
 */
function checkLink(input, url, title) {
    const hidden = NOT_IN_URL.exec(url);
    if (hidden) {
        const what = /\s/.test(hidden[0]) ? 'white space' : 'an invisible or control character';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(url)} holds ${what}; ${ONE_URL}.`);
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(url)} is not a URL; ${ACCEPTED}.`);
    }
    if (parsed.protocol !== 'https:') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(url)} is not an https:// URL; only https:// URLs are linked.`);
    }
    if (parsed.username || parsed.password) {
        // Never echoed: the text holds a password.
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `a URL of ${(0,_runtime_inert_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(parsed.host)} holds credentials (user:password@), which every responder of the incident would see; remove them, and give the page its own access control.`);
    }
    const href = parsed.href;
    const length = (0,_runtime_code_points_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointLength */ .O)(href);
    if (length > MAX_URL_LENGTH) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `a URL is ${length} characters; the service accepts at most ${MAX_URL_LENGTH}.`);
    }
    if (NOT_IN_TITLE.test(title)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the title of ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(href)} holds a line break, control or bidirectional character (${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(title)}); a title is one line of plain text.`);
    }
    const titleLength = (0,_runtime_code_points_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointLength */ .O)(title);
    if (titleLength > MAX_TITLE_LENGTH) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the title of ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(href)} is ${titleLength} characters; the service accepts at most ${MAX_TITLE_LENGTH}.`);
    }
    return { url: href, title };
}
/** A URL as the incident stores it (see checkLink), to tell two spellings of one link apart. */
function linkKey(url) {
    try {
        return new URL(url).href;
    }
    catch {
        return url;
    }
}
function referenceKey(reference) {
    return 'resource' in reference
        ? `resource:${reference.resource}`
        : `related:${reference.relatedItemId}`;
}
function referenceFromText(input, item) {
    if (RELATED_ITEM_ID.test(item))
        return { relatedItemId: item };
    if ((0,_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .isArn */ .EH)(item))
        return { resource: item };
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(item)} is not accepted; ${ACCEPTED}.`);
}
function fromText(input, item) {
    return linkFromText(input, item) ?? referenceFromText(input, item);
}
function fromObject(input, item, index) {
    if (typeof item === 'string')
        return fromText(input, item.trim());
    const where = `item ${index + 1}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where} must be a string or an object with 'resource', 'relatedItemId' or 'url' (and 'title').`);
    }
    const keys = Object.keys(item);
    if (keys.includes('url')) {
        const { url, title = '', ...rest } = item;
        if (Object.keys(rest).length > 0 || typeof url !== 'string' || typeof title !== 'string') {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: a link is { "url": "https://…", "title": "…" }, both strings, and nothing else.`);
        }
        return checkLink(input, url.trim(), title.trim());
    }
    const unknown = keys.filter((k) => k !== 'resource' && k !== 'relatedItemId');
    if (unknown.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where} has unknown key(s) ${(0,_runtime_inert_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(unknown.join(', '))}; use 'resource', 'relatedItemId' or 'url'.`);
    }
    if (keys.length !== 1) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where} must set exactly one of 'resource' (an ARN) or 'relatedItemId', not ${keys.length === 0 ? 'neither' : 'both'}.`);
    }
    const value = item[keys[0]];
    if (typeof value !== 'string')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(keys[0] ?? '')} must be a string.`);
    const parsed = referenceFromText(input, value.trim());
    if (keys[0] === 'resource' && !('resource' in parsed)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: 'resource' must be an ARN, not ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)}.`);
    }
    if (keys[0] === 'relatedItemId' && !('relatedItemId' in parsed)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: 'relatedItemId' must have the form related-item/<TYPE>/<32 upper-case hex digits>, not ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)}.`);
    }
    return parsed;
}
const ITEM_START = /^(arn:|related-item\/|[a-z][a-z0-9+.-]*:\/\/|\[)/i;
/**
 * Items are separated by newlines and commas, but a URL may hold commas of its own: after a URL,
 * a comma that does not start another item (an ARN, an ID, a URL, a titled URL) stays in it.
 */
function splitReferences(value) {
    const items = [];
    for (const line of value.split('\n')) {
        let inUrl = false;
        for (const part of line.split(',')) {
            const item = part.trim();
            if (inUrl && items.length > 0 && !ITEM_START.test(item)) {
                items[items.length - 1] += `,${part}`;
                continue;
            }
            items.push(item);
            inUrl = /^(https?:\/\/|\[)/i.test(item);
        }
    }
    return items.map((item) => item.trim()).filter((item) => item.length > 0);
}
function separate(items) {
    const references = [];
    const links = [];
    for (const item of items) {
        if ('url' in item) {
            if (!links.some((l) => l.url === item.url))
                links.push(item);
        }
        else
            references.push(item);
    }
    return { references, links };
}
/**
 * Parses `references`: a newline- or comma-separated list of ARNs, related item IDs and https://
 * URLs (each optionally titled, `[Title](https://…)`), or a JSON array whose items are such
 * strings or `{ "resource": … }` / `{ "relatedItemId": … }` / `{ "url": …, "title": … }` objects.
 */
function parseReferences(input, value) {
    const v = value.trim();
    if (v === '')
        return { references: [], links: [] };
    // A JSON array starts with [; so does a titled link, whose title is followed by ](.
    if (v.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(v);
        }
        catch (error) {
            if (/^\[[^\]\n]*\]\(/.test(v))
                return separate(splitReferences(v).map((i) => fromText(input, i)));
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `looks like a JSON array but does not parse: ${(0,_runtime_inert_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(error.message)}.`);
        }
        if (!Array.isArray(parsed))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be a JSON array.');
        return separate(parsed.map((item, index) => fromObject(input, item, index)));
    }
    return separate(splitReferences(v).map((item) => fromText(input, item)));
}


/***/ }),

/***/ 5741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Us: () => (/* binding */ isRegionName),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);

const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/** An AWS region's name, such as us-east-1 or us-gov-west-1 (its form, not whether it exists). */
function isRegionName(value) {
    return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(value);
}
/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(input, value) {
    const v = value.trim();
    if (TRUE_VALUES.has(v))
        return true;
    if (FALSE_VALUES.has(v))
        return false;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)} is not a boolean; use true or false.`);
}
function parseInteger(input, value, min, max) {
    const v = value.trim();
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)} is not accepted; use a whole number from ${min} to ${max}.`);
    }
    return Number(v);
}
function parseChoice(input, value, choices) {
    const v = value.trim();
    const match = choices.find((choice) => choice.toLowerCase() === v.toLowerCase());
    if (match === undefined) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)} is not accepted; use one of: ${choices.join(', ')}.`);
    }
    return match;
}


/***/ }),

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   N7: () => (/* binding */ templatePattern),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);
/* harmony import */ var _runtime_inert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9127);


const TOKEN = /\{\{|\}\}|\{([^{}]*)\}|[{}]/g;
/** The names a template accepts, for the error messages and the README. */
function placeholderList(fields) {
    return [...fields.keys()].map((k) => `{${k}}`).join(' ');
}
/** A text with JSON's shape: `{"key": …}` or `[…]` with a key in it. */
const JSON_LIKE = /^\s*[[{][\s\S]*"\s*:/;
/** The error for a `{` that opens no placeholder, at `offset` of `template`. */
function loneBrace(input, template, offset) {
    if (JSON_LIKE.test(template)) {
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `looks like JSON, whose own braces must be doubled so that only the {placeholders} are replaced: write {{ and }} for them, as in {{"version":"{short_sha}"}}.`);
    }
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `unclosed '{' at character ${offset + 1}; write {{ and }} for literal braces.`);
}
/**
 * Checks a template's braces, before anything is known of the run (the names are checked when it
 * is rendered), so that a bad brace is reported with the other bad inputs.
 */
function checkTemplate(input, template) {
    for (const match of template.matchAll(TOKEN)) {
        if (match[0] === '{')
            throw loneBrace(input, template, match.index);
    }
    return template;
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
        if (name === undefined)
            throw loneBrace(input, template, offset);
        const key = name.trim();
        if (key.startsWith('inputs.')) {
            const value = values.inputs.get(key.slice('inputs.'.length));
            if (value !== undefined)
                return value;
            const known = [...values.inputs.keys()];
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `unknown placeholder ${(0,_runtime_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(`{${key}}`)}: ${known.length === 0
                ? 'this run has no workflow_dispatch inputs'
                : `the workflow_dispatch inputs are ${(0,_runtime_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(known.join(', '))}`}.`);
        }
        const value = values.fields.get(key);
        if (value !== undefined)
            return value;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `unknown placeholder ${(0,_runtime_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(`{${key}}`)}; known: ${placeholderList(values.fields)} {inputs.NAME}. Write {{ and }} for literal braces.`);
    });
}
/** `text` as a regular expression that matches exactly it. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A regular expression's source that matches what `template` renders to: the literal text as it
 * is, and each `{name}` (`{inputs.NAME}` included) as `placeholder(name)` makes it (a pattern).
 */
function templatePattern(template, placeholder) {
    let pattern = '';
    let last = 0;
    for (const match of template.matchAll(TOKEN)) {
        pattern += escapeRegExp(template.slice(last, match.index));
        const [token, name] = match;
        if (token === '{{' || token === '{')
            pattern += '\\{';
        else if (token === '}}' || token === '}')
            pattern += '\\}';
        else
            pattern += placeholder((name ?? '').trim());
        last = match.index + token.length;
    }
    return pattern + escapeRegExp(template.slice(last));
}


/***/ }),

/***/ 8755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp),
/* harmony export */   d: () => (/* binding */ implausibleTime)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3428);

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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)} is neither epoch seconds nor milliseconds of a year from 2001 to 2286${looksLikeDate}; ${ACCEPTED}.`);
    }
    const iso = ISO_8601.exec(v);
    const ms = iso ? parseIso(iso, v) : Number.NaN;
    if (!Number.isFinite(ms) || ms <= 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteInput */ .Zs)(value)} is not a timestamp; ${ACCEPTED}.`);
    }
    return new Date(ms);
}
const DAY_MS = 86_400_000;
/** How far back an event-time may be before it is more likely a typo than a late marker. */
const YEAR_MS = 365 * DAY_MS;
/**
 * Why `event-time` is probably a typo (a wrong year sorts the event to the top or the bottom of
 * the timeline), or undefined when it is plausible. The time is still written: a back-dated or
 * scheduled marker may be meant.
 */
function implausibleTime(input, time, now) {
    const ahead = time.getTime() - now.getTime();
    if (ahead <= DAY_MS && -ahead <= YEAR_MS)
        return undefined;
    const years = Math.abs(ahead) / YEAR_MS;
    const distance = years >= 1
        ? `${years.toFixed(1).replace(/\.0$/, '')} year${years >= 1.05 ? 's' : ''}`
        : `${Math.round(Math.abs(ahead) / DAY_MS)} days`;
    return `${input} ${time.toISOString()} is ${distance} ${ahead > 0 ? 'ahead of' : 'before'} now (${now.toISOString()}); the event is written at that time, where it sorts on the incident's timeline. Check the value for a typo (the year).`;
}


/***/ }),

/***/ 4970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ collectFacts),
/* harmony export */   Yw: () => (/* binding */ FINAL_DEPLOYMENT_STATES),
/* harmony export */   _I: () => (/* binding */ deploymentStatusWord),
/* harmony export */   i7: () => (/* binding */ tellsCallsApart)
/* harmony export */ });
/* unused harmony exports deployedCommit, deploymentOf */
/* harmony import */ var _parse_commit_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6645);
/* harmony import */ var _parse_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8755);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);



/** The states a deployment ends in; `inactive` only says that a later one replaced it. */
const FINAL_DEPLOYMENT_STATES = new Set([
    'success',
    'failure',
    'error',
]);
/** `refs/heads/main` → `main`; a deployment's `v1.2.0` or a SHA stays as it is. */
function shortRef(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
/**
 * The commit that was deployed, which is not always GITHUB_SHA: the `sha` input when given (with
 * the run's ref); else a deployment's `sha` and `ref` (`deployment` and `deployment_status`
 * events); else a `workflow_run` event's `head_sha` and `head_branch` (a deploy after CI, whose
 * GITHUB_SHA is the default branch's head); else GITHUB_SHA and GITHUB_REF.
 */
function deployedCommit(payload, env, shaInput = '') {
    // On pull requests GITHUB_REF_NAME is "<number>/merge"; the branch is what people recognise.
    const runRef = {
        ref: env.GITHUB_REF ?? '',
        refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
    };
    if (shaInput)
        return { sha: shaInput, ...runRef, source: 'sha' };
    const deployment = asRecord(payload.deployment);
    const deployedSha = text(deployment.sha);
    if (deployedSha) {
        const ref = text(deployment.ref);
        const refs = ref ? { ref, refName: shortRef(ref) } : runRef;
        return { sha: deployedSha, ...refs, source: 'deployment' };
    }
    const workflowRun = asRecord(payload.workflow_run);
    const headSha = text(workflowRun.head_sha);
    if (headSha) {
        const branch = text(workflowRun.head_branch);
        const refs = branch ? { ref: branch, refName: shortRef(branch) } : runRef;
        return { sha: headSha, ...refs, source: 'workflow_run' };
    }
    return { sha: env.GITHUB_SHA ?? '', ...runRef, source: 'GITHUB_SHA' };
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
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
/** The `status` word of a deployment state (`success` → `succeeded`), or '' for an unknown one. */
function deploymentStatusWord(state) {
    return DEPLOYMENT_STATES.get(state) ?? '';
}
function text(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** A time of the payload, or undefined when it is missing or not a timestamp (no duration then). */
function payloadTime(value) {
    const raw = text(value);
    if (!raw)
        return undefined;
    try {
        return (0,_parse_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)('deployment', raw);
    }
    catch {
        return undefined;
    }
}
/**
 * The deployment of a `deployment_status` event, or undefined for any other event and for a
 * payload without the deployment's ID and https URL (such a run marks the state as an event of
 * its own).
 */
function deploymentOf(payload, eventName) {
    if (eventName !== 'deployment_status')
        return undefined;
    const deployment = asRecord(payload.deployment);
    const status = asRecord(payload.deployment_status);
    const id = text(deployment.id);
    const url = text(deployment.url);
    if (!/^\d{1,20}$/.test(id) || !/^https:\/\/\S+$/i.test(url))
        return undefined;
    const state = text(status.state);
    const createdAt = payloadTime(deployment.created_at);
    const stateAt = payloadTime(status.created_at);
    return {
        id,
        url,
        environment: text(deployment.environment),
        state,
        final: FINAL_DEPLOYMENT_STATES.has(state),
        ...(createdAt ? { createdAt } : {}),
        ...(stateAt ? { stateAt } : {}),
    };
}
/** The subject of `sha` from a payload that carries that commit, else ''. */
function payloadSubject(payload, sha) {
    for (const commit of [
        asRecord(payload.head_commit),
        asRecord(asRecord(payload.workflow_run).head_commit),
    ]) {
        const id = text(commit.id);
        if (id && sha && id.toLowerCase() === sha.toLowerCase()) {
            return (0,_parse_commit_message_js__WEBPACK_IMPORTED_MODULE_2__/* .commitSubjectOf */ .v)(text(commit.message));
        }
    }
    return '';
}
/** The most jobs one matrix makes, so the highest `strategy.job-index` is one less. */
const MAX_MATRIX_JOBS = 256;
/**
 * Whether `job-instance` tells apart two calls of one reusable workflow, which share GITHUB_JOB
 * and the step's id. Its default is the job's check run ID (`job.check_run_id`), its own in every
 * job, and far larger than any matrix index; a runner without it gives the matrix index
 * (`strategy.job-index`), which is 0 in each call of a reusable workflow that has no matrix, or
 * nothing. A value set by hand that is not a small number is taken to tell them apart.
 */
function tellsCallsApart(jobInstance) {
    if (jobInstance === '')
        return false;
    return !(/^\d{1,3}$/.test(jobInstance) && Number(jobInstance) < MAX_MATRIX_JOBS);
}
/** The workflow facts, from the runner's environment, the event payload and `given`. */
function collectFacts(given = {}, env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const deployment = asRecord(payload.deployment);
    const commit = deployedCommit(payload, env, given.sha);
    const sha = commit.sha;
    const runId = env.GITHUB_RUN_ID ?? '';
    const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    const dispatchInputs = new Map(Object.entries(asRecord(payload.inputs)).map(([key, value]) => [key, text(value)]));
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const reported = deploymentOf(payload, eventName);
    return {
        serverUrl,
        repository,
        sha,
        shaSource: commit.source,
        shortSha: sha.slice(0, 7),
        ref: commit.ref,
        refName: commit.refName,
        actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        step: env.GITHUB_ACTION ?? '',
        jobInstance: given.jobInstance ?? '',
        runId,
        runAttempt,
        runUrl: repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`
            : '',
        commitUrl: repository && sha ? `${serverUrl}/${repository}/commit/${sha}` : '',
        commitSubject: payloadSubject(payload, sha),
        eventName,
        eventEnvironment: text(deployment.environment) || dispatchInputs.get('environment') || '',
        eventStatus: deploymentStatusWord(text(asRecord(payload.deployment_status).state)),
        dispatchInputs,
        codeBuildArn: env.CODEBUILD_BUILD_ARN ?? '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        ...(reported ? { deployment: reported } : {}),
    };
}


/***/ }),

/***/ 5629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hy: () => (/* binding */ EVENT_ID),
  OY: () => (/* binding */ MAX_CLIENT_TOKEN_LENGTH),
  GP: () => (/* binding */ getInputs),
  v3: () => (/* binding */ intendedWrite),
  Qq: () => (/* binding */ readFailOnError)
});

// UNUSED EXPORTS: ENCODINGS, EVENT_TYPES, MAX_ENVIRONMENT_LENGTH, MAX_REGIONS, MAX_STATUS_LENGTH, NO_INCIDENT_POLICIES, SEARCH_INPUT_NAMES, SELECT_POLICIES, checkSearchHasFilter

// EXTERNAL MODULE: ./action/runtime/code-points.js
var code_points = __webpack_require__(8140);
// EXTERNAL MODULE: ./action/runtime/errors.js
var errors = __webpack_require__(3428);
// EXTERNAL MODULE: ./action/job-end/outcome.js
var outcome = __webpack_require__(2212);
// EXTERNAL MODULE: ./action/job-end/state.js
var job_end_state = __webpack_require__(125);
// EXTERNAL MODULE: ./action/parse/arn.js
var arn = __webpack_require__(2131);
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
        throw new errors/* InputError */.dz(input, `${(0,errors/* quoteInput */.Zs)(value)} is not a duration; use a number with a unit s, m, h, d or w, e.g. 90m, 24h, 7d or 1h30m.`);
    }
    let total = 0;
    for (const [, amount, unit] of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
        total += Number(amount) * (UNIT_MS.get(unit) ?? Number.NaN);
    }
    if (!(total > 0))
        throw new errors/* InputError */.dz(input, `${(0,errors/* quoteInput */.Zs)(value)} must be longer than zero.`);
    if (total > MAX_DURATION_MS) {
        throw new errors/* InputError */.dz(input, `${(0,errors/* quoteInput */.Zs)(value)} is too long; at most 3650d (about ten years) is accepted.`);
    }
    return total;
}

// EXTERNAL MODULE: ./action/parse/list.js
var list = __webpack_require__(2330);
// EXTERNAL MODULE: ./action/parse/references.js
var references = __webpack_require__(4528);
// EXTERNAL MODULE: ./action/parse/scalars.js
var scalars = __webpack_require__(5741);
// EXTERNAL MODULE: ./action/parse/template.js
var template = __webpack_require__(6224);
// EXTERNAL MODULE: ./action/parse/time.js
var parse_time = __webpack_require__(8755);
// EXTERNAL MODULE: ./action/runtime/inert.js
var inert = __webpack_require__(9127);
;// CONCATENATED MODULE: ./action/parse/title-filter.js


// u and v are accepted for the workflows written for JavaScript's engine; RE2 always matches by
// Unicode code point, so they change nothing.
const FLAGS = new Set(['i', 'm', 's', 'u', 'v']);
/** A case-insensitive substring, or a regular expression written `/pattern/flags` (flags i, m, s, u, v). */
function parseTitleFilter(input, value) {
    const v = value.trim();
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(v);
    if (!regex && v.startsWith('/')) {
        // A regular expression with its closing slash forgotten would match no title, silently.
        throw new errors/* InputError */.dz(input, `${(0,errors/* quoteInput */.Zs)(value)} starts with / but is not a regular expression written /pattern/flags. For a regular expression, close it (${(0,inert/* inert */.tJ)(`${v}/i`)}); for a substring of the title, leave out the leading / (${(0,inert/* inert */.tJ)(v.slice(1) || 'checkout')}), or write a title that starts with / as /\\/…/.`);
    }
    if (!regex)
        return { kind: 'substring', text: v };
    const [, source, flags] = regex;
    const bad = [...flags].filter((flag) => !FLAGS.has(flag));
    if (bad.length > 0) {
        throw new errors/* InputError */.dz(input, `flag(s) ${(0,errors/* quoteInput */.Zs)(bad.join(''))} are not accepted; use i (ignore case), m (multi-line), s (dot matches newlines), u or v.`);
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
    const { RE2JS } = await __webpack_require__.e(/* import() | re2js */ 119).then(__webpack_require__.bind(__webpack_require__, 8966));
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
        throw new errors/* InputError */.dz(input, `${(0,errors/* quoteInput */.Zs)(`/${filter.source}/${filter.flags}`)} is not accepted: ${(0,inert/* inert */.tJ)(error.message)}. Patterns run on a linear-time engine (RE2 syntax): no backreferences or lookaround.`);
    }
    return (title) => pattern.test(title);
}

;// CONCATENATED MODULE: ./action/read/inputs.js












const SELECT_POLICIES = ['all', 'latest', 'oldest', 'single'];
const NO_INCIDENT_POLICIES = ['skip', 'warn', 'fail'];
const ENCODINGS = ['json-string', 'raw'];
const EVENT_TYPES = ['Custom Event', 'Note'];
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const SHA = /^[0-9a-f]{7,40}$/i;
/** `job.check_run_id` or a matrix index: a number; longer text is cut off the token's input. */
const MAX_JOB_INSTANCE_LENGTH = 100;
/** The model's event ID is a string of at most 50 characters; the service's are UUIDs. */
const EVENT_ID = /^[A-Za-z0-9-]{1,50}$/;
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
    return raw.trim() === '' ? fallback : (0,scalars/* parseBoolean */.yG)(name, raw);
}
function bounded(read, name, max) {
    const value = read(name).trim();
    const length = (0,code_points/* codePointLength */.O)(value);
    if (length > max) {
        throw new errors/* InputError */.dz(name, `is ${length} characters; at most ${max} are accepted.`);
    }
    return value;
}
/** The replication set's limit: Incident Manager replicates to at most three Regions. */
const MAX_REGIONS = 3;
/**
 * The region to call, or the replication set's regions in order of preference (the run fails over
 * to the next when one is unavailable): `aws-region`, else AWS_REGION, else AWS_DEFAULT_REGION.
 */
function readRegions(read, env) {
    const raw = read('aws-region').trim();
    const given = (0,list/* splitList */.r)(raw || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '');
    if (given.length === 0) {
        throw new errors/* InputError */.dz('aws-region', 'no AWS region: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it). Any region of the replication set serves; list several, in order of preference, to fail over.');
    }
    for (const region of given) {
        if (!(0,scalars/* isRegionName */.Us)(region)) {
            throw new errors/* InputError */.dz('aws-region', `${(0,errors/* quoteInput */.Zs)(region)}${raw ? '' : ' (from the environment)'} is not a region name; use one such as us-east-1, or several separated by commas or newlines.`);
        }
    }
    if (given.length > MAX_REGIONS) {
        throw new errors/* InputError */.dz('aws-region', `lists ${given.length} regions; a replication set has at most ${MAX_REGIONS}.`);
    }
    const twice = given.find((region, i) => given.indexOf(region) !== i);
    if (twice)
        throw new errors/* InputError */.dz('aws-region', `lists ${(0,errors/* quoteInput */.Zs)(twice)} twice; name each region once.`);
    return given;
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
        throw new errors/* InputError */.dz('endpoint-url', `${(0,errors/* quoteInput */.Zs)(v)} is not a URL; use e.g. https://ssm-incidents.us-east-1.amazonaws.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz('endpoint-url', `${(0,errors/* quoteInput */.Zs)(v)} must use http or https.`);
    }
    return v;
}
async function readTargeting(read, problems) {
    const before = problems.count;
    const arns = problems.take(() => (0,list/* unique */.A)((0,list/* splitList */.r)(read('incident-arn')).map((v) => (0,arn/* parseIncidentArn */.XP)('incident-arn', v)), (a) => a.arn), []);
    const filters = {};
    const plan = problems.take(() => optional(read('response-plan'), (v) => (0,arn/* parseResponsePlan */.Cq)('response-plan', v)), undefined);
    if (plan)
        filters.responsePlan = plan;
    const title = await problems.takeAsync(async () => {
        const parsed = optional(read('title-filter'), (v) => parseTitleFilter('title-filter', v));
        return parsed && (await compileTitleFilter('title-filter', parsed));
    }, undefined);
    if (title)
        filters.titleFilter = title;
    const impact = problems.take(() => optional(read('impact'), (v) => (0,scalars/* parseInteger */.cG)('impact', v, 1, 5)), undefined);
    if (impact !== undefined)
        filters.impact = impact;
    const within = problems.take(() => optional(read('created-within'), (v) => parseDuration('created-within', v)), undefined);
    if (within !== undefined)
        filters.createdWithinMs = within;
    const select = problems.take(() => (0,scalars/* parseChoice */.HU)('select', read('select') || 'all', SELECT_POLICIES), 'all');
    if (arns.length > 0) {
        const ignoredFilters = Object.keys(filters).map((key) => SEARCH_INPUT_NAMES.get(key) ?? key);
        return { kind: 'arns', arns, ignoredFilters };
    }
    // A filter that was refused is a filter the workflow meant to give.
    if (problems.count === before)
        problems.take(() => checkSearchHasFilter(filters), undefined);
    const described = [...SEARCH_INPUT_NAMES.values()]
        .map((name) => [name, read(name).trim()])
        .filter(([, value]) => value)
        .map(([name, value]) => `${name}: ${value}`);
    return { kind: 'search', filters, select, described };
}
/**
 * A search needs a filter. With none, the step would mark every open incident of the account:
 * that is what a mistyped input name (`response_plan:`, which the runner ignores with a warning)
 * or an expression that evaluated empty looks like, so it must be written down as `*`.
 */
function checkSearchHasFilter(filters) {
    if (Object.keys(filters).length > 0)
        return;
    throw new errors/* InputError */.dz('incident-arn', `no incident-arn and no search filter (${[...SEARCH_INPUT_NAMES.values()].join(', ')}) is set, so the action cannot tell which incidents to mark. Check the workflow for a mistyped input name (such as response_plan) and for an expression that evaluated empty. To mark every open incident of the account, write response-plan: '*'.`);
}
/** The inputs that filter a search, by the name of their field in SearchFilters. */
const SEARCH_INPUT_NAMES = new Map([
    ['responsePlan', 'response-plan'],
    ['titleFilter', 'title-filter'],
    ['impact', 'impact'],
    ['createdWithinMs', 'created-within'],
]);
function readCreateOrUpdate(read, targeting, problems) {
    const eventTime = problems.take(() => optional(read('event-time'), (v) => (0,parse_time/* parseTimestamp */.E)('event-time', v)), undefined);
    const time = eventTime ? { eventTime } : {};
    const eventId = read('event-id').trim();
    if (!eventId) {
        const eventType = problems.take(() => (0,scalars/* parseChoice */.HU)('event-type', read('event-type') || 'Custom Event', EVENT_TYPES), 'Custom Event');
        return { kind: 'create', eventType, ...time, finishOnJobEnd: false };
    }
    if (!EVENT_ID.test(eventId)) {
        problems.take(() => {
            throw new errors/* InputError */.dz('event-id', `${(0,errors/* quoteInput */.Zs)(eventId)} is not an event ID; use the event-id output of an earlier step (letters, digits and -, at most 50).`);
        }, undefined);
    }
    else if (targeting.kind === 'arns' && targeting.arns.length > 1) {
        problems.take(() => {
            throw new errors/* InputError */.dz('event-id', `updates one event of one incident, but incident-arn names ${targeting.arns.length} incidents.`);
        }, undefined);
    }
    return { kind: 'update', eventId, ...time };
}
/**
 * Create, update or a dry run of either; with finish-on-job-end, a create the job end finishes;
 * on a `deployment_status` event, a create becomes the deployment's one event, unless the step
 * finishes its own event at job end (this job's work, started and finished, as on any event).
 */
function readWriteMode(read, targeting, problems, deploymentStatus) {
    const given = readCreateOrUpdate(read, targeting, problems);
    const dryRun = problems.take(() => bool(read, 'dry-run', false), false);
    const finishOnJobEnd = problems.take(() => bool(read, 'finish-on-job-end', false), false);
    const write = deploymentStatus && given.kind === 'create' && !finishOnJobEnd
        ? {
            kind: 'deployment',
            eventType: given.eventType,
            ...(given.eventTime ? { eventTime: given.eventTime } : {}),
        }
        : given;
    const refuse = (message) => problems.take(() => {
        throw new errors/* InputError */.dz('finish-on-job-end', message);
    }, undefined);
    if (finishOnJobEnd && write.kind === 'update') {
        refuse('updates the events this step creates, so it cannot be combined with event-id; remove one of them.');
    }
    else if (finishOnJobEnd && dryRun) {
        refuse('updates the events this step creates, and a dry run creates none; remove one of them.');
    }
    if (dryRun)
        return { kind: 'dry-run', of: write };
    return write.kind === 'create' ? { ...write, finishOnJobEnd } : write;
}
/** The job-end step's targets and mode: the saved events, and the outcome from `job-status`. */
function readJobEnd(read, env) {
    const state = (0,job_end_state/* decodeFinishState */.Zo)((name) => env[`STATE_${name}`]);
    if (typeof state === 'string')
        throw new job_end_state/* JobEndStateError */.Cq(state);
    if (state.events.length === 0) {
        throw new job_end_state/* JobEndStateError */.Cq('the step created no event (each create was refused)', true);
    }
    return {
        targeting: { kind: 'saved', events: state.events },
        write: {
            kind: 'job-end',
            outcome: (0,outcome/* jobOutcome */.Y)(read('job-status')),
            startedAt: new Date(state.startedAt),
            commitSubject: state.commitSubject ?? '',
            created: {
                eventType: state.create.eventType,
                eventTime: new Date(state.create.eventTime),
                eventData: state.create.eventData,
            },
        },
    };
}
function readSha(read) {
    const sha = read('sha').trim();
    if (sha && !SHA.test(sha)) {
        throw new errors/* InputError */.dz('sha', `${(0,errors/* quoteInput */.Zs)(sha)} is not a commit SHA; use 7 to 40 hexadecimal digits, such as \${{ github.event.workflow_run.head_sha }}, or leave it unset for the event's commit.`);
    }
    return sha.toLowerCase();
}
function readRole(read) {
    const roleArn = optional(read('role-to-assume'), (v) => (0,arn/* parseRoleArn */.DM)('role-to-assume', v));
    const sessionName = read('role-session-name').trim();
    if (sessionName && !SESSION_NAME.test(sessionName)) {
        throw new errors/* InputError */.dz('role-session-name', `${(0,errors/* quoteInput */.Zs)(sessionName)} is not accepted; use 2 to 64 letters, digits or +=,.@_- characters.`);
    }
    if (!roleArn)
        return undefined;
    return { roleArn, sessionName, audience: read('audience').trim() || 'sts.amazonaws.com' };
}
function optionalRole(role) {
    return role ? { role } : {};
}
/**
 * Reads and checks every input. Throws InputError naming the bad one, or InputErrors listing each
 * when several are bad, so that one run reports them all; calls nothing remote. The modes (ARNs, a
 * search or the saved events; create, update, dry run or job end) are decided here, once. The
 * job-end step reads the same inputs, as the runner evaluates them again for it.
 */
async function getInputs(read, env, stage = 'main') {
    const problems = new errors/* InputProblems */.Nh();
    const take = problems.take.bind(problems);
    let targeting;
    let write;
    if (stage === 'job-end') {
        ({ targeting, write } = readJobEnd(read, env));
    }
    else {
        targeting = await readTargeting(read, problems);
        write = readWriteMode(read, targeting, problems, env.GITHUB_EVENT_NAME === 'deployment_status');
    }
    const clientToken = read('client-token').trim();
    const tokenLength = (0,code_points/* codePointLength */.O)(clientToken);
    if (tokenLength > MAX_CLIENT_TOKEN_LENGTH) {
        take(() => {
            throw new errors/* InputError */.dz('client-token', `is ${tokenLength} characters; at most ${MAX_CLIENT_TOKEN_LENGTH} are accepted.`);
        }, undefined);
    }
    const inputs = {
        targeting,
        write,
        maxIncidents: take(() => (0,scalars/* parseInteger */.cG)('max-incidents', read('max-incidents') || '10', 1, 100), 10),
        ifNoIncident: take(() => (0,scalars/* parseChoice */.HU)('if-no-incident', read('if-no-incident') || 'skip', NO_INCIDENT_POLICIES), 'skip'),
        eventDataTemplate: take(() => (0,template/* checkTemplate */.BU)('event-data', read('event-data')), ''),
        status: take(() => bounded(read, 'status', MAX_STATUS_LENGTH), ''),
        environment: take(() => bounded(read, 'environment', MAX_ENVIRONMENT_LENGTH), ''),
        encoding: take(() => (0,scalars/* parseChoice */.HU)('event-data-encoding', read('event-data-encoding') || 'json-string', ENCODINGS), 'json-string'),
        ...take(() => (0,references/* parseReferences */.IO)('references', read('references')), {
            references: [],
            links: [],
        }),
        pipelineArn: take(() => optional(read('pipeline-arn'), (v) => (0,arn/* parseAnyArn */.hQ)('pipeline-arn', v)) ?? '', ''),
        linkCommit: take(() => bool(read, 'link-commit', true), true),
        clientToken,
        sha: take(() => readSha(read), ''),
        jobInstance: (0,code_points/* firstCodePoints */.j)(read('job-instance').trim(), MAX_JOB_INSTANCE_LENGTH),
        regions: take(() => readRegions(read, env), []),
        ...optionalRole(take(() => readRole(read), undefined)),
        endpointUrl: take(() => readEndpoint(read('endpoint-url')), ''),
        maxAttempts: take(() => (0,scalars/* parseInteger */.cG)('max-attempts', read('max-attempts') || '5', 1, 20), 5),
    };
    problems.throwIfAny();
    return inputs;
}
/** A dry run writes what its mode would, without writing. */
function intendedWrite(write) {
    return write.kind === 'dry-run' ? write.of : write;
}


/***/ }),

/***/ 2660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ emptyReport),
  sG: () => (/* binding */ outcomeOf),
  Yz: () => (/* binding */ outputsOf),
  eH: () => (/* binding */ summaryMarkdown)
});

// UNUSED EXPORTS: markdownLink

// EXTERNAL MODULE: ./action/parse/arn.js
var arn = __webpack_require__(2131);
// EXTERNAL MODULE: ./action/parse/scalars.js
var scalars = __webpack_require__(5741);
;// CONCATENATED MODULE: ./action/report/console-link.js


/**
 * The Incident Manager console of the incident's partition, in the region the event was written
 * in. AWS documents the console's address (`…/systems-manager/incidents/home`), not the form of
 * an incident's own page, so the link opens the console, where the incident is one click away;
 * undefined for a partition without a public console.
 */
function incidentManagerConsoleUrl(incidentArn, region) {
    const partition = (0,arn/* matchIncidentArn */.Hw)(incidentArn)?.partition;
    const host = partition ? (0,arn/* consoleHostOf */.Lp)(partition) : undefined;
    if (!host || !(0,scalars/* isRegionName */.Us)(region))
        return undefined;
    return `https://${host}/systems-manager/incidents/home?region=${region}`;
}

// EXTERNAL MODULE: ./action/runtime/inert.js
var inert = __webpack_require__(9127);
;// CONCATENATED MODULE: ./action/report/markdown.js

/**
 * Escapes untrusted text (titles, commit messages, dispatch inputs, error messages) for one line
 * of GitHub Markdown: HTML is neutralised, every Markdown punctuation character is
 * backslash-escaped (so no link, image, emphasis, heading or mention forms), table pipes and
 * every kind of line break (a lone \r included, which would end a table row) are made safe, and
 * hidden characters (ANSI escapes, bidirectional and zero-width characters) are shown as escapes.
 *
 * Backslashes do not stop GitHub's autolinks: cmark-gfm finds e-mail addresses (and `mailto:`,
 * `xmpp:`) in the text after escapes are resolved, so `a\@b\.example` is still a mailto: link,
 * and so is `a&#64;b.example`. A word joiner after the `@` (invisible, and not an address
 * character) leaves no address to find; the same after `www` and before a scheme's `://` keeps
 * the other autolinks from forming whatever a renderer does with the escapes. The text reads the
 * same.
 */
function escapeMarkdown(text) {
    const escaped = text
        // The log's command guard (from `inert`) means nothing here; any other word joiner is shown.
        .replace(inert/* COMMAND_GUARD */.Ev, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~@:]/g, '\\$&')
        .replace(inert/* LINE_BREAK */.Fb, '<br>');
    return (0,inert/* showHidden */.Ul)(escaped)
        .replace(/\\@/g, '\\@\u2060')
        .replace(/\b(www)(?=\\\.)/gi, '$1\u2060')
        .replace(/(?<=[a-z0-9])(?=\\:\/\/)/gi, '\u2060');
}
/** An ARN or ID as inline code: readable, on one line, and inert whatever it contains. */
function inlineCode(value) {
    if (!value)
        return '–';
    const text = (0,inert/* showHidden */.Ul)(value.replace(/`/g, "'").replace(/\|/g, '\\|').replace(inert/* LINE_BREAK */.Fb, ' '));
    return `\`${text}\``;
}

;// CONCATENATED MODULE: ./action/report/report.js


function emptyReport() {
    return { outcome: 'failed', eventText: '', eventType: '', results: [], message: '', notes: [] };
}
/**
 * A Markdown link whose text is escaped and whose address can only be an http(s) URL, with the
 * characters that could end it percent-encoded; plain escaped text when the URL is not one.
 */
function markdownLink(text, url) {
    if (!/^https?:\/\/[^\s]+$/i.test(url))
        return escapeMarkdown(text);
    const safe = url.replace(/[()<>\\`"'[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `[${escapeMarkdown(text)}](${safe})`;
}
/** The run and the commit, as links. */
function runLine(links) {
    const parts = [];
    if (links.runUrl)
        parts.push(`**Run** ${markdownLink(links.runLabel, links.runUrl)}`);
    if (links.commitUrl && /^[0-9a-f]{7,40}$/i.test(links.shortSha)) {
        const subject = links.commitSubject ? ` ${escapeMarkdown(links.commitSubject)}` : '';
        parts.push(`**Commit** ${markdownLink(links.shortSha, links.commitUrl)}${subject}`);
    }
    return parts.join(' · ');
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
    // Events that already said their deployment finished: nothing was written to them.
    const writes = results.filter((r) => r.action !== 'unchanged');
    if (writes.length === 0)
        return 'skipped';
    return writes.every((r) => r.action === 'updated') ? 'updated' : 'created';
}
/** A target whose event the outputs name: written, or left as it was (`unchanged`). */
function written(result) {
    return (Boolean(result.eventId) &&
        (result.action === 'created' || result.action === 'updated' || result.action === 'unchanged'));
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
    ['unchanged', 'unchanged (it already says the deployment finished)'],
    ['dry-run', 'would write'],
    ['failed', 'failed'],
]);
function headingOf(report) {
    // Skipped with targets: each event already said its deployment finished.
    const results = report.results;
    if (report.outcome === 'skipped' &&
        results.length > 0 &&
        results.every((r) => r.action === 'unchanged')) {
        return 'Timeline event unchanged: it already says the deployment finished';
    }
    return HEADINGS.get(report.outcome);
}
function cell(value) {
    return value === undefined || value === '' ? '–' : escapeMarkdown(String(value));
}
/**
 * The job summary as Markdown. Every piece of text that came from outside (titles, ARNs and IDs
 * in answers, the event text, error messages) is escaped or fenced, so it shows as written and
 * cannot inject links, images, mentions, HTML or table rows.
 */
function summaryMarkdown(report, heading = headingOf(report)) {
    const lines = [`## ${heading ?? ''}`, ''];
    if (report.message)
        lines.push(escapeMarkdown(report.message), '');
    for (const note of report.notes)
        lines.push(`> ${escapeMarkdown(note)}`, '');
    const run = report.links ? runLine(report.links) : '';
    if (run)
        lines.push(run, '');
    if (report.results.length > 0) {
        lines.push('| Incident | Impact | Status | Action | Event ID |', '| --- | --- | --- | --- | --- |');
        for (const r of report.results) {
            const region = r.region ?? report.links?.region ?? '';
            const consoleUrl = region ? incidentManagerConsoleUrl(r.incidentArn, region) : undefined;
            const open = consoleUrl
                ? ` · ${markdownLink(`Incident Manager console (${region})`, consoleUrl)}`
                : '';
            const arn = `<sub>${inlineCode(r.incidentArn)}${open}</sub>`;
            const incident = r.title ? `${cell(r.title)}<br>${arn}` : arn;
            const action = cell((ACTION_LABELS.get(r.action) ?? r.action) +
                (r.region ? ` in ${r.region}` : '') +
                (r.reused ? ' (by an earlier try)' : '') +
                (r.possibleDuplicate ? ', perhaps twice (see below)' : ''));
            lines.push(`| ${incident} | ${cell(r.impact)} | ${cell(r.status)} | ${action} | ${inlineCode(r.eventId)} |`);
        }
        lines.push('');
        // Each target's error and warnings (a link not made, an event perhaps written twice).
        const said = report.results.flatMap((r) => [r.error, ...r.warnings.map((warning) => warning.text)]
            .filter(Boolean)
            .map((text) => `- **${cell(r.title || r.incidentArn)}**: ${escapeMarkdown(text)}`));
        if (said.length > 0)
            lines.push(...said, '');
    }
    if (report.eventText) {
        // A quote, not a code block: long lines wrap instead of running off the right edge.
        lines.push(`**${escapeMarkdown(report.eventType)}**`, '', `> ${escapeMarkdown(report.eventText)}`, '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 8140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ codePointLength),
/* harmony export */   j: () => (/* binding */ firstCodePoints)
/* harmony export */ });
/**
 * The service counts a string's length in Unicode code points (the Smithy `length` trait), not in
 * the UTF-16 units of JavaScript's `.length`: an emoji is one character of eventData's 12,000.
 * Every model limit is checked, and every text cut to one, in these units.
 */
function codePointLength(text) {
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** The first `count` code points of `text`: a cut never leaves half of a surrogate pair. */
function firstCodePoints(text, count) {
    if (text.length <= count)
        return text;
    let end = 0;
    let taken = 0;
    for (const c of text) {
        if (taken === count)
            break;
        end += c.length;
        taken++;
    }
    return text.slice(0, end);
}


/***/ }),

/***/ 3428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   N5: () => (/* binding */ safeMessage),
/* harmony export */   Nh: () => (/* binding */ InputProblems),
/* harmony export */   Zs: () => (/* binding */ quoteInput),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yR: () => (/* binding */ SafeError)
/* harmony export */ });
/* harmony import */ var _inert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9127);

/**
 * An error whose message is safe to print as it is: the action wrote it, and every piece of outside
 * text in it was made inert where it entered (`inert`, `quoteInput`). The one type that says so:
 * any other error's message is outside text.
 */
class SafeError extends Error {
}
/** An error's message for the log and the summary: as it is when safe, else made inert. */
function safeMessage(error) {
    return error instanceof SafeError ? error.message : (0,_inert_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(errorMessage(error));
}
/**
 * A problem with what the user wrote in the workflow. Raised before any AWS call, and reported
 * as-is: the message already names the input and what it accepts.
 */
class InputError extends SafeError {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/**
 * Several inputs refused at once: one run reports every bad input of the step, each as its own
 * InputError would, so that a workflow is fixed in one push.
 */
class InputErrors extends SafeError {
    errors;
    constructor(errors) {
        super(`${errors.length} inputs are not accepted (nothing was sent):\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
        this.errors = errors;
        this.name = 'InputErrors';
    }
}
/** Every bad input of a step: `take` keeps a refusal and goes on with a stand-in value. */
class InputProblems {
    found = [];
    get count() {
        return this.found.length;
    }
    /** `check()`, or `fallback` when it refuses its input (the refusal is kept for `throwIfAny`). */
    take(check, fallback) {
        try {
            return check();
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            this.found.push(error);
            return fallback;
        }
    }
    async takeAsync(check, fallback) {
        try {
            return await check();
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            this.found.push(error);
            return fallback;
        }
    }
    /** Throws the one refusal as it is, or one error that lists them all. */
    throwIfAny() {
        if (this.found.length === 1)
            throw this.found[0];
        if (this.found.length > 1)
            throw new InputErrors(this.found);
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * An input's value quoted in an error message: `'…'`, cut with a marker when long (a 125,000
 * character `sha` is not echoed whole), and on one line whatever it holds.
 */
function quoteInput(value) {
    return `'${(0,_inert_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(value)}'`;
}


/***/ }),

/***/ 9127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ COMMAND_GUARD),
/* harmony export */   F: () => (/* binding */ guardLines),
/* harmony export */   Fb: () => (/* binding */ LINE_BREAK),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   Ul: () => (/* binding */ showHidden),
/* harmony export */   Y: () => (/* binding */ QUOTE_MAX),
/* harmony export */   tJ: () => (/* binding */ inert),
/* harmony export */   xn: () => (/* binding */ inertUpTo),
/* harmony export */   z3: () => (/* binding */ isBlank)
/* harmony export */ });
/**
 * Outside text made inert for the log: kept apart from `log.ts`, which loads `@actions/core`, so
 * that modules with no business with Actions (the AWS calls) can use it.
 */
/** Every line break the runner or a Markdown renderer may honour. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;
/**
 * The runner reads a step's output line by line (a line ends at \n, \r or \r\n) and runs a line
 * as a workflow command when, after leading white space, it starts with `::`, or when it holds
 * `##[` anywhere (the older command form, still parsed). Text that came from outside (AWS answers
 * and errors, incident titles, commit messages, dispatch inputs) must never do either. The white
 * space before `::` is `\s` and NEL: what .NET's TrimStart() removes before the runner looks.
 */
const COMMAND_START = /^([\s\u0085\u180e]*):(?=:)/;
const OLD_COMMAND = /##\[/g;
/**
 * Characters a terminal or a renderer acts on instead of showing: C0 and C1 controls (ESC and CSI
 * start ANSI escapes; tab and the line breaks are left to LINE_BREAK's callers), bidirectional
 * controls (which reorder what is shown: `exe.live` reads as `evil.exe`) and zero-width characters.
 */
const HIDDEN = 
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
/** `\x1b`, `\u202E`: the character's code written out, so it is seen and never acted on. */
function showHidden(text) {
    return text.replace(HIDDEN, (c) => {
        const code = c.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    });
}
/** True when a text shows nothing: only white space, zero-width and bidirectional controls. */
function isBlank(text) {
    return text.replace(HIDDEN, '').trim() === '';
}
/**
 * How much of an outside text a message quotes by default: a few hundred characters, enough for
 * any incident record ARN (at most 388) and title (200) whole.
 */
const QUOTE_MAX = 400;
/**
 * The first `max` characters of `text` and a marker saying how many were left out; whole when it
 * fits. Never cuts a surrogate pair in two.
 */
function cut(text, max = QUOTE_MAX) {
    if (text.length <= max)
        return text;
    let end = max;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    const more = text.length - end;
    return `${text.slice(0, end)}… (${more.toLocaleString('en-US')} more character${more === 1 ? '' : 's'})`;
}
/**
 * Outside text as one inert line: cut to QUOTE_MAX characters, line breaks shown as `\n`, hidden
 * characters shown as escapes, and no command can form in it. One parameter, so `.map(inert)`
 * works; `inertUpTo` quotes more where a longer text is expected (a role ARN).
 */
function inert(text) {
    return inertUpTo(text, QUOTE_MAX);
}
function inertUpTo(text, max) {
    const shown = showHidden(cut(text, max).replace(LINE_BREAK, (brk) => brk === '\r\n' ? '\\r\\n' : brk === '\r' ? '\\r' : '\\n'));
    // Last: the guard's own word joiner must not be shown as an escape.
    return guardLine(shown);
}
/**
 * A zero-width word joiner (not white space to the runner) between the characters of `::` at the
 * start of a line and inside `##[`: the text reads the same, and no command is parsed.
 */
function guardLine(line) {
    return line.replace(COMMAND_START, '$1:\u2060').replace(OLD_COMMAND, '##\u2060[');
}
/** What `guardLine` inserts, for renderers (Markdown) that run no commands and would show it. */
const COMMAND_GUARD = /(?<=:)\u2060(?=:)|(?<=##)\u2060(?=\[)/g;
/** Every line of a message made safe, whatever was put into it. */
function guardLines(message) {
    return message
        .split(/(\r\n|[\n\r])/)
        .map((part, index) => (index % 2 === 1 ? part : guardLine(part)))
        .join('');
}


/***/ }),

/***/ 1613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* reexport safe */ _inert_js__WEBPACK_IMPORTED_MODULE_1__.F),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   g1: () => (/* binding */ setLogSink),
/* harmony export */   tJ: () => (/* reexport safe */ _inert_js__WEBPACK_IMPORTED_MODULE_1__.tJ)
/* harmony export */ });
/* unused harmony exports MAX_LOG_MESSAGE, actionsSink */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2327);
/* harmony import */ var _inert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9127);



/**
 * A last bound on one message, whatever was put into it: each outside text in it is already cut
 * where it is quoted, so only a message made of very many pieces comes near it.
 */
const MAX_LOG_MESSAGE = 16_000;
const bounded = (message) => (0,_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(message, MAX_LOG_MESSAGE);
/**
 * The runner's sink: annotations and debug lines are workflow commands whose data
 * `@actions/core` escapes (line breaks become %0A), so nothing in them can start a line.
 * Annotations carry a title so they read well in the run's summary.
 */
const actionsSink = {
    info: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    warning: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, { title }),
    notice: (message, title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, { title }),
    group(title, lines) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
        for (const line of lines)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    },
};
let sink = actionsSink;
/** Sends the log elsewhere (the command's plain lines); returns the sink it replaced. */
function setLogSink(next) {
    const previous = sink;
    sink = next;
    return previous;
}
/** The action's log. Plain lines go through `guardLines`, whatever the sink. */
const log = {
    info(message) {
        sink.info((0,_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .guardLines */ .F)(bounded(message)));
    },
    debug(message) {
        sink.debug(bounded(message));
    },
    warning(message, title = 'Incident timeline') {
        sink.warning(bounded(message), title);
    },
    notice(message, title = 'Incident timeline') {
        sink.notice(bounded(message), title);
    },
    /** A titled, collapsible block of lines: one per incident, printed whole so targets never interleave. */
    group(title, lines) {
        sink.group((0,_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(title), lines.map((line) => (0,_inert_js__WEBPACK_IMPORTED_MODULE_1__/* .guardLines */ .F)(bounded(line))));
    },
};


/***/ })

};
