/**
 * Outside text made inert for the log: kept apart from `log.ts`, which loads `@actions/core`, so
 * that modules with no business with Actions (the AWS calls) can use it.
 */

/** Every line break the runner or a Markdown renderer may honour. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;

/**
 * The runner reads a step's output line by line (a line ends at \n, \r or \r\n) and runs a line
 * as a workflow command when, after leading white space, it starts with `::`, or when it holds
 * `##[` anywhere (the older command form, still parsed). Text that came from outside (AWS answers
 * and errors, incident titles, commit messages, dispatch inputs) must never do either. The white
 * space before `::` is `\s` and NEL: what .NET's TrimStart() removes before the runner looks.
 */
const COMMAND_START = /^([\s\u0085\u180e]*):(?=:)/;
const OLD_COMMAND = /##\[/g;

/**
 * Characters a terminal or a renderer acts on instead of showing: C0 and C1 controls (ESC and CSI
 * start ANSI escapes; tab and the line breaks are left to LINE_BREAK's callers), bidirectional
 * controls (which reorder what is shown: `exe.live` reads as `evil.exe`) and zero-width characters.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** `\x1b`, `\u202E`: the character's code written out, so it is seen and never acted on. */
export function showHidden(text: string): string {
  return text.replace(HIDDEN, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** True when a text shows nothing: only white space, zero-width and bidirectional controls. */
export function isBlank(text: string): boolean {
  return text.replace(HIDDEN, '').trim() === '';
}

/**
 * How much of an outside text a message quotes by default: a few hundred characters, enough for
 * any incident record ARN (at most 388) and title (200) whole.
 */
export const QUOTE_MAX = 400;

/**
 * The first `max` characters of `text` and a marker saying how many were left out; whole when it
 * fits. Never cuts a surrogate pair in two.
 */
export function cut(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  const more = text.length - end;
  return `${text.slice(0, end)}… (${more.toLocaleString('en-US')} more character${more === 1 ? '' : 's'})`;
}

/**
 * Outside text as one inert line: cut to QUOTE_MAX characters, line breaks shown as `\n`, hidden
 * characters shown as escapes, and no command can form in it. One parameter, so `.map(inert)`
 * works; `inertUpTo` quotes more where a longer text is expected (a role ARN).
 */
export function inert(text: string): string {
  return inertUpTo(text, QUOTE_MAX);
}

export function inertUpTo(text: string, max: number): string {
  const shown = showHidden(
    cut(text, max).replace(LINE_BREAK, (brk) =>
      brk === '\r\n' ? '\\r\\n' : brk === '\r' ? '\\r' : '\\n',
    ),
  );
  // Last: the guard's own word joiner must not be shown as an escape.
  return guardLine(shown);
}

/**
 * A zero-width word joiner (not white space to the runner) between the characters of `::` at the
 * start of a line and inside `##[`: the text reads the same, and no command is parsed.
 */
function guardLine(line: string): string {
  return line.replace(COMMAND_START, '$1:\u2060').replace(OLD_COMMAND, '##\u2060[');
}

/** What `guardLine` inserts, for renderers (Markdown) that run no commands and would show it. */
export const COMMAND_GUARD = /(?<=:)\u2060(?=:)|(?<=##)\u2060(?=\[)/g;

/** Every line of a message made safe, whatever was put into it. */
export function guardLines(message: string): string {
  return message
    .split(/(\r\n|[\n\r])/)
    .map((part, index) => (index % 2 === 1 ? part : guardLine(part)))
    .join('');
}
