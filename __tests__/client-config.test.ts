/**
 * Units of the one AWS client configuration (aws/client-config, aws/client, aws/proxy): the
 * endpoint, the proxy agents and how a proxy is named in logs, the settings every client gets, and
 * the handler that bounds each attempt. Through a real proxy and the bundle: e2e/proxy.test.ts; against
 * servers that stall: time-limits.test.ts.
 */
import { Readable } from 'node:stream';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIncidentsClient, incidentsEndpoint } from '../src/aws/client.js';
import { readRunEnvironment } from '../src/read/run-environment.js';
import {
  awsClientConfig,
  BoundedHandler,
  mayHaveReachedService,
  neverSent,
  ProxyRefusedError,
  type AwsSettings,
} from '../src/aws/client-config.js';
import { proxyAgentFor, redactProxy } from '../src/aws/proxy.js';
import { Deadline } from '../src/runtime/deadline.js';
import { DeadlineRetryStrategy } from '../src/aws/retry.js';
import { withoutProxy } from './proxy-env.js';

/** The options each NodeHttpHandler was built with: what the SDK's handler is told. */
const handlerOptions = vi.hoisted(() => [] as Array<Record<string, unknown>>);
vi.mock('@smithy/node-http-handler', async (importOriginal) => {
  const real = await importOriginal<typeof import('@smithy/node-http-handler')>();
  class RecordingHandler extends real.NodeHttpHandler {
    constructor(options?: Record<string, unknown>) {
      super(options);
      handlerOptions.push(options ?? {});
    }
  }
  return { ...real, NodeHttpHandler: RecordingHandler };
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('incidentsEndpoint', () => {
  it('is the endpoint given (endpoint-url, or the SDK variable), else the regional endpoint', () => {
    expect(incidentsEndpoint('eu-west-1', 'http://given.local')).toBe('http://given.local');
    expect(incidentsEndpoint('eu-west-1', '')).toBe(
      'https://ssm-incidents.eu-west-1.amazonaws.com',
    );
  });
});

describe('the run environment, read once', () => {
  it('takes the SDK endpoint variables, the summary file and OIDC from the environment', () => {
    const read = readRunEnvironment({
      AWS_ENDPOINT_URL_SSM_INCIDENTS: 'http://incidents.local',
      AWS_ENDPOINT_URL: 'http://all.local',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
      GITHUB_STEP_SUMMARY: '/tmp/s.md',
      INCIDENT_TIMELINE_PARALLEL_TARGETS: '3',
    });
    expect(read).toMatchObject({
      incidentsEndpoint: 'http://incidents.local',
      stsEndpoint: 'http://all.local',
      oidcAvailable: true,
      summaryFile: '/tmp/s.md',
      parallelTargets: 3,
    });
    expect(readRunEnvironment({ ACTIONS_ID_TOKEN_REQUEST_URL: 'x' }).oidcAvailable).toBe(false);
    expect(readRunEnvironment({})).toMatchObject({
      incidentsEndpoint: '',
      stsEndpoint: '',
      summaryFile: '',
    });
  });
});

describe('redactProxy', () => {
  it('hides the user and the password', () => {
    expect(redactProxy('http://user:secret@proxy.local:3128')).toBe('http://***@proxy.local:3128/');
    expect(redactProxy('http://:secret@proxy.local:3128')).toBe('http://***@proxy.local:3128/');
    expect(redactProxy('http://user@proxy.local:3128')).toBe('http://***@proxy.local:3128/');
  });

  it('keeps a proxy without credentials as it is', () => {
    expect(redactProxy('http://proxy.local:3128')).toBe('http://proxy.local:3128/');
  });

  it('never prints what it cannot parse', () => {
    expect(redactProxy('http://[proxy')).toBe('(unparseable proxy URL)');
  });
});

describe('proxyAgentFor', () => {
  it('gives no agent without a proxy variable', async () => {
    withoutProxy();
    expect(await proxyAgentFor('https://ssm-incidents.eu-west-1.amazonaws.com')).toEqual({});
  });

  it.each(['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy'])(
    'routes an https endpoint through %s',
    async (name) => {
      withoutProxy();
      vi.stubEnv(name, 'http://proxy.local:3128');
      const agents = await proxyAgentFor('https://ssm-incidents.eu-west-1.amazonaws.com');
      expect(agents.proxy).toBe('http://proxy.local:3128');
      expect(agents.httpsAgent?.constructor.name).toBe('HttpsProxyAgent');
      expect(agents.httpAgent).toBeUndefined();
    },
  );

  it.each(['HTTP_PROXY', 'http_proxy'])('routes an http endpoint through %s', async (name) => {
    withoutProxy();
    vi.stubEnv(name, 'http://proxy.local:3128');
    const agents = await proxyAgentFor('http://incidents.local:4566');
    expect(agents.proxy).toBe('http://proxy.local:3128');
    expect(agents.httpAgent?.constructor.name).toBe('HttpProxyAgent');
    expect(agents.httpsAgent).toBeUndefined();
  });

  it('gives no agent for an endpoint in NO_PROXY', async () => {
    withoutProxy();
    vi.stubEnv('HTTPS_PROXY', 'http://proxy.local:3128');
    vi.stubEnv('NO_PROXY', '.amazonaws.com');
    expect(await proxyAgentFor('https://ssm-incidents.eu-west-1.amazonaws.com')).toEqual({});
  });
});

const settings = (debug: (message: string) => void = () => undefined): AwsSettings => ({
  region: 'eu-west-1',
  maxAttempts: 4,
  limits: { connectMs: 1_000, attemptMs: 2_000, deadlineMs: 60_000 },
  deadline: new Deadline(60_000),
  debug,
});

describe('awsClientConfig', () => {
  it('sets the region, the retries, the user agent and the bounded handler', async () => {
    withoutProxy();
    const debug = vi.fn();
    const config = await awsClientConfig(settings(debug), 'https://x.amazonaws.com');
    expect(config).toMatchObject({
      region: 'eu-west-1',
      maxAttempts: 4,
      retryStrategy: expect.any(DeadlineRetryStrategy),
      customUserAgent: 'incident-timeline-action/1.0.0',
    });
    expect(config.requestHandler).toBeInstanceOf(BoundedHandler);
    expect(handlerOptions.at(-1)).toEqual({
      connectionTimeout: 1_000,
      requestTimeout: 2_000,
      throwOnRequestTimeout: true,
    });
    expect(debug).not.toHaveBeenCalled();
    config.requestHandler.destroy();
  });

  it('names the proxy it uses, without its password', async () => {
    withoutProxy();
    vi.stubEnv('HTTPS_PROXY', 'http://user:secret@proxy.local:3128');
    const debug = vi.fn();
    const config = await awsClientConfig(settings(debug), 'https://x.amazonaws.com');
    expect(debug).toHaveBeenCalledWith(
      'Using proxy http://***@proxy.local:3128/ for https://x.amazonaws.com',
    );
    expect(Object.keys(handlerOptions.at(-1) ?? {})).toEqual([
      'connectionTimeout',
      'requestTimeout',
      'throwOnRequestTimeout',
      'httpsAgent',
    ]);
    expect(handlerOptions.at(-1)?.httpsAgent?.constructor.name).toBe('HttpsProxyAgent');
    config.requestHandler.destroy();
  });

  it('gives an http endpoint the http agent', async () => {
    withoutProxy();
    vi.stubEnv('HTTP_PROXY', 'http://proxy.local:3128');
    const config = await awsClientConfig(settings(), 'http://incidents.local:4566');
    expect(Object.keys(handlerOptions.at(-1) ?? {})).toContain('httpAgent');
    expect(Object.keys(handlerOptions.at(-1) ?? {})).not.toContain('httpsAgent');
    config.requestHandler.destroy();
  });

  it('builds the Incident Manager client on it, with endpoint-url', async () => {
    withoutProxy();
    const client = await createIncidentsClient(settings(), 'http://incidents.local:4566');
    expect(await client.config.region()).toBe('eu-west-1');
    const endpoint = await client.config.endpoint?.();
    expect(endpoint?.hostname).toBe('incidents.local');
    expect(endpoint?.port).toBe(4566);
    expect(client.config.requestHandler).toBeInstanceOf(BoundedHandler);
    client.destroy();
  });
});

type InnerHandle = (
  request: unknown,
  options: { abortSignal?: AbortSignal },
) => Promise<{ response: { statusCode: number; body?: unknown; headers: object } }>;

function innerHandler(handle: InnerHandle) {
  const inner = {
    handle: vi.fn(handle),
    updateHttpClientConfig: vi.fn(),
    httpHandlerConfigs: vi.fn(() => ({ requestTimeout: 7 })),
    destroy: vi.fn(),
  };
  return { inner, handler: inner as unknown as NodeHttpHandler };
}

/** Waits for the signal the handler passed on, then fails as the SDK does when it aborts. */
const untilAborted: InnerHandle = (_request, { abortSignal }) =>
  new Promise((_, reject) => {
    abortSignal?.addEventListener('abort', () =>
      reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
    );
  });

const request = {} as Parameters<BoundedHandler['handle']>[0];

describe('BoundedHandler', () => {
  /** One attempt failing as `fail` says, for a call sent with its own signal. */
  async function attempt(fail: () => Promise<never>): Promise<boolean> {
    const { handler } = innerHandler(fail);
    const call = new AbortController().signal;
    await new BoundedHandler(handler, 1_000, new Deadline(60_000))
      .handle(request, { abortSignal: call })
      .catch(() => undefined);
    return mayHaveReachedService(call);
  }
  const failing = (fields: object) => () =>
    Promise.reject(Object.assign(new Error('failed'), fields));

  it.each([
    ['a refused connection', { code: 'ECONNREFUSED' }],
    ['a name that does not resolve', { code: 'ENOTFOUND' }],
    ['a bad certificate', { code: 'CERT_HAS_EXPIRED' }],
    [
      "the SDK's connect timeout",
      {
        name: 'TimeoutError',
        message:
          '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 5000 ms.',
      },
    ],
  ])('marks a call whose attempt never left (%s) as not sent', async (_, fields) => {
    expect(neverSent(Object.assign(new Error('x'), fields))).toBe(true);
    expect(await attempt(failing(fields))).toBe(false);
  });

  it.each([
    ['a dropped connection', { code: 'ECONNRESET' }],
    ['an answer that did not come in time', { name: 'TimeoutError', code: 'ETIMEDOUT' }],
    ['a cancel', { name: 'AbortError' }],
  ])('marks a call whose attempt may have reached the service (%s)', async (_, fields) => {
    expect(await attempt(failing(fields))).toBe(true);
  });

  it('marks a call answered 5xx, and not one answered 4xx', async () => {
    const answered = (statusCode: number) => async () =>
      Promise.resolve({ response: { statusCode, headers: {} } }) as never;
    expect(await attempt(answered(503))).toBe(true);
    expect(await attempt(answered(400))).toBe(false);
  });

  it('reads the whole body inside the bound and hands it on as bytes', async () => {
    const { handler } = innerHandler(async () => ({
      response: {
        statusCode: 200,
        headers: {},
        body: Readable.from([Buffer.from('ab'), Buffer.from('c')]),
      },
    }));
    const { response } = await new BoundedHandler(handler, 1_000, new Deadline(60_000)).handle(
      request,
    );
    expect(Buffer.from(response.body as Uint8Array).toString()).toBe('abc');
  });

  it('hands on an empty body for an answer without one', async () => {
    const { handler } = innerHandler(async () => ({ response: { statusCode: 204, headers: {} } }));
    const { response } = await new BoundedHandler(handler, 1_000, new Deadline(60_000)).handle(
      request,
    );
    expect(response.body).toEqual(new Uint8Array());
  });

  it("turns a proxy's 407 into its refusal, and leaves a 407 without a proxy alone", async () => {
    const body = Readable.from([Buffer.from('denied')]);
    const { handler } = innerHandler(async () => ({
      response: { statusCode: 407, headers: {}, body },
    }));
    const error = await new BoundedHandler(
      handler,
      1_000,
      new Deadline(60_000),
      'http://user:secret@proxy.local:3128',
    )
      .handle(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyRefusedError);
    expect((error as Error).name).toBe('ProxyRefusedError');
    expect((error as Error).message).toBe(
      'the proxy http://***@proxy.local:3128/ refused the request: 407 Proxy Authentication Required',
    );
    expect(body.destroyed).toBe(true);
    const direct = innerHandler(async () => ({
      response: { statusCode: 407, headers: {}, body: Readable.from([Buffer.from('x')]) },
    }));
    const { response } = await new BoundedHandler(
      direct.handler,
      1_000,
      new Deadline(60_000),
    ).handle(request);
    expect(response.statusCode).toBe(407);
  });

  it('hands on any other answer through a proxy', async () => {
    const { handler } = innerHandler(async () => ({
      response: { statusCode: 403, headers: {}, body: Readable.from([Buffer.from('no')]) },
    }));
    const { response } = await new BoundedHandler(
      handler,
      1_000,
      new Deadline(60_000),
      'http://proxy.local:3128',
    ).handle(request);
    expect(response.statusCode).toBe(403);
    expect(Buffer.from(response.body as Uint8Array).toString()).toBe('no');
  });

  it('ends an attempt at its limit with a TimeoutError, which the SDK retries', async () => {
    vi.useFakeTimers();
    const { handler } = innerHandler(untilAborted);
    const pending = new BoundedHandler(handler, 1_500, new Deadline(60_000))
      .handle(request)
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_499);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = (await pending) as Error;
    expect(error.name).toBe('TimeoutError');
    expect(error.message).toBe('no complete answer within 1500 ms');
  });

  it("ends an attempt at the run's deadline with the SDK's own error", async () => {
    vi.useFakeTimers();
    const { handler } = innerHandler(untilAborted);
    const pending = new BoundedHandler(handler, 10_000, new Deadline(500))
      .handle(request)
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    expect(((await pending) as Error).name).toBe('AbortError');
  });

  it("obeys the caller's signal with the SDK's own error", async () => {
    const { handler } = innerHandler(untilAborted);
    const caller = new AbortController();
    const pending = new BoundedHandler(handler, 10_000, new Deadline(60_000))
      .handle(request, { abortSignal: caller.signal })
      .catch((e: unknown) => e);
    caller.abort();
    expect(((await pending) as Error).name).toBe('AbortError');
  });

  it('stops reading a body that trickles past the limit', async () => {
    const body = new Readable({ read() {} });
    body.push('a');
    const { handler } = innerHandler(async () => ({
      response: { statusCode: 200, headers: {}, body },
    }));
    const error = await new BoundedHandler(handler, 100, new Deadline(60_000))
      .handle(request)
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
    expect(body.destroyed).toBe(true);
  });

  it('does not start reading a body once the caller has given up', async () => {
    const caller = new AbortController();
    const body = new Readable({ read() {} });
    const { handler } = innerHandler(async () => {
      caller.abort();
      return { response: { statusCode: 200, headers: {}, body } };
    });
    const error = await new BoundedHandler(handler, 60_000, new Deadline(60_000))
      .handle(request, { abortSignal: caller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(body.destroyed).toBe(true);
  });

  it('passes the configuration calls to the handler inside', () => {
    const { inner, handler } = innerHandler(untilAborted);
    const bounded = new BoundedHandler(handler, 1_000, new Deadline(60_000));
    bounded.updateHttpClientConfig('requestTimeout', 9);
    expect(inner.updateHttpClientConfig).toHaveBeenCalledWith('requestTimeout', 9);
    expect(bounded.httpHandlerConfigs()).toEqual({ requestTimeout: 7 });
    bounded.destroy();
    expect(inner.destroy).toHaveBeenCalledTimes(1);
  });
});
