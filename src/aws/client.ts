import { SSMIncidentsClient, type SSMIncidentsClientConfig } from '@aws-sdk/client-ssm-incidents';
import { ACTION_NAME, ACTION_VERSION } from '../version.js';
import { proxyAgentFor, redactProxy } from './proxy.js';
import type { TimeLimits } from './settings.js';

export type Credentials = NonNullable<SSMIncidentsClientConfig['credentials']>;
/** Resolved credentials, as opposed to a provider of them. */
export type CredentialIdentity = Exclude<Credentials, (...args: never[]) => unknown>;

export interface ClientSettings {
  region: string;
  endpointUrl: string;
  maxAttempts: number;
  limits: TimeLimits;
  /** Undefined: the SDK's default chain (environment, web identity, profiles, instance roles). */
  credentials?: Credentials;
  debug: (message: string) => void;
}

/** The one place that builds the Incident Manager client. */
export async function createIncidentsClient(settings: ClientSettings): Promise<SSMIncidentsClient> {
  const endpoint = settings.endpointUrl || `https://ssm-incidents.${settings.region}.amazonaws.com`;
  const agents = await proxyAgentFor(endpoint);
  if (agents.proxy) settings.debug(`Using proxy ${redactProxy(agents.proxy)} for ${endpoint}`);
  return new SSMIncidentsClient({
    region: settings.region,
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    maxAttempts: settings.maxAttempts,
    retryMode: 'standard',
    customUserAgent: `${ACTION_NAME}/${ACTION_VERSION}`,
    requestHandler: {
      connectionTimeout: settings.limits.connectMs,
      requestTimeout: settings.limits.requestMs,
      // Without this the SDK only logs a warning when requestTimeout passes and keeps waiting, so a
      // stuck answer would hold the step until the deadline instead of being retried.
      throwOnRequestTimeout: true,
      ...(agents.httpAgent ? { httpAgent: agents.httpAgent } : {}),
      ...(agents.httpsAgent ? { httpsAgent: agents.httpsAgent } : {}),
    },
  });
}
