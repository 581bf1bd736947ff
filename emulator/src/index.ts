import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { incidentManagerAdapter } from './api.js';
import { sendJson } from './http.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import { FaultInjector } from './faults.js';
import {
  apiRefusal,
  controlRefusal,
  isLoopbackName,
  stsRefusal,
  type HostPolicy,
} from './host-guard.js';
import { gitHubAdapter } from './github/handler.js';
import {
  parseRepositoryCommits,
  parseRepositoryCommitsList,
  type RepositoryCommits,
  type RepositoryCommitsSpec,
} from './github/commit-spec.js';
import { GitHubCommitStore } from './github/commit-store.js';
import { GITHUB_PREFIX } from './github/operations.js';
import { serviceModel } from './model/service-model.generated.js';
import { Paginator } from './pagination.js';
import { readStateFile, removeStaleTemporaryFiles, StatePersister } from './persistence.js';
import { RequestLog, type RequestLogLimits } from './request-log.js';
import {
  DEFAULT_SETTINGS,
  isConflictIdentifier,
  Settings,
  CONFLICT_IDENTIFIERS,
  type ConflictIdentifier,
} from './settings.js';
import { createSafeServer, parseRequestTarget } from './server.js';
import { readTlsFiles } from './tls-files.js';
import { applySeed, SeedError, type SeedDocument, type SeedResult } from './seed.js';
import { Store } from './store.js';
import { stsAdapter, STS_PATH } from './sts/handler.js';
import { pipelineFor } from './pipeline.js';
import { DEFAULT_AUDIENCE } from './sts/oidc.js';
import { SessionStore } from './sts/sessions.js';
import { trackRequest } from './tracking.js';
import type { StateSnapshot } from './types.js';

// The package's public entry (`incident-manager-emulator`): what a test in another package may
// use. The JSON shapes of the control API are these types too (timestamps in epoch seconds).
export type { SeedDocument, SeedResult } from './seed.js';
export type {
  EventReference,
  IncidentRecord,
  RelatedItem,
  ResponsePlan,
  StateSnapshot,
  TimelineEvent,
} from './types.js';
export type { RecordedRequest, RequestLogLimits, RequestLogUsage } from './request-log.js';
export type { FaultRule, FaultSpec, FaultType } from './faults.js';
export type {
  ClientTokenScope,
  ConflictIdentifier,
  EmulatorSettings,
  OutsideRegion,
} from './settings.js';
export type {
  CommitSpec,
  GitActorSpec,
  RepositoryCommits,
  RepositoryCommitsSpec,
  StoredCommit,
} from './github/commit-spec.js';

export const DEFAULT_ACCOUNT_ID = '123456789012';
export const DEFAULT_REGION = 'us-east-1';

/** The CLI flags, one for one. */
export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Path of a seed document applied at start and on reset. */
  seed?: string;
  /** Path of the state file: loaded when it exists, rewritten after every write. */
  state?: string;
  accountId?: string;
  region?: string;
  /** With both keys set, request signatures are verified. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** The bearer token GET /_emulator/oidc/token requires; any non-empty one when unset. */
  oidcRequestToken?: string;
  /** Audiences STS accepts in a web identity token; `sts.amazonaws.com` when unset. */
  oidcAudiences?: string[];
  /** No per-request log line. */
  quiet?: boolean;
  /**
   * Answer the control API whatever the Host header names (for other containers, with a `host`
   * beyond loopback). Browser requests from other origins are refused all the same.
   */
  controlAnyHost?: boolean;
  /**
   * What a ConflictException for a reused clientToken names (AWS does not document it): `event`,
   * `token` or `none` (the default). Changeable at run time through `/_emulator/settings`.
   */
  conflictIdentifier?: ConflictIdentifier;
  /**
   * PEM files of a certificate (chain) and its private key: with both, the emulator serves HTTPS,
   * everything else unchanged.
   */
  tlsCert?: string;
  tlsKey?: string;
  /**
   * The token the GitHub stand-in (`/_github`) requires in `Authorization: Bearer|token <t>`;
   * any token when unset.
   */
  githubToken?: string;
  /** Bounds of the request log (entries, total bytes, bytes kept of a body); for tests. */
  requestLogLimits?: Partial<RequestLogLimits>;
  /** Where request log lines go; stderr by default. */
  logLine?: (line: string) => void;
}

