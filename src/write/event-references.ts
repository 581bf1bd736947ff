import type { EventReference as WireReference } from '@aws-sdk/client-ssm-incidents';
import { InputError, SafeError } from '../runtime/errors.js';
import type { WorkflowFacts } from '../read/facts.js';
import type { Inputs } from '../read/inputs.js';
import { inert } from '../runtime/inert.js';
import { isArn } from '../parse/arn.js';
import { unique } from '../parse/list.js';
import {
  linkKey,
  MAX_EVENT_REFERENCES,
  RELATED_ITEM_ID,
  referenceKey,
  type EventReference,
} from '../parse/references.js';

/**
 * The references known before any call: inputs, the pipeline, the CodeBuild build, and the
 * incident itself for a Note (a Note shows on the incident's notes panel only when it references
 * the incident).
 */
export function staticReferences(
  inputs: Pick<Inputs, 'references' | 'pipelineArn'>,
  facts: Pick<WorkflowFacts, 'codeBuildArn'>,
  incidentArn: string,
  isNote: boolean,
): EventReference[] {
  const refs: EventReference[] = [...inputs.references];
  if (inputs.pipelineArn) refs.push({ resource: inputs.pipelineArn });
  if (facts.codeBuildArn && isArn(facts.codeBuildArn)) refs.push({ resource: facts.codeBuildArn });
  if (isNote) refs.push({ resource: incidentArn });
  return unique(refs, referenceKey);
}

/** Where each reference came from, to say what to remove when there are too many. */
function origins(
  inputs: Pick<Inputs, 'references' | 'links' | 'pipelineArn' | 'linkCommit'>,
  facts: Pick<WorkflowFacts, 'codeBuildArn' | 'commitUrl'>,
  isNote: boolean,
): string {
  const parts = [`references: ${inputs.references.length + inputs.links.length}`];
  if (inputs.pipelineArn) parts.push('pipeline-arn: 1');
  if (facts.codeBuildArn) parts.push('CODEBUILD_BUILD_ARN: 1');
  if (isNote) parts.push('the incident itself for a Note: 1');
  if (inputs.linkCommit && facts.commitUrl) parts.push('link-commit: 1');
  return parts.join(', ');
}

/** Fails before any call when a new event's references cannot fit the service's limit of 10. */
export function checkReferenceCount(
  inputs: Pick<Inputs, 'references' | 'links' | 'pipelineArn' | 'linkCommit'>,
  facts: Pick<WorkflowFacts, 'codeBuildArn' | 'commitUrl'>,
  isNote: boolean,
): void {
  // The incident a Note references is not known yet for a search; any ARN counts the same.
  const linked = new Set(inputs.links.map((link) => linkKey(link.url)));
  if (inputs.linkCommit && facts.commitUrl) linked.add(linkKey(facts.commitUrl));
  const count = staticReferences(inputs, facts, '(the incident)', isNote).length + linked.size;
  if (count > MAX_EVENT_REFERENCES) {
    throw new InputError(
      'references',
      `the event would have ${count} references (${origins(inputs, facts, isNote)}); the service accepts at most ${MAX_EVENT_REFERENCES}. Remove some, or set link-commit: false.`,
    );
  }
}

/**
 * The references an event already has, as far as they have the documented form: exactly one of a
 * resource ARN or a related item ID. Anything else in an answer is left out, never sent back.
 */
export function wellFormed(references: readonly WireReference[] | undefined): EventReference[] {
  const out: EventReference[] = [];
  for (const ref of references ?? []) {
    if (typeof ref.resource === 'string' && ref.relatedItemId === undefined && isArn(ref.resource))
      out.push({ resource: ref.resource });
    else if (
      typeof ref.relatedItemId === 'string' &&
      ref.resource === undefined &&
      RELATED_ITEM_ID.test(ref.relatedItemId)
    )
      out.push({ relatedItemId: ref.relatedItemId });
  }
  return out;
}

/** A failure to merge an update's references, before anything was written. */
export class TooManyReferencesError extends SafeError {
  override name = 'TooManyReferencesError';
}

/**
 * An update's references: the event's own, then the new ones not already there. Returns undefined
 * when nothing is added, so that the update leaves the references alone. `pending` counts
 * references still to come (a commit not linked yet), so the limit is checked before any write.
 */
export function mergeReferences(
  existing: readonly EventReference[],
  added: readonly EventReference[],
  eventId: string,
  pending = 0,
): EventReference[] | undefined {
  const merged = unique([...existing, ...added], referenceKey);
  const total = merged.length + pending;
  if (total > MAX_EVENT_REFERENCES) {
    throw new TooManyReferencesError(
      `event ${inert(eventId)} has ${existing.length} references and this update adds ${total - existing.length}, ${total} in all; the service accepts at most ${MAX_EVENT_REFERENCES}. Nothing was written. Remove some from references or pipeline-arn, or set link-commit: false.`,
    );
  }
  return merged.length === existing.length ? undefined : merged;
}
