import { LINE_BREAK } from './inert.js';

/**
 * Escapes untrusted text (titles, commit messages, dispatch inputs, error messages) for one line
 * of GitHub Markdown: HTML is neutralised, every Markdown punctuation character is
 * backslash-escaped (so no link, image, emphasis, heading or mention forms), and table pipes and
 * every kind of line break (a lone \r included, which would end a table row) are made safe.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~@:]/g, '\\$&')
    .replace(LINE_BREAK, '<br>');
}

/** An ARN or ID as inline code: readable, on one line, and inert whatever it contains. */
export function inlineCode(value: string): string {
  if (!value) return '–';
  const text = value.replace(/`/g, "'").replace(/\|/g, '\\|').replace(LINE_BREAK, ' ');
  return `\`${text}\``;
}

/** A fenced code block whose fence is longer than any backtick run in the text, so it cannot be closed early. */
export function codeBlock(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}
