import { describe, expect, it } from "vitest";
import { canTransition, isEditable, TO } from "./workflow";

describe("the report workflow", () => {
  it("allows 下書き → 提出 → 差戻し → 提出 → 承認 → (reopen) 差戻し and nothing else", () => {
    expect(canTransition("DRAFT", "submit")).toBe(true);
    expect(canTransition("RETURNED", "submit")).toBe(true);
    expect(canTransition("SUBMITTED", "submit")).toBe(false);
    expect(canTransition("APPROVED", "submit")).toBe(false);
    expect(canTransition("SUBMITTED", "return")).toBe(true);
    expect(canTransition("DRAFT", "return")).toBe(false);
    expect(canTransition("SUBMITTED", "approve")).toBe(true);
    expect(canTransition("DRAFT", "approve")).toBe(false);
    expect(canTransition("RETURNED", "approve")).toBe(false);
    expect(canTransition("APPROVED", "reopen")).toBe(true);
    expect(canTransition("SUBMITTED", "reopen")).toBe(false);
    expect(TO.reopen).toBe("RETURNED");
  });

  it("lets only drafts and returned reports be edited", () => {
    expect([isEditable("DRAFT"), isEditable("RETURNED"), isEditable("SUBMITTED"), isEditable("APPROVED")]).toEqual([true, true, false, false]);
  });
});
