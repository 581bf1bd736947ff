import { notFound, quotaExceeded, type ResourceType } from '../errors.js';
import type {
  ListTagsForResourceRequest,
  TagResourceRequest,
  UntagResourceRequest,
} from '../model/service-model.generated.js';
import type { Store } from '../store.js';
import type { OperationContext } from './context.js';

/** AWS's tag quota per resource, which TagMap's 50 a call also bounds. */
const MAX_TAGS = 50;

/**
 * The resources that carry tags: response plans (TagResource's documentation), incidents (tagged
 * from their plan's template, listed by ListTagsForResource) and the replication set (tagged at
 * create). An ARN of none of them is a ResourceNotFoundException.
 */
function requireTaggable(store: Store, arn: string): ResourceType {
  if (store.responsePlans.has(arn)) return 'RESPONSE_PLAN';
  if (store.incidents.has(arn)) return 'INCIDENT_RECORD';
  if (store.replicationSet?.arn === arn) return 'REPLICATION_SET';
  const type: ResourceType = arn.includes(':incident-record/')
    ? 'INCIDENT_RECORD'
    : arn.includes(':replication-set/')
      ? 'REPLICATION_SET'
      : 'RESPONSE_PLAN';
  throw notFound(
    type,
    arn,
    `No response plan, incident record or replication set has the ARN ${arn}`,
  );
}

/** Adds or overwrites the given keys; the others stay. */
export function tagResource({ store }: OperationContext, input: TagResourceRequest) {
  const type = requireTaggable(store, input.resourceArn);
  const tags = { ...store.tags.get(input.resourceArn), ...input.tags };
  const count = Object.keys(tags).length;
  if (count > MAX_TAGS) {
    throw quotaExceeded(
      type,
      input.resourceArn,
      'tags-per-resource',
      `A resource has at most ${MAX_TAGS} tags; these would make ${count}`,
    );
  }
  store.setTags(input.resourceArn, tags);
  return undefined;
}

/** Idempotent, as the model marks it: a key the resource does not have is no error. */
export function untagResource({ store }: OperationContext, input: UntagResourceRequest) {
  requireTaggable(store, input.resourceArn);
  const tags = { ...store.tags.get(input.resourceArn) };
  for (const key of input.tagKeys) delete tags[key];
  store.setTags(input.resourceArn, tags);
  return undefined;
}

export function listTagsForResource(
  { store }: OperationContext,
  input: ListTagsForResourceRequest,
) {
  requireTaggable(store, input.resourceArn);
  return { tags: { ...store.tags.get(input.resourceArn) } };
}
