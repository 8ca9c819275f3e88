import { describe, expect, it } from "vitest";
import { diffContent } from "./diff";
import { emptyContentV1, missingForSubmission, ReportContentV1Schema } from "./form-v1";
import { pathLabel } from "./page-messages";
import { ReportContentSchema } from "./schema";

const municipalities = [{ code: "01202", name: "函館市" }];

describe("the v1 form", () => {
  it("starts empty with the region's municipalities and lists what is missing for submission", () => {
    const c = emptyContentV1(municipalities);
    expect(c.formVersion).toBe(1);
    expect(c.municipalities[0].items.a).toEqual({ state: "", note: "" });
    expect(missingForSubmission(c)).toHaveLength(4 + 7);
    c.functions.discharge.state = "SHORT";
    expect(missingForSubmission(c)).not.toContain("functions.discharge.state");
  });

  it("refuses content of an unknown form version and bad values", () => {
    const c = emptyContentV1(municipalities);
    expect(ReportContentSchema.safeParse(c).success).toBe(true);
    expect(ReportContentSchema.safeParse({ ...c, formVersion: 2 }).success).toBe(false);
    expect(ReportContentV1Schema.safeParse({ ...c, functions: { ...c.functions, daily: { ...c.functions.daily, state: "GOOD" } } }).success).toBe(false);
    expect(ReportContentV1Schema.safeParse({ ...c, council: { ...c.council, meetings: [{ date: "R8.4.1", title: "", participants: null }] } }).success).toBe(false);
  });

  it("diffs two versions field by field, with labels a reader understands", () => {
    const a = emptyContentV1(municipalities);
    const b = { ...a, coordination: "合同研修", functions: { ...a.functions, endOfLife: { ...a.functions.endOfLife, issues: "件数が少ない" } } };
    const changes = diffContent(a, b);
    expect(changes.map((c) => c.path).sort()).toEqual(["coordination", "functions.endOfLife.issues"]);
    expect(pathLabel("functions.endOfLife.issues")).toBe("看取り：課題");
    expect(pathLabel("municipalities.0.items.g.state", municipalities)).toBe("函館市 （キ）地域住民への普及啓発：状態");
    expect(pathLabel("council.meetings.1.participants")).toBe("協議体の会議 2件目：参加者数");
  });
});
