/**
 * Escapes untrusted text (titles, commit messages, dispatch inputs) for one line of GitHub
 * Markdown: HTML is neutralised, every Markdown punctuation character is backslash-escaped (so no
 * link, image, emphasis, heading or mention forms), and table pipes and line breaks are made safe.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~@:]/g, '\\$&')
    .replace(/\r?\n/g, '<br>');
}

/** A fenced code block whose fence is longer than any backtick run in the text, so it cannot be closed early. */
export function codeBlock(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}
