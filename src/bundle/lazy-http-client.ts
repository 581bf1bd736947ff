/**
 * Stands in for `@actions/http-client` inside the bundle: scripts/package.mjs maps every import of
 * `@actions/http-client` (and its `lib/auth`) to this file, and `@actions/core` is the module that
 * makes one. It imports that client at load time only for `getIDToken`, and loading the client
 * (with its proxy tunnel, and undici's stand-in) at start-up costs every run a few milliseconds.
 * This stand-in keeps the two classes `@actions/core` touches (`HttpClient.getJson`,
 * `BearerCredentialHandler`) and loads the real client, as a separate chunk, on the first request,
 * which only a `role-to-assume` run with OIDC makes. `@actions/github`, loaded only to read a
 * commit's subject, asks for proxy agents synchronously when it is imported (`getAgent`,
 * `getAgentDispatcher`): its loader calls `loadHttpClient()` first, and those two calls then go to
 * the real client.
 */
import type { HttpClient as RealHttpClient } from '@actions/http-client';
import type { RequestOptions } from '@actions/http-client/lib/interfaces';

type Headers = Parameters<RealHttpClient['getJson']>[1];
type RealModule = typeof import('@actions/http-client');

let real: RealModule | undefined;

/** Loads the real client, so that the synchronous calls below can be served. */
export async function loadHttpClient(): Promise<void> {
  // A real module specifier that the bundler maps to the real file (see scripts/package.mjs).
  real ??= (await import(
    /* webpackChunkName: "http-client-real" */ 'actions-http-client-real'
  )) as RealModule;
}

function loaded(): RealModule {
  if (!real) throw new Error('@actions/http-client is used before loadHttpClient()');
  return real;
}

/** Holds the token until the real handler is built. */
export class BearerCredentialHandler {
  constructor(readonly token: string) {}
}

export class HttpClient {
  constructor(
    private readonly userAgent: string | undefined,
    private readonly handlers: BearerCredentialHandler[] = [],
    private readonly requestOptions?: RequestOptions,
  ) {}

  /** The proxy agent for a URL (undefined without a proxy): the real client's, once loaded. */
  getAgent(serverUrl: string): ReturnType<RealHttpClient['getAgent']> {
    return new (loaded().HttpClient)(this.userAgent, [], this.requestOptions).getAgent(serverUrl);
  }

  getAgentDispatcher(serverUrl: string): ReturnType<RealHttpClient['getAgentDispatcher']> {
    return new (loaded().HttpClient)(this.userAgent, [], this.requestOptions).getAgentDispatcher(
      serverUrl,
    );
  }

  async getJson<T>(requestUrl: string, additionalHeaders?: Headers) {
    // Real module specifiers that the bundler maps to the real files (see scripts/package.mjs).
    const [client, auth] = await Promise.all([
      import(/* webpackChunkName: "http-client-real" */ 'actions-http-client-real'),
      import(/* webpackChunkName: "http-client-real" */ 'actions-http-client-real/auth'),
    ]);
    const handlers = this.handlers.map(
      (handler) => new auth.BearerCredentialHandler(handler.token),
    );
    const real = new client.HttpClient(this.userAgent, handlers, this.requestOptions);
    return real.getJson<T>(requestUrl, additionalHeaders);
  }
}
