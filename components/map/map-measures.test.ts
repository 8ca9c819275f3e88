import { describe, expect, it } from "vitest";
import { CLASS_COLOURS, NO_DATA_COLOUR, classBreaks, classOf, colourOf } from "./map-measures";
import { mapMessages as m } from "./messages";

const labels = (values: (number | null)[], rate = false) => classBreaks(values, rate).map((c) => m.legendClass(c, rate));

describe("classBreaks", () => {
  it("puts zero in a class of its own and cuts the rest by quantile at whole numbers", () => {
    // The 在宅医療圏' 在支診 counts of the real list (令和7年10月1日).
    const counts = [28, 0, 0, 207, 21, 18, 5, 0, 5, 6, 4, 27, 3, 1, 1, 2, 7, 2, 22, 7, 0];
    const classes = classBreaks(counts, false);
    expect(classes.map((c) => [c.from, c.to])).toEqual([[0, 1], [1, 3], [3, 6], [6, 21], [21, null]]);
    expect(classes.map((c) => c.colour)).toEqual([...CLASS_COLOURS]);
    expect(labels(counts)).toEqual(["0か所（なし）", "1～2か所", "3～5か所", "6～20か所", "21か所以上"]);
    // Every value falls in exactly the class its label names.
    for (const v of counts) {
      const c = classOf(v, classes)!;
      expect(v >= c.from && (c.to === null || v < c.to)).toBe(true);
    }
  });

  it("labels rates with one decimal and leaves unknown values grey", () => {
    const rates = [7.8, 0, 3.1, 8.6, 10.6, 11.8, 5, 0, 2.8, null];
    const classes = classBreaks(rates, true);
    expect(classes[0]).toMatchObject({ from: 0, zero: true });
    expect(m.legendClass(classes[1], true)).toMatch(/^\d+\.\d以上\d+\.\d未満$/);
    expect(m.legendClass(classes[classes.length - 1], true)).toMatch(/^\d+\.\d以上$/);
    expect(colourOf(null, classes)).toBe(NO_DATA_COLOUR);
    expect(classOf(11.8, classes)).toBe(classes[classes.length - 1]);
  });

  it("copes with few distinct values: no empty or repeated classes", () => {
    expect(classBreaks([], false)).toEqual([]);
    expect(labels([0, 0, 0])).toEqual(["0か所（なし）"]);
    expect(labels([0, 1, 1, 1])).toEqual(["0か所（なし）", "1か所以上"]);
    for (const values of [[2, 2, 3], [1, 5, 5, 5, 9], [0, 4, 4, 4, 4, 4, 8]]) {
      const classes = classBreaks(values, false);
      expect(new Set(classes.map((c) => c.from)).size).toBe(classes.length);
      for (const c of classes) expect(values.some((v) => classOf(v, classes) === c), `${values}: ${c.from}`).toBe(true);
    }
  });
});
