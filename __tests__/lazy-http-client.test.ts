/**
 * In the bundle, `@actions/http-client` is a stand-in (src/bundle/lazy-http-client.ts, mapped by
 * scripts/package.mjs) that loads the real client on the first request. Checked here on its own:
 * the OIDC token request through the bundle is in e2e/roles.test.ts.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BearerCredentialHandler,
  HttpClient,
  loadHttpClient,
} from '../src/bundle/lazy-http-client.js';

// The bundler maps these specifiers to @actions/http-client; here they are the real module too.
vi.mock('actions-http-client-real', async () => await import('@actions/http-client'));
vi.mock('actions-http-client-real/auth', async () => await import('@actions/http-client/lib/auth'));

describe("@actions/http-client's stand-in", () => {
  let server: Server;
  let url: string;
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: 'token' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  });
  afterAll(() => server?.close());
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("makes @actions/core's OIDC request with the real client, its bearer token and user agent", async () => {
    const client = new HttpClient('actions/oidc-client', [new BearerCredentialHandler('secret')]);
    const answer = await client.getJson<{ value: string }>(url);
    expect(answer).toMatchObject({ statusCode: 200, result: { value: 'token' } });
    expect(seen.at(-1)).toMatchObject({
      authorization: 'Bearer secret',
      'user-agent': expect.stringContaining('actions/oidc-client'),
    });
  });

  it("serves @actions/github's proxy agents from the real client, once it is loaded", async () => {
    vi.stubEnv('https_proxy', '');
    vi.stubEnv('HTTPS_PROXY', 'http://127.0.0.1:9');
    vi.stubEnv('no_proxy', '');
    vi.stubEnv('NO_PROXY', '');
    const client = new HttpClient('octokit');
    expect(() => client.getAgentDispatcher('https://api.github.com')).toThrow(/loadHttpClient/);
    await loadHttpClient();
    const { ProxyAgent } = await import('undici');
    expect(client.getAgentDispatcher('https://api.github.com')).toBeInstanceOf(ProxyAgent);
    expect(client.getAgent('https://api.github.com')).toBeDefined();
  });
});
