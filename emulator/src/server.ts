import {
  createServer as createHttpServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** PEM certificate chain and private key: with them the server speaks HTTPS. */
export interface TlsMaterial {
  cert: string | Buffer;
  key: string | Buffer;
}

/**
 * An HTTP(S) server that no request can stop. A handler's synchronous throw or rejection becomes
 * a 500 (or a closed connection when the answer had begun), and what Node's parser refuses before
 * any handler runs (a bad request line, bad or oversized headers, garbage bytes) gets the status a
 * front end would give, instead of Node's default of silently destroying the socket.
 */
export function createSafeServer(
  handle: RequestHandler,
  report: (error: unknown) => void,
  tls?: TlsMaterial,
): Server {
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    // A client that goes away mid-answer makes writes fail; there is no one left to tell.
    response.on('error', () => undefined);
    request.on('error', () => undefined);
    let handling: Promise<void>;
    try {
      handling = handle(request, response);
    } catch (error) {
      handling = Promise.reject(error);
    }
    handling.catch((error: unknown) => {
      report(error);
      try {
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      } catch {
        response.destroy();
      }
    });
  };
  const server = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener)
    : createHttpServer(listener);
  server.on('clientError', answerClientError);
  return server;
}

/** Node's parser codes for what a front end answers with a status rather than a reset. */
function statusForClientError(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = statusForClientError(error.code);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`,
  );
}

/**
 * The URL of a request, or undefined when its target is not one (`GET //[`): WHATWG URL parsing
 * throws on such targets, and a throw here would otherwise escape every handler.
 */
export function parseRequestTarget(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://emulator');
  } catch {
    return undefined;
  }
}
