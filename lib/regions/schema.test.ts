import { describe, expect, it } from "vitest";
import { SplitRegionSchema } from "./schema";

const valid = {
  regionCode: "0119",
  effectiveOn: "2026-04-01",
  expectedVersion: 1,
  successors: [
    { code: "0119-1", name: "東十勝", memberCodes: ["01207"] },
    { code: "0119-2", name: "西十勝", memberCodes: ["01631"] },
  ],
};

describe("SplitRegionSchema", () => {
  it("accepts a split into two or more named successors", () => {
    expect(SplitRegionSchema.safeParse(valid).success).toBe(true);
  });

  it("names the field of each problem in Japanese", () => {
    const result = SplitRegionSchema.safeParse({
      ...valid,
      effectiveOn: "2026/04/01",
      successors: [valid.successors[0], { ...valid.successors[1], code: "0119-1", name: " " }],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toContain("effectiveOn: 日付は YYYY-MM-DD の形式で入力してください");
    expect(issues).toContain("successors.1.name: 名称を入力してください");
    expect(issues).toContain("successors.1.code: コード 0119-1 が重複しています");
  });

  it("refuses a 'split' into a single region", () => {
    const result = SplitRegionSchema.safeParse({ ...valid, successors: [valid.successors[0]] });
    expect(result.error?.issues[0].message).toBe("分割後の在宅医療圏を2つ以上指定してください");
  });
});
