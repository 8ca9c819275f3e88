// The 本庁 dashboard on the seeded database plus records made here, figure by figure with exact
// numbers: the roadmap (reference targets, the 十勝 拠点), the 令和6年度 budgets after a 交付決定,
// 在支診・在支病 per snapshot, report states, the four kinds of overdue items, the CSV files; and
// who may read it.
import { beforeAll, describe, expect, it } from "vitest";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { commitBudget, recordPayment } from "@/lib/budgets/ledger";
import { dashboardCsv } from "@/lib/dashboard/csv";
import { exportDashboardCsv } from "@/lib/dashboard/export";
import { getDashboard } from "@/lib/dashboard/queries";
import { createPrismaClient } from "@/lib/db-client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const NOW = new Date("2026-11-24T03:00:00Z");
let prefectureId: number;
let staff: Actor;
let regionCount: number;
const ids: Record<string, string> = {};

async function region(code: string) {
  return db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code } } });
}

async function application(key: string, callId: number, organisationId: number, data: Record<string, unknown>) {
  const a = await db.subsidyApplication.create({ data: { prefectureId, callId, organisationId, title: `申請${key}`, formVersion: 1, idempotencyKey: `dash-${key}`, status: "SUBMITTED", ...data } });
  ids[key] = a.id;
  return a;
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  regionCount = await db.homeCareRegion.count({ where: { prefectureId, validTo: null } });
  const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });

  // Budgets: 10,000,000円 decided and 4,000,500円 paid on the 令和6年度 グループ診療等運営事業.
  await commitBudget(admin, { lineCode: "group-practice", fiscalYear: 2024, amountYen: 10_000_000, description: "交付決定（テスト）" });
  await recordPayment(admin, { lineCode: "group-practice", fiscalYear: 2024, amountYen: 4_000_500, description: "確定（テスト）" });

  // Facilities: two snapshots; the first with 2 clinics (types 1, 3) and a hospital (type 2), the second with one clinic more.
  const municipality = await db.municipality.findFirstOrThrow({ where: { prefectureId, code: "01202" } });
  const facilities = await Promise.all(
    ["9000001", "9000002", "9000003", "9000004"].map((n, i) => db.facility.create({ data: { prefectureId, prefectureCode: "01", category: "MEDICAL", institutionNumber: n, name: `テスト医療機関${i}`, kind: i === 2 ? "HOSPITAL" : "CLINIC", municipalityId: municipality.id } })),
  );
  const snapshot = (asOf: string, n: number) =>
    db.facilitySnapshot.create({ data: { prefectureId, asOf: new Date(asOf), title: "テスト名簿", fileName: `${asOf}.xlsx`, sizeBytes: 1, sha256: asOf.replace(/-/g, "").padEnd(64, "0"), rowCount: n, facilityCount: n } });
  const s1 = await snapshot("2026-04-01", 3);
  const s2 = await snapshot("2026-10-01", 4);
  const entry = (snapshotId: number, i: number, supportType: number) => ({ snapshotId, facilityId: facilities[i].id, kind: facilities[i].kind!, supportType, municipalityId: municipality.id });
  await db.facilitySnapshotEntry.createMany({ data: [entry(s1.id, 0, 1), entry(s1.id, 1, 3), entry(s1.id, 2, 2), entry(s2.id, 0, 1), entry(s2.id, 1, 3), entry(s2.id, 2, 2), entry(s2.id, 3, 3)] });

  // Reports of 令和7年度 (deadline 2026-06-30, passed): 0101 draft, 0102 submitted, 0103 approved, 0104 returned; the rest not made.
  await db.statusReportDeadline.create({ data: { prefectureId, fiscalYear: 2025, dueOn: new Date("2026-06-30") } });
  for (const [code, status] of [["0101", "DRAFT"], ["0102", "SUBMITTED"], ["0103", "APPROVED"], ["0104", "RETURNED"]] as const) {
    await db.statusReport.create({ data: { prefectureId, regionId: (await region(code)).id, fiscalYear: 2025, status, formVersion: 1, content: { formVersion: 1 } } });
  }
  await db.statusReport.create({ data: { prefectureId, regionId: (await region("0101")).id, fiscalYear: 2026, status: "DRAFT", formVersion: 1, content: { formVersion: 1 } } });

  // Applications: a closed call (deadline passed) with one waiting for review and one in 決裁; an
  // open call's submission (not overdue); a decision whose 実績報告 was due 2025-04-10.
  const org = await createTestOrganisation(db, "ダッシュボード医師会");
  const closed = await createTestCall(db, { deadline: new Date("2024-06-28T08:00:00Z") });
  const open = await createTestCall(db, { deadline: new Date("2026-12-25T08:00:00Z") });
  await application("waiting", closed.id, org.id, { submittedAt: new Date("2024-06-01T00:00:00Z") });
  const inApproval = await application("approval", closed.id, org.id, { status: "RESUBMITTED" });
  await application("open", open.id, org.id, {});
  await application("decided", closed.id, org.id, { status: "DECIDED", periodTo: new Date("2025-03-31"), decidedAmountYen: 1_000_000 });
  await application("reported", closed.id, org.id, { status: "REPORTED", periodTo: new Date("2025-03-31") });
  await db.approvalRequest.create({ data: { prefectureId, applicationId: inApproval.id, purpose: "DECISION", steps: [], amountYen: 1_000_000, rateNumerator: 1, rateDenominator: 2, requestedById: (admin as { userId: string }).userId, createdAt: new Date("2026-11-10T01:00:00Z") } });
});

