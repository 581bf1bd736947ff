/**
 * Stands in for `undici` inside the bundle: scripts/package.mjs maps every import of `undici` to
 * this file. Its importers use it only to go through a proxy: `@actions/http-client` builds a
 * `ProxyAgent` in `getAgentDispatcher`, and `@actions/github` sends every GitHub API call through
 * undici's `fetch` with that agent as its dispatcher, or with none when no proxy applies. undici is
 * about 1 MB of JavaScript to compile; Node's own `fetch` is undici too, already compiled into the
 * Node binary. So: without a proxy, `fetch` is Node's; with one, the real undici is loaded, as a
 * chunk of its own, on the first call, and its `ProxyAgent` made from the options kept here.
 * Serves `fetch` and `ProxyAgent` only: an importer that needs more must get the real module
 * (__tests__/stand-ins.test.ts fails when one does). @actions/core imports @actions/http-client
 * on every run, so this saves every run about a quarter of its CPU time and 10 MB of memory
 * (`npm run bench -- --stand-ins`).
 */
import type * as Undici from 'undici';

// A real module specifier that the bundler maps to the real file (see scripts/package.mjs).
const load = (): Promise<typeof Undici> => import(/* webpackChunkName: "undici" */ 'undici-real');

type ProxyAgentOptions = ConstructorParameters<typeof Undici.ProxyAgent>;

/** Keeps the options until a request needs the real agent, then makes it once. */
export class ProxyAgent {
  private readonly options: ProxyAgentOptions;
  private real: Undici.ProxyAgent | undefined;

  constructor(...options: ProxyAgentOptions) {
    this.options = options;
  }

  /** The real agent, from the loaded module. */
  realAgent(undici: typeof Undici): Undici.ProxyAgent {
    this.real ??= new undici.ProxyAgent(...this.options);
    return this.real;
  }
}

type FetchInit = NonNullable<Parameters<typeof Undici.fetch>[1]>;

type FetchResult = ReturnType<typeof Undici.fetch>;

export async function fetch(
  input: Parameters<typeof Undici.fetch>[0],
  init?: FetchInit,
): FetchResult {
  const dispatcher = init?.dispatcher;
  if (!dispatcher) {
    type GlobalFetch = typeof globalThis.fetch;
    return globalThis.fetch(
      input as Parameters<GlobalFetch>[0],
      init as Parameters<GlobalFetch>[1],
    ) as unknown as FetchResult;
  }
  const undici = await load();
  const real = dispatcher instanceof ProxyAgent ? dispatcher.realAgent(undici) : dispatcher;
  return undici.fetch(input, { ...init, dispatcher: real });
}
