import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { unsignedJwt } from './jwt.js';

/** The issuer of GitHub Actions' OIDC tokens, which the emulator's STS trusts. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** STS's own audience, the default of aws-actions/configure-aws-credentials and of this action. */
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

/** GitHub's tokens are short-lived; the action requests one just before it calls STS. */
export const TOKEN_LIFETIME_SECONDS = 300;

export interface OidcSettings {
  /** The bearer token the endpoint requires; any non-empty one when unset. */
  requestToken?: string;
}

export interface OidcAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * `GET /_emulator/oidc/token?audience=…`, the runner's ACTIONS_ID_TOKEN_REQUEST_URL: the caller
 * proves itself with `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` and gets
 * `{"value": <JWT>}`. Claims follow GitHub's; the query may set `repository`, `ref`,
 * `environment`, `sub` and `lifetime` (seconds, negative for a token that has already expired).
 */
export function oidcToken(
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  settings: OidcSettings,
): OidcAnswer {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  if (!bearer)
    return { status: 401, body: { message: 'Missing Authorization: Bearer <request token>' } };
  if (settings.requestToken !== undefined && bearer !== settings.requestToken)
    return { status: 401, body: { message: 'Bad credentials: the request token is not valid' } };

  const lifetime = Number(query.get('lifetime') ?? TOKEN_LIFETIME_SECONDS);
  if (!Number.isFinite(lifetime))
    return { status: 400, body: { message: 'lifetime must be a number of seconds' } };
  const repository = query.get('repository') ?? 'octo-org/octo-repo';
  const owner = repository.split('/')[0]!;
  const ref = query.get('ref') ?? 'refs/heads/main';
  const environment = query.get('environment') ?? undefined;
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    jti: randomUUID(),
    sub:
      query.get('sub') ??
      (environment
        ? `repo:${repository}:environment:${environment}`
        : `repo:${repository}:ref:${ref}`),
    // Without an audience GitHub uses the owner's URL, which STS then refuses: a useful mistake to see.
    aud: query.get('audience') || `https://github.com/${owner}`,
    ref,
    ...(environment ? { environment } : {}),
    repository,
    repository_owner: owner,
    runner_environment: 'github-hosted',
    iss: GITHUB_ISSUER,
    nbf: now - 5,
    iat: now,
    exp: now + Math.trunc(lifetime),
  };
  return { status: 200, body: { value: unsignedJwt(claims) } };
}
