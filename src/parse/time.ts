import { InputError, quoteInput } from '../runtime/errors.js';

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

/**
 * Epoch numbers are taken as seconds from 2001-09-09 (1e9) to 2286 (1e10), and as milliseconds
 * over the same years (1e12 to 1e13). Anything else is not guessed at: `20260501` is a date
 * written without dashes, not a time in 1970.
 */
const SECONDS = { min: 1e9, max: 1e10 };
const MILLISECONDS = { min: 1e12, max: 1e13 };

const ACCEPTED =
  'use ISO 8601 with a zone (2026-05-01T12:00:00Z), or epoch seconds (10 digits) or milliseconds (13 digits)';

/** Parses `event-time`: ISO 8601 with a zone, or epoch seconds (fractions allowed) or milliseconds. */
export function parseTimestamp(input: string, value: string): Date {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) {
    const n = Number(v);
    if (n >= SECONDS.min && n < SECONDS.max) return new Date(n * 1000);
    if (n >= MILLISECONDS.min && n < MILLISECONDS.max) return new Date(n);
    const looksLikeDate = /^\d{8}$/.test(v)
      ? ` (it looks like a date: write ${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T00:00:00Z)`
      : '';
    throw new InputError(
      input,
      `${quoteInput(value)} is neither epoch seconds nor milliseconds of a year from 2001 to 2286${looksLikeDate}; ${ACCEPTED}.`,
    );
  }
  const iso = ISO_8601.exec(v);
  const ms = iso ? parseIso(iso, v) : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new InputError(input, `${quoteInput(value)} is not a timestamp; ${ACCEPTED}.`);
  }
  return new Date(ms);
}

const DAY_MS = 86_400_000;
/** How far back an event-time may be before it is more likely a typo than a late marker. */
const YEAR_MS = 365 * DAY_MS;

/**
 * Why `event-time` is probably a typo (a wrong year sorts the event to the top or the bottom of
 * the timeline), or undefined when it is plausible. The time is still written: a back-dated or
 * scheduled marker may be meant.
 */
export function implausibleTime(input: string, time: Date, now: Date): string | undefined {
  const ahead = time.getTime() - now.getTime();
  if (ahead <= DAY_MS && -ahead <= YEAR_MS) return undefined;
  const years = Math.abs(ahead) / YEAR_MS;
  const distance =
    years >= 1
      ? `${years.toFixed(1).replace(/\.0$/, '')} year${years >= 1.05 ? 's' : ''}`
      : `${Math.round(Math.abs(ahead) / DAY_MS)} days`;
  return `${input} ${time.toISOString()} is ${distance} ${ahead > 0 ? 'ahead of' : 'before'} now (${now.toISOString()}); the event is written at that time, where it sorts on the incident's timeline. Check the value for a typo (the year).`;
}
