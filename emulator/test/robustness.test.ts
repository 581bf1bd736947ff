/**
 * No request, however malformed, stops the emulator: raw bytes no HTTP client would send, then a
 * normal SDK call that must still be answered.
 */
import { ListResponsePlansCommand } from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { createSafeServer } from '../src/server.js';
import { spawnBundledEmulator } from './bundle.js';
import { clientFor, control, useStartedEmulator } from './helpers.js';
import { rawExchange } from './raw-http.js';

const HEAD = 'Host: 127.0.0.1\r\nConnection: close\r\n';

/**
 * Each: what is sent, and the status answered. A body cut short by the client's end of the
 * connection is a parse error too, answered 400 on the half-open connection.
 */
const MALFORMED: [string, string | Buffer, number][] = [
  ['a request target that is not a URL', `GET //[ HTTP/1.1\r\n${HEAD}\r\n`, 400],
  ['an absolute target with a broken host', `GET http://[::1/x HTTP/1.1\r\n${HEAD}\r\n`, 400],
  ['a header line without a colon', `GET / HTTP/1.1\r\n${HEAD}Bad Header\r\n\r\n`, 400],
  ['a NUL byte in a header value', `GET / HTTP/1.1\r\n${HEAD}X-Test: a\u0000b\r\n\r\n`, 400],
  [
    'a header of 70,000 bytes',
    `GET / HTTP/1.1\r\n${HEAD}X-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
    431,
  ],
  ['garbage bytes', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0d, 0x0a, 0x0d, 0x0a, 0xfe]), 400],
  [
    'a malformed chunked body',
    `POST /createTimelineEvent HTTP/1.1\r\n${HEAD}Transfer-Encoding: chunked\r\n\r\nzz\r\n`,
    400,
  ],
  [
    'a body shorter than its Content-Length',
    `POST /createTimelineEvent HTTP/1.1\r\n${HEAD}Content-Length: 100\r\n\r\n{"incidentRecordArn":`,
    400,
  ],
  [
    'a control call cut short',
    `POST /_emulator/seed HTTP/1.1\r\n${HEAD}Content-Type: application/json\r\nContent-Length: 50\r\n\r\n{"incidents":`,
    400,
  ],
  ['an STS call cut short', `POST / HTTP/1.1\r\n${HEAD}Content-Length: 40\r\n\r\nAction=`, 400],
];

describe('malformed requests', () => {
  const emulator = useStartedEmulator();

  it.each(MALFORMED)('answers %s and keeps serving', async (_name, bytes, status) => {
    const answer = await rawExchange(emulator.url, bytes);
    expect(answer.status).toBe(status);
    const ssm = clientFor(emulator);
    try {
      expect((await ssm.send(new ListResponsePlansCommand({}))).$metadata.httpStatusCode).toBe(200);
    } finally {
      ssm.destroy();
    }
  });

  it('survives a connection reset in the middle of a request', async () => {
    await rawExchange(
      emulator.url,
      `POST /createTimelineEvent HTTP/1.1\r\n${HEAD}Content-Length: 100\r\n\r\n{`,
      { reset: true },
    );
    await rawExchange(emulator.url, `GET /getIncident`, { reset: true });
    expect((await control(emulator, 'GET', 'health')).json).toEqual({ ok: true });
  });

  it('records a request whose target is not a URL, with the target as sent', async () => {
    await control(emulator, 'DELETE', 'requests');
    await rawExchange(emulator.url, `GET //[ HTTP/1.1\r\n${HEAD}\r\n`);
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests).toMatchObject([
      { operation: 'Unknown', method: 'GET', path: '//[', status: 400 },
    ]);
  });
});

describe('the server under a failing handler', () => {
  it('answers 500 for a synchronous throw and for a rejection, and keeps serving', async () => {
    const reported: unknown[] = [];
    let calls = 0;
    const server = createSafeServer(
      (_request, response) => {
        calls++;
        if (calls === 1) throw new Error('thrown synchronously');
        if (calls === 2) return Promise.reject(new Error('rejected'));
        response.end('fine');
        return Promise.resolve();
      },
      (error) => reported.push(error),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const url = `http://127.0.0.1:${port}/`;
      expect((await fetch(url)).status).toBe(500);
      expect((await fetch(url)).status).toBe(500);
      expect(await (await fetch(url)).text()).toBe('fine');
      expect(reported.map((error) => (error as Error).message)).toEqual([
        'thrown synchronously',
        'rejected',
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the bundled CLI', () => {
  it('stays up through malformed requests and still answers the SDK', async () => {
    const emulator = await spawnBundledEmulator(['--quiet']);
    try {
      for (const [, bytes] of MALFORMED) await rawExchange(emulator.url, bytes);
      const ssm = clientFor(emulator);
      const answer = await ssm.send(new ListResponsePlansCommand({}));
      ssm.destroy();
      expect(answer.$metadata.httpStatusCode).toBe(200);
      expect(emulator.child.exitCode).toBeNull();
    } finally {
      expect(await emulator.stop()).toBe(0);
    }
  });
});