export interface RunningEmulator {
  url: string;
  port: number;
  host: string;
  accountId: string;
  region: string;
  /** Stops accepting requests, closes open connections and writes the state file. */
  close(): Promise<void>;
  reset(): Promise<void>;
  seed(document: SeedDocument): Promise<SeedResult>;
  state(): StateSnapshot;
  requests: RequestLog;
  faults: FaultInjector;
  /** The settings of behaviours AWS leaves open; a reset restores the start values. */
  settings: Settings;
  /** The commits the GitHub stand-in serves. */
  githubCommits: GitHubCommitStore;
  /**
   * Stores these commits of a repository for the GitHub stand-in, as `POST
   * /_emulator/github/commits` does (a commit stored again under its SHA is replaced); returns them
   * with the defaults filled, and throws on a document that does not fit.
   */
  setGitHubCommits(spec: RepositoryCommitsSpec): RepositoryCommits;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const region = options.region ?? DEFAULT_REGION;
  if (Boolean(options.accessKeyId) !== Boolean(options.secretAccessKey)) {
    throw new Error('Give both an access key ID and a secret access key, or neither');
  }
  const keys =
    options.accessKeyId && options.secretAccessKey
      ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
      : undefined;

  const tls = readTlsFiles(options.tlsCert, options.tlsKey);
  if (options.githubToken !== undefined && options.githubToken.trim() === '')
    throw new Error('The GitHub token must not be empty; leave it unset to accept any token');
  const conflictIdentifier = options.conflictIdentifier ?? DEFAULT_SETTINGS.conflictIdentifier;
  if (!isConflictIdentifier(conflictIdentifier)) {
    throw new Error(`conflictIdentifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`);
  }
  const settings = new Settings({ ...DEFAULT_SETTINGS, conflictIdentifier });

  const store = new Store(accountId);
  const githubCommits = new GitHubCommitStore();
  const snapshot = (): StateSnapshot => ({
    ...store.snapshot(),
    githubCommits: githubCommits.snapshot(),
  });
  const seedDocument = options.seed ? readJsonFile(options.seed) : undefined;
  const persister = options.state ? new StatePersister(options.state, snapshot) : undefined;
  const persist = () => persister?.save() ?? Promise.resolve();

  const seedFresh = () => {
    store.clear(accountId);
    githubCommits.clear();
    if (seedDocument !== undefined) applySeed(store, seedDocument, githubCommits);
  };
  if (options.state) removeStaleTemporaryFiles(options.state);
  const saved = options.state ? readStateFile(options.state) : undefined;
  // A state file already holds what the seed produced on an earlier run; seeding again would duplicate it.
  if (saved) {
    store.load(saved);
    // Checked with the rest of the file by readStateFile.
    const commits = parseRepositoryCommitsList(saved.githubCommits ?? [], 'githubCommits');
    if (typeof commits !== 'string') githubCommits.load(commits);
  } else {
    try {
      seedFresh();
    } catch (error) {
      if (error instanceof SeedError)
        throw new Error(`${options.seed}: ${error.message}`, { cause: error });
      throw error;
    }
    await persist();
  }

  const log = new RequestLog(options.requestLogLimits);
  const faults = new FaultInjector();
  const sessions = new SessionStore();
  const paginator = new Paginator();
  const logLine = options.quiet
    ? undefined
    : (options.logLine ?? ((line: string) => process.stderr.write(`${line}\n`)));

