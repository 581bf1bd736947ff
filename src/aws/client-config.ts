import type { Readable } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Deadline, TimeLimits } from '../runtime/deadline.js';
import { ACTION_NAME, ACTION_VERSION } from '../runtime/version.js';
import { proxyAgentFor, redactProxy } from './proxy.js';
import { DeadlineRetryStrategy } from './retry.js';
import { SafeError } from '../runtime/errors.js';

export interface AwsSettings {
  region: string;
  maxAttempts: number;
  limits: TimeLimits;
  deadline: Deadline;
  debug: (message: string) => void;
}

/**
 * The configuration every AWS client of the action is built with, Incident Manager and STS alike:
 * region, retries, user agent, proxy, time limits and the run's deadline. `endpoint` is where the
 * client will connect, which decides whether a proxy applies (NO_PROXY).
 */
export async function awsClientConfig(settings: AwsSettings, endpoint: string) {
  const agents = await proxyAgentFor(endpoint);
  if (agents.proxy) settings.debug(`Using proxy ${redactProxy(agents.proxy)} for ${endpoint}`);
  const inner = new NodeHttpHandler({
    connectionTimeout: settings.limits.connectMs,
    // The socket's idle limit; BoundedHandler below bounds the attempt as a whole.
    requestTimeout: settings.limits.attemptMs,
    // Without this the SDK only logs a warning when requestTimeout passes and keeps waiting.
    throwOnRequestTimeout: true,
    ...(agents.httpAgent ? { httpAgent: agents.httpAgent } : {}),
    ...(agents.httpsAgent ? { httpsAgent: agents.httpsAgent } : {}),
  });
  return {
    region: settings.region,
    maxAttempts: settings.maxAttempts,
    // Throttling until the deadline, max-attempts for 5xx, timeouts and dropped connections, with
    // the SDK's jittered backoff (see retry.ts). Not the SDK's adaptive mode: its client-side rate
    // limiter, made for long-lived clients, spends most of a short run waiting (ten targets with
    // every fourth call throttled: 22 s instead of 2.2 s, for the same 54 requests).
    retryStrategy: new DeadlineRetryStrategy(settings.maxAttempts, settings.deadline),
    customUserAgent: `${ACTION_NAME}/${ACTION_VERSION}`,
    requestHandler: new BoundedHandler(
      inner,
      settings.limits.attemptMs,
      settings.deadline,
      agents.proxy,
    ),
  } as const;
}

type Handle = NodeHttpHandler['handle'];
type HandlerRequest = Parameters<Handle>[0];
type HandlerOptions = NonNullable<Parameters<Handle>[1]>;
type HandlerOutput = Awaited<ReturnType<Handle>>;

/**
 * The proxy refused the request: 407, authentication required. https-proxy-agent hands a refused
 * CONNECT back as the answer itself, which the SDK would report as an unknown error of the service.
 */
export class ProxyRefusedError extends SafeError {
  override name = 'ProxyRefusedError';
  constructor(readonly proxy: string) {
    super(`the proxy ${redactProxy(proxy)} refused the request: 407 Proxy Authentication Required`);
  }
}

/**
 * The calls (by the abort signal each was sent with) of which some attempt may have reached the
 * service: the SDK hands only the last attempt's error back, and an earlier attempt whose answer
 * was lost may have written even when the last one never left.
 */
const reachedService = new WeakSet<AbortSignal>();

/** Failures that prove the attempt never left: no connection, name or TLS session was made. */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Whether a failed attempt proves that its request never reached the service. The SDK's handler
 * names a connection that was never made by its code (refused, DNS, TLS), and its connect
 * timeout by its message (a TimeoutError like the one for an answer that did not come).
 */
export function neverSent(error: unknown): boolean {
  const e = (error !== null && typeof error === 'object' ? error : {}) as {
    code?: string;
    message?: string;
  };
  if (e.code && NEVER_SENT.has(e.code)) return true;
  return typeof e.message === 'string' && e.message.includes('did not establish a connection');
}

/**
 * True when an attempt of the call sent with `signal` may have reached the service and its answer
 * did not come back whole (dropped, timed out, cancelled) or was a 5xx: the call's outcome is
 * unknown. False when every attempt failed before it left, or was answered.
 */
export function mayHaveReachedService(signal: AbortSignal): boolean {
  return reachedService.has(signal);
}

/** An attempt that took longer than its limit; the SDK retries a `TimeoutError`. */
function attemptTimeout(ms: number): Error {
  return Object.assign(new Error(`no complete answer within ${ms} ms`), { name: 'TimeoutError' });
}

/**
 * Bounds each attempt in total time, the body included, and ties it to the run's deadline even
 * when the caller passed no signal (the credential providers' STS client does not). The SDK's
 * `requestTimeout` only fires on an idle socket, and its response body is read after the handler
 * returns, so a server that sends a byte every few seconds would hold one attempt for the whole
 * run: here the body is read to its end inside the bound, and handed on as bytes.
 */
export class BoundedHandler {
  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly attemptMs: number,
    private readonly deadline: Deadline,
    /** The proxy the requests go through, if any: a 407 answer is its refusal. */
    private readonly proxy?: string,
  ) {}

  async handle(request: HandlerRequest, options: HandlerOptions = {}): Promise<HandlerOutput> {
    const attempt = new AbortController();
    const timer = setTimeout(() => attempt.abort(attemptTimeout(this.attemptMs)), this.attemptMs);
    const signals = [attempt.signal, this.deadline.signal];
    if (options.abortSignal instanceof AbortSignal) signals.push(options.abortSignal);
    const signal = AbortSignal.any(signals);
    const caller = options.abortSignal instanceof AbortSignal ? options.abortSignal : undefined;
    try {
      const { response } = await this.inner.handle(request, { ...options, abortSignal: signal });
      if (caller && response.statusCode >= 500) reachedService.add(caller);
      if (this.proxy && response.statusCode === 407) {
        (response.body as Readable | undefined)?.destroy?.();
        throw new ProxyRefusedError(this.proxy);
      }
      response.body = await readAll(response.body as Readable | undefined, signal);
      return { response };
    } catch (error) {
      if (caller && !(error instanceof ProxyRefusedError) && !neverSent(error)) {
        reachedService.add(caller);
      }
      // Our own limit, not the caller's: a timeout the SDK retries, not a cancellation it obeys.
      if (attempt.signal.aborted && !this.deadline.expired && !options.abortSignal?.aborted) {
        throw attemptTimeout(this.attemptMs);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs() {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}

async function readAll(body: Readable | undefined, signal: AbortSignal): Promise<Uint8Array> {
  if (!body || typeof body[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const stop = () => body.destroy(signal.reason instanceof Error ? signal.reason : undefined);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
