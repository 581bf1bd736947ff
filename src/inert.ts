/**
 * Outside text made inert for the log: kept apart from `log.ts`, which loads `@actions/core`, so
 * that modules with no business with Actions (the AWS calls) can use it.
 */
/**
 * The runner reads a step's output line by line (a line ends at \n, \r or \r\n) and runs a line
 * as a workflow command when, after leading white space, it starts with `::`, or when it holds
 * `##[` anywhere (the older command form, still parsed). Text that came from outside (AWS answers
 * and errors, incident titles, commit messages, dispatch inputs) must never do either.
 */
/** Every line break the runner or a Markdown renderer may honour. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;
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
