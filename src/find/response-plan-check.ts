import { AwsCallError } from '../aws/call-error.js';
import type { IncidentsApi } from '../aws/incidents.js';
import { safeMessage } from '../runtime/errors.js';
import type { ResponsePlanRef } from '../parse/arn.js';

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

/** Edit distance, case-insensitive: how far a mistyped name is from each existing one. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(
        Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution),
      );
    }
    previous = current;
  }
  return previous[y.length] as number;
}

/** The existing names closest to `name`, nearest first (at most `count`). */
export function closestNames(name: string, names: readonly string[], count = 3): string[] {
  return [...new Set(names)]
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((entry) => entry.candidate);
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
