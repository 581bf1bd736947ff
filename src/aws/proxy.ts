import type { Agent } from 'node:http';

/**
 * The agents that route the SDK through `HTTPS_PROXY`/`HTTP_PROXY`, honouring `NO_PROXY`. The SDK
 * ignores these variables by itself, which breaks self-hosted runners behind a proxy. The proxy
 * libraries are only loaded when a proxy applies to the endpoint.
 */
export async function proxyAgentFor(
  endpoint: string,
): Promise<{ httpAgent?: Agent; httpsAgent?: Agent; proxy?: string }> {
  const env = process.env;
  const anyProxy =
    env.HTTPS_PROXY ||
    env.https_proxy ||
    env.HTTP_PROXY ||
    env.http_proxy ||
    env.ALL_PROXY ||
    env.all_proxy;
  if (!anyProxy) return {};
  const { getProxyForUrl } = await import(
    /* webpackChunkName: "proxy-from-env" */ 'proxy-from-env'
  );
  const proxy = getProxyForUrl(endpoint);
  if (!proxy) return {};
  if (endpoint.startsWith('https:')) {
    const { HttpsProxyAgent } = await import(
      /* webpackChunkName: "https-proxy-agent" */ 'https-proxy-agent'
    );
    return { httpsAgent: new HttpsProxyAgent(proxy), proxy };
  }
  const { HttpProxyAgent } = await import(
    /* webpackChunkName: "http-proxy-agent" */ 'http-proxy-agent'
  );
  return { httpAgent: new HttpProxyAgent(proxy), proxy };
}

/** The proxy URL without credentials, for logs. */
export function redactProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    if (url.username || url.password) {
      url.username = '***';
      url.password = '';
    }
    return url.toString();
  } catch {
    return '(unparseable proxy URL)';
  }
}
