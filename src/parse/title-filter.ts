import { InputError } from '../errors.js';

export type TitleMatcher = (title: string) => boolean;

/** A case-insensitive substring, or a regular expression written `/pattern/flags`. */
export function parseTitleFilter(input: string, value: string): TitleMatcher {
  const v = value.trim();
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(v);
  if (!regex) {
    const needle = v.toLowerCase();
    return (title) => title.toLowerCase().includes(needle);
  }
  const [, source, flags] = regex as unknown as [string, string, string];
  // 'g' and 'y' make RegExp.test stateful across titles, which would skip matches.
  const bad = flags.replace(/[imsuv]/g, '');
  if (bad) {
    throw new InputError(input, `flag(s) '${bad}' are not accepted; use i, m, s, u or v.`);
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags);
  } catch (error) {
    throw new InputError(
      input,
      `'${v}' is not a valid regular expression: ${(error as Error).message}.`,
    );
  }
  return (title) => pattern.test(title);
}
