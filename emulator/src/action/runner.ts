/**
 * What a JavaScript action says to GitHub's runner, without @actions/core, so that the emulator's
 * action stays free of dependencies: the GITHUB_ENV, GITHUB_OUTPUT and GITHUB_STATE files, the
 * saved state the post step gets as STATE_<name>, the job summary, and workflow commands.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

/** Every line break the runner may honour: it reads a step's log line by line. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;

/**
 * Appends `name<<delimiter`, the value, `delimiter` to one of the runner's files: the form in
 * which no value (a newline in it, a `=`) can set another variable. The delimiter is random, as
 * @actions/core makes it, and checked against the value.
 */
function appendVariable(fileVariable: string, name: string, value: string): void {
  const file = process.env[fileVariable];
  if (!file) throw new Error(`${fileVariable} is not set: run this as a step of a GitHub job`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`the value of ${name} holds its own delimiter`);
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** A variable for the steps after this one (GITHUB_ENV). */
export function exportVariable(name: string, value: string): void {
  appendVariable('GITHUB_ENV', name, value);
}

export function setOutput(name: string, value: string): void {
  appendVariable('GITHUB_OUTPUT', name, value);
}

/** Saved for this action's post step, which reads it with `savedState`. */
export function saveState(name: string, value: string): void {
  appendVariable('GITHUB_STATE', name, value);
}

/** What the main step saved, as the runner hands it to the post step; '' when nothing was. */
export function savedState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set');
  appendFileSync(file, markdown);
}

/** A workflow command's message, escaped as the runner unescapes it (one line, `%` kept). */
function commandData(message: string): string {
  return message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function warning(message: string): void {
  process.stdout.write(`::warning::${commandData(message)}\n`);
}

export function error(message: string): void {
  process.stdout.write(`::error::${commandData(message)}\n`);
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

/**
 * Text that came from elsewhere (the emulator's log, which quotes request paths and seed files),
 * shown in a collapsed group and never run as a workflow command: the runner ignores commands
 * between `::stop-commands::<token>` and `::<token>::`, and the token is random so the text
 * cannot end the pause itself.
 */
export function printVerbatim(title: string, text: string): void {
  const token = `emulator-${randomUUID()}`;
  process.stdout.write(`::group::${commandData(title)}\n::stop-commands::${token}\n`);
  const body = text.replace(LINE_BREAK, '\n');
  process.stdout.write(body.endsWith('\n') || body === '' ? body : `${body}\n`);
  process.stdout.write(`::${token}::\n::endgroup::\n`);
}
