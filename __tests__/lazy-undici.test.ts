/**
 * In the bundle, `undici` is a stand-in (src/bundle/lazy-undici.ts, mapped by
 * scripts/package.mjs): `fetch` is Node's own unless a proxy agent is given, and then the real
 * undici, loaded on that first call, goes through the proxy with a real ProxyAgent. The stand-in is
 * checked here on its own; the bundle's proxy paths are tested in e2e/proxy and e2e/roles.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetch, ProxyAgent } from '../src/bundle/lazy-undici.js';

// The bundler maps this specifier to undici; here it is the real module too.
vi.mock('undici-real', async () => await import('undici'));

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

describe("undici's stand-in", () => {
  let origin: Server;
  let originUrl: string;
  let proxy: Server;
  let proxyUrl: string;
  const tunnels: string[] = [];

  beforeAll(async () => {
    origin = createServer((req, res) => res.end(`hello from ${req.headers.host}`));
    originUrl = await listen(origin);
    // A CONNECT proxy that sends every tunnel to the origin, whatever host it names.
    proxy = createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, socket, head) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(new URL(originUrl).port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    proxyUrl = await listen(proxy);
  });
  afterAll(() => {
    origin?.close();
    proxy?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("uses Node's fetch when no proxy agent is given", async () => {
    const global = vi.spyOn(globalThis, 'fetch');
    const answer = await fetch(originUrl);
    expect(await answer.text()).toMatch(/^hello from 127\.0\.0\.1:/);
    expect(global).toHaveBeenCalledOnce();
  });

  it('goes through the proxy with the real undici and one real agent', async () => {
    const global = vi.spyOn(globalThis, 'fetch');
    tunnels.length = 0;
    const agent = new ProxyAgent(proxyUrl);
    for (let i = 0; i < 2; i++) {
      const answer = await fetch('http://github.test:8080/', { dispatcher: agent as never });
      expect(await answer.text()).toBe('hello from github.test:8080');
    }
    expect(global).not.toHaveBeenCalled();
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set(['github.test:8080']));
    // One real agent for all of the stand-in's calls, so that its connections are reused.
    const undici = await import('undici');
    expect(agent.realAgent(undici)).toBe(agent.realAgent(undici));
  });
});
