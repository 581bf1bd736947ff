import { createHash } from 'node:crypto';
import { firstCodePoints } from '../runtime/code-points.js';
import type { WorkflowFacts } from '../read/facts.js';
import { MAX_CLIENT_TOKEN_LENGTH } from '../read/inputs.js';

function digest(parts: readonly string[]): string {
  // JSON keeps the parts apart: ("a|b","c") and ("a","b|c") must not collide.
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * The idempotency token of one write. The same step of the same job of the same run attempt
 * always derives the same token for the same incident and text, so a retried step (or a restarted
 * runner) can never post twice; a re-run of the workflow is a new attempt and so a new event. The
 * job instance tells apart jobs that share GITHUB_JOB and the step id (the legs of a matrix, two
 * calls of one reusable workflow): each is its own deployment, with its own event.
 */
export function deriveClientToken(
  facts: WorkflowFacts,
  incidentArn: string,
  operation: string,
  payload: readonly string[],
): string {
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
export function deploymentClientToken(
  repository: string,
  deploymentId: string,
  incidentArn: string,
): string {
  return `ita-${digest([repository, 'deployment', deploymentId, incidentArn])}`;
}

/**
 * A user-given token, kept distinct per incident when one step writes to several, and per write
 * (`scope`, such as the job-end update) when the same token names more than one write.
 */
export function userClientToken(
  token: string,
  incidentArn: string,
  targetCount: number,
  scope = '',
): string {
  if (targetCount <= 1 && !scope) return token;
  const suffix = `-${digest(scope ? [incidentArn, scope] : [incidentArn]).slice(0, 12)}`;
  return firstCodePoints(token, MAX_CLIENT_TOKEN_LENGTH - suffix.length) + suffix;
}
