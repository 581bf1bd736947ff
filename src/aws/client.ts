import { SSMIncidentsClient, type SSMIncidentsClientConfig } from '@aws-sdk/client-ssm-incidents';
import { awsClientConfig, type AwsSettings } from './client-config.js';

export type Credentials = NonNullable<SSMIncidentsClientConfig['credentials']>;
/** Resolved credentials, as opposed to a provider of them. */
export type CredentialIdentity = Exclude<Credentials, (...args: never[]) => unknown>;

/**
 * The Incident Manager endpoint a client of `region` connects to: `endpoint-url`, else the SDK's
 * own endpoint variables (which the emulator's action sets), else the regional endpoint. It
 * decides whether a proxy applies (NO_PROXY).
 */
export function incidentsEndpoint(region: string, endpointUrl: string): string {
  return endpointUrl || `https://ssm-incidents.${region}.amazonaws.com`;
}

/**
 * The Incident Manager client, on the shared configuration. Without `credentials` the SDK's
 * default chain is used (environment, web identity, profiles, instance roles).
 */
export async function createIncidentsClient(
  settings: AwsSettings,
  endpointUrl: string,
  credentials?: Credentials,
): Promise<SSMIncidentsClient> {
  const config = await awsClientConfig(settings, incidentsEndpoint(settings.region, endpointUrl));
  return new SSMIncidentsClient({
    ...config,
    ...(endpointUrl ? { endpoint: endpointUrl } : {}),
    ...(credentials ? { credentials } : {}),
  });
}
