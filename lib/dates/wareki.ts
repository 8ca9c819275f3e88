// 和暦 (Japanese era) formatting and 年度 (fiscal years, April to March) in Asia/Tokyo.
// Intl's Japanese calendar does the era arithmetic; this module only fixes the shapes the portal
// shows: 令和7年10月1日, 令和6年度, 令和8年度（2026年度）.

const TIME_ZONE = "Asia/Tokyo";

const warekiFormat = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: TIME_ZONE,
});

const tokyoParts = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "numeric",
  timeZone: TIME_ZONE,
});

const tokyoTime = new Intl.DateTimeFormat("ja-JP", { hour: "numeric", minute: "2-digit", timeZone: TIME_ZONE });

/** The first year of an era is written 元年, whatever the ICU build prints. */
function eraYear(value: string): string {
  return value === "1" ? "元" : value;
}

function warekiParts(date: Date) {
  const parts = warekiFormat.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { era: get("era"), year: eraYear(get("year")), month: get("month"), day: get("day") };
}

function assertValid(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("invalid date");
}

// Formatted days, by the day in Japan: Intl's Japanese calendar is slow, and a page formats the same
// few days over and over (a table's dates). Bounded; emptied when full.
const formattedDays = new Map<number, string>();
const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000; // Japan has no daylight saving time

/** 2025-10-01 → 「令和7年10月1日」; 2019-05-01 → 「令和元年5月1日」 (the date as it is in Japan). */
export function formatWarekiDate(date: Date): string {
  assertValid(date);
  const day = Math.floor((date.getTime() + TOKYO_OFFSET_MS) / DAY_MS);
  let text = formattedDays.get(day);
  if (text === undefined) {
    const p = warekiParts(date);
    text = `${p.era}${p.year}年${p.month}月${p.day}日`;
    if (formattedDays.size >= 10_000) formattedDays.clear();
    formattedDays.set(day, text);
  }
  return text;
}

/** A moment as 和暦 date and time in Japan: 「令和8年11月24日 6:14」. */
export function formatWarekiDateTime(date: Date): string {
  assertValid(date);
  return `${formatWarekiDate(date)} ${tokyoTime.format(date)}`;
}

/** The 年度 a moment falls in, as the 西暦 year it starts in (2026-03-31 → 2025, 2026-04-01 → 2026). */
export function fiscalYearOf(date: Date): number {
  assertValid(date);
  const parts = tokyoParts.formatToParts(date);
  const year = Number(parts.find((p) => p.type === "year")?.value);
  const month = Number(parts.find((p) => p.type === "month")?.value);
  return month >= 4 ? year : year - 1;
}

function assertFiscalYear(year: number): void {
  if (!Number.isInteger(year) || year < 1873 || year > 9999) throw new RangeError(`not a fiscal year: ${year}`);
}

/**
 * 年度 named by the era in force on its first day, 1 April: 2024 → 「令和6年度」. FY2019 began on
 * 2019-04-01, still 平成, so it is 「平成31年度」 as official documents write it.
 */
export function formatFiscalYear(year: number): string {
  assertFiscalYear(year);
  // Noon in Tokyo on 1 April, so no time-zone edge can move it to another day.
  const p = warekiParts(new Date(Date.UTC(year, 3, 1, 3)));
  return `${p.era}${p.year}年度`;
}

/** 2026 → 「令和8年度（2026年度）」. */
export function formatFiscalYearWithSeireki(year: number): string {
  return `${formatFiscalYear(year)}（${year}年度）`;
}

const ERA_STARTS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };

/**
 * 和暦 text as an ISO date: 「令和 4年 6月 1日」, 「令和７年１０月１日」, 「平成元年4月1日」 → "2022-06-01" …
 * Full-width digits and spaces are allowed; null when the text holds no valid 和暦 date.
 */
export function parseWarekiDate(text: string): string | null {
  const normalized = text.normalize("NFKC").replace(/\s+/g, "");
  const m = /(令和|平成|昭和|大正|明治)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日/.exec(normalized);
  if (!m) return null;
  const year = ERA_STARTS[m[1]] + (m[2] === "元" ? 1 : Number(m[2]));
  const month = Number(m[3]);
  const day = Number(m[4]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
