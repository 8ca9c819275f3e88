import { describe, expect, it } from "vitest";
import { figureTable, median, passes, percentile } from "./stats";

describe("bench statistics", () => {
  it("takes the median of odd and even counts and ignores what is not a number", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, NaN, 1, Infinity, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it("takes percentiles by nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, shuffled order
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 200], 95)).toBe(19);
    expect(percentile([], 95)).toBeNaN();
  });

  it("checks targets in both directions; NaN never passes", () => {
    expect(passes(0.7, { op: "≥", bound: 0.7 })).toBe(true);
    expect(passes(0.69, { op: "≥", bound: 0.7 })).toBe(false);
    expect(passes(100, { op: "≤", bound: 100 })).toBe(true);
    expect(passes(NaN, { op: "≤", bound: 100 })).toBe(false);
  });

  it("prints one Markdown row per figure with its target and result", () => {
    const table = figureTable([
      { name: "p95 (a)", value: 123.44, unit: "ms", target: { op: "≤", bound: 100 }, note: "3 runs" },
      { name: "a/b", value: 0.8123, unit: "×", target: { op: "≥", bound: 0.7 } },
      { name: "requests", value: 1234.6, unit: "req/s" },
    ]);
    expect(table.split("\n")).toEqual([
      "| figure | value | target | result | from |",
      "| --- | --- | --- | --- | --- |",
      "| p95 (a) | 123 ms | ≤ 100 ms | FAIL | 3 runs |",
      "| a/b | 0.81× | ≥ 0.70× | PASS |  |",
      "| requests | 1235 req/s |  | — |  |",
    ]);
  });
});
