import * as core from '@actions/core';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { detectCiFacts, type CiFacts, type GitRunner } from '../read/ci-facts.js';
import type { GivenFacts, WorkflowFacts } from '../read/facts.js';
import type { Env } from '../runtime/env.js';
import type { Host } from '../host.js';
import { guardLines, type LogSink } from '../runtime/log.js';

/** The step's id in the token: one constant, so that a retried command in one CI job writes once. */
export const COMMAND_STEP = 'incident-timeline';

/** `text`'s lines, the first after `prefix`, the others indented under it; none can form a command. */
function lines(prefix: string, text: string): string {
  return `${prefix}${guardLines(text).replace(/\r\n|[\n\r]/g, '\n  ')}\n`;
}

/**
 * The command's log: plain lines on standard error (standard output carries the JSON), no
 * workflow commands, and outside text as inert as in the action's log. Debug lines show with
 * INCIDENT_TIMELINE_DEBUG=true.
 */
export function stderrSink(
  write: (text: string) => void = (text) => void process.stderr.write(text),
  debug = false,
): LogSink {
  const titled = (kind: string, title: string) =>
    title === 'Incident timeline'
      ? `${kind}: `
      : `${kind}: ${title.replace(/^Incident timeline: /, '')}: `;
  return {
    info: (line) => write(lines('', line)),
    debug: (message) => {
      if (debug) write(lines('debug: ', message));
    },
    warning: (message, title) => write(lines(titled('warning', title), message)),
    notice: (message, title) => write(lines(titled('notice', title), message)),
    group(title, body) {
      write(lines('', title));
      for (const line of body) write(lines('  ', line));
    },
  };
}

/** git in the working directory, each question asked once: '' when git fails or is not there. */
export function gitRunner(cwd = process.cwd()): GitRunner {
  const answers = new Map<string, string>();
  return (args) => {
    const key = JSON.stringify(args);
    let answer = answers.get(key);
    if (answer === undefined) {
      try {
        answer = execFileSync('git', args, {
          cwd,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          timeout: 5_000,
        }).trim();
      } catch {
        answer = '';
      }
      answers.set(key, answer);
    }
    return answer;
  };
}

/** What the command's host keeps for the caller: the outputs, the saved state and the failure. */
export interface CommandRecord {
  outputs: Map<string, string>;
  state: Map<string, string>;
  failure?: string;
}

/**
 * The facts of the CI the command runs in. Outside any CI, each run is its own: a run ID of its
 * own, so that two marks of the same text are two events (`--client-token` makes retries one).
 */
export function commandFacts(
  env: Env,
  given: GivenFacts,
  git: GitRunner,
  localRun: string,
): CiFacts {
  const ci = detectCiFacts(env, given, git);
  const facts: WorkflowFacts = { ...ci.facts, step: COMMAND_STEP };
  if (ci.system === 'none' && !facts.runId) facts.runId = localRun;
  return { ...ci, facts };
}

/**
 * The command's host: inputs from the options and INCIDENT_TIMELINE_* variables, the facts of the
 * CI it runs in, the state kept in memory (exec runs the job-end stage in the same process), the
 * outputs kept for the JSON, and no GitHub call outside GitHub Actions.
 */
export function commandHost(
  env: Env,
  read: (name: string) => string,
  record: CommandRecord,
  git: GitRunner = gitRunner(),
  localRun = `local-${randomUUID()}`,
): Host {
  const inGitHub = env.GITHUB_ACTIONS === 'true';
  // Inside a GitHub job the action's advice (its OIDC, configure-aws-credentials) holds.
  const roleWithoutOidc = inGitHub
    ? {}
    : {
        roleWithoutOidc: (roleArn: string, detail: string) =>
          `Could not assume role ${roleArn} with the default credentials (the AWS SDK's chain): allow them sts:AssumeRole on it, and allow them in its trust policy. ${detail}`,
      };
  return {
    env,
    getInput: read,
    facts: (given) => commandFacts(env, given, git, localRun).facts,
    setSecret: (value) => {
      // Inside a GitHub job the runner masks it; standard output is the JSON's, so on stderr.
      if (inGitHub && value) process.stderr.write(`::add-mask::${value}\n`);
    },
    saveState: (name, value) => void record.state.set(name, value),
    setOutput: (name, value) => void record.outputs.set(name, value),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => {
      record.failure = message;
    },
    getIdToken: (audience) => core.getIDToken(audience),
    ...roleWithoutOidc,
    credentialsHelp:
      "The command uses the AWS SDK's default chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN); AWS_PROFILE; a web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN, as the OIDC guides of GitLab and CircleCI set up); or the role of the build, container or instance (CodeBuild's service role). --role-to-assume then chains from them.",
  };
}
