/** Driving the emulator's STS and OIDC endpoints from tests: raw awsQuery calls and tokens. */
import { signRequest } from './helpers.js';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/deploy-markers';

export interface StsAnswer {
  status: number;
  text: string;
  /** `<Code>` of an error document. */
  code: string | undefined;
  /** `<Message>` of an error document. */
  message: string | undefined;
}

/** The text of the first `<name>` element; enough for the flat documents STS answers. */
export function xmlText(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`)
    .exec(xml)?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A form-encoded STS call, signed for service `sts` with the test key pair (or the credentials
 * given) unless `sign` is false, so that tests reach paths the SDK would never produce.
 */
export async function stsCall(
  emulator: { url: string },
  params: Record<string, string>,
  options: {
    sign?: boolean;
    credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  } = {},
): Promise<StsAnswer> {
  const url = new URL('/', emulator.url);
  const body = new URLSearchParams({ Version: '2011-06-15', ...params }).toString();
  const request = {
    method: 'POST',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: {
      host: url.host,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    } as Record<string, string>,
    body,
  };
  const signed =
    options.sign === false ? request : await signRequest(request, 'sts', options.credentials);
  const { host: _host, ...headers } = signed.headers;
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return {
    status: response.status,
    text,
    code: xmlText(text, 'Code'),
    message: xmlText(text, 'Message'),
  };
}

/** A token from the emulator's OIDC endpoint, as `@actions/core.getIDToken` asks for one. */
export async function oidcToken(
  emulator: { url: string },
  query: Record<string, string> = { audience: 'sts.amazonaws.com' },
  bearer = 'runner-request-token',
): Promise<string> {
  const url = new URL('/_emulator/oidc/token', emulator.url);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
  if (!response.ok) throw new Error(`oidc token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: string }).value;
}

export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}
