/**
 * What the request log keeps is bounded whatever the bodies: per entry (the first bytes of a body)
 * and in total (the oldest entries go). Sizes are measured on what `GET /_emulator/requests`
 * answers, never on the process's memory.
 */
import { ListResponsePlansCommand } from '@aws-sdk/client-ssm-incidents';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/index.js';
import {
  MAX_KEPT_BODY_BYTES,
  REQUEST_LOG_BUDGET_BYTES,
  RequestLog,
  truncateUtf8,
} from '../src/request-log.js';
import { clientFor, control, startTestEmulator, type Json } from './helpers.js';

const MiB = 1024 * 1024;

/** An unsigned POST: the body is recorded before the signature is checked (and refused). */
async function postBody(emulator: { url: string }, path: string, body: string): Promise<number> {
  const response = await fetch(new URL(path, emulator.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** A JSON document of about `bytes` bytes, as a client with a runaway eventData would send. */
function largeJson(bytes: number, marker: string): string {
  return JSON.stringify({ marker, eventData: 'x'.repeat(bytes) });
}

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('the request log', () => {
  it('keeps the first 64 KiB of a large body, marked with the size received', async () => {
    emulator = await startTestEmulator();
    // 10 bodies of 1 MiB: each 16 times what is kept, so the log's bound shows without sending
    // hundreds of megabytes through a loaded machine.
    for (let i = 0; i < 10; i++) {
      expect(await postBody(emulator, '/createTimelineEvent', largeJson(1 * MiB, `m${i}`))).toBe(
        403,
      );
    }
    const { status, json } = await control(emulator, 'GET', 'requests');
    expect(status).toBe(200);
    expect(json.requests).toHaveLength(10);
    for (const entry of json.requests as Json[]) {
      expect(entry.bodyTruncated).toBe(true);
      expect(entry.bodyBytes).toBeGreaterThan(1 * MiB);
      expect(typeof entry.body).toBe('string');
      expect(Buffer.byteLength(entry.body)).toBe(MAX_KEPT_BODY_BYTES);
    }
    expect(json.requests[7].body.startsWith('{"marker":"m7"')).toBe(true);
    expect(json.log).toMatchObject({ entries: 10, dropped: 0 });
    expect(json.log.bytes).toBeLessThan(10 * (MAX_KEPT_BODY_BYTES + 4096));
  });

  it('keeps a body that fits as it arrived, parsed, without a mark', async () => {
    emulator = await startTestEmulator();
    const body = largeJson(MAX_KEPT_BODY_BYTES - 100, 'fits');
    await postBody(emulator, '/createTimelineEvent', body);
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests[0].body).toEqual(JSON.parse(body));
    expect(json.requests[0]).not.toHaveProperty('bodyTruncated');
    expect(json.requests[0]).not.toHaveProperty('bodyBytes');
  });

  it('drops the oldest entries beyond its byte budget, and the answer stays within it', async () => {
    const budgetBytes = 2 * MiB;
    emulator = await startTestEmulator({ requestLogLimits: { budgetBytes } });
    for (let i = 0; i < 100; i++) {
      await postBody(emulator, '/updateTimelineEvent', largeJson(200 * 1024, `b${i}`));
    }
    const ssm = clientFor(emulator);
    await ssm.send(new ListResponsePlansCommand({}));
    ssm.destroy();

    const { status, json } = await control(emulator, 'GET', 'requests');
    expect(status).toBe(200);
    const kept = Buffer.byteLength(JSON.stringify(json.requests));
    expect(kept).toBeLessThanOrEqual(budgetBytes);
    expect(json.log.bytes).toBe(kept);
    // About 30 truncated bodies fit in 2 MiB; the newest call is always there.
    expect(json.requests.length).toBeLessThan(40);
    expect(json.log.dropped).toBe(101 - json.requests.length);
    expect(json.requests.at(-1).operation).toBe('ListResponsePlans');
    const markers = json.requests
      .slice(0, -1)
      .map((entry: Json) => /"marker":"(b\d+)"/.exec(entry.body)?.[1]);
    expect(markers.at(-1)).toBe('b99');
    expect(markers[0]).toBe(`b${100 - markers.length}`);
  });

  it('keeps the default budget as the ceiling of everything it answers', async () => {
    emulator = await startTestEmulator();
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.log).toEqual({
      maxEntries: 10_000,
      budgetBytes: REQUEST_LOG_BUDGET_BYTES,
      maxBodyBytes: MAX_KEPT_BODY_BYTES,
      entries: 0,
      bytes: 2,
      dropped: 0,
    });
  });

  it('truncates STS form bodies after redacting the web identity token', async () => {
    emulator = await startTestEmulator();
    const token = `eyJ${'t'.repeat(10_000)}`;
    const form = new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      WebIdentityToken: token,
      RoleSessionName: 's'.repeat(100 * 1024),
    });
    await postBody(emulator, '/', form.toString());
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests[0].bodyTruncated).toBe(true);
    expect(json.requests[0].body).toContain('"WebIdentityToken":"<redacted>"');
    expect(JSON.stringify(json.requests)).not.toContain('eyJttt');
  });
});

describe('RequestLog', () => {
  it('counts entries and bytes exactly as their JSON, and clears', () => {
    const log = new RequestLog({ maxEntries: 3 });
    const entry = (n: number) =>
      log.record({
        operation: `Op${n}`,
        method: 'POST',
        path: '/',
        query: {},
        status: null,
        body: null,
        headers: {},
        receivedAt: '2024-05-01T00:00:00.000Z',
      });
    for (let n = 0; n < 5; n++) entry(n);
    expect(log.list().map((e) => e.operation)).toEqual(['Op2', 'Op3', 'Op4']);
    expect(log.usage()).toMatchObject({
      entries: 3,
      dropped: 2,
      bytes: Buffer.byteLength(JSON.stringify(log.list())),
    });
    log.clear();
    expect(log.usage()).toMatchObject({ entries: 0, bytes: 2, dropped: 0 });
  });

  it('never cuts a character in two', () => {
    expect(truncateUtf8('aé', 2)).toBe('a');
    expect(truncateUtf8('a😀b', 4)).toBe('a');
    expect(truncateUtf8('a😀b', 5)).toBe('a😀');
  });
});
