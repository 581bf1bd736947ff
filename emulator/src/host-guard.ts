import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may talk to the emulator. A developer's emulator listens on a loopback address, which a web
 * page in their browser can still reach: by DNS rebinding (a name of the page's that resolves to
 * 127.0.0.1 next time, so the request says `Host: evil.example`) or by a cross-site request (which
 * says so in `Origin` and `Sec-Fetch-Site`). The control API changes and reveals everything, so it
 * refuses both; the AWS and GitHub stand-ins refuse a foreign Host while they listen on loopback.
 * The STS stand-in also refuses cross-site requests: its protocol (awsQuery) is a form post, which
 * any web page can send, and it issues sessions and records their tokens.
 */
export interface HostPolicy {
  /** Any Host for the AWS, STS and GitHub stand-ins: set when listening beyond loopback. */
  apiAnyHost: boolean;
  /** Any Host for the control API (`--control-any-host`), for other containers; Origin still checked. */
  controlAnyHost: boolean;
}

const IPV4_LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** `localhost`, `127.x.y.z` or `::1` (the name, without brackets or port). */
export function isLoopbackName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'localhost' || lower === '::1') return true;
  const octets = IPV4_LOOPBACK.exec(lower);
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}

/** A Host header (`127.0.0.1:4566`, `[::1]:4566`, `localhost`) that names a loopback host. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/.exec(host);
  if (!match) return false;
  return isLoopbackName(match[1] ?? match[2]!);
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.host);
  } catch {
    // `null` (a sandboxed frame, a file: page) and anything else that is not a URL.
    return false;
  }
}

const single = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(',') : value;

/** Why a control API request is refused, or undefined when it may be answered. */
export function controlRefusal(
  headers: IncomingHttpHeaders,
  policy: HostPolicy,
): string | undefined {
  const host = headers.host;
  if (!policy.controlAnyHost && !isLoopbackHost(host))
    return `The control API answers only requests addressed to a loopback host (127.0.0.1, [::1], localhost), not Host: ${host ?? '(none)'}; start the emulator with --control-any-host to allow others`;
  return crossSiteRefusal('The control API', headers);
}

/** Why a browser request from another origin or site is refused by `what`, or undefined. */
function crossSiteRefusal(what: string, headers: IncomingHttpHeaders): string | undefined {
  const origin = single(headers.origin);
  if (origin !== undefined && !isLoopbackOrigin(origin))
    return `${what} does not answer browser requests from another origin (Origin: ${origin})`;
  const site = single(headers['sec-fetch-site']);
  if (site === 'cross-site' || site === 'same-site')
    return `${what} does not answer browser requests from another site (Sec-Fetch-Site: ${site})`;
  return undefined;
}

/** Why a request to the STS stand-in is refused, or undefined: as the API's, and cross-site ones. */
export function stsRefusal(headers: IncomingHttpHeaders, policy: HostPolicy): string | undefined {
  return apiRefusal(headers, policy) ?? crossSiteRefusal('The STS stand-in', headers);
}

/** Why a request to the AWS, STS or GitHub stand-ins is refused, or undefined. */
export function apiRefusal(headers: IncomingHttpHeaders, policy: HostPolicy): string | undefined {
  // No Host at all (HTTP/1.0) is no browser's; a rebinding request always names the page's host.
  const host = headers.host;
  if (policy.apiAnyHost || host === undefined || isLoopbackHost(host)) return undefined;
  return `The emulator listens on a loopback address and answers only requests addressed to it (127.0.0.1, [::1], localhost), not Host: ${host}; start it with --host 0.0.0.0 to serve other hosts`;
}

/**
 * A request that carries a body (or declares its type) must say it is JSON: an HTML form or a
 * simple cross-site fetch can send `text/plain` or a form encoding, never `application/json`.
 */
export function controlBodyRefusal(headers: IncomingHttpHeaders): string | undefined {
  const type = headers['content-type'];
  const length = headers['content-length'];
  const hasBody =
    headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (!hasBody && type === undefined) return undefined;
  if (type !== undefined && /^application\/json\s*(?:;|$)/i.test(type)) return undefined;
  return `A control API request with a body must send Content-Type: application/json, not ${type ?? '(none)'}`;
}
