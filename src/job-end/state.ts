import { commitSubjectOf } from '../parse/commit-message.js';
import { SafeError } from '../runtime/errors.js';
import { isRegionName } from '../parse/scalars.js';
import type { EventReference } from '@aws-sdk/client-ssm-incidents';

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
export const FINISH_STATE = 'finish-on-job-end';

/** The longest saved value, in UTF-16 units: well under Windows' 32,767 per variable. */
export const STATE_PART_CHARS = 16_000;
/** No record needs more (the longest, the shared part with 12,000 escaped characters, needs 5). */
const MAX_PARTS = 20;
/** The most targets a step writes (max-incidents is at most 100). */
const MAX_TARGETS = 100;
const EVENT_TYPES = new Set(['Custom Event', 'Note']);

/** The saved state cannot be used; the job-end step says why and finishes nothing. */
export class JobEndStateError extends SafeError {
  override name = 'JobEndStateError';
  constructor(
    message: string,
    /** The state is whole, but the step created no event (each create was refused): no warning. */
    readonly nothingCreated = false,
  ) {
    super(message);
  }
}

/** The create the main step sends to every target (the same text, type and time). */
export interface SavedCreate {
  eventType: string;
  /** ISO 8601. */
  eventTime: string;
  /** The encoded eventData, as sent. */
  eventData: string;
}

/**
 * One target's create: what resolves it (the incident, the token and the target's references, with
 * the shared SavedCreate the same call again), and once answered, the event it wrote.
 */
export interface SavedEvent {
  incidentArn: string;
  clientToken: string;
  eventReferences?: EventReference[];
  /** The region the create was sent to (or the event found in): the job end starts there. */
  region?: string;
  /** Absent while the create's outcome is unknown: the job end resolves it first. */
  eventId?: string;
  /** What the job end's summary shows of the incident, as the main step saw it. */
  title?: string;
  impact?: number;
  status?: string;
}

export interface FinishState {
  version: 2;
  /** ISO 8601: the start of the step that created the events, for `{duration}`. */
  startedAt: string;
  /** The commit's subject the events were written with, so the job end needs no GitHub call. */
  commitSubject?: string;
  create: SavedCreate;
  /** One a target that a create was sent to, in the order of the targets. */
  events: SavedEvent[];
}

/** The shared part, saved under FINISH_STATE. */
interface Head {
  version: 2;
  startedAt: string;
  commitSubject?: string;
  create: SavedCreate;
  /** How many target records may follow (`FINISH_STATE-target-1` …). */
  targets: number;
}

export function targetStateName(index: number): string {
  return `${FINISH_STATE}-target-${index + 1}`;
}

function partName(name: string, part: number): string {
  return part === 1 ? name : `${name}-part-${part}`;
}

/** `text` in pieces of at most `size` UTF-16 units, never splitting a surrogate pair. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    // A high surrogate at the end would be written alone (and turned into U+FFFD in the file).
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** The saved values of one record: `[name, value]` pairs, each value at most STATE_PART_CHARS. */
function savedParts(name: string, record: string): [string, string][] {
  if (record === '') return [[name, '']];
  // The first part also carries the count ("12:" is 3 units).
  const parts = pieces(record, STATE_PART_CHARS - 4);
  return parts.map((piece, i) => [
    partName(name, i + 1),
    i === 0 ? `${parts.length}:${piece}` : piece,
  ]);
}

/** One record read back: its text, '' when saved empty or absent, or why it cannot be used. */
function readRecord(
  read: (name: string) => string | undefined,
  name: string,
): { text: string } | { why: string } {
  const first = read(name) ?? '';
  if (first === '') return { text: '' };
  const count = /^([1-9][0-9]?):/.exec(first);
  const parts = Number(count?.[1]);
  if (!count || parts > MAX_PARTS) return { why: `the saved state ${name} has an unknown form` };
  let text = first.slice(count[0].length);
  for (let part = 2; part <= parts; part += 1) {
    const piece = read(partName(name, part));
    if (piece === undefined) return { why: `the saved state ${name} is missing part ${part}` };
    text += piece;
  }
  return { text };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

function checkCreate(value: unknown): SavedCreate | undefined {
  if (!isObject(value)) return undefined;
  const { eventType, eventTime, eventData } = value;
  if (typeof eventType !== 'string' || !EVENT_TYPES.has(eventType)) return undefined;
  if (!isTime(eventTime) || typeof eventData !== 'string' || eventData === '') return undefined;
  return { eventType, eventTime, eventData };
}

function checkReferences(value: unknown): EventReference[] | undefined | false {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 10) return false;
  const references: EventReference[] = [];
  for (const item of value) {
    if (!isObject(item)) return false;
    const keys = Object.keys(item);
    const [key] = keys;
    const at = key === undefined ? undefined : item[key];
    if (keys.length !== 1 || (key !== 'resource' && key !== 'relatedItemId')) return false;
    if (typeof at !== 'string' || at === '') return false;
    references.push(key === 'resource' ? { resource: at } : { relatedItemId: at });
  }
  return references;
}

