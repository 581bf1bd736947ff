import * as core from '@actions/core';
import { detectCiFacts, type CiFacts, type GitRunner } from '../read/ci-facts.js';
import type { GivenFacts } from '../read/facts.js';
import type { Env } from '../runtime/env.js';
import type { Host } from '../host.js';
import { guardLines, inert, type LogSink } from '../runtime/log.js';

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
      : // A title is one inert line, whatever it quotes.
        `${kind}: ${inert(title.replace(/^Incident timeline: /, ''))}: `;
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

/** What the command's host keeps for the caller: the outputs, the saved state and the failure. */
export interface CommandRecord {
  outputs: Map<string, string>;
  state: Map<string, string>;
  failure?: string;
}

/**
 * The facts of the CI the command runs in, detected once for the command's whole run: both stages
 * of exec write with the same facts (outside any CI, with its one fresh job instance).
 */
export function ciFactsOnce(env: Env, git: GitRunner): (given: GivenFacts) => CiFacts {
  const detected = new Map<string, CiFacts>();
  return (given) => {
    const key = JSON.stringify([given.sha ?? '', given.jobInstance ?? '']);
    let ci = detected.get(key);
    if (!ci) {
      ci = detectCiFacts(env, given, git);
      detected.set(key, ci);
    }
    return ci;
  };
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
  ciFacts: (given: GivenFacts) => CiFacts,
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
    facts: (given) => ciFacts(given).facts,
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
    endOfRun: 'the command',
    sessionPrefix: 'incident-timeline',
    ...roleWithoutOidc,
    credentialsHelp:
      "The command uses the AWS SDK's default chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN); AWS_PROFILE; a web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN, as the OIDC guides of GitLab and CircleCI set up); or the role of the build, container or instance (CodeBuild's service role). --role-to-assume then chains from them.",
  };
}
