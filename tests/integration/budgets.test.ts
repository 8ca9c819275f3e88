// Budgets: the R6 reference seed, 補正 (never below what is committed), the split by menu (never
// more than the budget), the ledger rules per reference, the outer transaction, who may do what
// (refusals audited), and the CHECK constraints holding against direct SQL.
import { beforeAll, describe, expect, it } from "vitest";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { commitBudget, recordPayment, releaseCommitment } from "@/lib/budgets/ledger";
import { addSupplement, setAllocation } from "@/lib/budgets/mutations";
import { getBudget, listBudgets } from "@/lib/budgets/queries";
import { db as appDb } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { createTestBudget, createTestMenu } from "@/tests/factories/budgets";
import { loadManifest } from "@/lib/ops/reference-manifest";
import { seedDemoBudgets } from "@/lib/ops/seed-budgets";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const owner = createPrismaClient(process.env.TEST_OWNER_DATABASE_URL!);
let admin: Actor;
let staff: Actor;
let hokenjo: Actor;
let applicant: Actor;

beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  const hc = await db.healthCenter.findFirstOrThrow({});
  hokenjo = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: hc.name });
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const org = await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MEDICAL_ASSOCIATION", name: "予算テスト医師会" } });
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
});

const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

describe("the 令和6年度 budgets from 001", () => {
  it("seeds the eleven lines with their amounts in yen", async () => {
    const rows = await listBudgets(staff, 2024);
    expect(rows.map((r) => r.lineCode)).toEqual([
      "group-practice", "portable-equipment", "dental-home-care-office", "home-visit-pharmacy", "home-care-promotion", "ict-network",
      "dental-dementia-training", "oral-function-training", "pharmacist-dementia-training", "nurse-secondment", "visiting-nursing-promotion",
    ]);
    // 94,420 + 25,500 + 38,270 + 5,580 + 15,050 + 20,470 + 3,007 + 2,166 + 2,906 + 10,241 + 10,788 = 228,398 千円.
    expect(rows.reduce((s, r) => s + r.amountYen, 0)).toBe(228_398_000);
    const group = rows[0];
    expect(group).toMatchObject({ lineName: "グループ診療等運営事業", plannedSites: 16, initialYen: 94_420_000, committedYen: 0, isSample: false });
    // Linked to the catalogue's menus by code (prisma/data/hokkaido/budgets.json); training lines fund none.
    expect(group.menus).toEqual(["在宅医療グループ診療運営", "グループ制がとれない地域での在宅医療体制の支援"]);
    expect(Object.fromEntries(rows.map((r) => [r.lineCode, r.menus.length]))).toMatchObject({ "portable-equipment": 1, "home-care-promotion": 1, "ict-network": 1, "nurse-secondment": 0, "dental-home-care-office": 0 });
  });
});

describe("the demo's current 年度", () => {
  it("copies the lines as サンプル with sample entries that fit, once", async () => {
    expect(await seedDemoBudgets(db, loadManifest(), new Date("2026-11-24T03:00:00Z"))).toBe(true);
    const rows = await listBudgets(staff, 2026);
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => r.isSample && r.initialYen === r.amountYen && r.paidYen <= r.committedYen && r.committedYen <= r.amountYen)).toBe(true);
    // Every other line: 40 % committed (in whole 千円), half of it paid. 94,420,000 × 0.4 = 37,768,000.
    expect(rows[0]).toMatchObject({ committedYen: 37_768_000, paidYen: 18_884_000 });
    expect(rows[1]).toMatchObject({ committedYen: 0, paidYen: 0 });
    expect(await seedDemoBudgets(db, loadManifest(), new Date("2026-11-24T03:00:00Z"))).toBe(false);
  });
});

