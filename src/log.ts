import * as core from '@actions/core';

/**
 * The runner reads a step's output line by line (a line ends at \n, \r or \r\n) and runs a line
 * as a workflow command when, after leading white space, it starts with `::`, or when it holds
 * `##[` anywhere (the older command form, still parsed). Text that came from outside (AWS answers
 * and errors, incident titles, commit messages, dispatch inputs) must never do either.
 */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;
// \s and NEL: what .NET's TrimStart() removes before the runner looks for `::`.
const COMMAND_START = /^([\s\u0085\u180e]*):(?=:)/;
const OLD_COMMAND = /##\[/g;

/** Outside text as one inert line: line breaks shown as `\n`, and no command can form in it. */
export function inert(text: string): string {
  return guardLine(
    text.replace(LINE_BREAK, (brk) => (brk === '\r\n' ? '\\r\\n' : brk === '\r' ? '\\r' : '\\n')),
  );
}

/**
 * A zero-width word joiner (not white space to the runner) between the characters of `::` at the
 * start of a line and inside `##[`: the text reads the same, and no command is parsed.
 */
function guardLine(line: string): string {
  return line.replace(COMMAND_START, '$1:\u2060').replace(OLD_COMMAND, '##\u2060[');
}

/** Every line of a message made safe, whatever was put into it. */
export function guardLines(message: string): string {
  return message
    .split(/(\r\n|[\n\r])/)
    .map((part, index) => (index % 2 === 1 ? part : guardLine(part)))
    .join('');
}

/**
 * The action's log. Plain lines go through `guardLines`; annotations and debug lines are workflow
 * commands whose data `@actions/core` escapes (line breaks become %0A), so nothing in them can
 * start a line. Annotations carry a title so they read well in the run's summary.
 */
export const log = {
  info(message: string): void {
    core.info(guardLines(message));
  },
  debug(message: string): void {
    core.debug(message);
  },
  warning(message: string, title = 'Incident timeline'): void {
    core.warning(message, { title });
  },
  notice(message: string, title = 'Incident timeline'): void {
    core.notice(message, { title });
  },
  /** A titled, collapsible block of lines: one per incident, printed whole so targets never interleave. */
  group(title: string, lines: readonly string[]): void {
    core.startGroup(inert(title));
    for (const line of lines) core.info(guardLines(line));
    core.endGroup();
  },
};
