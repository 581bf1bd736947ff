import * as core from '@actions/core';
import { collectFacts, type GivenFacts, type WorkflowFacts } from './read/facts.js';
import type { Env } from './runtime/env.js';

/**
 * What a run needs from whatever started it: the GitHub Actions runner (the action), or the
 * `incident-timeline` command (src/command/). The pipeline reads and writes through it only, so
 * the same run serves both; the log has its own swappable sink (log.ts).
 */
export interface Host {
  /** The environment the run reads (AWS_REGION, the time limits, STATE_* at job end, …). */
  readonly env: Env;
  /** One input's raw text, '' when not given. */
  getInput(name: string): string;
  /** The facts of the run that started it, with what the inputs add. */
  facts(given: GivenFacts): WorkflowFacts;
  /** Hides a secret in the log from now on. */
  setSecret(value: string): void;
  /** Hands a value to the job-end stage. */
  saveState(name: string, value: string): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary (called only when GITHUB_STEP_SUMMARY is set). */
  writeSummary(markdown: string): Promise<void>;
  /** Marks the run failed, with why. */
  setFailed(message: string): void;
  /** A GitHub OIDC token for `audience` (used only when the environment says one may be had). */
  getIdToken(audience: string): Promise<string>;
  /** What ends the run whose outcome finishes the events: `the job`, or `the command` under exec. */
  readonly endOfRun: string;
  /** What starts role-to-assume's default session name, before the run and its attempt. */
  readonly sessionPrefix: string;
  /** The ways to give AWS credentials here, said when none were found. */
  readonly credentialsHelp: string;
  /** Why role-to-assume failed where no GitHub OIDC is to be had by design; else the action's words. */
  readonly roleWithoutOidc?: (roleArn: string, detail: string) => string;
}

/** The runner's host: `@actions/core` and the runner's environment. */
export function actionsHost(env: Env = process.env): Host {
  return {
    env,
    getInput: (name) => core.getInput(name),
    facts: (given) => collectFacts(given, env),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message),
    getIdToken: (audience) => core.getIDToken(audience),
    endOfRun: 'the job',
    sessionPrefix: 'GitHubActions',
    credentialsHelp:
      "Give them one of these ways: role-to-assume with the job's permissions id-token: write (GitHub's OIDC); aws-actions/configure-aws-credentials in an earlier step; or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN for temporary ones) in the step's env.",
  };
}
