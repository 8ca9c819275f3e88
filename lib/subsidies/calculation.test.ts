// Worked examples: every expected figure is computed by hand in the comment above it, from the
// 令和6年度 figures of DOMAIN.md (in yen), never by the code under test.
import { describe, expect, it } from "vitest";
import { calculateSubsidy, type CalculationRule } from "./calculation";

const groupPractice: CalculationRule = {
  base: { kind: "FIXED", amountYen: 6_030_000 },
  rate: { numerator: 10, denominator: 10 },
  applicantTypes: ["MEDICAL_INSTITUTION", "MEDICAL_ASSOCIATION", "MUNICIPALITY"],
  items: [
    { code: "sub-physician", base: { kind: "FIXED", amountYen: 2_500_000 } },
    { code: "coordinator", base: { kind: "FIXED", amountYen: 1_000_000 } },
    { code: "training", base: { kind: "FIXED", amountYen: 600_000 } },
  ],
};
const base: CalculationRule = {
  base: { kind: "FIXED", amountYen: 4_012_000 },
  rate: { numerator: 10, denominator: 10 },
  applicantTypes: ["MUNICIPALITY"],
  items: [
    { code: "coordinator", base: { kind: "FIXED", amountYen: 2_092_000 } },
    { code: "office", base: { kind: "FIXED", amountYen: 1_920_000 } },
  ],
};
const portable: CalculationRule = {
  base: { kind: "PER_APPLICANT_TYPE", amountsYen: { MEDICAL_INSTITUTION: 3_000_000, MEDICAL_ASSOCIATION: 6_000_000, VISITING_NURSING_STATION: null } },
  rate: { numerator: 1, denominator: 2 },
  applicantTypes: ["MEDICAL_INSTITUTION", "MEDICAL_ASSOCIATION", "VISITING_NURSING_STATION"],
  items: [{ code: "equipment", base: { kind: "NONE" } }],
};
const ict: CalculationRule = {
  base: { kind: "PER_UNIT", amountYen: 2_150_000, unit: "FACILITY" },
  rate: { numerator: 1, denominator: 2 },
  applicantTypes: ["MUNICIPALITY"],
  items: [{ code: "network", base: { kind: "NONE" } }],
};
const remoteConsultation: CalculationRule = {
  base: { kind: "ITEMS_ONLY" },
  rate: { numerator: 10, denominator: 10 },
  applicantTypes: ["MEDICAL_INSTITUTION"],
  items: [{ code: "consultation", base: { kind: "PER_UNIT", amountYen: 8_000, unit: "HOUR" } }],
};
const workEnvironmentBeds: CalculationRule = {
  base: { kind: "ITEMS_ONLY" },
  rate: { numerator: 1, denominator: 2 },
  applicantTypes: ["MEDICAL_INSTITUTION"],
  items: [{ code: "eligible-cost", base: { kind: "PER_UNIT", amountYen: 133_000, unit: "BED" } }],
};
const residents: CalculationRule = {
  base: { kind: "ITEMS_ONLY" },
  rate: { numerator: 1, denominator: 2 },
  applicantTypes: ["RESIDENT_GROUP"],
  items: [{ code: "eligible-cost", base: { kind: "FIXED", amountYen: 386_400 } }],
};

