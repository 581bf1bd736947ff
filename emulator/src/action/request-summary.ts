/**
 * The job summary of the post step: what the emulator received, one row per operation and
 * answer. Everything in it came from requests (operation names, error types), so every cell is
 * escaped and adds no link, mention, HTML or row.
 */
import type { RecordedRequest, RequestLogUsage } from '../request-log.js';

/** GET /_emulator/requests. */
export interface RequestLogAnswer {
  requests: Pick<RecordedRequest, 'operation' | 'status' | 'errorType' | 'fault'>[];
  log?: Pick<RequestLogUsage, 'dropped'>;
}

/** Beyond this many rows the table is cut, with a line saying how many were left out. */
export const MAX_ROWS = 50;

// Characters that format, hide or reorder text: controls (Cc), format characters (Cf: zero-width
// characters, bidirectional overrides and isolates, the byte order mark) and the line and
// paragraph separators. Shown as their code point.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * One table cell of outside text: invisible characters shown as `U+XXXX`, then every ASCII
 * punctuation character backslash-escaped, which leaves no Markdown or HTML syntax (`<`, `&`,
 * `|`, `[`, `@`, `:` and `.` of an autolink), and no line break.
 */
export function escapeCell(text: string): string {
  return text
    .replace(
      INVISIBLE,
      (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    )
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** The emulator's URL as code, which no renderer turns into a link; on one line, unbroken. */
export function inlineCode(text: string): string {
  return `\`${text.replace(/[`|]/g, '').replace(INVISIBLE, '')}\``;
}

/** How a request was answered, in words: the status and error, or what happened instead. */
export function answerOf(request: RequestLogAnswer['requests'][number]): string {
  const fault = request.fault ? ` (fault: ${request.fault})` : '';
  if (request.status === null) return 'no answer yet';
  if (request.status === 0) return `connection dropped${fault}`;
  return `${request.status}${request.errorType ? ` ${request.errorType}` : ''}${fault}`;
}

export function requestSummary(url: string, answer: RequestLogAnswer): string {
  const counts = new Map<string, { operation: string; answer: string; count: number }>();
  for (const request of answer.requests) {
    const row = { operation: request.operation, answer: answerOf(request) };
    const key = JSON.stringify(row);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { ...row, count: 1 });
  }
  const total = answer.requests.length;
  const dropped = answer.log?.dropped ?? 0;
  const lines = [
    '### Incident Manager emulator',
    '',
    `${inlineCode(url)} received ${total === 0 ? 'no' : total} API request${total === 1 ? '' : 's'}${
      dropped > 0
        ? `, and ${dropped} older one${dropped === 1 ? '' : 's'} no longer in its log`
        : ''
    }.`,
  ];
  if (counts.size > 0) {
    lines.push('', '| Operation | Answer | Requests |', '| --- | --- | ---: |');
    for (const row of [...counts.values()].slice(0, MAX_ROWS))
      lines.push(`| ${escapeCell(row.operation)} | ${escapeCell(row.answer)} | ${row.count} |`);
    if (counts.size > MAX_ROWS)
      lines.push('', `${counts.size - MAX_ROWS} more rows are not shown.`);
  }
  return `${lines.join('\n')}\n`;
}