function checkEvent(value: unknown): SavedEvent | undefined {
  if (!isObject(value)) return undefined;
  const { incidentArn, clientToken, eventId, region, title, impact, status } = value;
  if (typeof incidentArn !== 'string' || incidentArn === '') return undefined;
  if (typeof clientToken !== 'string' || clientToken === '' || clientToken.length > 128) {
    return undefined;
  }
  if (eventId !== undefined && (typeof eventId !== 'string' || eventId === '')) return undefined;
  const eventReferences = checkReferences(value['eventReferences']);
  if (eventReferences === false) return undefined;
  return {
    incidentArn,
    clientToken,
    ...(eventReferences?.length ? { eventReferences } : {}),
    ...(typeof eventId === 'string' ? { eventId } : {}),
    ...(typeof region === 'string' && isRegionName(region) ? { region } : {}),
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
export function decodeFinishState(
  read: (name: string) => string | undefined,
): FinishState | string {
  const head = readRecord(read, FINISH_STATE);
  if ('why' in head) return head.why;
  if (head.text === '') return 'the step saved no state';
  const value = parseJson(head.text);
  if (value === undefined) return 'the saved state is not JSON';
  if (!isObject(value) || value['version'] !== 2) return 'the saved state has an unknown form';
  const { startedAt, commitSubject, targets } = value;
  if (!isTime(startedAt)) return 'the saved state has no start time';
  const create = checkCreate(value['create']);
  if (!create) return 'the saved state has no create to resolve';
  if (typeof targets !== 'number' || !Number.isInteger(targets)) {
    return 'the saved state has no count of targets';
  }
  if (targets < 0 || targets > MAX_TARGETS) return 'the saved state has an unknown form';
  const events: SavedEvent[] = [];
  for (let index = 0; index < targets; index += 1) {
    const name = targetStateName(index);
    const record = readRecord(read, name);
    if ('why' in record) return record.why;
    // Saved empty: its create was not written, or never sent.
    if (record.text === '') continue;
    const event = checkEvent(parseJson(record.text));
    if (!event) return `the saved state ${name} has an unknown form`;
    events.push(event);
  }
  const subject = typeof commitSubject === 'string' ? commitSubject : '';
  return {
    version: 2,
    startedAt,
    ...(subject ? { commitSubject: commitSubjectOf(subject) } : {}),
    create,
    events,
  };
}

/**
 * Every saved value of a whole state, by name: what a step that saved these events leaves
 * (for tests and the job end's own checks).
 */
export function encodeFinishState(state: Omit<FinishState, 'version'>): Record<string, string> {
  const head: Head = {
    version: 2,
    startedAt: state.startedAt,
    ...(state.commitSubject ? { commitSubject: state.commitSubject } : {}),
    create: state.create,
    targets: state.events.length,
  };
  return Object.fromEntries([
    ...savedParts(FINISH_STATE, JSON.stringify(head)),
    ...state.events.flatMap((event, index) =>
      savedParts(targetStateName(index), JSON.stringify(event)),
    ),
  ]);
}

/** What a create is sent with, saved before it is sent. */
export type CreateIntent = Pick<
  SavedEvent,
  'incidentArn' | 'clientToken' | 'eventReferences' | 'region'
>;

/**
 * The job end's state, saved as the step goes: before each create is sent, what resolves it
 * (so a cancel or a kill mid-write leaves the job end able to find the event and finish it);
 * when it is answered, the event. The runner reads the state file when the step ends however it
 * ends, and the last value saved under a name wins.
 */
export class FinishStateRecorder {
  private headSaved = false;
  private readonly records = new Map<number, SavedEvent>();

  constructor(
    private readonly startedAt: Date,
    private readonly save: (name: string, value: string) => void,
    private readonly create: SavedCreate,
    private readonly targetCount: number,
    private readonly commitSubject = '',
  ) {}

  /** The events created and saved for the job end. */
  get count(): number {
    return [...this.records.values()].filter((event) => event.eventId).length;
  }

  /** The targets whose create's outcome is not known yet, saved for the job end to resolve. */
  get pending(): number {
    return [...this.records.values()].filter((event) => !event.eventId).length;
  }

  /** Before target `index`'s create is sent (again, in another region after a failover). */
  intend(index: number, intent: CreateIntent): void {
    if (!this.headSaved) {
      const head: Head = {
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
  written(index: number, event: Omit<SavedEvent, 'clientToken' | 'eventReferences'>): void {
    const intent = this.records.get(index);
    if (!intent) return;
    this.put(index, { ...intent, ...event });
  }

  /** Target `index`'s create was not written: nothing to finish. */
  notWritten(index: number): void {
    if (!this.records.delete(index)) return;
    this.write(targetStateName(index), '');
  }

  private put(index: number, event: SavedEvent): void {
    this.records.set(index, event);
    this.write(targetStateName(index), JSON.stringify(event));
  }

  private write(name: string, record: string): void {
    for (const [part, value] of savedParts(name, record)) this.save(part, value);
  }
}
