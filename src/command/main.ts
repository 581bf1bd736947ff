import { run } from '../main.js';
import { getInputs, readFailOnError, type Stage } from '../read/inputs.js';
import { parseBoolean } from '../parse/scalars.js';
import type { Env } from '../runtime/env.js';
import { InputError, InputErrors, safeMessage } from '../runtime/errors.js';
import { log, setLogSink } from '../runtime/log.js';
import { ACTION_VERSION } from '../runtime/version.js';
import { helpText } from './help.js';
import type { RunReport } from '../report/report.js';
import { outputsOf } from '../report/report.js';
import { exitStatusOf, FORWARDED, jobStatusOf, runCommand, type Ended } from './exec.js';
import { ciFactsOnce, commandHost, stderrSink, type CommandRecord } from './host.js';
import { gitRunner, type CiFacts } from '../read/ci-facts.js';
import type { GivenFacts } from '../read/facts.js';
import {
  envName,
  OPTIONS,
  optionReader,
  parseCommandLine,
  UsageError,
  type Subcommand,
} from './options.js';

/** Exit statuses: written, skipped or a dry run; a failure; bad options. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Where the command writes: the JSON on standard output, the log and errors on standard error. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** The outputs as native JSON values: lists as arrays, `skipped` as a boolean. */
export function jsonOutputs(outputs: ReadonlyMap<string, string>): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [name, value] of outputs) {
    if (name === 'event-ids' || name === 'incident-arns' || name === 'results') {
      json[name] = JSON.parse(value) as unknown;
    } else if (name === 'skipped') json[name] = value === 'true';
    else json[name] = value;
  }
  return json;
}

/** An input's error, with the option and variable that give it. */
function usageMessage(error: InputError | InputErrors): string {
  const errors = error instanceof InputErrors ? error.errors : [error];
  const where = [...new Set(errors.map((e) => e.input))]
    .filter((input) => OPTIONS.has(input))
    .map((input) => `${input}: --${input} or ${envName(input)}`);
  return `${error.message}${where.length > 0 ? `\n(${where.join('; ')})` : ''}`;
}

interface Prepared {
  kind: Subcommand;
  read: (name: string) => string;
  command: string[];
  /** exec: --fail-on-error given explicitly (its variable included). */
  failOnErrorGiven: boolean;
}

/** Parses and checks everything before anything is run or sent; a UsageError means exit 2. */
async function prepare(argv: readonly string[], env: Env, ciFacts: (given: GivenFacts) => CiFacts) {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help' || parsed.kind === 'version') return parsed;
  const options = optionReader(parsed.given, env);
  // As getInputs gives it to the run, so that the run's facts are these.
  const ci = ciFacts({ sha: options('sha').toLowerCase(), jobInstance: '' });
  const exec = parsed.kind === 'exec';
  const failOnErrorGiven = options('fail-on-error') !== '';
  // A dry run creates nothing to finish; a bad value is refused by getInputs below.
  const dryRun = ((value) => {
    try {
      return value !== '' && parseBoolean('dry-run', value);
    } catch {
      return false;
    }
  })(options('dry-run'));
  if (exec && options('event-id')) {
    throw new UsageError(
      'exec creates its own event and updates it when the command ends, so --event-id is not accepted; use mark --event-id to update an event.',
    );
  }
  const read = (name: string): string => {
    if (name === 'pipeline-arn') return options(name) || ci.pipelineArn;
    // exec marks 'started' and finishes the event itself, as the action's job-end step does.
    if (exec && name === 'finish-on-job-end') return String(!dryRun);
    // exec: a marker that fails is a warning, unless --fail-on-error was given.
    if (exec && name === 'fail-on-error') return failOnErrorGiven ? options(name) : 'false';
    return options(name);
  };
  try {
    await getInputs(read, env, 'main');
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors) {
      throw new UsageError(usageMessage(error));
    }
    throw error;
  }
  log.info(`Facts from ${ci.name}${ci.facts.sha ? `: commit ${ci.facts.shortSha}` : ''}.`);
  return { kind: parsed.kind, read, command: parsed.command, failOnErrorGiven } satisfies Prepared;
}

async function stage(
  stageName: Stage,
  env: Env,
  read: (name: string) => string,
  record: CommandRecord,
  ciFacts: (given: GivenFacts) => CiFacts,
): Promise<{ failed: boolean; report: RunReport }> {
  return run(stageName, commandHost(env, read, record, ciFacts));
}

/**
 * The command: `mark` or `exec`, or help. Resolves to the exit status. The log goes to stderr
 * through the command's sink for as long as it runs.
 */
