import { describe, expect, it } from "vitest";
import { calculateSubsidy } from "@/lib/subsidies/calculation";
import { calculationInputOf } from "./form-calc";
import { withItem } from "./form-items";
import { readDraftContent, type DraftContent } from "./schema";

describe("the form's expense lines", () => {
  it("turns the empty line of a new plan into its first line, and the live calculation follows", () => {
    let content: DraftContent = { ...readDraftContent(1, {}), applicantType: "MEDICAL_ASSOCIATION" };
    content = withItem(content, 0, { itemCode: "equipment" });
    content = withItem(content, 0, { costYen: 4_000_000 });
    expect(content.items).toEqual([{ itemCode: "equipment", costYen: 4_000_000 }]);
    const rule = { base: { kind: "PER_APPLICANT_TYPE" as const, amountsYen: { MEDICAL_ASSOCIATION: 6_000_000 } }, rate: { numerator: 1, denominator: 2 }, applicantTypes: ["MEDICAL_ASSOCIATION"], items: [{ code: "equipment", base: { kind: "NONE" as const } }] };
    const result = calculateSubsidy(rule, calculationInputOf(content));
    expect(result.ok && result.subsidyYen).toBe(2_000_000);
  });
});
