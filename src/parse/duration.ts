import { InputError } from '../errors.js';

const UNIT_MS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * Parses `90m`, `24h`, `7d`, `1h30m`, `2w` into milliseconds. A bare number is refused on purpose:
 * `created-within: 30` could mean minutes or days, and guessing would widen or narrow a search.
 */
export function parseDuration(input: string, value: string): number {
  const v = value.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v)) {
    throw new InputError(
      input,
      `'${value}' is not a duration; use a number with a unit s, m, h, d or w, e.g. 90m, 24h, 7d or 1h30m.`,
    );
  }
  let total = 0;
  for (const [, amount, unit] of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
    total += Number(amount) * UNIT_MS[unit as string]!;
  }
  if (total <= 0) throw new InputError(input, `'${value}' must be longer than zero.`);
  return total;
}
