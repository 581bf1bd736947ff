import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { GITHUB_PREFIX } from './operations.js';

/** A Host header is the client's to choose; only a plain host[:port] goes into URLs. */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * The stand-in's API base as the client reached it (`http://127.0.0.1:4566/_github`), for the URLs
 * in answers, as GitHub builds them from its own host name; `fallbackHost` when the Host header is
 * missing or not a plain host.
 */
export function apiBaseOf(request: IncomingMessage, fallbackHost: string): string {
  const scheme = (request.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  const host = request.headers.host;
  return `${scheme}://${host !== undefined && PLAIN_HOST.test(host) ? host : fallbackHost}${GITHUB_PREFIX}`;
}
