import { vi } from 'vitest';

/** The variables proxy-from-env reads, in both cases. */
export const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
];

/** Clears the host's proxy settings for this test (`vi.unstubAllEnvs()` puts them back). */
export function withoutProxy(): void {
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
}