export async function commandMain(
  argv: readonly string[],
  env: Env = process.env,
  io: CommandIo = processIo,
): Promise<number> {
  const previous = setLogSink(stderrSink(io.stderr, env.INCIDENT_TIMELINE_DEBUG === 'true'));
  try {
    return await main(argv, env, io);
  } finally {
    setLogSink(previous);
  }
}

async function main(argv: readonly string[], env: Env, io: CommandIo): Promise<number> {
  const ciFacts = ciFactsOnce(env, gitRunner(process.cwd()));
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(argv, env, ciFacts);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n`);
    return EXIT.usage;
  }
  if (prepared.kind === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (prepared.kind === 'version') {
    io.stdout(`${ACTION_VERSION}\n`);
    return EXIT.ok;
  }
  const record: CommandRecord = { outputs: new Map(), state: new Map() };
  if (prepared.kind === 'mark') {
    const { failed } = await stage('main', env, prepared.read, record, ciFacts);
    if (record.failure) io.stderr(`error: ${record.failure}\n`);
    io.stdout(`${JSON.stringify(jsonOutputs(record.outputs))}\n`);
    return failed ? EXIT.failed : EXIT.ok;
  }
  return execute(prepared, env, io, record, ciFacts);
}

/**
 * exec: marks 'started' (as a step with finish-on-job-end does), runs the command, then runs the
 * job-end stage in process on the state kept in memory, with the command's outcome as the job's.
 */
async function execute(
  prepared: Prepared,
  env: Env,
  io: CommandIo,
  record: CommandRecord,
  ciFacts: (given: GivenFacts) => CiFacts,
): Promise<number> {
  // A signal while the start is marked (the run's own cancellation handles the writes): the
  // command is then not started. Later ones are the command's (forwarded to it), and the update
  // at the end, bounded by its own deadline, is not cut short by them.
  let stopped: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => (stopped ??= signal);
  for (const signal of FORWARDED) process.on(signal, stop);
  try {
    return await markRunFinish(prepared, env, io, record, ciFacts, () => stopped);
  } finally {
    for (const signal of FORWARDED) process.off(signal, stop);
  }
}

async function markRunFinish(
  prepared: Prepared,
  env: Env,
  io: CommandIo,
  record: CommandRecord,
  ciFacts: (given: GivenFacts) => CiFacts,
  stoppedBy: () => NodeJS.Signals | undefined,
): Promise<number> {
  const marked = await stage('main', env, prepared.read, record, ciFacts).catch(
    (error: unknown) => {
      log.warning(`The start could not be marked: ${safeMessage(error)}`);
      return undefined;
    },
  );
  if (record.failure) log.warning(`The start was not marked: ${record.failure}`);
  const stopped = stoppedBy();
  const ended: Ended = stopped
    ? { code: null, signal: stopped, interrupted: stopped, spawnError: '' }
    : await runCommand(prepared.command, env as NodeJS.ProcessEnv);
  if (ended.spawnError) log.warning(`The command could not be started: ${ended.spawnError}`);
  const jobStatus = jobStatusOf(ended);
  let finished: RunReport | undefined;
  if (record.state.size > 0) {
    const stateEnv: Record<string, string | undefined> = { ...env };
    for (const [name, value] of record.state) stateEnv[`STATE_${name}`] = value;
    const read = (name: string) => (name === 'job-status' ? jobStatus : prepared.read(name));
    const done = await stage(
      'job-end',
      stateEnv,
      read,
      { outputs: new Map(), state: new Map() },
      ciFacts,
    ).catch((error: unknown) => {
      log.warning(`The event could not be finished: ${safeMessage(error)}`);
      return undefined;
    });
    finished = done?.report;
  }
  const finishFailed =
    record.state.size > 0 &&
    (!finished || finished.outcome === 'failed' || finished.outcome === 'partial');
  const markerFailed =
    !marked || marked.failed || marked.report.outcome === 'failed' || finishFailed;
  const status = exitStatusOf(ended);
  io.stdout(
    `${JSON.stringify({
      ...jsonOutputs(record.outputs),
      ...(finished
        ? { 'event-data': outputsOf(finished)['event-data'], 'finish-outcome': finished.outcome }
        : {}),
      'job-status': jobStatus,
      'exit-status': status,
    })}\n`,
  );
  if (status === 0 && markerFailed && prepared.failOnErrorGiven && readFailOnError(prepared.read)) {
    io.stderr(
      'error: the command succeeded, but its marker could not be written (--fail-on-error).\n',
    );
    return EXIT.failed;
  }
  return status;
}
