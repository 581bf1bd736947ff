import { setTimeout as sleep } from 'node:timers/promises';
import { AwsCallError } from '../aws/call-error.js';
import type { NewEvent } from '../aws/incidents.js';
import { RegionFailoverError } from '../aws/regions.js';
import type { Target } from '../find/targets.js';
import { unique } from '../parse/list.js';
import { referenceKey } from '../parse/references.js';
import type { DeploymentFacts } from '../read/facts.js';
import { EVENT_ID, type DeploymentMode } from '../read/inputs.js';
import { SafeError, safeMessage } from '../runtime/errors.js';
import { inert } from '../runtime/inert.js';
import { finalityMatcher, type FinalityMatcher } from '../text/finality.js';
import { staticReferences } from './event-references.js';
import {
  checkNotStopped,
  clientToken,
  createOnTarget,
  fail,
  linkReferences,
  targetLinks,
  withLinked,
  WRITABLE_TYPES,
  type WriteContext,
} from './event-writer.js';
import { deploymentLink, idOfUrl } from './related-links.js';
import { resultFor, type TargetResult } from './result.js';
import { deploymentClientToken } from './token.js';

/**
 * How long a final state's run waits before it reads its event back: long enough for a run of an
 * earlier state that read the event just before this one wrote to land its own write.
 */
export const READ_BACK_PAUSE_MS = 1_000;

function withWarning(result: TargetResult, text: string): TargetResult {
  return { ...result, warnings: [...result.warnings, { source: 'deployment', text }] };
}

function withLine(result: TargetResult, line: string): TargetResult {
  return { ...result, lines: [...result.lines, line] };
}

/**
 * The deployment's event on this incident: the oldest Custom Event or Note that references the
 * deployment's related item (the automatic event that adding the item wrote references it too).
 */
async function findEvent(
  ctx: WriteContext,
  incidentArn: string,
  relatedItemId: string,
): Promise<string | undefined> {
  const events = await ctx.api.eventsReferencing(incidentArn, relatedItemId);
  return events.find(
    (event) =>
      WRITABLE_TYPES.has(event.eventType ?? '') && event.eventId && EVENT_ID.test(event.eventId),
  )?.eventId;
}

/**
 * Writes the state of a reported deployment on one incident: the deployment is linked (a related
 * item, added once); the event that references it is updated in place, or created by the first
 * state's run. Never throws: a failure is this target's result.
 */
export async function writeDeploymentEvent(
  ctx: WriteContext,
  target: Target,
  mode: DeploymentMode,
): Promise<TargetResult> {
  const deployment = ctx.facts.deployment;
  const create = {
    kind: 'create',
    eventType: mode.eventType,
    ...(mode.eventTime ? { eventTime: mode.eventTime } : {}),
    finishOnJobEnd: false,
  } as const;
  if (!deployment) {
    return withWarning(
      await createOnTarget(ctx, target, create),
      "The deployment_status event's payload names no deployment (its id and https url), so this state is an event of its own, not an update of the deployment's event.",
    );
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
      return withWarning(
        await createOnTarget(ctx, target, create, { linked, result }),
        `The deployment could not be linked to ${inert(target.arn)}, so its event cannot be found by that link: this state is an event of its own.`,
      );
    }
    const finality = await finalityMatcher(ctx.inputs);
    let eventId = await findEvent(ctx, target.arn, relatedItemId);
    if (!eventId) {
      const references = unique(
        [
          ...staticReferences(ctx.inputs, ctx.facts, target.arn, mode.eventType === 'Note'),
          ...linked.references,
        ],
        referenceKey,
      );
      const created = await createEvent(ctx, target, result, deployment, mode, references, () =>
        findEvent(ctx, target.arn, relatedItemId),
      );
      if ('result' in created) {
        return deployment.final ? readBack(ctx, target, created.result, finality) : created.result;
      }
      eventId = created.foundId;
      result = withLine(
        result,
        `Another run of this deployment created its event ${inert(eventId)} first; updating it.`,
      );
    }
    return await updateEvent(ctx, target, result, eventId, deployment, finality);
  } catch (error) {
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
async function createEvent(
  ctx: WriteContext,
  target: Target,
  result: TargetResult,
  deployment: DeploymentFacts,
  mode: DeploymentMode,
  references: NewEvent['eventReferences'] & object,
  find: () => Promise<string | undefined>,
): Promise<{ result: TargetResult } | { foundId: string }> {
  const event: NewEvent = {
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
    } catch (error) {
      if (error instanceof RegionFailoverError) {
        const foundId = await find();
        if (foundId) return { foundId };
        continue;
      }
      if (error instanceof AwsCallError && error.outcomeUnknown && !resent) {
        resent = true;
        continue;
      }
      if (error instanceof AwsCallError && error.outcomeUnknown) {
        throw new SafeError(
          `the event may have been written: ${error.message} The next state's run of this deployment finds it, or creates it once (the token is the deployment's).`,
        );
      }
      if (!(error instanceof AwsCallError && error.isConflict)) throw error;
      const foundId = await find();
      if (foundId) return { foundId };
      throw new SafeError(
        `the service knows this deployment's token on this incident, but no event references deployment ${inert(deployment.id)}; nothing was written. ${ctx.inputs.clientToken ? 'client-token may have been used for another write: leave it unset on deployment_status events.' : 'Its event may have been deleted.'}`,
      );
    }
  }
}

