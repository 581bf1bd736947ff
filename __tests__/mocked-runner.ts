/**
 * The mocked runner for the tests that drive `run()`: a mocked `@actions/core` whose `getInput`
 * serves one named map of inputs per scenario (with action.yml's defaults, as the runner does),
 * a mocked `@aws-sdk/credential-providers`, and a clean GITHUB_* / AWS_* environment per test.
 * Incident Manager itself is the emulator (`__tests__/run/helpers.ts`), not a mock.
 *
 * This module must not import `@actions/core` or anything under src/ that does: test files serve
 * `core` and `providers` from their `vi.mock` factories, before those modules are loaded:
 * `vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core)`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { actionInputDefaults, evaluateInputDefault } from '../scripts/lib/harness.mjs';

/**
 * What the runner passes for an input the workflow does not set: its default, evaluated. Read
 * as the bundle's runner (scripts/lib/harness.mjs) reads it, so both tiers see the same inputs.
 */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(actionInputDefaults()).map(([name, value]) => [name, evaluateInputDefault(value)]),
);

export type InputMap = Record<string, string>;

export interface Scenario {
  /** The `with:` block of the step. */
  inputs: InputMap;
  /** Added to (or, when undefined, removed from) BASE_ENV. */
  env?: Record<string, string | undefined>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  payload?: object;
}

export const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
export const INCIDENT_A =
  'arn:aws:ssm-incidents::111122223333:incident-record/shop-outage/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a001';
export const INCIDENT_B =
  'arn:aws:ssm-incidents::111122223333:incident-record/shop-outage/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a002';
export const INCIDENT_C =
  'arn:aws:ssm-incidents::111122223333:incident-record/db-latency/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a003';
export const COMMIT_URL = `https://github.com/acme/shop/commit/${SHA}`;
export const RUN_URL = 'https://github.com/acme/shop/actions/runs/42/attempts/1';

/** A push to main of acme/shop, run 42 attempt 1, step `mark-incident` of job `deploy`. */
export const BASE_ENV: Record<string, string> = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  // A closed port: the commit's subject is read from nowhere unless a test serves GitHub's API.
  GITHUB_API_URL: 'http://127.0.0.1:1',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_ACTOR: 'octocat',
  GITHUB_WORKFLOW: 'Deploy',
  GITHUB_JOB: 'deploy',
  GITHUB_ACTION: 'mark-incident',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'push',
  AWS_REGION: 'us-east-1',
};

/** Variables of the host (a CI runner, a developer's shell) that would leak into a scenario. */
const HOST_VARIABLE =
  /^(GITHUB_|RUNNER_|ACTIONS_|AWS_|INPUT_|CODEBUILD_|INCIDENT_TIMELINE_)|^(HTTPS?|ALL|NO)_PROXY$/i;

/** The `@actions/core` functions the action calls; every one a spy. */
export function createCoreMock() {
  const summary = {
    addRaw: vi.fn(),
    write: vi.fn(),
  };
  return {
    getInput: vi.fn<(name: string, options?: { required?: boolean }) => string>(),
    setOutput: vi.fn<(name: string, value: unknown) => void>(),
    setFailed: vi.fn<(message: string | Error) => void>(),
    warning: vi.fn<(message: string | Error, properties?: { title?: string }) => void>(),
    info: vi.fn<(message: string) => void>(),
    debug: vi.fn<(message: string) => void>(),
    error: vi.fn<(message: string | Error) => void>(),
    notice: vi.fn<(message: string | Error) => void>(),
    startGroup: vi.fn<(name: string) => void>(),
    endGroup: vi.fn<() => void>(),
    saveState: vi.fn<(name: string, value: unknown) => void>(),
    getState: vi.fn<(name: string) => string>(),
    setSecret: vi.fn<(secret: string) => void>(),
    getIDToken: vi.fn<(audience?: string) => Promise<string>>(),
    summary,
  };
}

export type CoreMock = ReturnType<typeof createCoreMock>;

export const ASSUMED = {
  accessKeyId: 'ASIAASSUMEDKEY000001',
  secretAccessKey: 'assumed-secret-key-do-not-log',
  sessionToken: 'assumed-session-token-do-not-log',
};

/** `@aws-sdk/credential-providers`, reduced to the two providers the action uses. */
export function createCredentialProvidersMock() {
  return {
    fromWebToken: vi.fn<(init: Record<string, unknown>) => () => Promise<typeof ASSUMED>>(),
    fromTemporaryCredentials:
      vi.fn<(init: Record<string, unknown>) => () => Promise<typeof ASSUMED>>(),
  };
}

export type CredentialProvidersMock = ReturnType<typeof createCredentialProvidersMock>;

/** One of each per test file (vitest loads this module once per file). */
export const core = createCoreMock();
export const providers = createCredentialProvidersMock();

