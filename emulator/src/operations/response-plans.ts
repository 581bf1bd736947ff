import { conflict, notFound } from '../errors.js';
import { idempotent } from '../idempotency.js';
import { responsePlanArn } from '../ids.js';
import type {
  GetResponsePlanInput,
  ListResponsePlansInput,
} from '../model/service-model.generated.js';
import type { OperationContext } from './context.js';

export const createResponsePlan = idempotent(
  'CreateResponsePlan',
  'RESPONSE_PLAN',
  ({ store }, input) => {
    const { clientToken: _token, ...definition } = input;
    const arn = responsePlanArn(store.accountId, input.name);
    if (store.responsePlans.has(arn)) {
      throw conflict('RESPONSE_PLAN', arn, `A response plan named ${input.name} already exists`);
    }
    store.putResponsePlan({ arn, ...definition });
    return { arn };
  },
  (r) => r.arn,
);

export function getResponsePlan({ store }: OperationContext, input: GetResponsePlanInput) {
  const plan = store.responsePlans.get(input.arn);
  if (!plan) throw notFound('RESPONSE_PLAN', input.arn);
  // Tags are not part of GetResponsePlan's output; the service serves them via ListTagsForResource.
  const { tags: _tags, ...shown } = plan;
  return shown;
}

export function listResponsePlans(
  { store, paginator }: OperationContext,
  input: ListResponsePlansInput,
) {
  const plans = [...store.responsePlans.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const page = paginator.page('ListResponsePlans', input, plans, (plan) => [plan.name]);
  return {
    responsePlanSummaries: page.items.map(({ arn, name, displayName }) => ({
      arn,
      name,
      displayName,
    })),
    nextToken: page.nextToken,
  };
}
