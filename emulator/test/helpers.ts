import { SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { serviceModel, type ServedOperation } from '../src/model/service-model.generated.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/index.js';

export const ACCESS_KEY_ID = 'AKIAEMULATORTEST0001';
export const SECRET_ACCESS_KEY = 'emulator-test-secret';
export const REGION = 'us-east-1';
export const ACCOUNT_ID = '123456789012';

export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({
    quiet: true,
    accessKeyId: ACCESS_KEY_ID,
    secretAccessKey: SECRET_ACCESS_KEY,
    ...options,
  });
}

/**
 * One emulator for the calling describe block, started before its first test and closed after
 * its last, never reset: the tests of the block share its state. Read through the returned
 * object as through the emulator itself.
 */
export function useStartedEmulator(options: EmulatorOptions = {}): RunningEmulator {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startTestEmulator(options);
  });
  afterAll(() => emulator?.close());
  return new Proxy({} as RunningEmulator, {
    get(_, name) {
      if (!emulator) throw new Error('the emulator is not started yet');
      return emulator[name as keyof RunningEmulator];
    },
  });
}

export interface SharedEmulator {
  readonly emulator: RunningEmulator;
  readonly ssm: SSMIncidentsClient;
}

/**
 * One emulator and one SDK client for a whole test file: started before the first test, reset
 * before each (hooks the file adds run after the reset), closed after the last.
 */
export function useSharedEmulator(options: EmulatorOptions = {}): SharedEmulator {
  let emulator: RunningEmulator | undefined;
  let ssm: SSMIncidentsClient | undefined;
  beforeAll(async () => {
    emulator = await startTestEmulator(options);
    ssm = clientFor(emulator);
  });
  afterAll(async () => {
    ssm?.destroy();
    await emulator?.close();
  });
  beforeEach(() => emulator?.reset());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the shared emulator is not started yet');
    return value;
  };
  return {
    get emulator() {
      return started(emulator);
    },
    get ssm() {
      return started(ssm);
    },
  };
}

export interface ClientOptions {
  secretAccessKey?: string;
  accessKeyId?: string;
  sessionToken?: string;
  region?: string;
  /** 1 by default, so that a test sees the first answer, not the SDK's retry of it. */
  maxAttempts?: number;
}

export function clientFor(
  emulator: { url: string },
  options: ClientOptions = {},
): SSMIncidentsClient {
  return new SSMIncidentsClient({
    endpoint: emulator.url,
    region: options.region ?? REGION,
    maxAttempts: options.maxAttempts ?? 1,
    credentials: {
      accessKeyId: options.accessKeyId ?? ACCESS_KEY_ID,
      secretAccessKey: options.secretAccessKey ?? SECRET_ACCESS_KEY,
      ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}),
    },
  });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | undefined;
}

/**
 * A correctly signed request with any body, to reach validation paths the SDK's serializer would
 * never produce (wrong types, unions with two members, malformed JSON).
 */
export async function rawCall(
  emulator: { url: string },
  operation: ServedOperation,
  input: unknown,
  options: {
    sign?: boolean;
    secretAccessKey?: string;
    rawBody?: string;
    /** Sent instead of the body that was signed. */
    tamperedBody?: string;
    /** More headers, signed with the others. */
    headers?: Record<string, string>;
  } = {},
): Promise<RawResponse> {
  const definition = serviceModel.operations[operation];
  const url = new URL(definition.path, emulator.url);
  const query: Record<string, string> = {};
  let body: string | undefined;
  if (definition.method === 'GET') {
    for (const [key, value] of Object.entries(input as Record<string, string>)) query[key] = value;
  } else {
    body = options.rawBody ?? JSON.stringify(input);
  }
  const headers: Record<string, string> = {
    host: url.host,
    'content-type': 'application/json',
    ...options.headers,
  };
  const request = {
    method: definition.method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers,
    body,
  };
  const signed =
    options.sign === false
      ? request
      : await signRequest(request, 'ssm-incidents', {
          accessKeyId: ACCESS_KEY_ID,
          secretAccessKey: options.secretAccessKey ?? SECRET_ACCESS_KEY,
        });
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const { host: _host, ...sendHeaders } = signed.headers;
  const response = await fetch(url, {
    method: definition.method,
    headers: sendHeaders,
    body: options.tamperedBody ?? body,
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

type HttpRequestToSign = Parameters<SignatureV4['sign']>[0];

/** Signs a raw request with SigV4 for `service`, with the test key pair unless others are given. */
export function signRequest(
  request: HttpRequestToSign,
  service: 'ssm-incidents' | 'sts',
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = {
    accessKeyId: ACCESS_KEY_ID,
    secretAccessKey: SECRET_ACCESS_KEY,
  },
) {
  return new SignatureV4({
    service,
    region: REGION,
    sha256: Hash.bind(null, 'sha256'),
    credentials,
  }).sign(request);
}

/** Parsed JSON of the control API or an SDK error; assertions walk it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function control(
  emulator: { url: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Json }> {
  const response = await fetch(new URL(`/_emulator/${path}`, emulator.url), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** Awaits a rejected promise and returns the error, failing the test if it resolved. */
export async function failure(promise: Promise<unknown>): Promise<Json> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
