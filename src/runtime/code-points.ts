/**
 * The service counts a string's length in Unicode code points (the Smithy `length` trait), not in
 * the UTF-16 units of JavaScript's `.length`: an emoji is one character of eventData's 12,000.
 * Every model limit is checked, and every text cut to one, in these units.
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The first `count` code points of `text`: a cut never leaves half of a surrogate pair. */
export function firstCodePoints(text: string, count: number): string {
  if (text.length <= count) return text;
  let end = 0;
  let taken = 0;
  for (const c of text) {
    if (taken === count) break;
    end += c.length;
    taken++;
  }
  return text.slice(0, end);
}
