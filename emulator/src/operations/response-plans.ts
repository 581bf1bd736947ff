import { conflict, notFound } from '../errors.js';
import { idempotent } from '../idempotency.js';
import { responsePlanArn } from '../ids.js';
import type {
  DeleteResponsePlanInput,
  GetResponsePlanInput,
  ListResponsePlansInput,
  UpdateResponsePlanInput,
} from '../model/service-model.generated.js';
import type { Store } from '../store.js';
import type { IncidentTemplate, ResponsePlan } from '../types.js';
import type { OperationContext } from './context.js';

export function requireResponsePlan(store: Store, arn: string): ResponsePlan {
  const plan = store.responsePlans.get(arn);
  if (!plan) throw notFound('RESPONSE_PLAN', arn);
  return plan;
}

export const createResponsePlan = idempotent(
  'CreateResponsePlan',
  'RESPONSE_PLAN',
  ({ store }, input) => {
    const { clientToken: _token, ...definition } = input;
    const arn = responsePlanArn(store.accountId, input.name);
    if (store.responsePlans.has(arn)) {
      throw conflict('RESPONSE_PLAN', arn, `A response plan named ${input.name} already exists`);
    }
    // Its tags go with the other resources' tags, served by ListTagsForResource.
    store.putResponsePlan({ arn, ...definition });
    return { arn };
  },
  (r) => r.arn,
);

export function getResponsePlan({ store }: OperationContext, input: GetResponsePlanInput) {
  return requireResponsePlan(store, input.arn);
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

/** UpdateResponsePlan's flat members and the template member each one sets. */
const TEMPLATE_MEMBERS = {
  incidentTemplateTitle: 'title',
  incidentTemplateImpact: 'impact',
  incidentTemplateSummary: 'summary',
  incidentTemplateDedupeString: 'dedupeString',
  incidentTemplateNotificationTargets: 'notificationTargets',
} as const satisfies Partial<Record<keyof UpdateResponsePlanInput, keyof IncidentTemplate>>;

const PLAN_MEMBERS = ['displayName', 'engagements', 'actions', 'integrations'] as const;

/**
 * A member given replaces the plan's (a list whole), a member left out keeps it. Documented: the
 * `empty` chat channel removes the plan's channel; an empty `incidentTemplateTags` (the model lets
 * this map be empty, unlike the template's) removes the template's tags.
 */
export const updateResponsePlan = idempotent(
  'UpdateResponsePlan',
  'RESPONSE_PLAN',
  ({ store }, input) => {
    const plan = requireResponsePlan(store, input.arn);
    const template: IncidentTemplate = { ...plan.incidentTemplate };
    for (const [member, field] of Object.entries(TEMPLATE_MEMBERS)) {
      const value = input[member as keyof typeof TEMPLATE_MEMBERS];
      if (value !== undefined) (template as unknown as Record<string, unknown>)[field] = value;
    }
    if (input.incidentTemplateTags !== undefined) {
      if (Object.keys(input.incidentTemplateTags).length > 0)
        template.incidentTags = input.incidentTemplateTags;
      else delete template.incidentTags;
    }
    const updated: ResponsePlan = { ...plan, incidentTemplate: template };
    for (const member of PLAN_MEMBERS) {
      if (input[member] !== undefined)
        (updated as unknown as Record<string, unknown>)[member] = input[member];
    }
    if (input.chatChannel?.empty) delete updated.chatChannel;
    else if (input.chatChannel) updated.chatChannel = input.chatChannel;
    store.responsePlans.set(plan.arn, updated);
    store.touch();
    return undefined;
  },
  (_result, input) => input.arn,
);

/**
 * Idempotent, as the model marks it, and without ResourceNotFoundException among its errors:
 * deleting a plan that is already gone succeeds. Its tags and resource policies go with it; the
 * incidents it started stay (they are records of what happened).
 */
export function deleteResponsePlan({ store }: OperationContext, input: DeleteResponsePlanInput) {
  store.deleteResponsePlan(input.arn);
  return undefined;
}
