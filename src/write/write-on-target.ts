/**
 * One target's write, whichever the mode: the dispatch above the writers (event-writer.ts for a
 * create or an update, deployment-event.ts for a deployment's event), so that neither imports the
 * other's caller.
 */
import type { Target } from '../find/targets.js';
import type { WriteMode } from '../read/inputs.js';
import { dryRunDeploymentEvent, writeDeploymentEvent } from './deployment-event.js';
import { createOnTarget, updateOnTarget, type WriteContext } from './event-writer.js';
import { resultFor, type TargetResult } from './result.js';

/** Writes the event on one target as the mode says. Never throws: a failure is the result. */
function writeAs(ctx: WriteContext, target: Target, write: WriteMode): Promise<TargetResult> {
  switch (write.kind) {
    case 'dry-run': {
      if (write.of.kind === 'deployment') return dryRunDeploymentEvent(ctx, target);
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
