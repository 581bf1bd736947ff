import { randomUUID } from 'node:crypto';
import { codePointLength } from '../runtime/code-points.js';
import { InputError } from '../runtime/errors.js';
import { isBlank } from '../runtime/inert.js';
import type { WorkflowFacts } from '../read/facts.js';
import { MAX_COMMIT_SUBJECT } from '../parse/commit-message.js';
import type { Encoding, Inputs } from '../read/inputs.js';
import { OUTCOME_WORDS } from '../job-end/outcome.js';
import { escapeRegExp, renderTemplate } from '../parse/template.js';

/** The service's limit on `eventData`, in characters as it counts them (code points). */
export const MAX_EVENT_DATA = 12_000;

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

/** What a rendering knows beyond the workflow facts. */
export interface RenderContext {
  status: string;
  environment: string;
  /**
   * From the start of the step that created the event (undefined in that step itself), or from a
   * reported deployment's creation to its state.
   */
  durationMs?: number;
  /** A deployment still under way: `{duration}` is its time so far, which the default message leaves out. */
  ongoing?: boolean;
}

/** `4m12s`, `1h02m05s`, `0s`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m${String(s).padStart(2, '0')}s`;
  if (m > 0) return `${m}m${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** The values of the `{name}` placeholders. */
function placeholderFields(facts: WorkflowFacts, context: RenderContext): Map<string, string> {
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
export function headlineOf(status: string): string {
  return status ? (HEADLINES.get(status.toLowerCase()) ?? `Deployment ${status}`) : 'Deployment';
}

/** The dispatch input that is the whole message of a manual annotation, if any. */
function dispatchMessage(facts: WorkflowFacts): { name: string; text: string } | undefined {
  if (facts.eventName !== 'workflow_dispatch') return undefined;
  for (const name of ['message', 'note']) {
    const text = facts.dispatchInputs.get(name)?.trim();
    if (text) return { name, text };
  }
  return undefined;
}

/**
 * `Deployment succeeded: acme/shop@1a2b3c4 "Fix checkout retry storm (#482)" (main) to production
 * by octocat, run <url>`: the subject when it is known.
 */
export function defaultMessage(facts: WorkflowFacts, context: RenderContext): string {
  const { status, environment, durationMs } = context;
  const word = status.toLowerCase();
  const headline = headlineOf(status);
  const what = [
    facts.repository || 'unknown repository',
    facts.shortSha && `@${facts.shortSha}`,
  ].join('');
  const parts = [`${headline}: ${what}`];
  if (facts.commitSubject) parts.push(` "${facts.commitSubject}"`);
  if (facts.refName) parts.push(` (${facts.refName})`);
  if (environment) parts.push(`${word === 'rolled-back' ? ' in' : ' to'} ${environment}`);
  if (facts.actor) parts.push(` by ${facts.actor}`);
  if (durationMs !== undefined && !context.ongoing) parts.push(` in ${formatDuration(durationMs)}`);
  if (facts.runUrl) parts.push(`, run ${facts.runUrl}`);
  return parts.join('');
}

export function environmentOf(inputs: Pick<Inputs, 'environment'>, facts: WorkflowFacts): string {
  return inputs.environment || facts.eventEnvironment;
}

/** The `status` input, else the state of a `deployment_status` event. */
export function statusOf(inputs: Pick<Inputs, 'status'>, facts: WorkflowFacts): string {
  return inputs.status || facts.eventStatus;
}

/** Whether the text shows the commit's subject: the default message, or a `{commit_subject}`. */
export function usesCommitSubject(
  inputs: Pick<Inputs, 'eventDataTemplate'>,
  facts: WorkflowFacts,
): boolean {
  if (inputs.eventDataTemplate.trim() !== '') {
    return /\{\s*commit_subject\s*\}/.test(inputs.eventDataTemplate);
  }
  return dispatchMessage(facts) === undefined;
}

/** The text and where it came from, so that a problem with it names the right input. */
export interface EventText {
  text: string;
  /** `event-data`, `the workflow_dispatch input 'message'`, or `the default message`. */
  source: string;
}

export function renderEventText(
  inputs: Pick<Inputs, 'eventDataTemplate'>,
  facts: WorkflowFacts,
  context: RenderContext,
): EventText {
  if (inputs.eventDataTemplate.trim() !== '') {
    const text = renderTemplate('event-data', inputs.eventDataTemplate, {
      fields: placeholderFields(facts, context),
      inputs: facts.dispatchInputs,
    });
    return { text, source: 'event-data' };
  }
  // A manual annotation: the dispatcher's own words are the event (a later update keeps them).
  const manual = dispatchMessage(facts);
  if (manual) return { text: manual.text, source: `the workflow_dispatch input '${manual.name}'` };
  return { text: defaultMessage(facts, context), source: 'the default message' };
}

function encodeText(text: string, encoding: Encoding): string {
  return encoding === 'json-string' ? JSON.stringify(text) : text;
}

/**
 * What identifies an event's text across tries of one step. The commit's subject is a
 * best-effort read from GitHub that one try may miss and the next may get, so it is left out:
 * a retried step writes once whether or not its tries read it.
 */
export interface TextIdentity {
  /** The wire form of the text with `{commit_subject}` empty: what the idempotency token hashes. */
  withoutSubject: string;
  /** Whether an event's data is this text with any subject, or with none. */
  matches(eventData: string): boolean;
}

/**
 * The longest a subject can be on the wire, in UTF-16 units: MAX_COMMIT_SUBJECT code points, each
 * at most 7 units (a control character shown as `\u001b`, its backslash escaped by json-string).
 */
const MAX_ENCODED_SUBJECT = 7 * MAX_COMMIT_SUBJECT;

export function textIdentity(
  inputs: Pick<Inputs, 'eventDataTemplate' | 'encoding'>,
  facts: WorkflowFacts,
  context: RenderContext,
): TextIdentity {
  const encode = (commitSubject: string) =>
    encodeText(renderEventText(inputs, { ...facts, commitSubject }, context).text, inputs.encoding);
  const withoutSubject = encode('');
  // Where the subject lands: rendered with a marker no text holds, then cut there.
  const marker = randomUUID();
  const parts = encode(marker).split(marker);
  if (parts.length === 1) {
    return { withoutSubject, matches: (eventData) => eventData === withoutSubject };
  }
  // The first place the subject lands captures it; every other place holds the same subject.
  const pattern = new RegExp(
    `^${parts
      .map(escapeRegExp)
      .reduce((all, part, i) =>
        i === 1 ? `${all}([\\s\\S]{0,${MAX_ENCODED_SUBJECT}}?)${part}` : `${all}\\1${part}`,
      )}$`,
  );
  return {
    withoutSubject,
    matches: (eventData) => eventData === withoutSubject || pattern.test(eventData),
  };
}

/**
 * Encodes the text for the wire and refuses, never cuts, what the service would refuse. `when`
 * says which rendering this is, when it is not the one written now.
 */
export function encodeEventData(
  { text, source }: EventText,
  encoding: Encoding,
  when = '',
): string {
  // Only white space, zero-width or bidirectional characters: an event that shows nothing.
  if (isBlank(text)) {
    throw new InputError(
      'event-data',
      `the event text (${source}) is empty${text ? ' or only invisible characters (white space, zero-width or bidirectional controls)' : ''}; give some text, or leave event-data unset for the default message.`,
    );
  }
  const data = encodeText(text, encoding);
  const length = codePointLength(data);
  if (length > MAX_EVENT_DATA) {
    const over = length - MAX_EVENT_DATA;
    throw new InputError(
      'event-data',
      `the event text (${source})${when} is ${length.toLocaleString('en-US')} characters${
        encoding === 'json-string' ? ' after json-string encoding' : ''
      }, ${over.toLocaleString('en-US')} over the service's limit of ${MAX_EVENT_DATA.toLocaleString('en-US')}. Shorten it by ${over.toLocaleString('en-US')} character${over === 1 ? '' : 's'}; nothing was cut or sent.`,
    );
  }
  return data;
}

/**
 * The longest `{duration}` a job end can write: jobs on self-hosted runners may run for days, and
 * every duration under 1,000 hours is at most this wide.
 */
export const LONGEST_DURATION_MS = (999 * 3600 + 59 * 60 + 59) * 1000;

/**
 * With finish-on-job-end, the job-end step renders the text again with the outcome and the
 * duration. Checked before anything is written: a text that fits as `started` but not as
 * `succeeded` would leave the event saying `started`.
 */
export function checkFitsAtJobEnd(
  inputs: Pick<Inputs, 'eventDataTemplate' | 'encoding'>,
  facts: WorkflowFacts,
  environment: string,
): void {
  for (const word of OUTCOME_WORDS) {
    const context = { status: word, environment, durationMs: LONGEST_DURATION_MS };
    encodeEventData(
      renderEventText(inputs, facts, context),
      inputs.encoding,
      ` as the job-end step of finish-on-job-end writes it ('${word}', after ${formatDuration(LONGEST_DURATION_MS)})`,
    );
  }
}
