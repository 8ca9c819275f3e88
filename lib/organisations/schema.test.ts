import { describe, expect, it } from "vitest";
import { OrganisationSchema } from "./schema";

describe("an organisation's details", () => {
  it("normalises full-width input and the postal code, and treats blanks as not given", () => {
    const parsed = OrganisationSchema.parse({ type: "MEDICAL_ASSOCIATION", name: " 十勝試験医師会 ", corporateNumber: "７００００２００１０００６", postalCode: "0808588", phone: "", email: "" });
    expect(parsed).toMatchObject({ name: "十勝試験医師会", corporateNumber: "7000020010006", postalCode: "080-8588" });
    expect(parsed.phone).toBeUndefined();
  });

  it("refuses a wrong 法人番号 check digit, a bad phone and kana that is not katakana", () => {
    const parsed = OrganisationSchema.safeParse({ type: "MEDICAL_ASSOCIATION", name: "x", corporateNumber: "1000020010006", phone: "abc", nameKana: "ひらがな" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0]).sort()).toEqual(["corporateNumber", "nameKana", "phone"]);
  });

  it("asks a 市町村 for its municipality code, and only a 市町村", () => {
    expect(OrganisationSchema.safeParse({ type: "MUNICIPALITY", name: "試験町" }).success).toBe(false);
    expect(OrganisationSchema.safeParse({ type: "RESIDENT_GROUP", name: "試験会", municipalityCode: "01229" }).success).toBe(false);
    expect(OrganisationSchema.safeParse({ type: "MUNICIPALITY", name: "試験町", municipalityCode: "01229" }).success).toBe(true);
  });
});
