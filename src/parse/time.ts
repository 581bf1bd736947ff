import { InputError } from '../errors.js';

// Date.parse accepts many loose formats (e.g. "March 7"); a deploy marker must not land on a
// guessed date, so only ISO 8601 date-times with an explicit zone are taken.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** Date.parse rolls impossible days over (2026-02-30 becomes March 2) and does not read a bare `±hh` zone. */
function parseIso(match: RegExpExecArray, text: string): number {
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return Number.NaN;
  return Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
}

/** Epoch numbers below this are seconds, above it milliseconds (1e11 s is the year 5138). */
const SECONDS_LIMIT = 1e11;

/** Parses `event-time`: ISO 8601 with a zone, or epoch seconds (fractions allowed) or milliseconds. */
export function parseTimestamp(input: string, value: string): Date {
  const v = value.trim();
  const iso = ISO_8601.exec(v);
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(v)) {
    const n = Number(v);
    ms = n < SECONDS_LIMIT ? n * 1000 : n;
  } else if (iso) {
    ms = parseIso(iso, v);
  } else {
    ms = Number.NaN;
  }
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new InputError(
      input,
      `'${value}' is not a timestamp; use ISO 8601 with a zone (2026-05-01T12:00:00Z), or epoch seconds or milliseconds.`,
    );
  }
  return new Date(ms);
}
