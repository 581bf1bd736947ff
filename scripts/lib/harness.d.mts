// Type declarations for harness.mjs, which stays plain JavaScript so that `npm start` runs on a
// fresh clone without a build. The control API's JSON shapes are the emulator's own types
// (timestamps there are epoch seconds already), imported from its package rather than copied.
import type { ChildProcess } from 'node:child_process';
import type {
  EmulatorSettings,
  FaultSpec,
  RecordedRequest,
  RepositoryCommits,
  RepositoryCommitsSpec,
  SeedResult,
  StateSnapshot,
} from 'incident-manager-emulator';

export declare const ROOT: string;
export declare const ACTION: string;
export declare const POST: string;
export declare const EMULATOR: string;

export declare const TEST_CREDENTIALS: {
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
};

export declare const GITHUB_ENV: Readonly<Record<string, string>>;

export type {
  CommitSpec as GitHubCommitSpec,
  EmulatorSettings,
  EventReference,
  FaultSpec,
  GitActorSpec as GitHubCommitActorSpec,
  RecordedRequest,
  RelatedItem,
  RepositoryCommits,
  RepositoryCommitsSpec,
  SeedResult,
  StateSnapshot,
  StoredCommit as StoredGitHubCommit,
  TimelineEvent,
} from 'incident-manager-emulator';

/** One incident of GET /_emulator/state, with its timeline and related items. */
export type IncidentState = StateSnapshot['incidents'][number];

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
  setGitHubCommits(document: RepositoryCommitsSpec): Promise<RepositoryCommits>;
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