/** Everything one run left behind, read from the mocks. */
export interface RunResult {
  outputs: Record<string, string>;
  /** The message given to setFailed, or undefined when the step succeeded. */
  failure: string | undefined;
  warnings: string[];
  /** The titles given to the warnings' annotations, in order. */
  warningTitles: (string | undefined)[];
  notices: string[];
  errors: string[];
  infos: string[];
  /** Titles of the log groups opened. */
  groups: string[];
  /** What core.saveState saved, by name. */
  state: Record<string, string>;
  debugs: string[];
  /** The Markdown written to the job summary ('' when none). */
  summary: string;
  /** The operations Incident Manager received, in order, e.g. `CreateTimelineEvent`. */
  commands: string[];
}

const text = (value: unknown) => (value instanceof Error ? value.message : String(value));

export class MockedRunner {
  private inputs: InputMap = {};
  private summaries: string[] = [];
  private dir = '';
  private savedEnv: NodeJS.ProcessEnv = {};

  /** `operations` lists what the Incident Manager the run talked to received, in order. */
  constructor(private readonly operations: () => string[]) {}

  readonly core: CoreMock = core;
  readonly providers: CredentialProvidersMock = providers;

  /** Registers the per-test reset and environment restore in the calling test file. */
  install(): this {
    beforeEach(() => this.reset());
    afterEach(() => this.restore());
    return this;
  }

  private reset(): void {
    this.savedEnv = { ...process.env };
    for (const name of Object.keys(process.env)) {
      if (HOST_VARIABLE.test(name)) delete process.env[name];
    }
    this.dir = mkdtempSync(path.join(tmpdir(), 'ita-test-'));
    this.inputs = {};
    this.summaries = [];

    const core = this.core;
    for (const fn of Object.values(core)) if (typeof fn === 'function') fn.mockReset();
    core.summary.addRaw.mockReset();
    core.summary.write.mockReset();
    core.getInput.mockImplementation((name) => {
      // Reading an input action.yml does not declare would always get '' on a runner.
      if (!(name in ACTION_DEFAULTS)) throw new Error(`the action read undeclared input '${name}'`);
      return (this.inputs[name] ?? ACTION_DEFAULTS[name] ?? '').trim();
    });
    core.summary.addRaw.mockImplementation((markdown: string) => {
      this.summaries.push(markdown);
      return core.summary;
    });
    core.summary.write.mockImplementation(async () => core.summary);
    core.getIDToken.mockResolvedValue('oidc-token-from-github');

    const provider = async () => ({ ...ASSUMED });
    this.providers.fromWebToken.mockReset().mockImplementation(() => provider);
    this.providers.fromTemporaryCredentials.mockReset().mockImplementation(() => provider);
  }

  private restore(): void {
    for (const name of Object.keys(process.env)) {
      if (!(name in this.savedEnv)) delete process.env[name];
    }
    Object.assign(process.env, this.savedEnv);
    rmSync(this.dir, { recursive: true, force: true });
    vi.useRealTimers();
  }

  /** Sets the inputs, environment and event payload of one step. */
  arrange(scenario: Scenario): void {
    this.inputs = { ...scenario.inputs };
    this.summaries = [];
    const eventPath = path.join(this.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(scenario.payload ?? {}));
    const env: Record<string, string | undefined> = {
      ...BASE_ENV,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: path.join(this.dir, 'summary.md'),
      ...scenario.env,
    };
    for (const name of Object.keys(process.env)) {
      if (HOST_VARIABLE.test(name)) delete process.env[name];
    }
    for (const [name, value] of Object.entries(env)) {
      if (value !== undefined) process.env[name] = value;
    }
    const core = this.core;
    for (const fn of [
      core.setOutput,
      core.setFailed,
      core.warning,
      core.notice,
      core.info,
      core.debug,
      core.error,
      core.startGroup,
      core.saveState,
    ]) {
      fn.mockClear();
    }
    core.summary.addRaw.mockClear();
  }

  result(): RunResult {
    const core = this.core;
    const messages = (fn: { mock: { calls: unknown[][] } }) => fn.mock.calls.map((c) => text(c[0]));
    const failures = messages(core.setFailed);
    if (failures.length > 1) throw new Error(`setFailed was called ${failures.length} times`);
    return {
      outputs: Object.fromEntries(core.setOutput.mock.calls.map(([n, v]) => [n, String(v)])),
      failure: failures[0],
      warnings: messages(core.warning),
      warningTitles: core.warning.mock.calls.map(
        (c) => (c[1] as { title?: string } | undefined)?.title,
      ),
      notices: messages(core.notice),
      errors: messages(core.error),
      infos: messages(core.info),
      groups: messages(core.startGroup),
      state: Object.fromEntries(core.saveState.mock.calls.map(([n, v]) => [n, String(v)])),
      debugs: messages(core.debug),
      summary: this.summaries.join(''),
      commands: this.operations(),
    };
  }
}

/** Every string the action logged through core (the ACTIONS_STEP_DEBUG view of a run). */
export function loggedText(core: CoreMock): string[] {
  return [core.debug, core.info, core.warning, core.error, core.notice, core.setFailed].flatMap(
    (fn) => fn.mock.calls.map((c) => text(c[0])),
  );
}