describe("補正", () => {
  it("changes 現計 and the version, and refuses going below what is committed", async () => {
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000 });
    const up = await addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-09-30", amountYen: "500,000", reason: "9月補正", expectedVersion: 1 });
    expect(up).toMatchObject({ amountYen: 1_500_000, version: 2 });
    await commitBudget(staff, { budgetId: budget.id, amountYen: 1_200_000, reference: "app-1", description: "交付決定" });
    const err = await rejection(addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-12-10", amountYen: -400_000, reason: "減額補正", expectedVersion: 2 }));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.amountYen[0]).toBe("補正後の予算額 1,100,000円 が交付決定額 1,200,000円 を下回るため、補正できません。");
    // A form read before the first 補正 is stale.
    expect(await rejection(addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-12-10", amountYen: -100_000, reason: "減額", expectedVersion: 1 }))).toBeInstanceOf(ConflictError);
    const down = await addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-12-10", amountYen: -300_000, reason: "減額補正", expectedVersion: 2 });
    expect(down.amountYen).toBe(1_200_000);
    const detail = await getBudget(staff, 2025, (await db.budgetLine.findUniqueOrThrow({ where: { id: budget.lineId } })).code);
    expect(detail.supplements.map((s) => [s.decidedOn, s.amountYen])).toEqual([["2025-09-30", 500_000], ["2025-12-10", -300_000]]);
    expect(detail).toMatchObject({ initialYen: 1_000_000, supplementYen: 200_000, amountYen: 1_200_000, remainingYen: 0 });
  });

  it("names the field in Japanese when the input is wrong", async () => {
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000 });
    const err = (await rejection(addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-02-30", amountYen: "十万", reason: " ", expectedVersion: 1 }))) as ValidationError;
    expect(err.fieldErrors).toMatchObject({
      decidedOn: ["補正日を「2026-06-30」の形式で、正しい日付で入力してください"],
      amountYen: ["金額（円）は整数（円）で入力してください"],
      reason: ["理由を入力してください"],
    });
  });
});

describe("allocation by menu", () => {
  it("refuses allocations adding up to more than the budget, and then bounds commitments by menu", async () => {
    const [a, b] = [await createTestMenu(db, "配分A"), await createTestMenu(db, "配分B")];
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000, menuIds: [a.id, b.id] });
    await setAllocation(admin, { budgetId: budget.id, menuId: a.id, amountYen: 600_000, expectedVersion: 1 });
    const over = (await rejection(setAllocation(admin, { budgetId: budget.id, menuId: b.id, amountYen: 500_000, expectedVersion: 2 }))) as ValidationError;
    expect(over).toBeInstanceOf(ValidationError);
    expect(over.fieldErrors.amountYen[0]).toBe("配分の合計 1,100,000円 が予算額（現計） 1,000,000円 を超えるため、配分できません。");
    await setAllocation(admin, { budgetId: budget.id, menuId: b.id, amountYen: 400_000, expectedVersion: 2 });
    // Split: a commitment must name its menu, and the menu's allocation bounds it.
    expect(((await rejection(commitBudget(staff, { budgetId: budget.id, amountYen: 1_000, reference: "x", description: "d" }))) as ValidationError).fieldErrors.menuId).toBeDefined();
    const tooMuch = await rejection(commitBudget(staff, { budgetId: budget.id, menuId: b.id, amountYen: 450_000, reference: "x", description: "d" }));
    expect(tooMuch).toBeInstanceOf(ConflictError);
    expect(tooMuch!.message).toContain("残額 400,000円");
    const ok = await commitBudget(staff, { budgetId: budget.id, menuId: b.id, amountYen: 400_000, reference: "x", description: "d" });
    expect(ok).toMatchObject({ committedYen: 400_000, remainingYen: 0 });
    // A menu the line does not fund is refused by name.
    const other = await createTestMenu(db, "対象外");
    const foreign = (await rejection(commitBudget(staff, { budgetId: budget.id, menuId: other.id, amountYen: 1_000, reference: "y", description: "d" }))) as ValidationError;
    expect(foreign.fieldErrors.menuId[0]).toMatch(/^メニュー「対象外 .+」はこの予算事業の対象ではありません。$/);
    // A 補正 may not take the budget below what is allocated.
    expect(await rejection(addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-10-01", amountYen: -1_000, reason: "減額", expectedVersion: 3 }))).toBeInstanceOf(ValidationError);
  });
});

describe("the ledger per reference", () => {
  it("pays no more than committed, releases no more than unpaid, with a reason", async () => {
    const { budget, line } = await createTestBudget(db, { amountYen: 5_000_000, fiscalYear: 2026 });
    await commitBudget(staff, { lineCode: line.code, fiscalYear: 2026, amountYen: 3_000_000, reference: "app-A", description: "A の交付決定" });
    await commitBudget(staff, { budgetId: budget.id, amountYen: 1_000_000, reference: "app-B", description: "B の交付決定" });
    const over = (await rejection(recordPayment(staff, { budgetId: budget.id, amountYen: 1_000_001, reference: "app-B", description: "B の確定" }))) as ValidationError;
    expect(over.message).toBe("確定額が交付決定額を超えます（確定できる残り 1,000,000円）。");
    await recordPayment(staff, { budgetId: budget.id, amountYen: 2_500_000, reference: "app-A", description: "A の確定" });
    expect(await rejection(releaseCommitment(staff, { budgetId: budget.id, amountYen: 100_000, reference: "app-A", description: "減額", reason: " " }))).toBeInstanceOf(ValidationError); // no reason
    const tooMuch = (await rejection(releaseCommitment(staff, { budgetId: budget.id, amountYen: 600_000, reference: "app-A", description: "減額", reason: "事業縮小" }))) as ValidationError;
    expect(tooMuch.message).toBe("減額・取消できるのは、交付決定額から確定済みの額を除いた 500,000円 までです。");
    const released = await releaseCommitment(staff, { budgetId: budget.id, amountYen: 500_000, reference: "app-A", description: "精算による減額", reason: "実績が計画を下回った" });
    expect(released).toMatchObject({ committedYen: 3_500_000, paidYen: 2_500_000, remainingYen: 1_500_000 });
    const entry = await db.budgetLedgerEntry.findUniqueOrThrow({ where: { id: released.entryId } });
    expect(entry).toMatchObject({ kind: "COMMITMENT", amountYen: -500_000, reason: "実績が計画を下回った" });
  });

  it("commits inside the caller's transaction, and nothing remains when the caller rolls back", async () => {
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000 });
    const failed = await rejection(
      appDb().$transaction(async (tx) => {
        await commitBudget(staff, { budgetId: budget.id, amountYen: 700_000, reference: "app-T", description: "外側の取引" }, tx);
        throw new Error("the application's own step failed");
      }),
    );
    expect(failed?.message).toBe("the application's own step failed");
    expect((await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).committedYen).toBe(0);
    expect(await db.budgetLedgerEntry.count({ where: { budgetId: budget.id } })).toBe(0);
  });
});

