import { AwsCallError } from '../aws/call-error.js';
import type { IncidentsApi, NewEvent } from '../aws/incidents.js';
import { RegionFailoverError } from '../aws/regions.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TimelineEvent } from '@aws-sdk/client-ssm-incidents';
import { formatSeconds, type Deadline } from '../runtime/deadline.js';
import {
  CLOCK_SKEW_MS,
  EARLIER_TRY_WINDOW_MS,
  findEarlierTry,
  type EarlierTry,
  type EarlierTryFound,
} from './earlier-try.js';
import { SafeError, safeMessage } from '../runtime/errors.js';
import { mergeReferences, staticReferences, wellFormed } from './event-references.js';
import { tellsCallsApart, type WorkflowFacts } from '../read/facts.js';
import type { CreateMode, Inputs, JobEndMode, UpdateMode } from '../read/inputs.js';
import { inert } from '../runtime/inert.js';
import { unique } from '../parse/list.js';
import { referenceKey, type EventReference } from '../parse/references.js';
import {
  commitLink,
  TargetLinks,
  type LinkedReferences,
  type RelatedLink,
} from './related-links.js';
import type { TextIdentity } from '../text/render.js';
import type { Target } from '../find/targets.js';
import { deriveClientToken, userClientToken } from './token.js';
import { resultFor, type TargetResult } from './result.js';

export interface WriteContext {
  api: IncidentsApi;
  inputs: Pick<
    Inputs,
    | 'references'
    | 'links'
    | 'pipelineArn'
    | 'linkCommit'
    | 'clientToken'
    | 'eventDataTemplate'
    | 'encoding'
  >;
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
  /**
   * Called before each create is sent, with what resolves it (the job end's state saves it:
   * finish-on-job-end). Costs no call.
   */
  intend?: (target: Target, event: NewEvent, region: string) => void;
}

/** Share of the time left that linking may use, so that it can never starve the write. */
const LINK_SHARE = 0.5;
/**
 * Share of the time left that sending a create again may use when its answer was lost, so that
 * looking for it (the earlier-try search) keeps the rest.
 */
const RESEND_SHARE = 0.5;
export const WRITABLE_TYPES: ReadonlySet<string> = new Set(['Custom Event', 'Note']);

/**
 * The token of one write: the user's (kept distinct per incident, and for the job-end update),
 * or one derived from the run, the job instance, the step, the incident and what is written.
 */
export function clientToken(
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
export function checkNotStopped(ctx: WriteContext): void {
  const why = ctx.stopped();
  if (why) throw new StoppedError(why);
}

export class StoppedError extends SafeError {
  override name = 'StoppedError';
}

/**
 * The related items this target's event links to: the commit (link-commit), the URLs of
 * `references`, and `more` (a reported deployment). Linking may use half of the time left, so
 * that it can never starve the write.
 */
export function targetLinks(
  ctx: WriteContext,
  incidentArn: string,
  more: readonly RelatedLink[] = [],
): TargetLinks {
  const links: RelatedLink[] = [
    ...(ctx.inputs.linkCommit && ctx.facts.commitUrl ? [commitLink(ctx.facts)] : []),
    ...ctx.inputs.links.map((link) => ({ ...link, input: 'references' as const })),
    ...more,
  ];
  const signal = ctx.deadline.within(ctx.deadline.remainingMs() * LINK_SHARE);
  return new TargetLinks(ctx.api, incidentArn, links, signal, ctx.deadline, (link) =>
    deriveClientToken(ctx.facts, incidentArn, 'UpdateRelatedItems', [link.url]),
  );
}

/** The references to the target's links, added first where absent. */
export function linkReferences(ctx: WriteContext, links: TargetLinks): Promise<LinkedReferences> {
  return links.references(() => checkNotStopped(ctx));
}

/** `result` with what linking said added to its warnings and lines. */
export function withLinked(result: TargetResult, linked: LinkedReferences): TargetResult {
  return {
    ...result,
    warnings: [...result.warnings, ...linked.warnings],
    lines: [...result.lines, ...linked.lines],
  };
}

export function fail(result: TargetResult, error: unknown): TargetResult {
  return { ...result, action: 'failed', error: safeMessage(error) };
}

/**
 * Creates the event on one incident: link the commit (read; add when absent), then write. Never
 * throws: a failure is this target's result. A token the service says was already used is an
 * earlier try of this step, whose event is found and reported instead of a second one.
 */
export async function createOnTarget(
  ctx: WriteContext,
  target: Target,
  mode: CreateMode,
  /** The links, when the caller has made them already (and their result so far). */
  made?: { linked: LinkedReferences; result: TargetResult },
): Promise<TargetResult> {
  let result = made?.result ?? resultFor(target);
  try {
    const linked = made?.linked ?? (await linkReferences(ctx, targetLinks(ctx, target.arn)));
    if (!made) result = withLinked(result, linked);
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
    return unsureWhose(
      ctx,
      mode,
      await createOnce(ctx, target, result, event, mode.finishOnJobEnd, wanted),
    );
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
  finishOnJobEnd: boolean,
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
      {
        source: 'write',
        text: `Event ${inert(result.eventId)} has this step's token, but job-instance is ${value}, not the job's check run ID (this runner gives no job.check_run_id), so the token cannot tell two calls of one reusable workflow apart: the event may be another call's, with the same text${mode.finishOnJobEnd ? ", and this job's end would finish it with this job's outcome" : ''}. If this job's workflow is called more than once, set job-instance on this step to a value that differs between the calls, such as an input of the workflow (\${{ inputs.environment }}) or the caller's matrix value, or put what tells the calls apart into event-data.`,
      },
    ],
  };
}

