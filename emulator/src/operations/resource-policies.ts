import { notFound } from '../errors.js';
import { newResourceId } from '../ids.js';
import type {
  DeleteResourcePolicyInput,
  GetResourcePoliciesInput,
  PutResourcePolicyInput,
} from '../model/service-model.generated.js';
import type { StoredPolicy } from '../store.js';
import { constraintError, isPlainObject } from '../validation.js';
import type { OperationContext } from './context.js';
import { requireResponsePlan } from './response-plans.js';

/** An IAM policy is a JSON document; RAM could not share a plan with anything else. */
function checkPolicyDocument(policy: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    parsed = undefined;
  }
  if (!isPlainObject(parsed))
    throw constraintError('policy', policy, 'Member must be a JSON policy document (an object)');
}

/**
 * Adds a policy to a response plan (each call adds one, with its own ID). The policy allows the
 * plan's use in the region the call was made in, which the answer reports as
 * `ramResourceShareRegion`.
 */
export function putResourcePolicy(context: OperationContext, input: PutResourcePolicyInput) {
  const { store } = context;
  requireResponsePlan(store, input.resourceArn);
  checkPolicyDocument(input.policy);
  const policyId = newResourceId();
  const stored: StoredPolicy = {
    policy: {
      policyId,
      policyDocument: input.policy,
      ramResourceShareRegion: context.region || context.homeRegion,
    },
    seq: store.nextSeq(),
  };
  store.resourcePolicies.set(input.resourceArn, [
    ...(store.resourcePolicies.get(input.resourceArn) ?? []),
    stored,
  ]);
  store.touch();
  return { policyId };
}

export function getResourcePolicies(
  { store, paginator }: OperationContext,
  input: GetResourcePoliciesInput,
) {
  requireResponsePlan(store, input.resourceArn);
  const policies = store.resourcePolicies.get(input.resourceArn) ?? [];
  const page = paginator.page('GetResourcePolicies', input, policies, (stored) => [stored.seq]);
  return {
    resourcePolicies: page.items.map((stored) => stored.policy),
    nextToken: page.nextToken,
  };
}

export function deleteResourcePolicy(
  { store }: OperationContext,
  input: DeleteResourcePolicyInput,
) {
  requireResponsePlan(store, input.resourceArn);
  const policies = store.resourcePolicies.get(input.resourceArn) ?? [];
  const kept = policies.filter((stored) => stored.policy.policyId !== input.policyId);
  if (kept.length === policies.length) {
    throw notFound(
      'RESOURCE_POLICY',
      input.policyId,
      `Response plan ${input.resourceArn} has no resource policy ${input.policyId}`,
    );
  }
  if (kept.length > 0) store.resourcePolicies.set(input.resourceArn, kept);
  else store.resourcePolicies.delete(input.resourceArn);
  store.touch();
  return {};
}
