import { AwsCallError } from './aws/call-error.js';
import type { IncidentsApi, NewEvent } from './aws/incidents.js';
import { RegionFailoverError } from './aws/regions.js';
import type { Deadline } from './deadline.js';
import {
  CLOCK_SKEW_MS,
  EARLIER_TRY_WINDOW_MS,
  findEarlierTry,
  type EarlierTry,
  type EarlierTryFound,
} from './earlier-try.js';
import { SafeError, safeMessage } from './errors.js';
import { mergeReferences, staticReferences, wellFormed } from './event-references.js';
import { tellsCallsApart, type WorkflowFacts } from './facts.js';
import type { CreateMode, Inputs, JobEndMode, UpdateMode, WriteMode } from './inputs.js';
import { inert } from './inert.js';
import { unique } from './parse/list.js';
import { referenceKey, type EventReference } from './parse/references.js';
import {
  commitLink,
  TargetLinks,
  type LinkedReferences,
  type RelatedLink,
} from './related-links.js';
import type { TextIdentity } from './render.js';
import type { Target } from './targets.js';
import { deriveClientToken, userClientToken } from './token.js';

export type TargetAction = 'created' | 'updated' | 'dry-run' | 'failed';

/** One entry of the `results` output, with what the run logs about it. */
export interface TargetResult {
  incidentArn: string;
  title: string;
  eventId: string;
  action: TargetAction;
  error: string;
  impact?: number;
  status?: string;
  /** The event was written by an earlier try of this step and found again, not written now. */
  reused?: boolean;
  /** The region the event was written in (or found in). */
  region?: string;
  /** Written again after a region failed with the first write's outcome unknown. */
  possibleDuplicate?: boolean;
  /** Lines for this target's log group, and warnings (annotations). */
  lines: string[];
  warnings: string[];
}

export interface WriteContext {
  api: IncidentsApi;
  inputs: Pick<Inputs, 'references' | 'links' | 'pipelineArn' | 'linkCommit' | 'clientToken'>;
  facts: WorkflowFacts;
  /** The encoded `eventData`. */
  eventData: string;
  /** The text as it identifies the write across tries: the token's input, an earlier try's test. */
  identity: TextIdentity;
  now: Date;
  targetCount: number;
  deadline: Deadline;
  /** Why no new write may start (the step was cancelled), or undefined while writes may start. */
  stopped: () => string | undefined;
}

/** Share of the time left that linking may use, so that it can never starve the write. */
const LINK_SHARE = 0.5;
const WRITABLE_TYPES = new Set(['Custom Event', 'Note']);

export function resultFor(target: Target): TargetResult {
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

/**
 * The token of one write: the user's (kept distinct per incident, and for the job-end update),
 * or one derived from the run, the job instance, the step, the incident and what is written.
 */
function clientToken(
  ctx: WriteContext,
  incidentArn: string,
  operation: string,
  payload: string[],
  scope = '',
): string {
  if (ctx.inputs.clientToken) {
    return userClientToken(ctx.inputs.clientToken, incidentArn, ctx.targetCount, scope);
  }
  return deriveClientToken(
    ctx.facts,
    incidentArn,
    scope ? `${operation}:${scope}` : operation,
    payload,
  );
}

/** Refuses to start a write once the step is cancelled: what is in flight finishes, nothing new. */
function checkNotStopped(ctx: WriteContext): void {
  const why = ctx.stopped();
  if (why) throw new StoppedError(why);
}

export class StoppedError extends SafeError {
  override name = 'StoppedError';
}

/**
 * The related items this target's event links to: the commit (link-commit) and the URLs of
 * `references`. Linking may use half of the time left, so that it can never starve the write.
 */
function targetLinks(ctx: WriteContext, incidentArn: string): TargetLinks {
  const links: RelatedLink[] = [
    ...(ctx.inputs.linkCommit && ctx.facts.commitUrl ? [commitLink(ctx.facts)] : []),
    ...ctx.inputs.links.map((link) => ({ ...link, input: 'references' as const })),
  ];
  const signal = ctx.deadline.within(ctx.deadline.remainingMs() * LINK_SHARE);
  return new TargetLinks(ctx.api, incidentArn, links, signal, ctx.deadline, (link) =>
    deriveClientToken(ctx.facts, incidentArn, 'UpdateRelatedItems', [link.url]),
  );
}

/** The references to the target's links, added first where absent. */
function linkReferences(ctx: WriteContext, links: TargetLinks): Promise<LinkedReferences> {
  return links.references(() => checkNotStopped(ctx));
}

/** `result` with what linking said added to its warnings and lines. */
function withLinked(result: TargetResult, linked: LinkedReferences): TargetResult {
  return {
    ...result,
    warnings: [...result.warnings, ...linked.warnings],
    lines: [...result.lines, ...linked.lines],
  };
}

function fail(result: TargetResult, error: unknown): TargetResult {
  return { ...result, action: 'failed', error: safeMessage(error) };
}

/**
 * Creates the event on one incident: link the commit (read; add when absent), then write. Never
 * throws: a failure is this target's result. A token the service says was already used is an
 * earlier try of this step, whose event is found and reported instead of a second one.
 */
async function createOnTarget(
  ctx: WriteContext,
  target: Target,
  mode: CreateMode,
): Promise<TargetResult> {
  let result = resultFor(target);
  try {
    const links = targetLinks(ctx, target.arn);
    const linked = await linkReferences(ctx, links);
    result = withLinked(result, linked);
    // Each reference once: a related item ID given in references may be a link's too.
    const references = unique(
      [
        ...staticReferences(ctx.inputs, ctx.facts, target.arn, mode.eventType === 'Note'),
        ...linked.references,
      ],
      referenceKey,
    );
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
    return unsureWhose(ctx, mode, await createOnce(ctx, result, event, mode, wanted));
  } catch (error) {
    return fail(result, error);
  }
}

/**
 * The service knows this write's token, with other parameters, and the search did not find the
 * event. A derived token is this step's own: an earlier try posted the event, which is reported
 * (without its ID), not posted again and not a failure. A given `client-token` may have been used
 * by another write with another text: that is the workflow's to fix.
 */
function notFound(
  ctx: WriteContext,
  result: TargetResult,
  mode: CreateMode,
  wanted: EarlierTry,
  found: Extract<EarlierTryFound, { kind: 'none' }>,
): TargetResult {
  const window = `${wanted.since.toISOString()} to ${wanted.until?.toISOString() ?? 'now'}`;
  const searched = `${found.read} ${wanted.eventType} event(s) of ${window} read${found.timedOut ? " before the run's time ran out" : ''}`;
  if (ctx.inputs.clientToken) {
    throw new SafeError(
      `client-token was already used for a write with other parameters, and no event with this text was found (${searched}). Nothing was written. Give each write its own client-token, or leave it unset to have one derived for each step.`,
    );
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
      `This step already posted its event in an earlier try: the service knows this step's token, with another event time or references, but the event was not found (${searched}), so its ID is not known${mode.finishOnJobEnd ? ' and the job end cannot finish it' : ''}. It is not posted again. To post a new event instead, re-run the workflow (a new attempt gets its own event).`,
    ],
  };
}

