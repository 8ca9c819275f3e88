import { describe, expect, it } from "vitest";
import { CompleteContentSchema, CreateApplicationSchema, readDraftContent, SaveDraftSchema } from "./schema";

describe("application schemas", () => {
  it("refuse fields the form does not have", () => {
    const base = { applicationId: "00000000-0000-4000-8000-000000000001", expectedVersion: 1, content: {} };
    expect(SaveDraftSchema.safeParse(base).success).toBe(true);
    for (const extra of [{ status: "DECIDED" }, { decidedAmountYen: 1 }, { rateNumerator: 1 }]) {
      expect(SaveDraftSchema.safeParse({ ...base, ...extra }).success).toBe(false);
      expect(SaveDraftSchema.safeParse({ ...base, content: extra }).success).toBe(false);
    }
    expect(CreateApplicationSchema.safeParse({ callId: 1, idempotencyKey: "00000000-0000-4000-8000-000000000001", organisationId: 2 }).success).toBe(false);
  });

  it("reads drafts of any revision field by field", () => {
    expect(readDraftContent(0, null)).toMatchObject({ title: "", items: [] });
    const d = readDraftContent(0, { title: "旧", items: [{ itemCode: "a", costYen: "1,000" }], periodFrom: "2026-13-99", gone: 1 });
    expect(d.title).toBe("旧");
    expect(d.periodFrom).toBeUndefined();
    expect(d.items).toEqual([]);
  });

  it("requires a complete plan to submit, in Japanese", () => {
    const r = CompleteContentSchema.safeParse(readDraftContent(1, { title: "x", periodFrom: "2026-06-01", periodTo: "2026-05-01" }));
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["outline:事業の概要を入力してください", "items:経費を1つ以上入力してください"]));
    const complete = { title: "x", outline: "y", applicantType: "CLINIC", items: [{ itemCode: "a", costYen: 1 }], totalProjectCostYen: 1 };
    const order = CompleteContentSchema.safeParse(readDraftContent(1, { ...complete, periodFrom: "2026-06-01", periodTo: "2026-05-01" }));
    expect(order.success ? [] : order.error.issues.map((i) => i.message)).toEqual(["事業終了日は事業開始日以降にしてください"]);
  });
});