/** The event an earlier write of this step made, reported instead of a second one. */
function recovered(
  result: TargetResult,
  found: Exclude<EarlierTryFound, { kind: 'none' }>,
  finishOnJobEnd: boolean,
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
    lines: [...result.lines, line(inert(found.eventId))],
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
async function createOnce(
  ctx: WriteContext,
  target: Target,
  result: TargetResult,
  event: NewEvent,
  finishOnJobEnd: boolean,
  wanted: EarlierTry,
): Promise<TargetResult> {
  let failedOver: RegionFailoverError | undefined;
  for (;;) {
    ctx.intend?.(target, event, ctx.api.region);
    try {
      const { eventId, region } = await ctx.api.createEvent(event);
      const written: TargetResult = { ...result, action: 'created', eventId, region };
      if (!failedOver?.maybeSent) return written;
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
              finishOnJobEnd,
              region,
              (id) =>
                `${error.from} became unavailable after the event was sent to it; it had written event ${id}, found in ${region}.`,
            );
          }
        }
        checkNotStopped(ctx);
        continue;
      }
      if (error instanceof AwsCallError && error.outcomeUnknown) {
        return resolveUnknown(ctx, result, event, finishOnJobEnd, wanted, error);
      }
      if (!(error instanceof AwsCallError && error.isConflict)) throw error;
      const found = await findEarlierTry(ctx.api, wanted, error);
      if (found.kind === 'none') {
        if (!failedOver?.maybeSent) return notFound(ctx, result, finishOnJobEnd, wanted, found);
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
      return recovered(
        result,
        found,
        finishOnJobEnd,
        ctx.api.region,
        (id) => `This step already posted event ${id} in an earlier try; not posting it again.`,
      );
    }
  }
}

/** How an unresolved create is reported: never "not written", since it may have landed. */
function mayHaveBeenWritten(
  result: TargetResult,
  lost: AwsCallError,
  why: string,
  finishOnJobEnd: boolean,
): TargetResult {
  return {
    ...result,
    action: 'failed',
    unresolved: true,
    error: `the event may have been written: ${lost.message} ${why}${
      finishOnJobEnd
        ? ' Its token and parameters are saved: the job-end step sends it again with them, and finishes the event.'
        : ' A re-run of this step with the same inputs writes it at most once (the same client token).'
    }`,
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
async function resolveUnknown(
  ctx: WriteContext,
  result: TargetResult,
  event: NewEvent,
  finishOnJobEnd: boolean,
  wanted: EarlierTry,
  lost: AwsCallError,
): Promise<TargetResult> {
  if (ctx.stopped()) {
    return mayHaveBeenWritten(
      result,
      lost,
      'The step was cancelled before it could find out.',
      finishOnJobEnd,
    );
  }
  let refusal: AwsCallError | undefined;
  let conflict: AwsCallError | undefined;
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
        `The answer to CreateTimelineEvent was lost; sent again with the same token, it was answered with event ${inert(eventId)} (written once).`,
      ],
    };
  } catch (error) {
    if (error instanceof AwsCallError && error.isConflict) conflict = error;
    else if (error instanceof AwsCallError && error.refused && !error.outcomeUnknown) {
      refusal = error;
    } else if (!(error instanceof AwsCallError || error instanceof RegionFailoverError)) {
      throw error;
    }
  }
  let found: EarlierTryFound = { kind: 'none', read: 0, timedOut: false };
  try {
    found = await findEarlierTry(ctx.api, wanted, conflict);
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
  }
  if (found.kind !== 'none') {
    return recovered(
      result,
      found,
      finishOnJobEnd,
      ctx.api.region,
      (id) => `The answer to CreateTimelineEvent was lost; the event it wrote, ${id}, was found.`,
    );
  }
  if (refusal) throw refusal;
  return mayHaveBeenWritten(
    result,
    lost,
    'Sending it again with the same token and looking for it on the timeline did not settle whether it landed.',
    finishOnJobEnd,
  );
}