function ok(result: ReturnType<typeof calculateSubsidy>) {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe("calculateSubsidy — worked examples", () => {
  it("fixed menu 基準額 with fixed item 基準額 (グループ診療運営)", () => {
    // sub-physician min(2,500,000, 3,000,000) = 2,500,000 (item cap); coordinator min(1,000,000, 800,000)
    // = 800,000 (cost); training min(600,000, 600,000) = 600,000 (cost). Sum 3,900,000 ≤ 6,030,000.
    // 総事業費 = 3,000,000 + 800,000 + 600,000 = 4,400,000, income 0: min(3,900,000, 4,400,000) =
    // 3,900,000; × 10/10 = 3,900,000; already whole thousands → 3,900,000.
    const r = ok(calculateSubsidy(groupPractice, {
      applicantType: "MEDICAL_ASSOCIATION",
      items: [{ itemCode: "sub-physician", costYen: 3_000_000 }, { itemCode: "coordinator", costYen: 800_000 }, { itemCode: "training", costYen: 600_000 }],
    }));
    expect(r.subsidyYen).toBe(3_900_000);
    expect(r.steps.map((s) => ("decidedBy" in s ? s.decidedBy : "-"))).toEqual(["itemCap", "cost", "cost", "items", "eligible", "rate", "-"]);
  });

  it("the menu 基準額 caps the items' sum", () => {
    // Items 2,092,000 (cap, cost 2,500,000) + 1,920,000 (cap, cost 2,000,000) = 4,012,000; menu cap
    // 4,012,000 → 4,012,000 (items: equal, not above). Make it bind with a lower menu figure:
    // menu 3,000,000 → min(4,012,000, 3,000,000) = 3,000,000; net 4,500,000; × 1 = 3,000,000.
    const lower = { ...base, base: { kind: "FIXED" as const, amountYen: 3_000_000 } };
    const r = ok(calculateSubsidy(lower, {
      applicantType: "MUNICIPALITY",
      items: [{ itemCode: "coordinator", costYen: 2_500_000 }, { itemCode: "office", costYen: 2_000_000 }],
    }));
    expect(r.steps.find((s) => s.step === "menuCap")).toMatchObject({ sumYen: 4_012_000, capYen: 3_000_000, amountYen: 3_000_000, decidedBy: "menuCap" });
    expect(r.subsidyYen).toBe(3_000_000);
  });

  it("per-unit menu 基準額 (ICT 2,150,000 per institution)", () => {
    // Item has no cap of its own: 5,000,000. Menu cap 2,150,000 × 2 institutions = 4,300,000 →
    // 4,300,000. Net 5,000,000 → 4,300,000. × 1/2 = 2,150,000 → 2,150,000.
    const r = ok(calculateSubsidy(ict, { applicantType: "MUNICIPALITY", quantity: 2, items: [{ itemCode: "network", costYen: 5_000_000 }] }));
    expect(r.steps.find((s) => s.step === "menuCap")).toMatchObject({ capYen: 4_300_000, decidedBy: "menuCap" });
    expect(r.subsidyYen).toBe(2_150_000);
  });

  it("per-unit item 基準額 by the hour (遠隔相談 8,000 per hour)", () => {
    // Cap 8,000 × 37 h = 296,000 < cost 350,000 → 296,000; no menu cap; net 350,000 → 296,000;
    // × 10/10 = 296,000 → 296,000.
    const r = ok(calculateSubsidy(remoteConsultation, {
      applicantType: "MEDICAL_INSTITUTION",
      items: [{ itemCode: "consultation", costYen: 350_000, quantity: 37 }],
    }));
    expect(r.steps[0]).toMatchObject({ capYen: 296_000, amountYen: 296_000, decidedBy: "itemCap" });
    expect(r.subsidyYen).toBe(296_000);
  });

  it("per-bed 基準額 and rounding down to 1,000円 (勤務環境改善体制整備 133,000 per bed)", () => {
    // Cap 133,000 × 50 beds = 6,650,000 > cost 4,321,987 → 4,321,987. × 1/2 = 2,160,993.5 → floor
    // 2,160,993. 1,000円未満切捨て → 2,160,000 (993 rounded off).
    const r = ok(calculateSubsidy(workEnvironmentBeds, {
      applicantType: "MEDICAL_INSTITUTION",
      items: [{ itemCode: "eligible-cost", costYen: 4_321_987, quantity: 50 }],
    }));
    expect(r.steps.find((s) => s.step === "rate")).toMatchObject({ amountYen: 2_160_993 });
    expect(r.steps.at(-1)).toEqual({ step: "rounding", amountYen: 2_160_000, roundedOffYen: 993 });
    expect(r.subsidyYen).toBe(2_160_000);
  });

  it("per-applicant-type 基準額 (ポータブル機器: 医療機関 3,000,000, 郡市医師会 6,000,000)", () => {
    // Cost 7,000,000 either way. 郡市医師会: min(7,000,000, 6,000,000) = 6,000,000; × 1/2 = 3,000,000.
    // 医療機関: min(7,000,000, 3,000,000) = 3,000,000; × 1/2 = 1,500,000.
    const items = [{ itemCode: "equipment", costYen: 7_000_000 }];
    expect(ok(calculateSubsidy(portable, { applicantType: "MEDICAL_ASSOCIATION", items })).subsidyYen).toBe(3_000_000);
    expect(ok(calculateSubsidy(portable, { applicantType: "MEDICAL_INSTITUTION", items })).subsidyYen).toBe(1_500_000);
    // 訪問看護ST: the figure is not given → cannot calculate.
    expect(calculateSubsidy(portable, { applicantType: "VISITING_NURSING_STATION", items })).toEqual({
      ok: false,
      issues: [{ field: "applicantType", code: "amountNotEntered" }],
    });
  });

  it("other income reduces the net cost (拠点)", () => {
    // Items: min(2,092,000, 2,500,000) = 2,092,000; min(1,920,000, 1,000,000) = 1,000,000; sum
    // 3,092,000 ≤ 4,012,000. Net = 3,500,000 − 800,000 = 2,700,000 → min(3,092,000, 2,700,000) =
    // 2,700,000 (net cost decides); × 10/10 = 2,700,000.
    const r = ok(calculateSubsidy(base, {
      applicantType: "MUNICIPALITY",
      items: [{ itemCode: "coordinator", costYen: 2_500_000 }, { itemCode: "office", costYen: 1_000_000 }],
      otherIncomeYen: 800_000,
    }));
    expect(r.steps.find((s) => s.step === "netCost")).toMatchObject({ totalProjectCostYen: 3_500_000, netCostYen: 2_700_000, decidedBy: "netCost" });
    expect(r.subsidyYen).toBe(2_700_000);
  });

  it("a 総事業費 larger than the eligible costs (住民交流)", () => {
    // Eligible item 300,000 ≤ 386,400. 総事業費 500,000 (meals, not eligible, included) − income
    // 100,000 = 400,000 → min(300,000, 400,000) = 300,000 (eligible decides); × 1/2 = 150,000.
    // (Had 総事業費 defaulted to 300,000, net would be 200,000 and the subsidy 100,000.)
    const r = ok(calculateSubsidy(residents, {
      applicantType: "RESIDENT_GROUP",
      items: [{ itemCode: "eligible-cost", costYen: 300_000 }],
      totalProjectCostYen: 500_000,
      otherIncomeYen: 100_000,
    }));
    expect(r.steps.find((s) => s.step === "netCost")).toMatchObject({ netCostYen: 400_000, decidedBy: "eligible" });
    expect(r.subsidyYen).toBe(150_000);
  });

  it("a result that rounds to 0", () => {
    // 1,999 ≤ 386,400 → 1,999; × 1/2 = 999.5 → 999; 1,000円未満切捨て → 0 (999 rounded off).
    const r = ok(calculateSubsidy(residents, { applicantType: "RESIDENT_GROUP", items: [{ itemCode: "eligible-cost", costYen: 1_999 }] }));
    expect(r.steps.at(-1)).toEqual({ step: "rounding", amountYen: 0, roundedOffYen: 999 });
    expect(r.subsidyYen).toBe(0);
  });

  it("income above 総事業費 leaves nothing", () => {
    // Net = max(0, 300,000 − 400,000) = 0 → 0.
    const r = ok(calculateSubsidy(residents, { applicantType: "RESIDENT_GROUP", items: [{ itemCode: "eligible-cost", costYen: 300_000 }], otherIncomeYen: 400_000 }));
    expect(r.subsidyYen).toBe(0);
  });

  it("a decision applies a lower rate or a lower amount, never a higher rate", () => {
    // 医療機関, cost 2,000,000 ≤ 3,000,000; × 1/3 = 666,666.67 → 666,666 → 666,000.
    const items = [{ itemCode: "equipment", costYen: 2_000_000 }];
    expect(ok(calculateSubsidy(portable, { applicantType: "MEDICAL_INSTITUTION", items, appliedRate: { numerator: 1, denominator: 3 } })).subsidyYen).toBe(666_000);
    // × 1/2 = 1,000,000; decided 500,500 is lower → 500,500 → 500,000.
    expect(ok(calculateSubsidy(portable, { applicantType: "MEDICAL_INSTITUTION", items, appliedAmountYen: 500_500 })).subsidyYen).toBe(500_000);
    expect(calculateSubsidy(portable, { applicantType: "MEDICAL_INSTITUTION", items, appliedRate: { numerator: 2, denominator: 3 } })).toMatchObject({
      ok: false,
      issues: [{ field: "appliedRate", code: "rateAboveCeiling" }],
    });
  });

  it("names what keeps it from running", () => {
    const r = calculateSubsidy(groupPractice, {
      applicantType: "RESIDENT_GROUP",
      items: [{ itemCode: "nope", costYen: 1 }, { itemCode: "training", costYen: 1 }, { itemCode: "training", costYen: 1 }],
    });
    expect(r.ok ? [] : r.issues).toEqual([
      { field: "applicantType", code: "applicantType" },
      { field: "items.2.itemCode", code: "duplicateItem" },
      { field: "items.0.itemCode", code: "unknownItem" },
    ]);
    expect(calculateSubsidy(ict, { applicantType: "MUNICIPALITY", items: [{ itemCode: "network", costYen: 1 }] })).toMatchObject({
      ok: false,
      issues: [{ field: "quantity", code: "quantityRequired" }],
    });
  });
});
