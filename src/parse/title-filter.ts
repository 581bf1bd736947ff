import { InputError, quoteInput } from '../runtime/errors.js';
import { inert } from '../runtime/inert.js';

export type TitleMatcher = (title: string) => boolean;

/** What `title-filter` asks for, checked for form; `compileTitleFilter` makes the matcher. */
export type TitleFilter =
  { kind: 'substring'; text: string } | { kind: 'regex'; source: string; flags: string };

// u and v are accepted for the workflows written for JavaScript's engine; RE2 always matches by
// Unicode code point, so they change nothing.
const FLAGS = new Set(['i', 'm', 's', 'u', 'v']);

/** A case-insensitive substring, or a regular expression written `/pattern/flags` (flags i, m, s, u, v). */
export function parseTitleFilter(input: string, value: string): TitleFilter {
  const v = value.trim();
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(v);
  if (!regex && v.startsWith('/')) {
    // A regular expression with its closing slash forgotten would match no title, silently.
    throw new InputError(
      input,
      `${quoteInput(value)} starts with / but is not a regular expression written /pattern/flags. For a regular expression, close it (${inert(`${v}/i`)}); for a substring of the title, leave out the leading / (${inert(v.slice(1) || 'checkout')}), or write a title that starts with / as /\\/…/.`,
    );
  }
  if (!regex) return { kind: 'substring', text: v };
  const [, source, flags] = regex as unknown as [string, string, string];
  const bad = [...flags].filter((flag) => !FLAGS.has(flag));
  if (bad.length > 0) {
    throw new InputError(
      input,
      `flag(s) ${quoteInput(bad.join(''))} are not accepted; use i (ignore case), m (multi-line), s (dot matches newlines), u or v.`,
    );
  }
  return { kind: 'regex', source, flags };
}

/**
 * The matcher of a title filter. A regular expression runs on RE2's linear-time engine (re2js):
 * JavaScript's own engine backtracks, so a pattern such as `/(a+)+$/` can take minutes on one
 * title, synchronously, where no deadline can stop it. RE2 has no backreferences or lookaround;
 * such a pattern is refused with the engine's reason. The engine is loaded only for a regex.
 */
export async function compileTitleFilter(
  input: string,
  filter: TitleFilter,
): Promise<TitleMatcher> {
  if (filter.kind === 'substring') {
    const needle = filter.text.toLowerCase();
    return (title) => title.toLowerCase().includes(needle);
  }
  const { RE2JS } = await import(/* webpackChunkName: "re2js" */ 're2js');
  let flags = 0;
  if (filter.flags.includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
  if (filter.flags.includes('m')) flags |= RE2JS.MULTILINE;
  if (filter.flags.includes('s')) flags |= RE2JS.DOTALL;
  let pattern: InstanceType<typeof RE2JS>;
  try {
    pattern = RE2JS.compile(filter.source, flags);
  } catch (error) {
    throw new InputError(
      input,
      `${quoteInput(`/${filter.source}/${filter.flags}`)} is not accepted: ${inert((error as Error).message)}. Patterns run on a linear-time engine (RE2 syntax): no backreferences or lookaround.`,
    );
  }
  return (title) => pattern.test(title);
}
