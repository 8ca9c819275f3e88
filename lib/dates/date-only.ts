// Calendar dates (day grain) as "YYYY-MM-DD" strings in code and DTOs; PostgreSQL `date`
// columns come back from Prisma as Date at UTC midnight.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(value + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
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

// Built once: an Intl.DateTimeFormat costs far more to make than to use.
const tokyoDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" });

/** Today in Japan (Asia/Tokyo) as "YYYY-MM-DD". */
export function todayInJapan(now: Date = new Date()): string {
  return tokyoDay.format(now);
}

/** "YYYY-MM-DD" plus `days` days. */
export function addDays(value: string, days: number): string {
  const d = dateOnly(value);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}
