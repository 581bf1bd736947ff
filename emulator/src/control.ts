import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors.js';
import type { FaultInjector } from './faults.js';
import { controlBodyRefusal } from './host-guard.js';
import { BodyTooLargeError, readBody, sendJson } from './http.js';
import type { RequestLog } from './request-log.js';
import { SeedError, type SeedResult } from './seed.js';
import type { Settings } from './settings.js';
import { parseRepositoryCommits } from './github/commit-spec.js';
import type { GitHubCommitStore } from './github/commit-store.js';
import { oidcToken, type OidcSettings } from './sts/oidc.js';
import type { StateSnapshot } from './types.js';

/** What the control API needs from the running emulator. */
export interface ControlTarget {
  log: RequestLog;
  faults: FaultInjector;
  reset(): Promise<void>;
  seed(document: unknown): Promise<SeedResult>;
  state(): StateSnapshot;
  oidc: OidcSettings;
  settings: Settings;
  github: {
    commits: GitHubCommitStore;
    persist(): Promise<void>;
  };
}

export const CONTROL_PREFIX = '/_emulator/';

/**
 * The test-facing API under /_emulator/: no signature, never recorded, never faulted, so a test
 * can always inspect and steer the emulator whatever it injected. Who may reach it is decided
 * before (host-guard.ts); a body must be JSON, which no HTML form can send.
 */
export async function handleControl(
  target: ControlTarget,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const route = `${request.method ?? 'GET'} ${url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, '')}`;
  const reply = (status: number, body: unknown) => sendJson(response, status, body);
  const wrongType = controlBodyRefusal(request.headers);
  if (wrongType) return reply(415, { message: wrongType });
  try {
    switch (route) {
      case 'GET health':
        return reply(200, { ok: true });
      case 'GET requests':
        return reply(200, {
          requests: target.log.list(url.searchParams.get('operation') ?? undefined),
          log: target.log.usage(),
        });
      case 'DELETE requests':
        target.log.clear();
        return reply(200, {});
      case 'GET faults':
        return reply(200, { faults: target.faults.list() });
      case 'POST faults': {
        const added = target.faults.add(await readJson(request));
        if (typeof added === 'string') return reply(400, { message: added });
        return reply(200, { fault: added, faults: target.faults.list() });
      }
      case 'DELETE faults':
        target.faults.clear();
        return reply(200, {});
      case 'POST reset':
        await target.reset();
        return reply(200, { ok: true });
      case 'POST seed':
        return reply(200, await target.seed(await readJson(request)));
      case 'GET settings':
        return reply(200, target.settings.get());
      case 'POST settings': {
        const updated = target.settings.update(await readJson(request));
        if (typeof updated === 'string') return reply(400, { message: updated });
        return reply(200, updated);
      }
      case 'POST github/commits': {
        const set = parseRepositoryCommits(await readJson(request), '');
        if (typeof set === 'string') return reply(400, { message: set });
        target.github.commits.add(set);
        await target.github.persist();
        return reply(200, set);
      }
      case 'GET github/commits':
        return reply(200, { repositories: target.github.commits.snapshot() });
      case 'DELETE github/commits':
        target.github.commits.clear();
        await target.github.persist();
        return reply(200, {});
      case 'GET state':
        return reply(200, target.state());
      case 'GET oidc/token': {
        const answer = oidcToken(request.headers, url.searchParams, target.oidc);
        return reply(answer.status, answer.body);
      }
      default:
        return reply(404, { message: `No control endpoint ${route}; see emulator/README.md` });
    }
  } catch (error) {
    if (error instanceof SeedError || error instanceof SyntaxError)
      return reply(400, { message: error.message });
    if (error instanceof BodyTooLargeError) return reply(413, { message: error.message });
    if (error instanceof ApiError) return reply(error.status, { message: error.message });
    throw error;
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request);
  return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
}
