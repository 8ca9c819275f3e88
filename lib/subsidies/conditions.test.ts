// Conditions evaluated over fixture facts (past applications are fixtures until applications exist).
import { describe, expect, it } from "vitest";
import { evaluateCondition, evaluateConditions, type PastApplication } from "./conditions";

const funded = (menuCode: string, fiscalYear: number, extra: Partial<PastApplication> = {}): PastApplication => ({ menuCode, fiscalYear, funded: true, ...extra });

describe("conditions", () => {
  it("拠点: the designation fact decides; without it, unknown", () => {
    const c = { kind: "BASE_DESIGNATION" } as const;
    expect(evaluateCondition(c, { menuCode: "collaboration-base", fiscalYear: 2026, baseDesignation: true })).toBe("met");
    expect(evaluateCondition(c, { menuCode: "collaboration-base", fiscalYear: 2026, baseDesignation: false })).toBe("notMet");
    expect(evaluateCondition(c, { menuCode: "collaboration-base", fiscalYear: 2026 })).toBe("unknown");
  });

  it("グループ制がとれない地域: 在支診 + 在支病 ≤ 3", () => {
    const c = { kind: "SUPPORT_FACILITIES_AT_MOST", max: 3 } as const;
    const at = (n: number) => evaluateCondition(c, { menuCode: "no-group-area", fiscalYear: 2024, facilityCountInMunicipality: n });
    expect([at(0), at(3), at(4)]).toEqual(["met", "met", "notMet"]);
  });

  it("アドバイザー: 2 of the 3 years before, of and after introduction", () => {
    const c = { kind: "ADVISER_YEARS", maxYears: 2 } as const;
    const base = { menuCode: "ict-adviser", introductionFiscalYear: 2025 };
    // Window 2024–2026. Funded 2024 only → 2025 is the second year: met.
    expect(evaluateCondition(c, { ...base, fiscalYear: 2025, pastApplications: [funded("ict-adviser", 2024)] })).toBe("met");
    // Funded 2024 and 2025 → a third year in 2026: not met.
    expect(evaluateCondition(c, { ...base, fiscalYear: 2026, pastApplications: [funded("ict-adviser", 2024), funded("ict-adviser", 2025)] })).toBe("notMet");
    // Outside the window (2027): not met, whatever the past.
    expect(evaluateCondition(c, { ...base, fiscalYear: 2027, pastApplications: [] })).toBe("notMet");
    // Another menu's years and unfunded applications do not count.
    expect(evaluateCondition(c, {
      ...base, fiscalYear: 2026,
      pastApplications: [funded("regional-network-adviser", 2024), { menuCode: "ict-adviser", fiscalYear: 2025, funded: false }],
    })).toBe("met");
    expect(evaluateCondition(c, { ...base, fiscalYear: 2025 })).toBe("unknown");
  });

  it("住民交流: at most 3 years", () => {
    const c = { kind: "MAX_YEARS", years: 3 } as const;
    const past = [funded("resident-exchange", 2024), funded("resident-exchange", 2025)];
    expect(evaluateCondition(c, { menuCode: "resident-exchange", fiscalYear: 2026, pastApplications: past })).toBe("met");
    expect(evaluateCondition(c, { menuCode: "resident-exchange", fiscalYear: 2027, pastApplications: [...past, funded("resident-exchange", 2026)] })).toBe("notMet");
  });

  it("札幌市は区ごと: a ward is named and taken once a year", () => {
    const c = { kind: "PER_WARD_IN_DESIGNATED_CITY" } as const;
    const f = { menuCode: "group-practice", fiscalYear: 2026, applicantInDesignatedCity: true };
    expect(evaluateCondition(c, { ...f, wardMunicipalityId: null, pastApplications: [] })).toBe("notMet");
    expect(evaluateCondition(c, { ...f, wardMunicipalityId: 7, pastApplications: [funded("group-practice", 2026, { wardMunicipalityId: 8 })] })).toBe("met");
    expect(evaluateCondition(c, { ...f, wardMunicipalityId: 7, pastApplications: [funded("group-practice", 2026, { wardMunicipalityId: 7 })] })).toBe("notMet");
    expect(evaluateCondition(c, { menuCode: "group-practice", fiscalYear: 2026, applicantInDesignatedCity: false })).toBe("met");
  });

  it("初回のみ, hours a week, and facts 本庁 records", () => {
    const first = { kind: "FIRST_TIME_ONLY", itemCode: "equipment" } as const;
    const f = { menuCode: "nursing-station", fiscalYear: 2026, claimedItemCodes: ["equipment"] };
    expect(evaluateCondition(first, { ...f, pastApplications: [funded("nursing-station", 2024, { itemCodes: ["equipment"] })] })).toBe("notMet");
    expect(evaluateCondition(first, { ...f, pastApplications: [funded("nursing-station", 2024, { itemCodes: ["operation"] })] })).toBe("met");
    expect(evaluateCondition({ kind: "HOURS_PER_WEEK_AT_MOST", max: 5 }, { menuCode: "remote-consultation", fiscalYear: 2026, hoursPerWeek: 6 })).toBe("notMet");
    expect(evaluateConditions([{ kind: "GOVERNOR_RECOGNITION" }, { kind: "IMPROVEMENT_PLAN" }], { menuCode: "x", fiscalYear: 2026, governorRecognition: true }).outcome).toBe("unknown");
  });
});