  const controller = {
    log,
    faults,
    reset: async () => {
      seedFresh();
      log.clear();
      faults.clear();
      sessions.clear();
      settings.reset();
      await persist();
    },
    seed: async (document: unknown) => {
      const result = applySeed(store, document, githubCommits);
      await persist();
      return result;
    },
    state: snapshot,
    oidc: { requestToken: options.oidcRequestToken },
    settings,
    github: { commits: githubCommits, persist },
  };
  // One pipeline for every stand-in; each protocol is an adapter on it.
  const pipeline = { faults, log, logLine };
  const serveIncidentManager = pipelineFor(
    pipeline,
    incidentManagerAdapter({
      store,
      paginator,
      auth: { service: serviceModel.signingName, keys, region, sessions },
      settings,
      persist,
    }),
  );
  const serveSts = pipelineFor(
    pipeline,
    stsAdapter({
      settings: {
        sessions,
        audiences: options.oidcAudiences?.length ? options.oidcAudiences : [DEFAULT_AUDIENCE],
      },
      auth: { service: 'sts', keys, region, sessions },
      accountId: () => store.accountId,
    }),
  );
  const serveGitHub = pipelineFor(
    pipeline,
    gitHubAdapter({
      commits: githubCommits,
      token: options.githubToken,
      listenHost: () => listenHost,
    }),
  );

  const hostPolicy: HostPolicy = {
    apiAnyHost: !isLoopbackName(host),
    controlAnyHost: options.controlAnyHost ?? false,
  };
  const dispatch = async (request: IncomingMessage, response: ServerResponse) => {
    const url = parseRequestTarget(request.url);
    if (!url) return refuseRequestTarget(log, request, response, logLine);
    const isControl = url.pathname.startsWith(CONTROL_PREFIX);
    const isSts = url.pathname === STS_PATH;
    const refusal = (isControl ? controlRefusal : isSts ? stsRefusal : apiRefusal)(
      request.headers,
      hostPolicy,
    );
    if (refusal) {
      logLine?.(`${request.method ?? 'GET'} ${url.pathname} refused 403: ${refusal}`);
      return sendJson(response, 403, { message: refusal });
    }
    // Incident Manager (restJson1) has a path per operation; STS (awsQuery) only has `/`.
    if (isControl) return handleControl(controller, request, response, url);
    if (url.pathname === GITHUB_PREFIX || url.pathname.startsWith(`${GITHUB_PREFIX}/`))
      return serveGitHub(request, response, url);
    if (isSts) return serveSts(request, response, url);
    return serveIncidentManager(request, response, url);
  };
  const server = createSafeServer(dispatch, (error) => console.error(error), tls);
  // Clients such as the SDK keep connections alive; make the server outlive their idle timeout.
  server.keepAliveTimeout = 65_000;

  // Until the port is known, URLs in answers cannot be built; no request arrives before then.
  let listenHost = host;
  const port = await listen(server, options.port ?? 0, host);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  listenHost = `${urlHost}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `${tls ? 'https' : 'http'}://${urlHost}:${port}`,
    port,
    host,
    get accountId() {
      return store.accountId;
    },
    region,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(persist)),
    reset: controller.reset,
    seed: controller.seed,
    state: controller.state,
    requests: log,
    faults,
    settings,
    githubCommits,
    setGitHubCommits: (spec) => {
      const commits = parseRepositoryCommits(spec, '');
      if (typeof commits === 'string') throw new Error(commits);
      githubCommits.add(commits);
      return commits;
    },
  };
}

function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      // Later server errors (a failed accept) are reported; without a listener they would end the process.
      server.on('error', (error) => console.error(error));
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** A request line whose target is not a URL (`GET //[`): recorded, and answered 400. */
function refuseRequestTarget(
  log: RequestLog,
  request: IncomingMessage,
  response: ServerResponse,
  logLine: ((line: string) => void) | undefined,
): void {
  const target = (request.url ?? '').slice(0, 2048);
  const { finish } = trackRequest(
    log,
    request,
    { pathname: target, searchParams: new URLSearchParams() },
    'Unknown',
    logLine,
  );
  sendJson(response, 400, { message: 'The request target is not a valid URL' });
  finish(400, 'InvalidRequestTarget');
}