describe("who may read it", () => {
  it("lets 本庁 in, refuses others with 403 and anonymous callers with 401", async () => {
    const hc = await db.healthCenter.findFirstOrThrow({ where: { prefectureId } });
    const hokenjo = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: hc.name });
    const viewer = await createUserActor(db, { role: "VIEWER" });
    await expect(getDashboard(hokenjo)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDashboard(viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportDashboardCsv(hokenjo, { table: "budgets" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDashboard(publicActor)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("the figures", () => {
  it("shows the roadmap against cumulative targets with the 十勝 拠点", async () => {
    const d = await getDashboard(staff, { now: NOW });
    expect(d.currentFiscalYear).toBe(2026);
    expect(d.roadmap.rows.map((r) => [r.fiscalYear, r.targetCumulative.min, r.targetCumulative.max, r.base, r.done])).toEqual([
      [2024, 2, 3, 0, 0],
      [2025, 9, 11, 1, 0],
      [2026, 16, 19, 1, 0],
      [2027, regionCount, regionCount, null, null],
      [2028, regionCount, regionCount, null, null],
      [2029, regionCount, regionCount, null, null],
    ]);
    expect(d.roadmap).toMatchObject({ regionCount, baseToday: 1, doneToday: 0 });
  });

  it("shows the budgets of the chosen 年度 with what was decided and paid", async () => {
    const d = await getDashboard(staff, { fiscalYear: 2024, now: NOW });
    expect(d.fiscalYear).toBe(2024);
    expect(d.years).toEqual(expect.arrayContaining([2029, 2026, 2025, 2024]));
    expect(d.budgets.rows).toHaveLength(11);
    expect(d.budgets.rows[0]).toMatchObject({ lineCode: "group-practice", amountYen: 94_420_000, committedYen: 10_000_000, paidYen: 4_000_500 });
    expect(d.budgets.totals).toEqual({ initialYen: 228_398_000, amountYen: 228_398_000, committedYen: 10_000_000, paidYen: 4_000_500, supplementYen: 0, remainingYen: 218_398_000 });
    // A 年度 not offered falls back to the current one (no budgets in this database).
    const fallback = await getDashboard(staff, { fiscalYear: 2040, now: NOW });
    expect(fallback.fiscalYear).toBe(2026);
    expect(fallback.budgets.rows).toEqual([]);
  });

  it("counts 在支診・在支病 per snapshot and report states per 年度", async () => {
    const d = await getDashboard(staff, { now: NOW });
    expect(d.facilities.map((f) => [f.asOf, f.clinics.type1, f.clinics.type3, f.clinics.total, f.hospitals.type2, f.hospitals.total])).toEqual([
      ["2026-04-01", 1, 1, 2, 1, 1],
      ["2026-10-01", 1, 2, 3, 1, 1],
    ]);
    const r2025 = d.reports.find((r) => r.fiscalYear === 2025)!;
    expect(r2025).toEqual({ fiscalYear: 2025, counts: { DRAFT: 1, SUBMITTED: 1, RETURNED: 1, APPROVED: 1 }, notStarted: regionCount - 4, dueOn: "2026-06-30" });
    expect(d.reports.find((r) => r.fiscalYear === 2026)).toMatchObject({ counts: { DRAFT: 1, SUBMITTED: 0, RETURNED: 0, APPROVED: 0 }, notStarted: regionCount - 1, dueOn: null });
  });

  it("lists overdue items of each kind, each linking to its page", async () => {
    const d = await getDashboard(staff, { now: NOW });
    const [reports, reviews, approvals, results] = d.overdue;
    // Every region of today but the submitted (0102) and approved (0103) ones.
    expect(reports.total).toBe(regionCount - 2);
    expect(reports.items[0]).toMatchObject({ fiscalYear: 2025, since: "2026-06-30", state: "DRAFT", href: expect.stringMatching(/^\/reports\/\d+$/) });
    expect(reports.items.filter((i) => i.state === null).every((i) => i.href === "/reports?year=2025")).toBe(true);
    expect(reviews).toMatchObject({ total: 1, items: [{ key: ids.waiting, href: `/admin/reviews/${ids.waiting}`, since: "2024-06-28", subject: "ダッシュボード医師会" }] });
    expect(approvals).toMatchObject({ total: 1, items: [{ title: "申請approval", state: "DECISION", since: "2026-11-10", href: `/admin/reviews/${ids.approval}` }] });
    expect(results).toMatchObject({ total: 1, items: [{ key: ids.decided, since: "2025-04-10" }] });
  });
});

describe("CSV", () => {
  it("writes the budgets in 千円 and the overdue items with their paths", async () => {
    const file = await exportDashboardCsv(staff, { table: "budgets", year: 2024 });
    const lines = file.body.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("年度,予算事業コード,予算事業,事業区分,当初予算（千円）,補正（千円）,現計（千円）,交付決定額（千円）,確定額（千円）,残額（千円）,サンプル");
    expect(lines[1]).toMatch(/^2024,group-practice,グループ診療等運営事業,[^,]*,94420,0,94420,10000,4000,84420,$/);
    expect(lines).toHaveLength(12);
    expect(file.fileName).toMatch(/^dashboard-budgets-2024-\d{4}-\d{2}-\d{2}\.csv$/);

    const d = await getDashboard(staff, { now: NOW });
    const overdue = dashboardCsv(d, "overdue").body.trim().split("\r\n");
    expect(overdue).toHaveLength(1 + regionCount - 2 + 3);
    expect(overdue.find((l) => l.includes(ids.decided))).toBe(`期限を過ぎた実績報告（未提出）,申請decided,ダッシュボード医師会,2025-04-10,593,/admin/reviews/${ids.decided}`);
  });
});
