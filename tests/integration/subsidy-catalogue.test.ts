// The subsidy catalogue and calculation through the real route handlers and database: the
// 令和6年度 reference catalogue, the calculation API (answers and 422s naming the field in
// Japanese), 本庁's edits (authorization, optimistic concurrency, audit) and starting the next
// 年度 as a copy that leaves earlier 年度 untouched.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as calculate } from "@/app/api/v1/subsidy-calculations/route";
import { GET as getMenus } from "@/app/api/v1/subsidy-menus/route";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { startNextSubsidyYear, updateSubsidyMenuRule } from "@/lib/subsidies/mutations";
import { listSubsidyMenus } from "@/lib/subsidies/queries";
import type { SubsidyMenusResponse } from "@/lib/subsidies/schema";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const system: Actor = { kind: "system", label: "test" };

const post = (body: unknown) =>
  calculate(new Request("http://portal.test/api/v1/subsidy-calculations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));

let admin: Actor;
let staff: Actor;
let applicant: Actor;
let healthCenter: Actor;
beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const org = await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MEDICAL_ASSOCIATION", name: "テスト医師会（補助メニュー）" } });
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
  healthCenter = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
});

describe("GET /api/v1/subsidy-menus", () => {
  it("lists every 令和6年度 menu with rates as fractions, applicant types and items in yen", async () => {
    const res = await getMenus(new Request("http://portal.test/api/v1/subsidy-menus?fiscalYear=2024"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as SubsidyMenusResponse;
    expect(body.fiscalYear).toBe(2024);
    expect(body.isSample).toBe(false);
    expect(body.data).toHaveLength(19);
    const group = body.data.find((m) => m.code === "group-practice")!;
    expect(group).toMatchObject({ name: "在宅医療グループ診療運営", rate: { numerator: 10, denominator: 10 }, base: { kind: "FIXED", amountYen: 6_030_000 } });
    expect(group.programme.name).toBe("在宅医療提供体制強化事業");
    expect(group.items.map((i) => [i.code, i.base.amountYen])).toEqual([
      ["sub-physician", 2_500_000], ["coordinator", 1_000_000], ["training", 600_000], ["substitute", 930_000], ["backup-beds", 1_000_000],
    ]);
    const portable = body.data.find((m) => m.code === "portable-equipment")!;
    expect(portable.applicantTypes).toEqual([
      { code: "MEDICAL_INSTITUTION", name: "医療機関", baseAmountYen: 3_000_000 },
      { code: "MEDICAL_ASSOCIATION", name: "郡市医師会", baseAmountYen: 6_000_000 },
      { code: "VISITING_NURSING_STATION", name: "訪問看護ステーション", baseAmountYen: null },
    ]);
    // "items not given": the slots exist, without figures.
    expect(body.data.find((m) => m.code === "no-group-area")!.items.every((i) => i.base.amountYen === null)).toBe(true);
    expect(body.data.find((m) => m.code === "resident-exchange")!.base.amountYen).toBe(386_400);
  });

  it("answers 404 for a 年度 without a catalogue and 400 for a malformed one", async () => {
    expect((await getMenus(new Request("http://portal.test/api/v1/subsidy-menus?fiscalYear=2031"))).status).toBe(404);
    const bad = await getMenus(new Request("http://portal.test/api/v1/subsidy-menus?fiscalYear=abc"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("年度");
  });
});

describe("POST /api/v1/subsidy-calculations", () => {
  it("calculates with the steps and the bound that decided each", async () => {
    // 副主治医 min(2,500,000, 3,000,000) = 2,500,000; 調整 min(1,000,000, 800,000) = 800,000;
    // sum 3,300,000 ≤ 6,030,000; net 3,800,000 − 500,000 = 3,300,000 → 3,300,000; × 10/10.
    const res = await post({
      menuCode: "group-practice", fiscalYear: 2024, applicantType: "MEDICAL_ASSOCIATION",
      items: [{ itemCode: "sub-physician", costYen: 3_000_000 }, { itemCode: "coordinator", costYen: 800_000 }], otherIncomeYen: 500_000,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { subsidyYen: number; steps: { step: string; decidedBy?: string }[] };
    expect(body.subsidyYen).toBe(3_300_000);
    expect(body.steps.map((s) => s.decidedBy ?? null)).toEqual(["itemCap", "cost", "items", "eligible", "rate", null]);
  });

  it.each([
    [{ fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "x", costYen: 1 }] }, "補助メニュー（menuCode）"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "SOMEONE", items: [{ itemCode: "training", costYen: 1 }] }, "申請者の種別（applicantType）"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "training", costYen: -1 }] }, "経費の実支出予定額（costYen）"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "training", costYen: 1.5 }] }, "整数"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [] }, "経費（items）"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "training", costYen: 1 }], otherIncomeYen: "x" }, "寄付金その他の収入額"],
    [{ menuCode: "nope", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "training", costYen: 1 }] }, "補助メニュー"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "RESIDENT_GROUP", items: [{ itemCode: "training", costYen: 1 }] }, "申請者の種別"],
    [{ menuCode: "group-practice", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "nope", costYen: 1 }] }, "経費区分"],
    [{ menuCode: "ict-network", fiscalYear: 2024, applicantType: "MUNICIPALITY", items: [{ itemCode: "expenses", costYen: 1 }], quantity: 1 }, "本庁が未入力"],
    [{ menuCode: "work-environment-system", fiscalYear: 2024, applicantType: "MEDICAL_INSTITUTION", items: [{ itemCode: "eligible-cost", costYen: 1 }] }, "数量（quantity）"],
  ])("answers 422 naming the field: %j", async (body, words) => {
    const res = await post(body);
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("validation_error");
    expect(error.message).toContain(words);
  });
});

