import { describe, expect, it } from "vitest";
import { RegionChangeSchema, newRegionCodes, touchedRegionCodes } from "./change-schema";

describe("RegionChangeSchema", () => {
  it("accepts a merge and names the regions it touches and creates", () => {
    const change = RegionChangeSchema.parse({ kind: "merge", regionCodes: ["0102", "0103"], effectiveOn: "2027-04-01", expectedVersions: { "0102": 1, "0103": 1 }, successor: { code: "0102M", name: "道南西部", nameKana: "" } });
    expect(touchedRegionCodes(change)).toEqual(["0102", "0103"]);
    expect(newRegionCodes(change)).toEqual(["0102M"]);
    expect(change.kind === "merge" && change.successor.nameKana).toBeUndefined();
  });

  it("names the field of each error in Japanese", () => {
    const result = RegionChangeSchema.safeParse({ kind: "split", regionCode: "0119", effectiveOn: "2027-02-30", expectedVersions: {}, successors: [{ code: "a b", name: "", memberCodes: [] }] });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(byPath.effectiveOn).toMatch(/適用日/);
    expect(byPath["successors.0.code"]).toMatch(/半角英数字/);
    expect(byPath["successors.0.name"]).toMatch(/名称を入力/);
    expect(byPath["successors.0.memberCodes"]).toMatch(/1つ以上/);
    expect(byPath.successors).toMatch(/2つ以上/);
  });

  it("refuses a reading that is not kana", () => {
    const result = RegionChangeSchema.safeParse({ kind: "rename", regionCode: "0116", expectedVersions: { "0116": 1 }, name: "宗谷", nameKana: "soya" });
    expect(result.error?.issues[0].message).toMatch(/ひらがなまたはカタカナ/);
  });
});
