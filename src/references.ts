import type { RelatedItem } from '@aws-sdk/client-ssm-incidents';
import { errorName, explainAwsError, isAccessDenied } from './aws/errors.js';
import type { IncidentsApi } from './aws/incidents.js';
import { InputError } from './errors.js';
import type { WorkflowFacts } from './facts.js';
import type { Inputs } from './inputs.js';
import { isArn } from './parse/arn.js';
import { unique } from './parse/list.js';
import { MAX_EVENT_REFERENCES, referenceKey, type EventReference } from './parse/references.js';

/** The references known before any call: inputs, the pipeline, the CodeBuild build, a Note's incident. */
export function staticReferences(
  inputs: Pick<Inputs, 'references' | 'pipelineArn' | 'eventType'>,
  facts: Pick<WorkflowFacts, 'codeBuildArn'>,
  incidentArn: string,
): EventReference[] {
  const refs: EventReference[] = [...inputs.references];
  if (inputs.pipelineArn) refs.push({ resource: inputs.pipelineArn });
  if (facts.codeBuildArn && isArn(facts.codeBuildArn)) refs.push({ resource: facts.codeBuildArn });
  // A Note shows on the incident's notes panel only when it references the incident itself.
  if (inputs.eventType === 'Note') refs.push({ resource: incidentArn });
  return unique(refs, referenceKey);
}

/** Fails before any write when the references cannot fit the service's limit of 10. */
export function checkReferenceCount(
  inputs: Pick<Inputs, 'references' | 'pipelineArn' | 'eventType' | 'linkCommit'>,
  facts: Pick<WorkflowFacts, 'codeBuildArn' | 'commitUrl'>,
  incidentArn: string,
): void {
  const count =
    staticReferences(inputs, facts, incidentArn).length +
    (inputs.linkCommit && facts.commitUrl ? 1 : 0);
  if (count > MAX_EVENT_REFERENCES) {
    const parts = [`references: ${inputs.references.length}`];
    if (inputs.pipelineArn) parts.push('pipeline-arn: 1');
    if (facts.codeBuildArn) parts.push('CODEBUILD_BUILD_ARN: 1');
    if (inputs.eventType === 'Note') parts.push('the incident itself for a Note: 1');
    if (inputs.linkCommit && facts.commitUrl) parts.push('link-commit: 1');
    throw new InputError(
      'references',
      `the event would have ${count} references (${parts.join(', ')}); the service accepts at most ${MAX_EVENT_REFERENCES}. Remove some, or set link-commit: false.`,
    );
  }
}

export function commitItem(facts: WorkflowFacts): RelatedItem {
  const title = `Commit ${facts.shortSha} of ${facts.repository}`.slice(0, 200);
  return { title, identifier: { type: 'OTHER', value: { url: facts.commitUrl } } };
}

function findByUrl(items: RelatedItem[], url: string): RelatedItem | undefined {
  return items.find((item) => item.identifier?.value?.url === url);
}

/**
 * Makes the commit a related item of the incident (reusing it when its URL is already there) and
 * returns its `generatedId` for the event to reference. Related items are a nicety: when they
 * cannot be read or written the event is still posted, without this reference, and `warn` says why.
 */
export async function linkCommit(
  api: IncidentsApi,
  incidentArn: string,
  facts: WorkflowFacts,
  clientToken: string,
  warn: (message: string) => void,
): Promise<string | undefined> {
  let operation = 'ListRelatedItems';
  try {
    const existing = findByUrl(await api.listRelatedItems(incidentArn), facts.commitUrl);
    if (existing?.generatedId) return existing.generatedId;
    operation = 'UpdateRelatedItems';
    try {
      await api.addRelatedItem(incidentArn, commitItem(facts), clientToken);
    } catch (error) {
      // Someone (a parallel job) added the same URL meanwhile: use theirs.
      if (errorName(error) !== 'ConflictException') throw error;
    }
    // The service assigns the ID and does not return it; read it back.
    operation = 'ListRelatedItems';
    const added = findByUrl(await api.listRelatedItems(incidentArn), facts.commitUrl);
    if (added?.generatedId) return added.generatedId;
    warn(
      `link-commit: the commit was added to ${incidentArn} but has no ID to reference; the event is posted without it.`,
    );
    return undefined;
  } catch (error) {
    const name = errorName(error);
    if (name === 'ResourceNotFoundException' || name === 'AbortError') throw error;
    // explainAwsError names the denied action; link-commit needs both related-item actions.
    const advice = isAccessDenied(error)
      ? ' link-commit needs ssm-incidents:ListRelatedItems and ssm-incidents:UpdateRelatedItems; or set link-commit: false.'
      : '';
    warn(
      `link-commit: could not link the commit to ${incidentArn}; the event is posted without it. ${explainAwsError(error, operation, incidentArn)}${advice}`,
    );
    return undefined;
  }
}
