/**
 * The inputs of emulator/action.yml, read and checked before anything starts. A bad one fails the
 * step with a message that names it and says what is accepted.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`Input '${input}': ${detail}`);
  }
}

/** Where the seed comes from: a file of the workspace, or a document written in the workflow. */
export type SeedSource =
  { kind: 'none' } | { kind: 'file'; path: string } | { kind: 'inline'; document: string };

export interface EmulatorActionInputs {
  seed: SeedSource;
  port: number;
  /** Absolute path of the state file, or '' for none. */
  state: string;
  /** '' for the emulator's default account. */
  accountId: string;
  /** Further command-line flags for the emulator. */
  args: string[];
  /** Whether later steps get AWS_ENDPOINT_URL_STS, the emulator's STS stand-in. */
  emulateSts: boolean;
}

/** The flags the action sets from its inputs, by the input that sets them. */
const FLAGS_OF_INPUTS = new Map([
  ['--port', 'port'],
  ['--seed', 'seed'],
  ['--state', 'state'],
  ['--account-id', 'account-id'],
]);

/** An input as the runner passes it: `INPUT_<NAME>`, upper case, hyphens kept. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A path given in the workflow, relative to the workspace (where `run:` steps start too). */
export function workspacePath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return isAbsolute(path) ? path : resolve(env.GITHUB_WORKSPACE || process.cwd(), path);
}

export function parseSeed(value: string, env: NodeJS.ProcessEnv = process.env): SeedSource {
  if (!value) return { kind: 'none' };
  if (value.startsWith('{')) {
    try {
      JSON.parse(value);
    } catch (cause) {
      throw new InputError(
        'seed',
        `an inline seed document must be JSON: ${(cause as Error).message}`,
      );
    }
    return { kind: 'inline', document: value };
  }
  const path = workspacePath(value, env);
  if (!existsSync(path))
    throw new InputError(
      'seed',
      `no file at ${path}. Give the path of a seed JSON file (relative to the workspace), or a seed document inline (JSON that begins with '{').`,
    );
  if (!statSync(path).isFile()) throw new InputError('seed', `${path} is not a file`);
  return { kind: 'file', path };
}

export function parsePort(value: string): number {
  if (!value) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InputError(
      'port',
      `'${value}' must be a port number from 0 to 65535 (0: a free one)`,
    );
  return port;
}

export function parseStatePath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!value) return '';
  const path = workspacePath(value, env);
  if (!existsSync(dirname(path)))
    throw new InputError('state', `the directory of ${path} does not exist`);
  if (existsSync(path) && !statSync(path).isFile())
    throw new InputError('state', `${path} is not a file`);
  return path;
}

export function parseAccountId(value: string): string {
  if (value && !/^\d{12}$/.test(value))
    throw new InputError('account-id', `'${value}' must be an AWS account ID of 12 digits`);
  return value;
}

/** Flags separated by white space or newlines, taken as they are (no shell quoting). */
export function parseArgs(value: string): string[] {
  const args = value.split(/\s+/).filter(Boolean);
  for (const arg of args) {
    const flag = arg.split('=')[0] ?? arg;
    const input = FLAGS_OF_INPUTS.get(flag);
    if (input) throw new InputError('args', `${flag} is set by the input '${input}'`);
    if (flag === '--help') throw new InputError('args', '--help would not start the emulator');
  }
  return args;
}

/** `true` or `false`, as YAML 1.2's core schema writes them (the runner passes any case). */
export function parseBoolean(input: string, value: string): boolean {
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new InputError(input, `'${value}' must be true or false`);
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): EmulatorActionInputs {
  return {
    seed: parseSeed(readInput('seed', env), env),
    port: parsePort(readInput('port', env)),
    state: parseStatePath(readInput('state', env), env),
    accountId: parseAccountId(readInput('account-id', env)),
    args: parseArgs(readInput('args', env)),
    emulateSts: parseBoolean('emulate-sts', readInput('emulate-sts', env) || 'true'),
  };
}
