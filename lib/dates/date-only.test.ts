import { describe, expect, it } from "vitest";
import { addDays, dateOnly, isIsoDate, isoDate, readDateParam, todayInJapan } from "./date-only";

describe("calendar dates", () => {
  it("accepts only real YYYY-MM-DD dates", () => {
    expect(isIsoDate("2026-04-01")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-4-1")).toBe(false);
    expect(() => dateOnly("2026-13-01")).toThrow(RangeError);
  });

  it("round-trips through UTC midnight and adds days across month and year ends", () => {
    expect(isoDate(dateOnly("2026-04-01"))).toBe("2026-04-01");
    expect(addDays("2026-04-01", -1)).toBe("2026-03-31");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("takes today in Japan, not in UTC", () => {
    expect(todayInJapan(new Date("2026-03-31T15:30:00Z"))).toBe("2026-04-01");
    expect(todayInJapan(new Date("2026-03-31T14:59:00Z"))).toBe("2026-03-31");
  });

  it("gives the day Intl gives in Asia/Tokyo, every 37 minutes of two years", () => {
    const tokyo = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" });
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60 * 1000) {
      const now = new Date(t);
      if (todayInJapan(now) !== tokyo.format(now)) expect(todayInJapan(now), now.toISOString()).toBe(tokyo.format(now));
    }
  });

  it("reads a date query parameter: a date, text that is not one, or nothing", () => {
    expect(readDateParam("2026-04-01")).toEqual({ date: "2026-04-01" });
    expect(readDateParam(["2026-04-01", "2026-05-01"])).toEqual({ date: "2026-04-01" });
    expect(readDateParam("2020-13-45")).toEqual({ invalid: "2020-13-45" });
    expect(readDateParam("令和8年4月1日")).toEqual({ invalid: "令和8年4月1日" });
    expect(readDateParam("")).toEqual({});
    expect(readDateParam(undefined)).toEqual({});
  });
});
