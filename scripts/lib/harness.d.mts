// Type declarations for harness.mjs, which stays plain JavaScript so that `npm start` runs on a
// fresh clone without a build. The shapes mirror the emulator's control API (emulator/src/control.ts,
// request-log.ts, types.ts) as JSON: timestamps are epoch seconds.
import type { ChildProcess } from 'node:child_process';

export declare const ROOT: string;
export declare const ACTION: string;
export declare const POST: string;
export declare const EMULATOR: string;

export declare const TEST_CREDENTIALS: {
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
};

export declare const GITHUB_ENV: Readonly<Record<string, string>>;

/** One API request the emulator received (GET /_emulator/requests). */
export interface RecordedRequest {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** null while in flight; 0 when a fault dropped the connection. */
  status: number | null;
  /** The region the request was signed for. */
  region?: string;
  errorType?: string;
  fault?: string;
  durationMs?: number;
  body: unknown;
  /** Only the first 64 KiB of the body were kept; `bodyBytes` is the size received. */
  bodyTruncated?: true;
  bodyBytes?: number;
  headers: Record<string, string>;
  receivedAt: string;
  /** Calls signed with temporary credentials the emulator's STS issued (never keys you bring). */
  caller?: { arn: string; accessKeyId?: string };
  /** STS calls: the session issued (never its secret or token). */
  issued?: { accessKeyId: string; assumedRoleArn: string; expiration: string };
  /** AssumeRoleWithWebIdentity: the token's claims that matter (never the token). */
  webIdentity?: { iss: string; aud: string | string[]; sub: string };
}

export interface EventReference {
  resource?: string;
  relatedItemId?: string;
}

export interface TimelineEvent {
  eventId: string;
  incidentRecordArn: string;
  eventTime: number;
  eventType: string;
  eventData: string;
  eventReferences?: EventReference[];
  eventUpdatedTime: number;
}

export interface RelatedItem {
  generatedId: string;
  title?: string;
  identifier: { type: string; value: { url?: string; arn?: string; [key: string]: unknown } };
}

export interface IncidentState {
  arn: string;
  title: string;
  impact: number;
  status: 'OPEN' | 'RESOLVED';
  creationTime: number;
  resolvedTime?: number;
  timelineEvents: TimelineEvent[];
  relatedItems: RelatedItem[];
  [key: string]: unknown;
}

/** GET /_emulator/state. */
export interface StateSnapshot {
  version: number;
  accountId: string;
  responsePlans: { arn: string; name: string; [key: string]: unknown }[];
  incidents: IncidentState[];
  idempotency: unknown[];
  /** The GitHub stand-in's commits, by repository (absent in state files from before it). */
  githubCommits?: GitHubCommits<StoredGitHubCommit>[];
}

/** A commit's author or committer, as POST /_emulator/github/commits takes it. */
export interface GitHubCommitActorSpec {
  name?: string;
  email?: string;
  /** ISO 8601; the time the commit was stored when absent. */
  date?: string;
  /** The GitHub account GitHub matched to the e-mail address; the answer's `author` is null without it. */
  login?: string | null;
}

/** A commit, as POST /_emulator/github/commits takes it. */
export interface GitHubCommitSpec {
  /** 40 lower-case hex digits. */
  sha: string;
  /** The whole message: the subject, then a blank line and the body. */
  message: string;
  author?: GitHubCommitActorSpec;
  /** The author when absent. */
  committer?: GitHubCommitActorSpec;
  parents?: string[];
}

/** The commits of one repository that the GitHub stand-in serves. */
export interface GitHubCommits<Commit = GitHubCommitSpec> {
  /** owner/repo; matched case-insensitively, as on GitHub. */
  repository: string;
  commits: Commit[];
}

/** A commit as the emulator keeps it: every member filled. */
export type StoredGitHubCommit = Required<Omit<GitHubCommitSpec, 'author' | 'committer'>> & {
  author: Required<GitHubCommitActorSpec>;
  committer: Required<GitHubCommitActorSpec>;
};

export interface SeedResult {
  responsePlans: string[];
  incidents: string[];
  generatedIncidents?: number;
}

export interface FaultSpec {
  type:
    | 'throttle'
    | 'server-error'
    | 'unavailable'
    | 'drop'
    | 'latency'
    | 'access-denied'
    | 'lose-answer';
  /** Only calls signed for this region. */
  region?: string;
  /** How many calls the rule takes: 1 by default, without end when `every` is given. */
  count?: number;
  /** Takes every Nth matching call (the Nth, 2Nth, ...). */
  every?: number;
  operation?: string;
  latencyMs?: number;
  /** Throttle rules: the retry-after of the GitHub stand-in's secondary rate limit (default 1). */
  retryAfterSeconds?: number;
}

/** GET /_emulator/settings: what the emulator chooses where AWS is silent. */
export interface EmulatorSettings {
  /** What a ConflictException for a reused clientToken names. */
  conflictIdentifier: 'event' | 'token' | 'none';
  /** How long an event written in one region takes to be read in the others. */
  replicationLagMs: number;
  /** Whether a clientToken is known only where it was used, or in every region. */
  clientTokenScope: 'region' | 'global';
}

