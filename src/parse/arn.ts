import { InputError, quoteInput } from '../runtime/errors.js';

/** The service model's pattern for any ARN it accepts, with its 1,000-character limit. */
const ANY_ARN = /^arn:aws(-cn|-us-gov)?:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12})?:.+$/;
const MAX_ARN_LENGTH = 1000;

const INCIDENT_ARN =
  /^arn:(aws(?:-cn|-us-gov)?):ssm-incidents::(\d{12}):incident-record\/([A-Za-z0-9_-]{1,200})\/([A-Za-z0-9_-]{1,128})$/;
const RESPONSE_PLAN_ARN =
  /^arn:(aws(?:-cn|-us-gov)?):ssm-incidents::(\d{12}):response-plan\/([A-Za-z0-9_-]{1,200})$/;
const RESPONSE_PLAN_NAME = /^[A-Za-z0-9_-]{1,200}$/;
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export interface IncidentArn {
  arn: string;
  partition: string;
  accountId: string;
  responsePlan: string;
  id: string;
}

export interface ResponsePlanRef {
  /** `*` with `any`: every response plan. */
  name: string;
  any?: true;
  /** Set when the input was an ARN: incidents of a same-named plan in another account do not match. */
  accountId?: string;
}

export function isArn(value: string): boolean {
  return value.length <= MAX_ARN_LENGTH && ANY_ARN.test(value);
}

/** Splits an incident record ARN; undefined when the text is not one. */
export function matchIncidentArn(value: string): IncidentArn | undefined {
  const m = INCIDENT_ARN.exec(value);
  if (!m) return undefined;
  const [, partition, accountId, responsePlan, id] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { arn: value, partition, accountId, responsePlan, id };
}

export function parseIncidentArn(input: string, value: string): IncidentArn {
  const v = value.trim();
  const parsed = matchIncidentArn(v);
  if (parsed) return parsed;
  let why = 'it is not an ARN';
  if (RESPONSE_PLAN_ARN.test(v)) why = 'that is a response plan ARN, not an incident record ARN';
  else if (/^arn:[^:]*:ssm-incidents:[^:]+:/.test(v))
    why = 'incident record ARNs have an empty region field (ssm-incidents::<account>)';
  else if (/^arn:[^:]*:ssm-incidents:/.test(v)) why = 'it is not an incident record ARN';
  else if (/^arn:[^:]*:[^:]+:/.test(v))
    why = `it is an ARN of service ${quoteInput(v.split(':')[2] ?? '')}, not ssm-incidents`;
  throw new InputError(
    input,
    `${quoteInput(v)} is not accepted (${why}); use an incident record ARN such as arn:aws:ssm-incidents::111122223333:incident-record/<response-plan>/<id>.`,
  );
}

export function parseResponsePlan(input: string, value: string): ResponsePlanRef {
  const v = value.trim();
  if (v === '*') return { name: '*', any: true };
  const arn = RESPONSE_PLAN_ARN.exec(v);
  if (arn) return { name: arn[3] as string, accountId: arn[2] as string };
  if (RESPONSE_PLAN_NAME.test(v)) return { name: v };
  throw new InputError(
    input,
    `${quoteInput(v)} is not accepted; use a response plan name (letters, digits, - and _), a response plan ARN such as arn:aws:ssm-incidents::111122223333:response-plan/<name>, or '*' for any plan.`,
  );
}

export function parseAnyArn(input: string, value: string): string {
  const v = value.trim();
  if (!isArn(v)) {
    throw new InputError(
      input,
      `${quoteInput(v)} is not accepted; use an ARN such as arn:aws:codepipeline:us-east-1:111122223333:my-pipeline.`,
    );
  }
  return v;
}

export function parseRoleArn(input: string, value: string): string {
  const v = value.trim();
  if (!ROLE_ARN.test(v)) {
    throw new InputError(
      input,
      `${quoteInput(v)} is not accepted; use an IAM role ARN such as arn:aws:iam::111122223333:role/deploy-markers.`,
    );
  }
  return v;
}

export function responsePlanMatches(plan: ResponsePlanRef, incident: IncidentArn): boolean {
  if (plan.any) return true;
  return (
    plan.name === incident.responsePlan &&
    (plan.accountId === undefined || plan.accountId === incident.accountId)
  );
}

/**
 * The AWS console's host in each partition (AWS documents each: the standard console, AWS China's
 * and AWS GovCloud (US)'s). Other partitions have consoles of their own that are not public.
 */
const CONSOLE_HOSTS = new Map([
  ['aws', 'console.aws.amazon.com'],
  ['aws-cn', 'console.amazonaws.cn'],
  ['aws-us-gov', 'console.amazonaws-us-gov.com'],
]);

/** The AWS console's host in a partition with a public console, else undefined. */
export function consoleHostOf(partition: string): string | undefined {
  return CONSOLE_HOSTS.get(partition);
}
