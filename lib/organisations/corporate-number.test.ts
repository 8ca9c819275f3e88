import { describe, expect, it } from "vitest";
import { corporateNumberCheckDigit, isValidCorporateNumber } from "./corporate-number";

describe("法人番号", () => {
  it("accepts numbers whose check digit matches", () => {
    // 国税庁 and 北海道 (地方公共団体) as published on the 法人番号公表サイト.
    expect(isValidCorporateNumber("7000012050002")).toBe(true);
    expect(isValidCorporateNumber("7000020010006")).toBe(true);
    expect(corporateNumberCheckDigit("000012050002")).toBe(7);
  });

  it("refuses a wrong check digit, a wrong length and other characters", () => {
    expect(isValidCorporateNumber("8000012050002")).toBe(false);
    expect(isValidCorporateNumber("700001205000")).toBe(false);
    expect(isValidCorporateNumber("70000120500a2")).toBe(false);
  });
});