export interface RunningEmulator {
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** A call to the control API under /_emulator/; throws on a non-2xx answer. */
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  requests(operation?: string): Promise<RecordedRequest[]>;
  /** GET /_emulator/state: JSON from another process, read as the emulator's snapshot format. */
  state(): Promise<StateSnapshot>;
  seed(document: unknown): Promise<SeedResult>;
  fault(fault: FaultSpec): Promise<unknown>;
  reset(): Promise<unknown>;
  /**
   * POST /_emulator/github/commits: stores these commits of the repository (a commit stored again
   * under its SHA is replaced) for `GET /_github/repos/{owner}/{repo}/commits/{ref}`; resolves
   * them as stored, with the defaults filled.
   */
  setGitHubCommits(document: GitHubCommits): Promise<GitHubCommits<StoredGitHubCommit>>;
  /** GET /_emulator/settings, or POST the changes given; resolves every setting. */
  settings(changes?: Partial<EmulatorSettings>): Promise<EmulatorSettings>;
  stop(): Promise<void>;
}

/** PEM files of a certificate and its key, as `createSelfSignedCertificate()` makes them. */
export interface TlsFiles {
  cert: string;
  key: string;
}

export interface SelfSignedCertificate extends TlsFiles {
  /** The temporary directory holding both files. */
  dir: string;
  /** Deletes the directory. */
  remove(): void;
}

/** `openssl version`, or undefined when the openssl CLI is not installed. */
export declare function opensslVersion(): string | undefined;

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made with the openssl CLI in a new
 * temporary directory; trust it with NODE_EXTRA_CA_CERTS=<cert>. Throws when openssl is missing.
 */
export declare function createSelfSignedCertificate(): SelfSignedCertificate;

export declare function startEmulator(options?: {
  args?: string[];
  node?: string;
  seed?: unknown;
  /** Serve HTTPS with these files (`--tls-cert`, `--tls-key`); control calls trust `cert`. */
  tls?: TlsFiles;
}): Promise<RunningEmulator>;

export declare function parseOutputs(text: string): Record<string, string>;

export declare function inputEnv(
  inputs: Record<string, string | number | boolean>,
): Record<string, string>;

export interface ActionRun {
  code: number | null;
  /** The signal that ended the process, when one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved with core.saveState, by name (the job-end step gets it as STATE_<name>). */
  state: Record<string, string>;
  /** What the step set for the later steps of the job (GITHUB_ENV), by name. */
  env: Record<string, string>;
  dir: string;
}

/** The runner's files for one step, made in `dir`, as the variables that name them. */
export declare function runnerFiles(
  dir: string,
  options?: { event?: unknown; runnerTemp?: string },
): Record<
  | 'GITHUB_OUTPUT'
  | 'GITHUB_STEP_SUMMARY'
  | 'GITHUB_EVENT_PATH'
  | 'GITHUB_STATE'
  | 'GITHUB_ENV'
  | 'RUNNER_TEMP',
  string
>;

export declare function runAction(options?: {
  inputs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  event?: unknown;
  node?: string;
  workDir?: string;
  /** ACTION (the default) or POST. */
  entry?: string;
  /** The state a main step saved, passed to the job-end step as STATE_<name>. */
  state?: Record<string, string>;
  /** The runner's contexts for this stage, merged into RUNNER_CONTEXTS (e.g. `{ job: { status } }`). */
  contexts?: RunnerContexts;
  /** Called once the process is started. */
  onStart?: (child: import('node:child_process').ChildProcess) => void;
  /** The action.yml whose input defaults the step gets; the repository's own by default. */
  actionFile?: string;
}): Promise<ActionRun>;

/** The contexts an input default may use, by name; `null` for one the step does not have. */
export type RunnerContexts = Partial<
  Record<'github' | 'job' | 'strategy' | 'matrix' | 'runner', Record<string, unknown> | null>
>;

export declare const RUNNER_CONTEXTS: RunnerContexts;

export declare function mergeContexts(base: RunnerContexts, extra?: RunnerContexts): RunnerContexts;

/** action.yml's inputs and their defaults, as written. */
export declare function actionInputDefaults(file?: string): Record<string, string>;

/** An input default evaluated as the runner evaluates it. */
export declare function evaluateInputDefault(text: string, contexts?: RunnerContexts): string;

/** The inputs a step gets: those given, and every other input's default evaluated. */
export declare function stepInputs(
  given: Record<string, string | number | boolean>,
  contexts?: RunnerContexts,
  /** The action.yml whose inputs are read; the repository's own by default. */
  actionFile?: string,
): Record<string, string | number | boolean>;

/** The job-end step of `main`, as the runner runs it when the job ends with `status`. */
export declare function runJobEnd(
  main: ActionRun,
  options?: Omit<Parameters<typeof runAction>[0] & object, 'entry' | 'state' | 'contexts'> & {
    status?: string | null;
  },
): Promise<ActionRun>;

export declare function node24(): string;

export declare function node24Async(): Promise<string>;

/** A step's output as the runner's log viewer shows it: masks applied, groups, annotations. */
export declare function runnerLog(stdout: string): string;
