import { codePointLength, firstCodePoints } from '../runtime/code-points.js';

/** A commit subject is shown in one line of a timeline: longer ones are cut, with a marker. */
export const MAX_COMMIT_SUBJECT = 200;

/**
 * The first line of a commit message, as one line of plain text: control characters (ANSI
 * escapes, bidirectional overrides, zero-width characters) are shown as escapes, never kept, so
 * that a subject cannot reorder or hide what a responder reads; cut at MAX_COMMIT_SUBJECT.
 */
export function commitSubjectOf(message: string): string {
  const line = (message.split(/\r\n|[\n\r\u2028\u2029\u0085]/, 1)[0] ?? '').trim();
  const visible = line.replace(
    /[\p{Cc}\p{Cf}]/gu,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
  return codePointLength(visible) > MAX_COMMIT_SUBJECT
    ? `${firstCodePoints(visible, MAX_COMMIT_SUBJECT - 1).trimEnd()}…`
    : visible;
}