/**
 * An event found by this step's derived token, when job-instance cannot tell two calls of one
 * reusable workflow apart (see `tellsCallsApart`): it may be another call's, and saying so is
 * better than reporting it as this job's in silence.
 */
function unsureWhose(ctx: WriteContext, mode: CreateMode, result: TargetResult): TargetResult {
  const { jobInstance } = ctx.facts;
  if (!result.reused || !result.eventId || ctx.inputs.clientToken || tellsCallsApart(jobInstance)) {
    return result;
  }
  const value = jobInstance ? `'${inert(jobInstance)}', a matrix index` : 'empty';
  return {
    ...result,
    warnings: [
      ...result.warnings,
      `Event ${inert(result.eventId)} has this step's token, but job-instance is ${value}, not the job's check run ID (this runner gives no job.check_run_id), so the token cannot tell two calls of one reusable workflow apart: the event may be another call's, with the same text${mode.finishOnJobEnd ? ", and this job's end would finish it with this job's outcome" : ''}. If this job's workflow is called more than once, set job-instance on this step to a value that differs between the calls, such as an input of the workflow (\${{ inputs.environment }}) or the caller's matrix value, or put what tells the calls apart into event-data.`,
    ],
  };
}

/** The event an earlier write of this step made, reported instead of a second one. */
function recovered(
  result: TargetResult,
  found: Exclude<EarlierTryFound, { kind: 'none' }>,
  mode: CreateMode,
  region: string,
  line: (eventId: string) => string,
): TargetResult {
  if (found.kind === 'ambiguous') {
    const ids = found.eventIds.map(inert).join(', ');
    return {
      ...result,
      action: 'created',
      reused: true,
      lines: [...result.lines, 'This step already posted its event earlier; not posting it again.'],
      warnings: [
        ...result.warnings,
        `This step already posted its event earlier, but ${found.eventIds.length} events have its type and text (${ids}), as when matrix legs post the same text, and the service did not say which is this job's; so none is reported${mode.finishOnJobEnd ? ' or finished at job end' : ''}. Put what tells the jobs apart into event-data (such as {job} or a matrix value).`,
      ],
    };
  }
  return {
    ...result,
    action: 'created',
    eventId: found.eventId,
    reused: true,
    region,
    lines: [...result.lines, line(inert(found.eventId))],
  };
}

/**
 * Writes the event once. A token the service says was already used is an earlier try of this
 * step, whose event is found and reported instead of a second one. A region that became
 * unavailable during the create may have written it: the next region is searched first (as for an
 * earlier try), and only then written; if the event is not there yet (replication lag), it may now
 * be on the timeline twice, and the result says so.
 */
