import { describe, expect, it } from "vitest";
import { fiscalYearOf, formatFiscalYear, formatFiscalYearWithSeireki, formatWarekiDate, parseWarekiDate } from "./wareki";

describe("formatWarekiDate", () => {
  it("formats a date in the current era", () => {
    expect(formatWarekiDate(new Date("2025-10-01T00:00:00+09:00"))).toBe("令和7年10月1日");
  });

  it("writes the first year of an era as 元年", () => {
    expect(formatWarekiDate(new Date("2019-05-01T00:00:00+09:00"))).toBe("令和元年5月1日");
    expect(formatWarekiDate(new Date("1989-01-08T00:00:00+09:00"))).toBe("平成元年1月8日");
  });

  it("keeps the old era up to the last day before the change", () => {
    expect(formatWarekiDate(new Date("2019-04-30T23:59:59+09:00"))).toBe("平成31年4月30日");
    expect(formatWarekiDate(new Date("1989-01-07T12:00:00+09:00"))).toBe("昭和64年1月7日");
  });

  it("uses the date in Japan, not in UTC", () => {
    // 2019-04-30T15:30Z is already 1 May in Tokyo.
    expect(formatWarekiDate(new Date("2019-04-30T15:30:00Z"))).toBe("令和元年5月1日");
    expect(formatWarekiDate(new Date("2026-03-31T14:59:59Z"))).toBe("令和8年3月31日");
  });

  it("rejects an invalid date", () => {
    expect(() => formatWarekiDate(new Date("not a date"))).toThrow(RangeError);
  });

  it("gives every moment of a day in Japan the same text, however often asked (formatted days are kept)", () => {
    const first = formatWarekiDate(new Date("2019-04-30T23:59:59.999+09:00"));
    expect(formatWarekiDate(new Date("2019-04-30T00:00:00+09:00"))).toBe(first);
    expect(formatWarekiDate(new Date("2019-05-01T00:00:00+09:00"))).toBe("令和元年5月1日");
    expect(formatWarekiDate(new Date("2019-04-30T14:59:59.999Z"))).toBe("平成31年4月30日");
    // Before 1970 too (negative times).
    expect(formatWarekiDate(new Date("1969-12-31T23:30:00+09:00"))).toBe("昭和44年12月31日");
    expect(formatWarekiDate(new Date("1970-01-01T08:59:00Z"))).toBe("昭和45年1月1日");
  });
});

describe("fiscalYearOf", () => {
  it("starts the fiscal year on 1 April in Japan", () => {
    expect(fiscalYearOf(new Date("2026-03-31T23:59:59+09:00"))).toBe(2025);
    expect(fiscalYearOf(new Date("2026-04-01T00:00:00+09:00"))).toBe(2026);
  });

  it("uses Asia/Tokyo at the boundary", () => {
    // 2026-03-31T15:00Z is 2026-04-01 00:00 in Tokyo.
    expect(fiscalYearOf(new Date("2026-03-31T15:00:00Z"))).toBe(2026);
    expect(fiscalYearOf(new Date("2026-03-31T14:59:59Z"))).toBe(2025);
  });

  it("puts January to March in the previous fiscal year", () => {
    expect(fiscalYearOf(new Date("2025-01-15T12:00:00+09:00"))).toBe(2024);
    expect(fiscalYearOf(new Date("2024-12-31T12:00:00+09:00"))).toBe(2024);
  });
});

describe("formatFiscalYear", () => {
  it("names the fiscal year in the current era", () => {
    expect(formatFiscalYear(2024)).toBe("令和6年度");
    expect(formatFiscalYear(2026)).toBe("令和8年度");
    expect(formatFiscalYear(2029)).toBe("令和11年度");
  });

  it("names a fiscal year by the era in force on 1 April", () => {
    expect(formatFiscalYear(2019)).toBe("平成31年度");
    expect(formatFiscalYear(2020)).toBe("令和2年度");
    expect(formatFiscalYear(1989)).toBe("平成元年度");
    expect(formatFiscalYear(1988)).toBe("昭和63年度");
  });

  it("rejects years that are not whole numbers", () => {
    expect(() => formatFiscalYear(2024.5)).toThrow(RangeError);
    expect(() => formatFiscalYear(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatFiscalYearWithSeireki", () => {
  it("adds the 西暦 year in full-width parentheses", () => {
    expect(formatFiscalYearWithSeireki(2026)).toBe("令和8年度（2026年度）");
    expect(formatFiscalYearWithSeireki(2019)).toBe("平成31年度（2019年度）");
  });
});

describe("formatWarekiDateTime", () => {
  it("shows the moment in Japan with its 和暦 date", async () => {
    const { formatWarekiDateTime } = await import("./wareki");
    expect(formatWarekiDateTime(new Date("2026-11-23T21:14:00Z"))).toBe("令和8年11月24日 6:14");
  });
});

describe("parseWarekiDate", () => {
  it("reads the shapes the 厚生局 lists use", () => {
    expect(parseWarekiDate("令和 4年 6月 1日")).toBe("2022-06-01");
    expect(parseWarekiDate("[令和７年１０月１日 現在 ]令和７年１０月１日作成")).toBe("2025-10-01");
    expect(parseWarekiDate("平成29年 6月 1日")).toBe("2017-06-01");
    expect(parseWarekiDate("平成元年4月1日")).toBe("1989-04-01");
    expect(parseWarekiDate("昭和63年12月31日")).toBe("1988-12-31");
  });
  it("refuses what is not a date", () => {
    expect(parseWarekiDate("")).toBeNull();
    expect(parseWarekiDate("2025-10-01")).toBeNull();
    expect(parseWarekiDate("令和7年2月30日")).toBeNull();
  });
});
