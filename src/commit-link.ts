import type { RelatedItem } from '@aws-sdk/client-ssm-incidents';
import { AwsCallError } from './aws/call-error.js';
import type { IncidentsApi } from './aws/incidents.js';
import { errorMessage } from './errors.js';
import type { WorkflowFacts } from './facts.js';
import { inert } from './inert.js';
import { RELATED_ITEM_ID } from './parse/references.js';

export function commitItem(facts: WorkflowFacts): RelatedItem {
  const title = `Commit ${facts.shortSha} of ${facts.repository}`.slice(0, 200);
  return { title, identifier: { type: 'OTHER', value: { url: facts.commitUrl } } };
}

/** The ID of the related item with this URL, when the answer gives a well-formed one. */
function idOfUrl(items: RelatedItem[], url: string): string | undefined {
  const id = items.find((item) => item.identifier?.value?.url === url)?.generatedId;
  return id && RELATED_ITEM_ID.test(id) ? id : undefined;
}

/** What linking the commit to one incident needs, found with one read. */
export type CommitLinkState =
  | { kind: 'linked'; relatedItemId: string }
  | { kind: 'absent' }
  | { kind: 'unavailable'; warning: string };

/** Related items are a nicety: a failure to read or write them is a warning, never the run's failure. */
function unavailable(error: unknown, incidentArn: string): CommitLinkState {
  const denied = error instanceof AwsCallError && error.isAccessDenied;
  const why = error instanceof AwsCallError ? error.message : inert(errorMessage(error));
  const advice = denied
    ? ' link-commit needs ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems; or set link-commit: false.'
    : '';
  return {
    kind: 'unavailable',
    warning: `link-commit: could not link the commit to ${inert(incidentArn)}; the event is written without it. ${why}${advice}`,
  };
}

/**
 * Reads whether the commit is already a related item of the incident (one call). Run beside the
 * other reads of a target, so that the common case, a commit already linked, costs no extra
 * round trip. `signal` is link-commit's own budget, so that it can never starve the write.
 */
export async function readCommitLink(
  api: IncidentsApi,
  incidentArn: string,
  facts: WorkflowFacts,
  signal: AbortSignal,
): Promise<CommitLinkState> {
  try {
    const id = idOfUrl(await api.listRelatedItems(incidentArn, { signal }), facts.commitUrl);
    return id ? { kind: 'linked', relatedItemId: id } : { kind: 'absent' };
  } catch (error) {
    if (error instanceof AwsCallError && error.isNotFound) throw error;
    return unavailable(error, incidentArn);
  }
}

/**
 * Adds the commit as a related item and reads back the ID the service gave it (UpdateRelatedItems
 * does not return it). A ConflictException means a parallel job added the same URL: theirs is used.
 */
export async function addCommitLink(
  api: IncidentsApi,
  incidentArn: string,
  facts: WorkflowFacts,
  clientToken: string,
  signal: AbortSignal,
): Promise<CommitLinkState> {
  try {
    try {
      await api.addRelatedItem(incidentArn, commitItem(facts), clientToken, { signal });
    } catch (error) {
      if (!(error instanceof AwsCallError && error.isConflict)) throw error;
    }
    const id = idOfUrl(await api.listRelatedItems(incidentArn, { signal }), facts.commitUrl);
    if (id) return { kind: 'linked', relatedItemId: id };
    return {
      kind: 'unavailable',
      warning: `link-commit: the commit was added to ${inert(incidentArn)} but the service gave it no ID to reference; the event is written without it.`,
    };
  } catch (error) {
    if (error instanceof AwsCallError && error.isNotFound) throw error;
    return unavailable(error, incidentArn);
  }
}