/**
 * At job end, the event of a saved create whose answer the main step never got (the step was
 * cancelled or killed mid-write, or its answer was lost). A request sent before the cancel may
 * still land after the job end looked, so it is not looked for first: the same create is sent
 * again (same token and parameters), which the service answers with the event the first one
 * wrote, or writes it now with the step's own time and text, to be finished like the others.
 */
async function savedCreateEvent(
  ctx: WriteContext,
  target: Target,
  mode: JobEndMode,
): Promise<{ eventId: string; line: string } | { unresolved: string }> {
  const saved = target.saved;
  if (!saved) return { unresolved: 'the main step saved nothing to find it by' };
  const { created } = mode;
  const event: NewEvent = {
    incidentRecordArn: target.arn,
    eventData: created.eventData,
    eventType: created.eventType,
    eventTime: created.eventTime,
    ...(saved.eventReferences ? { eventReferences: saved.eventReferences } : {}),
    clientToken: saved.clientToken,
  };
  const wanted: EarlierTry = {
    incidentArn: target.arn,
    eventType: created.eventType,
    eventData: created.eventData,
    since: new Date(
      Math.min(mode.startedAt.getTime(), created.eventTime.getTime()) - EARLIER_TRY_WINDOW_MS,
    ),
  };
  let conflict: AwsCallError | undefined;
  let why = '';
  try {
    const signal = ctx.deadline.within(ctx.deadline.remainingMs() * RESEND_SHARE);
    const { eventId } = await ctx.api.createEvent(event, { signal });
    if (eventId) {
      return {
        eventId,
        line: `The step did not learn whether its create landed; sent again with the same token, it was answered with event ${inert(eventId)}.`,
      };
    }
  } catch (error) {
    if (error instanceof AwsCallError && error.isConflict) conflict = error;
    else if (error instanceof AwsCallError || error instanceof RegionFailoverError) {
      why = error.message;
    } else throw error;
  }
  try {
    const found = await findEarlierTry(ctx.api, wanted, conflict);
    if (found.kind === 'found') {
      return {
        eventId: found.eventId,
        line: `The step did not learn whether its create landed; its event ${inert(found.eventId)} was found.`,
      };
    }
    if (found.kind === 'ambiguous') {
      return {
        unresolved: `${found.eventIds.length} events have its type and text (${found.eventIds.map(inert).join(', ')}), and which one is this job's cannot be told`,
      };
    }
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
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
async function eventToUpdate(
  ctx: WriteContext,
  target: Target,
  eventId: string,
  mode: UpdateMode | JobEndMode,
): Promise<TimelineEvent> {
  const wroteIn = target.saved?.region;
  const budget = ctx.deadline.within(ctx.deadline.remainingMs() * REPLICATION_SHARE);
  const startedAt = Date.now();
  for (let pauseMs = 500; ; pauseMs = Math.min(pauseMs * 2, 5_000)) {
    try {
      return await ctx.api.getEvent(target.arn, eventId);
    } catch (error) {
      const lag =
        mode.kind === 'job-end' &&
        error instanceof AwsCallError &&
        error.isNotFound &&
        wroteIn !== undefined &&
        wroteIn !== ctx.api.region;
      if (!lag) throw error;
      const waited = await sleep(pauseMs, true, { signal: budget }).catch(() => false);
      if (!waited) {
        throw new SafeError(
          `event ${inert(eventId)} was written in ${wroteIn}, which became unavailable, and ${ctx.api.region} did not show it after ${formatSeconds(Date.now() - startedAt)} (replication lag between the regions), so it still says its first status. Finish it once ${wroteIn} is back or the regions have replicated: run this action with event-id: ${inert(eventId)}, incident-arn: ${inert(target.arn)} and the status to show.`,
        );
      }
    }
  }
}

export async function updateOnTarget(
  ctx: WriteContext,
  target: Target,
  mode: UpdateMode | JobEndMode,
): Promise<TargetResult> {
  let result = resultFor(target);
  // The job end updates the event its main step saved, with the text alone: the commit and the
  // step's references were added when the event was created.
  let eventId = mode.kind === 'update' ? mode.eventId : (target.eventId ?? '');
  const eventTime = mode.kind === 'update' ? mode.eventTime : undefined;
  try {
    if (mode.kind === 'job-end' && !eventId) {
      const resolved = await savedCreateEvent(ctx, target, mode);
      if ('unresolved' in resolved) {
        return fail(
          result,
          new SafeError(
            `the step's create on this incident may have been written, but its event could not be found to finish it: ${resolved.unresolved}.`,
          ),
        );
      }
      eventId = resolved.eventId;
      result = { ...result, lines: [...result.lines, resolved.line] };
    }
    const links = mode.kind === 'update' ? targetLinks(ctx, target.arn) : undefined;
    const event = await eventToUpdate(ctx, target, eventId, mode);
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
