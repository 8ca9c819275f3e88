// Calendar dates (day grain) as "YYYY-MM-DD" strings in code and DTOs; PostgreSQL `date`
// columns come back from Prisma as Date at UTC midnight.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(value + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * A date query parameter (?asOf=YYYY-MM-DD): the date, or — for text that is not a calendar date —
 * the text as given, for a message naming it. Absent or empty: neither.
 */
export function readDateParam(value: string | string[] | undefined): { date?: string; invalid?: string } {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return {};
  return isIsoDate(text) ? { date: text } : { invalid: text.slice(0, 40) };
}

/** "2026-04-01" → Date at 2026-04-01T00:00:00Z, for `date` columns. */
export function dateOnly(value: string): Date {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return new Date(value + "T00:00:00Z");
}

/** A `date` column's value → "YYYY-MM-DD". */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Japan's offset from UTC: +9 hours all year (no summer time since 1951). */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * Today in Japan (Asia/Tokyo) as "YYYY-MM-DD". By the fixed offset rather than Intl: a public page
 * asks several times per request, and formatting with a time zone costs ~50× as much (a unit test
 * compares the two across the year).
 */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" plus `days` days. */
export function addDays(value: string, days: number): string {
  const d = dateOnly(value);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}
