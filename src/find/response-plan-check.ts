import { AwsCallError } from '../aws/call-error.js';
import type { IncidentsApi } from '../aws/incidents.js';
import { safeMessage } from '../runtime/errors.js';
import type { ResponsePlanRef } from '../parse/arn.js';
import { closestNames } from '../parse/closest.js';

/**
 * What a search by `response-plan` that found nothing learns from ListResponsePlans: a mistyped
 * plan (`checkout_api` for `checkout-api`) must not look like "no incident open".
 */
export type PlanCheck =
  | { kind: 'exists' }
  /** `searchedAccount`: the account whose plans were listed, when their ARNs say it. */
  | { kind: 'missing'; closest: string[]; searchedAccount?: string }
  | { kind: 'unchecked'; why: string };

const ACCOUNT_ID = /^\d{12}$/;

function accountOf(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && ACCOUNT_ID.test(account) ? account : undefined;
}

/** Whether the plan exists: by name, and by account too when it was given as an ARN. */
export async function checkResponsePlan(
  api: IncidentsApi,
  plan: ResponsePlanRef,
): Promise<PlanCheck> {
  if (plan.any) return { kind: 'exists' };
  try {
    const plans = await api.responsePlans();
    const found = plans.some(
      (p) => p.name === plan.name && (!plan.accountId || accountOf(p.arn) === plan.accountId),
    );
    if (found) return { kind: 'exists' };
    const searchedAccount = plans.map((p) => accountOf(p.arn)).find((a) => a !== undefined);
    return {
      kind: 'missing',
      closest: closestNames(
        plan.name,
        plans.map((p) => p.name),
      ),
      ...(searchedAccount ? { searchedAccount } : {}),
    };
  } catch (error) {
    const denied = error instanceof AwsCallError && error.isAccessDenied;
    const why = safeMessage(error);
    return {
      kind: 'unchecked',
      why: denied
        ? `allow ssm-incidents:ListResponsePlans to have it checked (${why})`
        : `ssm-incidents:ListResponsePlans failed: ${why}`,
    };
  }
}
