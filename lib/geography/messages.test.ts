import { describe, expect, it } from "vitest";
import { formatNumber, formatPeople } from "./messages";

describe("formatNumber", () => {
  it("groups whole numbers by three with commas, as ja-JP does", () => {
    const intl = new Intl.NumberFormat("ja-JP");
    for (const n of [0, 7, 12, 999, 1_000, 12_345, 123_456, 1_234_567, 5_224_614, -1, -1_000, -9_876_543_210, Number.MAX_SAFE_INTEGER]) {
      expect(formatNumber(n)).toBe(intl.format(n));
    }
  });

  it("leaves fractions to Intl", () => {
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect(formatNumber(0.125)).toBe("0.125");
  });

  it("writes people with 人, or — when unknown", () => {
    expect(formatPeople(5_224_614)).toBe("5,224,614人");
    expect(formatPeople(null)).toBe("—");
  });
});
