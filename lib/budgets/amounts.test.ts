import { describe, expect, it } from "vitest";
import { formatThousandYen, formatYen, remainingYen, thousandYenToYen } from "./amounts";

describe("budget amounts", () => {
  it("formats yen and 千円 as the documents print them", () => {
    expect(formatYen(94_420_000)).toBe("94,420,000円");
    expect(formatThousandYen(94_420_000)).toBe("94,420");
    // 1,999円 is 1千円 in a 千円 table (truncated, never rounded up past what exists).
    expect(formatThousandYen(1_999)).toBe("1");
    expect(formatThousandYen(-1_500)).toBe("-1");
  });

  it("converts 千円 figures exactly and refuses fractions", () => {
    expect(thousandYenToYen(3_007)).toBe(3_007_000);
    expect(() => thousandYenToYen(386.4)).toThrow(RangeError);
  });

  it("takes the smaller of the allocation's and the budget's remainder", () => {
    const budget = { amountYen: 10_000_000, committedYen: 7_000_000, paidYen: 0 };
    expect(remainingYen(budget, null)).toBe(3_000_000);
    // Allocation 5,000,000 with 1,000,000 committed leaves 4,000,000, but the budget only 3,000,000.
    expect(remainingYen(budget, { amountYen: 5_000_000, committedYen: 1_000_000 })).toBe(3_000_000);
    expect(remainingYen(budget, { amountYen: 2_000_000, committedYen: 500_000 })).toBe(1_500_000);
  });
});