describe("who may see and change budgets", () => {
  it("refuses 保健所, 申請者 and anonymous callers, and audits each refusal", async () => {
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000 });
    const commit = { budgetId: budget.id, amountYen: 1_000, reference: "r", description: "d" };
    for (const actor of [hokenjo, applicant]) {
      expect(await rejection(listBudgets(actor, 2024))).toBeInstanceOf(ForbiddenError);
      expect(await rejection(commitBudget(actor, commit))).toBeInstanceOf(ForbiddenError);
      expect(await rejection(addSupplement(actor, { budgetId: budget.id, decidedOn: "2025-10-01", amountYen: 1, reason: "r", expectedVersion: 1 }))).toBeInstanceOf(ForbiddenError);
    }
    expect(await rejection(listBudgets(publicActor, 2024))).toBeInstanceOf(UnauthenticatedError);
    expect(await rejection(commitBudget(publicActor, commit))).toBeInstanceOf(UnauthenticatedError);
    // 本庁担当 reads and records decisions, but only 本庁管理者 changes the budget.
    expect(await rejection(addSupplement(staff, { budgetId: budget.id, decidedOn: "2025-10-01", amountYen: 1, reason: "r", expectedVersion: 1 }))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(commitBudget(staff, { ...commit, budgetId: 999_999 }))).toBeInstanceOf(NotFoundError);
    const denied = await db.auditEntry.findMany({ where: { action: "authz.denied", entityType: "budget" }, select: { actorUserId: true, data: true } });
    const ids = (a: Actor) => (a.kind === "user" ? a.userId : null);
    for (const actor of [hokenjo, applicant, staff]) expect(denied.some((d) => d.actorUserId === ids(actor))).toBe(true);
    expect(denied.some((d) => d.actorUserId === null && (d.data as { outcome: string }).outcome === "unauthenticated")).toBe(true);
    expect((await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).committedYen).toBe(0);
  });
});

describe("the CHECK constraints, the last line", () => {
  it("hold against a direct SQL update, even by the owner", async () => {
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000 });
    await expect(owner.$executeRaw`UPDATE budget SET committed_yen = amount_yen + 1 WHERE id = ${budget.id}`).rejects.toThrow(/budget_committed_check/);
    await expect(db.$executeRaw`UPDATE budget SET paid_yen = 1 WHERE id = ${budget.id}`).rejects.toThrow(/budget_paid_check/);
    await commitBudget(staff, { budgetId: budget.id, amountYen: 1_000, reference: "r", description: "d" });
    // The app's role may not rewrite the ledger.
    await expect(db.$executeRaw`UPDATE budget_ledger_entry SET amount_yen = 1 WHERE budget_id = ${budget.id}`).rejects.toThrow(/permission denied/);
  });
});