/**
 * Updates the text of the deployment's event in place (its time, type and references stay), unless
 * it shows a final state and this one is not: runs of a deployment's states may arrive in any
 * order, and `in_progress` after `success` must not make a finished deploy look running again.
 */
async function updateEvent(
  ctx: WriteContext,
  target: Target,
  result: TargetResult,
  eventId: string,
  deployment: DeploymentFacts,
  finality: FinalityMatcher,
): Promise<TargetResult> {
  const current = await ctx.api.getEvent(target.arn, eventId);
  const text = current.eventData ?? '';
  if (!deployment.final && finality.showsFinal(text)) {
    return withLine(
      { ...result, action: 'unchanged', eventId },
      `Event ${inert(eventId)} already says the deployment finished; this run's state, '${inert(deployment.state)}', does not overwrite it.`,
    );
  }
  if (text === ctx.eventData) {
    return withLine(
      { ...result, action: 'updated', eventId },
      `Event ${inert(eventId)} already says this.`,
    );
  }
  checkNotStopped(ctx);
  const region = await ctx.api.updateEvent({
    incidentRecordArn: target.arn,
    eventId,
    eventData: ctx.eventData,
    clientToken: clientToken(ctx, target.arn, 'UpdateTimelineEvent', [eventId, ctx.eventData]),
  });
  const updated: TargetResult = { ...result, action: 'updated', eventId, region };
  return deployment.final ? readBack(ctx, target, updated, finality) : updated;
}

/**
 * A final state's run reads its event back once after a short pause, and writes it again when a
 * run of an earlier state overwrote it in between (that run read the event before this one wrote,
 * and wrote after). A run of an earlier state that writes after this read-back still overwrites
 * it: the service has no conditional update, so that window is narrowed, not closed.
 */
async function readBack(
  ctx: WriteContext,
  target: Target,
  result: TargetResult,
  finality: FinalityMatcher,
): Promise<TargetResult> {
  const { eventId } = result;
  if (!eventId) return result;
  const pauseMs = Math.min(READ_BACK_PAUSE_MS, ctx.deadline.remainingMs() / 4);
  const waited = await sleep(pauseMs, true, { signal: ctx.deadline.signal }).catch(() => false);
  if (!waited || ctx.stopped()) return result;
  try {
    const now = (await ctx.api.getEvent(target.arn, eventId)).eventData ?? '';
    if (now === ctx.eventData || (finality.canTell && finality.showsFinal(now))) return result;
    await ctx.api.updateEvent({
      incidentRecordArn: target.arn,
      eventId,
      eventData: ctx.eventData,
      // Not the first update's token: the same token and text would be answered, not written.
      clientToken: clientToken(
        ctx,
        target.arn,
        'UpdateTimelineEvent',
        [eventId, ctx.eventData],
        'read-back',
      ),
    });
    return withLine(
      result,
      `A run of an earlier state of this deployment overwrote event ${inert(eventId)} just after this run wrote it; written again.`,
    );
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
    return withWarning(
      result,
      `Event ${inert(eventId)} could not be read back to check that no run of an earlier state overwrote it: ${safeMessage(error)}`,
    );
  }
}

/**
 * What a run of this state would do on one incident, read and not written: post the deployment's
 * event, update it, or leave it as it is. A read that fails only makes the line say so.
 */
export async function dryRunDeploymentEvent(
  ctx: WriteContext,
  target: Target,
): Promise<TargetResult> {
  const result: TargetResult = { ...resultFor(target), action: 'dry-run' };
  const deployment = ctx.facts.deployment;
  if (!deployment) return withLine(result, 'Would post this state as an event of its own.');
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
      return withLine(
        found,
        `Would leave event ${inert(eventId)} unchanged: it already says the deployment finished.`,
      );
    }
    return withLine(found, `Would update the deployment's event ${inert(eventId)}.`);
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
    return withLine(
      result,
      `Would post the deployment's event or update it; which could not be read: ${safeMessage(error)}`,
    );
  }
}