async function createOnce(
  ctx: WriteContext,
  result: TargetResult,
  event: NewEvent,
  mode: CreateMode,
  wanted: EarlierTry,
): Promise<TargetResult> {
  let failedOver: RegionFailoverError | undefined;
  for (;;) {
    try {
      const { eventId, region } = await ctx.api.createEvent(event);
      const written: TargetResult = { ...result, action: 'created', eventId, region };
      if (!failedOver?.maybeSent) return written;
      return {
        ...written,
        possibleDuplicate: true,
        warnings: [
          ...written.warnings,
          `${failedOver.from} became unavailable after the event was sent to it, and ${region} did not show it yet, so it was written in ${region}: if ${failedOver.from} had written it too, the timeline shows it twice once the regions replicate.`,
        ],
      };
    } catch (error) {
      if (error instanceof RegionFailoverError) {
        failedOver = error;
        if (error.maybeSent) {
          const found = await findEarlierTry(ctx.api, wanted);
          if (found.kind !== 'none') {
            const region = ctx.api.region;
            return recovered(
              result,
              found,
              mode,
              region,
              (id) =>
                `${error.from} became unavailable after the event was sent to it; it had written event ${id}, found in ${region}.`,
            );
          }
        }
        checkNotStopped(ctx);
        continue;
      }
      if (!(error instanceof AwsCallError && error.isConflict)) throw error;
      const found = await findEarlierTry(ctx.api, wanted, error);
      if (found.kind === 'none') {
        if (!failedOver?.maybeSent) return notFound(ctx, result, mode, wanted, found);
        // The token is known here: the write sent to the failed region landed there.
        return {
          ...result,
          action: 'created',
          reused: true,
          region: failedOver.from,
          lines: [
            ...result.lines,
            `${failedOver.from} wrote the event before it became unavailable.`,
          ],
          warnings: [
            ...result.warnings,
            `${failedOver.from} wrote the event before it became unavailable, and ${ctx.api.region} knows its token but does not show the event yet (replication lag): its ID is not known${mode.finishOnJobEnd ? ', so the job end cannot finish it' : ''}.`,
          ],
        };
      }
      return recovered(
        result,
        found,
        mode,
        ctx.api.region,
        (id) => `This step already posted event ${id} in an earlier try; not posting it again.`,
      );
    }
  }
}

async function updateOnTarget(
  ctx: WriteContext,
  target: Target,
  mode: UpdateMode | JobEndMode,
): Promise<TargetResult> {
  let result = resultFor(target);
  // The job end updates the event its main step saved, with the text alone: the commit and the
  // step's references were added when the event was created.
  const eventId = mode.kind === 'update' ? mode.eventId : (target.eventId ?? '');
  const eventTime = mode.kind === 'update' ? mode.eventTime : undefined;
  try {
    const links = mode.kind === 'update' ? targetLinks(ctx, target.arn) : undefined;
    const event = await ctx.api.getEvent(target.arn, eventId);
    const eventType = event.eventType ?? '';
    if (!WRITABLE_TYPES.has(eventType)) {
      throw new SafeError(
        `event ${inert(eventId)} is an automatic event of type '${inert(eventType)}'; only Custom Event and Note events can be updated.`,
      );
    }
    const existing = wellFormed(event.eventReferences);
    let eventReferences: EventReference[] | undefined;
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
      clientToken: clientToken(
        ctx,
        target.arn,
        'UpdateTimelineEvent',
        [eventId, ctx.eventData],
        mode.kind === 'job-end' ? 'job-end' : '',
      ),
    });
    return { ...result, action: 'updated', eventId, region };
  } catch (error) {
    // The same update from an earlier try with other references: done if the text is there.
    if (
      error instanceof AwsCallError &&
      error.isConflict &&
      error.operation === 'UpdateTimelineEvent'
    ) {
      try {
        const event = await ctx.api.getEvent(target.arn, eventId);
        if (event.eventData === ctx.eventData) {
          return {
            ...result,
            action: 'updated',
            eventId,
            lines: [
              ...result.lines,
              `An earlier try of this step already updated event ${inert(eventId)}.`,
            ],
          };
        }
      } catch {
        // Report the conflict itself.
      }
    }
    return { ...fail(result, error), eventId };
  }
}

/** Writes the event on one target as the mode says. Never throws: a failure is the result. */
function writeAs(ctx: WriteContext, target: Target, write: WriteMode): Promise<TargetResult> {
  switch (write.kind) {
    case 'dry-run': {
      const eventId = write.of.kind === 'update' ? write.of.eventId : '';
      return Promise.resolve({ ...resultFor(target), action: 'dry-run', eventId });
    }
    case 'create':
      return createOnTarget(ctx, target, write);
    case 'update':
    case 'job-end':
      return updateOnTarget(ctx, target, write);
  }
}

/**
 * Writes the event on one target. A target named by ARN has no title yet: it is read beside the
 * write (GetIncidentRecord), for the summary, never delaying or failing the write.
 */
export async function writeOnTarget(
  ctx: WriteContext,
  target: Target,
  write: WriteMode,
): Promise<TargetResult> {
  const details =
    target.title || write.kind === 'dry-run'
      ? undefined
      : ctx.api.getIncident(target.arn).catch(() => undefined);
  const result = await writeAs(ctx, target, write);
  const found = await details;
  if (!found) return result;
  return {
    ...result,
    title: found.title,
    ...(found.impact !== undefined ? { impact: found.impact } : {}),
    ...(found.status ? { status: found.status } : {}),
  };
}
