/**
 * One step of emulator/action.yml as GitHub's runner runs it: a fresh process with `INPUT_<NAME>`
 * variables (the inputs given, action.yml's defaults for the rest), the runner's files
 * (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY), `STATE_<name>` for what a main
 * step saved, and only the environment given (plus PATH).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from './bundle.js';

export const ACTION_YML = path.join(PACKAGE_ROOT, 'action.yml');

export interface ActionYml {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; main: string; post: string; 'post-if': string };
}

export const action = parse(readFileSync(ACTION_YML, 'utf8')) as ActionYml;
export const MAIN = path.join(PACKAGE_ROOT, action.runs.main);
export const POST = path.join(PACKAGE_ROOT, action.runs.post);

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved for the post step (core.saveState), by name. */
  state: Record<string, string>;
  /** What the step set for the later steps of the job (GITHUB_ENV), by name. */
  env: Record<string, string>;
}

/** A GITHUB_OUTPUT, GITHUB_STATE or GITHUB_ENV file: `name<<delimiter`, lines, `delimiter`. */
export function parseRunnerFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      values[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      values[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return values;
}

export async function runStep(options: {
  node: string;
  /** MAIN or POST. */
  entry: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  state?: Record<string, string>;
  workDir?: string;
}): Promise<StepResult> {
  const dir = options.workDir ?? mkdtempSync(path.join(tmpdir(), 'emulator-step-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_STATE: path.join(dir, 'state.txt'),
    GITHUB_ENV: path.join(dir, 'env.txt'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs))
    inputs[`INPUT_${name.toUpperCase()}`] = options.inputs?.[name] ?? input.default ?? '';
  const state = Object.fromEntries(
    Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value]),
  );
  const started = performance.now();
  const child = spawn(options.node, [options.entry], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: dir,
      ...files,
      ...options.env,
      ...state,
      ...inputs,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) =>
    child.once('close', (exitCode) => resolve(exitCode)),
  );
  return {
    code,
    stdout,
    stderr,
    durationMs: performance.now() - started,
    outputs: parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseRunnerFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseRunnerFile(readFileSync(files.GITHUB_ENV, 'utf8')),
  };
}
