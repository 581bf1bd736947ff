import { InputError, quoteInput } from '../runtime/errors.js';

const UNIT_MS = new Map([
  ['s', 1_000],
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
  ['w', 604_800_000],
]);

/** Incident Manager keeps no incident older than this matters to a deployment marker. */
export const MAX_DURATION_MS = 3650 * 86_400_000;

/**
 * Parses `90m`, `24h`, `7d`, `1h30m`, `2w` into milliseconds, at most 3650 days. A bare number is
 * refused on purpose: `created-within: 30` could mean minutes or days, and guessing would widen or
 * narrow a search.
 */
export function parseDuration(input: string, value: string): number {
  const v = value.trim().toLowerCase();
  if (!/^(\d{1,12}(\.\d{1,6})?[smhdw])+$/.test(v)) {
    throw new InputError(
      input,
      `${quoteInput(value)} is not a duration; use a number with a unit s, m, h, d or w, e.g. 90m, 24h, 7d or 1h30m.`,
    );
  }
  let total = 0;
  for (const [, amount, unit] of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
    total += Number(amount) * (UNIT_MS.get(unit as string) ?? Number.NaN);
  }
  if (!(total > 0)) throw new InputError(input, `${quoteInput(value)} must be longer than zero.`);
  if (total > MAX_DURATION_MS) {
    throw new InputError(
      input,
      `${quoteInput(value)} is too long; at most 3650d (about ten years) is accepted.`,
    );
  }
  return total;
}
