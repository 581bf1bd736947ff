import { commitSubjectOf } from '../facts.js';
import { SafeError } from '../errors.js';
import { isRegionName } from '../parse/scalars.js';

/**
 * What the main step hands to the job-end step through the step's state (`core.saveState`, read
 * back by the runner as `STATE_<name>` in the post step): the events it created, with their
 * incidents, and when the step started. Plain JSON, checked when read back.
 */
export const FINISH_STATE = 'finish-on-job-end';

/** The saved state cannot be used; the job-end step says why and finishes nothing. */
export class JobEndStateError extends SafeError {
  override name = 'JobEndStateError';
}

export interface WrittenEvent {
  incidentArn: string;
  eventId: string;
  /** What the job end's summary shows of the incident, as the main step saw it. */
  title?: string;
  impact?: number;
  status?: string;
  /** The region it was written in: the job end starts there. */
  region?: string;
}

export interface FinishState {
  version: 1;
  /** ISO 8601: the start of the step that created the events, for `{duration}`. */
  startedAt: string;
  events: WrittenEvent[];
  /** The commit's subject the events were written with, so the job end needs no GitHub call. */
  commitSubject?: string;
}

export function encodeFinishState(
  startedAt: Date,
  events: WrittenEvent[],
  commitSubject = '',
): string {
  const state: FinishState = {
    version: 1,
    startedAt: startedAt.toISOString(),
    events,
    ...(commitSubject ? { commitSubject } : {}),
  };
  return JSON.stringify(state);
}

/** The state, or a sentence saying why it cannot be used. */
export function decodeFinishState(raw: string): FinishState | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'the saved state is not JSON';
  }
  const state = value as Partial<FinishState> | null;
  if (state === null || typeof state !== 'object' || state.version !== 1) {
    return 'the saved state has an unknown form';
  }
  if (typeof state.startedAt !== 'string' || Number.isNaN(Date.parse(state.startedAt))) {
    return 'the saved state has no start time';
  }
  const events = state.events;
  if (
    !Array.isArray(events) ||
    events.length === 0 ||
    !events.every(
      (e: Partial<WrittenEvent> | null) =>
        e !== null &&
        typeof e === 'object' &&
        typeof e.incidentArn === 'string' &&
        typeof e.eventId === 'string',
    )
  ) {
    return 'the saved state lists no events';
  }
  const subject = typeof state.commitSubject === 'string' ? state.commitSubject : '';
  return {
    version: 1,
    startedAt: state.startedAt,
    events: events.map(({ incidentArn, eventId, title, impact, status, region }) => ({
      incidentArn,
      eventId,
      ...(typeof region === 'string' && isRegionName(region) ? { region } : {}),
      ...(typeof title === 'string' && title ? { title } : {}),
      ...(typeof impact === 'number' && Number.isInteger(impact) ? { impact } : {}),
      ...(typeof status === 'string' && status ? { status } : {}),
    })),
    ...(subject ? { commitSubject: commitSubjectOf(subject) } : {}),
  };
}

/**
 * The created events, saved for the job-end step after each create: the runner reads the state
 * file when the step ends however it ends (cancelled included), so a cancel or a kill mid-run
 * loses no event that the service acknowledged. The last value saved under a name wins.
 */
export class FinishStateRecorder {
  private readonly events: WrittenEvent[] = [];

  constructor(
    private readonly startedAt: Date,
    private readonly save: (name: string, value: string) => void,
    private readonly commitSubject = '',
  ) {}

  get count(): number {
    return this.events.length;
  }

  add(event: WrittenEvent): void {
    this.events.push(event);
    this.save(FINISH_STATE, encodeFinishState(this.startedAt, this.events, this.commitSubject));
  }
}