describe("本庁 edits a 年度 and starts the next", () => {
  it("refuses edits by anyone but 本庁, and the next 年度 by anyone but 本庁管理者", async () => {
    const menus = await listSubsidyMenus(system, { fiscalYear: 2024 });
    const rule = menus.data.find((m) => m.code === "resident-exchange")!;
    const edit = { ruleId: rule.ruleId, version: rule.version, baseAmountYen: 400_000, rateNumerator: 1, rateDenominator: 2, items: {}, applicants: {} };
    await expect(updateSubsidyMenuRule(applicant, edit)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSubsidyMenuRule(healthCenter, edit)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSubsidyMenuRule({ kind: "public" }, edit)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(startNextSubsidyYear(staff, 2024)).rejects.toBeInstanceOf(ForbiddenError);
    const refusals = await db.auditEntry.count({ where: { action: "authz.denied", entityType: "subsidy_rule_set" } });
    expect(refusals).toBe(4);
    expect((await listSubsidyMenus(system, { fiscalYear: 2024 })).data.find((m) => m.code === "resident-exchange")!.base.amountYen).toBe(386_400);
  });

  it("copies a 年度 to the next, edits the copy, and leaves the past as it was", async () => {
    const before = await listSubsidyMenus(system, { fiscalYear: 2024 });
    await expect(startNextSubsidyYear(admin, 2024)).resolves.toEqual({ fiscalYear: 2025 });
    await expect(startNextSubsidyYear(admin, 2024)).rejects.toBeInstanceOf(ConflictError);
    const next = await listSubsidyMenus(system, { fiscalYear: 2025 });
    expect(next.data.map((m) => m.code)).toEqual(before.data.map((m) => m.code));

    // 本庁担当 enters the figures of the "items not given" slots in the new 年度.
    const noGroup = next.data.find((m) => m.code === "no-group-area")!;
    await updateSubsidyMenuRule(staff, {
      ruleId: noGroup.ruleId, version: noGroup.version, baseAmountYen: 2_430_000, rateNumerator: 10, rateDenominator: 10,
      items: { "substitute-doctor": 1_000_000, beds: 800_000, "long-distance-visits": 630_000 }, applicants: {},
    });
    // A second save from the same (now stale) form is refused.
    await expect(updateSubsidyMenuRule(staff, {
      ruleId: noGroup.ruleId, version: noGroup.version, baseAmountYen: 1, rateNumerator: 1, rateDenominator: 2, items: {}, applicants: {},
    })).rejects.toBeInstanceOf(ConflictError);

    const edited = (await listSubsidyMenus(system, { fiscalYear: 2025 })).data.find((m) => m.code === "no-group-area")!;
    expect(edited.items.map((i) => i.base.amountYen)).toEqual([1_000_000, 800_000, 630_000]);
    const after = await listSubsidyMenus(system, { fiscalYear: 2024 });
    expect(after).toEqual(before);
    // The menu keeps one identity across the two 年度.
    const menuIds = await db.subsidyMenuRule.findMany({ where: { menu: { code: "no-group-area" } }, select: { menuId: true } });
    expect(new Set(menuIds.map((r) => r.menuId)).size).toBe(1);
    expect(await db.auditEntry.count({ where: { action: { in: ["subsidy_rule_set.started", "subsidy_menu_rule.updated"] } } })).toBe(2);

    // The calculation now runs for the entered figures: 1,200,000 → 1,000,000 (item cap) + 500,000
    // = 1,500,000 ≤ 2,430,000; × 10/10 = 1,500,000.
    const res = await post({
      menuCode: "no-group-area", fiscalYear: 2025, applicantType: "MUNICIPALITY",
      items: [{ itemCode: "substitute-doctor", costYen: 1_200_000 }, { itemCode: "beds", costYen: 500_000 }],
    });
    expect(((await res.json()) as { subsidyYen: number }).subsidyYen).toBe(1_500_000);
  });
});
