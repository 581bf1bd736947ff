import type { EventReference } from '@aws-sdk/client-ssm-incidents';
import { errorName, explainAwsError } from './aws/errors.js';
import type { IncidentSummary, IncidentsApi } from './aws/incidents.js';
import { errorMessage } from './errors.js';
import type { WorkflowFacts } from './facts.js';
import type { Inputs } from './inputs.js';
import { linkCommit, staticReferences } from './references.js';
import { deriveClientToken, userClientToken } from './token.js';

export type TargetAction = 'created' | 'updated' | 'dry-run' | 'failed';

/** One entry of the `results` output. */
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
}

export interface WriteContext {
  api: IncidentsApi;
  inputs: Inputs;
  facts: WorkflowFacts;
  /** The encoded `eventData`. */
  eventData: string;
  now: Date;
  targetCount: number;
  info: (message: string) => void;
  warn: (message: string) => void;
}

/** The event a ConflictException names as the holder of the token, when it names one. */
function conflictingEventId(error: unknown): string | undefined {
  const { resourceType, resourceIdentifier } = error as {
    resourceType?: string;
    resourceIdentifier?: string;
  };
  return resourceType === 'TIMELINE_EVENT' && resourceIdentifier ? resourceIdentifier : undefined;
}

/** How far back an earlier try of the same step may have written its event. */
const EARLIER_TRY_WINDOW_MS = 24 * 3_600_000;

function timelineToken(ctx: WriteContext, incidentArn: string, operation: string): string {
  const { inputs, facts, eventData } = ctx;
  if (inputs.clientToken) return userClientToken(inputs.clientToken, incidentArn, ctx.targetCount);
  return deriveClientToken(facts, incidentArn, operation, [
    inputs.eventType,
    inputs.eventId,
    eventData,
  ]);
}

/** Writes the event to one incident. Never throws: a failure is this target's result. */
export async function writeToTarget(
  ctx: WriteContext,
  target: IncidentSummary,
): Promise<TargetResult> {
  const { api, inputs, facts } = ctx;
  const result: TargetResult = {
    incidentArn: target.arn,
    title: target.title,
    eventId: '',
    action: 'failed',
    error: '',
    ...(target.impact !== undefined ? { impact: target.impact } : {}),
    ...(target.status ? { status: target.status } : {}),
  };
  if (inputs.dryRun) {
    return { ...result, action: 'dry-run', eventId: inputs.eventId };
  }
  let operation = inputs.eventId ? 'UpdateTimelineEvent' : 'CreateTimelineEvent';
  try {
    const references: EventReference[] = staticReferences(inputs, facts, target.arn);
    if (inputs.linkCommit && facts.commitUrl) {
      const token = deriveClientToken(facts, target.arn, 'UpdateRelatedItems', [facts.commitUrl]);
      const relatedItemId = await linkCommit(api, target.arn, facts, token, ctx.warn);
      if (relatedItemId) references.push({ relatedItemId });
    }
    const write = {
      incidentRecordArn: target.arn,
      eventData: ctx.eventData,
      eventType: inputs.eventType,
      ...(references.length > 0 ? { eventReferences: references } : {}),
      clientToken: timelineToken(ctx, target.arn, operation),
      ...(inputs.eventTime ? { eventTime: inputs.eventTime } : {}),
    };
    if (inputs.eventId) {
      await api.updateEvent({ ...write, eventId: inputs.eventId });
      return { ...result, action: 'updated', eventId: inputs.eventId };
    }
    try {
      const eventId = await api.createEvent({ ...write, eventTime: inputs.eventTime ?? ctx.now });
      return { ...result, action: 'created', eventId };
    } catch (error) {
      if (errorName(error) !== 'ConflictException') throw error;
      // The token was used by an earlier try of this very step (a retry, a restarted runner)
      // with a different event time: report the event that try wrote instead of a second one.
      operation = 'ListTimelineEvents';
      const since = new Date(ctx.now.getTime() - EARLIER_TRY_WINDOW_MS);
      const eventId = await api.findEvent(
        target.arn,
        inputs.eventType,
        ctx.eventData,
        since,
        conflictingEventId(error),
      );
      if (!eventId) {
        operation = 'CreateTimelineEvent';
        throw error;
      }
      ctx.info(
        `${target.arn}: this step already posted event ${eventId} in an earlier try; not posting it again.`,
      );
      return { ...result, action: 'created', eventId, reused: true };
    }
  } catch (error) {
    const name = errorName(error);
    const message = name ? explainAwsError(error, operation, target.arn) : errorMessage(error);
    return { ...result, error: message };
  }
}
