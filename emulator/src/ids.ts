import { randomBytes } from 'node:crypto';

/** Incident and event IDs look like UUIDs without RFC 4122 version bits, as the service issues them. */
export function newResourceId(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newRelatedItemId(type: string): string {
  return `related-item/${type}/${randomBytes(16).toString('hex').toUpperCase()}`;
}

/** Incident Manager ARNs are global to the partition: the region field is empty. */
export function responsePlanArn(accountId: string, name: string): string {
  return `arn:aws:ssm-incidents::${accountId}:response-plan/${name}`;
}

export function incidentRecordArn(accountId: string, planName: string, id: string): string {
  return `arn:aws:ssm-incidents::${accountId}:incident-record/${planName}/${id}`;
}

export function principalArn(accountId: string, accessKeyId: string | undefined): string {
  return `arn:aws:iam::${accountId}:user/${accessKeyId ?? 'emulator'}`;
}

export function nowSeconds(): number {
  return Date.now() / 1000;
}
