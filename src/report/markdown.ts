import { COMMAND_GUARD, LINE_BREAK, showHidden } from '../runtime/inert.js';

/**
 * Escapes untrusted text (titles, commit messages, dispatch inputs, error messages) for one line
 * of GitHub Markdown: HTML is neutralised, every Markdown punctuation character is
 * backslash-escaped (so no link, image, emphasis, heading or mention forms), table pipes and
 * every kind of line break (a lone \r included, which would end a table row) are made safe, and
 * hidden characters (ANSI escapes, bidirectional and zero-width characters) are shown as escapes.
 *
 * Backslashes do not stop GitHub's autolinks: cmark-gfm finds e-mail addresses (and `mailto:`,
 * `xmpp:`) in the text after escapes are resolved, so `a\@b\.example` is still a mailto: link,
 * and so is `a&#64;b.example`. A word joiner after the `@` (invisible, and not an address
 * character) leaves no address to find; the same after `www` and before a scheme's `://` keeps
 * the other autolinks from forming whatever a renderer does with the escapes. The text reads the
 * same.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    // The log's command guard (from `inert`) means nothing here; any other word joiner is shown.
    .replace(COMMAND_GUARD, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~@:]/g, '\\$&')
    .replace(LINE_BREAK, '<br>');
  return showHidden(escaped)
    .replace(/\\@/g, '\\@\u2060')
    .replace(/\b(www)(?=\\\.)/gi, '$1\u2060')
    .replace(/(?<=[a-z0-9])(?=\\:\/\/)/gi, '\u2060');
}

/** An ARN or ID as inline code: readable, on one line, and inert whatever it contains. */
export function inlineCode(value: string): string {
  if (!value) return '–';
  const text = showHidden(value.replace(/`/g, "'").replace(/\|/g, '\\|').replace(LINE_BREAK, ' '));
  return `\`${text}\``;
}
