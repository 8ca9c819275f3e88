// Review of applications (ADR 0025): the 決裁 chain (the decision takes effect only after the last
// step; one person approves once; a return ends it), authorization (保健所 and 申請者 refused), the
// 文書番号 under concurrency, and the exported workbooks read back with the same numbers.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { reportApplicationActuals, submitApplication } from "@/lib/applications/lifecycle";
import { createApplication } from "@/lib/applications/mutations";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { actOnApproval, startApproval } from "@/lib/reviews/approvals";
import { requiredNames } from "@/lib/reviews/documents/names";
import { readDocument } from "@/lib/reviews/documents/workbook";
import { downloadApplicationDocument } from "@/lib/reviews/downloads";
import { takeDocumentNumber } from "@/lib/reviews/numbering";
import { listAllReviewRows, listReviewQueue, reviewQueueCsv } from "@/lib/reviews/queue";
import { saveApprovalRoute } from "@/lib/reviews/routes";
import { uploadTemplate } from "@/lib/reviews/templates";
import { createTestBudget } from "@/tests/factories/budgets";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: UserActor, admin: UserActor, admin2: UserActor, chief: UserActor, applicant: UserActor, otherApplicant: UserActor, healthCentre: UserActor;
let callId: number;

const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

beforeAll(async () => {
  staff = (await createUserActor(db, { role: "PREFECTURE_STAFF", displayName: "担当 太郎" })) as UserActor;
  admin = (await createUserActor(db, { role: "PREFECTURE_ADMIN", displayName: "係長 花子" })) as UserActor;
  admin2 = (await createUserActor(db, { role: "PREFECTURE_ADMIN", displayName: "係長代理 次郎" })) as UserActor;
  chief = (await createUserActor(db, { role: "PREFECTURE_ADMIN", displayName: "課長 三郎" })) as UserActor;
  const org = await createTestOrganisation(db, `テスト審査医師会 ${randomUUID().slice(0, 6)}`);
  applicant = (await createUserActor(db, { role: "APPLICANT", organisationId: org.id })) as UserActor;
  otherApplicant = (await createUserActor(db, { role: "APPLICANT", organisationId: (await createTestOrganisation(db)).id })) as UserActor;
  healthCentre = (await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" })) as UserActor;
  callId = (await createTestCall(db)).id;
  const menu = await db.subsidyMenu.findFirstOrThrow({ where: { code: "portable-equipment" } });
  await createTestBudget(db, { amountYen: 50_000_000, fiscalYear: 2024, menuIds: [menu.id] });
  await saveApprovalRoute(admin, {
    purpose: "DECISION",
    steps: [
      { label: "担当", roles: ["PREFECTURE_STAFF", "PREFECTURE_ADMIN"] },
      { label: "係長", roles: ["PREFECTURE_ADMIN"] },
      { label: "課長", userIds: [chief.userId] },
    ],
  });
});

async function submitted(): Promise<string> {
  const { id } = await createApplication(applicant, { callId, idempotencyKey: randomUUID(), content: completeContent() });
  const app = await db.subsidyApplication.findUniqueOrThrow({ where: { id } });
  await submitApplication(applicant, { applicationId: id, expectedVersion: app.version });
  return id;
}

/** The 決裁 column of the application's row in 本庁's review queue. */
const queueApproval = async (id: string) => (await listAllReviewRows(staff)).find((r) => r.id === id)?.approval;
const version = async (approvalId: string) => (await db.approvalRequest.findUniqueOrThrow({ where: { id: approvalId } })).version;
const act = async (who: Actor, approvalId: string, action: "APPROVE" | "RETURN" = "APPROVE", comment = "") =>
  actOnApproval(who, { approvalId, action, comment, version: await version(approvalId) });

describe("決裁 chain", () => {
  it("decides only after the last step, refuses a second approval by one person, issues the notice", async () => {
    const id = await submitted();
    const { approvalId } = await startApproval(staff, { applicationId: id, amountYen: "1,800,000", rate: "1/2", comment: "交付決定します" });
    // The queue shows the step waiting for its act.
    expect(await queueApproval(id)).toBe("交付決定決裁中（担当）");
    expect(await act(admin, approvalId)).toMatchObject({ status: "IN_PROGRESS", position: 1, documentNumber: null });
    expect(await queueApproval(id)).toBe("交付決定決裁中（係長）");
    // The same 係長 may not approve the next step too.
    expect(await rejection(act(admin, approvalId))).toBeInstanceOf(ForbiddenError);
    // 担当 cannot act on the 係長 step; another 本庁管理者 can.
    expect(await rejection(act(staff, approvalId))).toBeInstanceOf(ForbiddenError);
    expect(await act(admin2, approvalId)).toMatchObject({ status: "IN_PROGRESS", position: 2 });
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", decidedAmountYen: null });
    // 課長 names a user: another 本庁管理者 may not act on it.
    expect(await rejection(act((await createUserActor(db, { role: "PREFECTURE_ADMIN" })) as UserActor, approvalId))).toBeInstanceOf(ForbiddenError);
    expect(await queueApproval(id)).toBe("交付決定決裁中（課長）");
    const last = await act(chief, approvalId);
    expect(last.status).toBe("APPROVED");
    expect(await queueApproval(id)).toBeNull();
    expect(last.documentNumber).toMatch(/^R6在医第\d+号$/);
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DECIDED", decidedAmountYen: 1_800_000, decidedRateNumerator: 1, decidedRateDenominator: 2 });
    expect(await rejection(act(staff, approvalId))).toBeInstanceOf(ConflictError);
    const audits = await db.auditEntry.findMany({ where: { entityType: "approval_request", entityId: approvalId }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["approval.approve", "approval.approve", "approval.approve", "approval.start", "authz.denied", "authz.denied", "authz.denied"].sort());

    // The notice, read back: the same amount, rate and 文書番号.
    const notice = await downloadApplicationDocument(applicant, id, "DECISION_NOTICE");
    const back = await readDocument(notice.content);
    expect(back.values).toMatchObject({ decided_amount: 1_800_000, rate: "1/2", document_number: last.documentNumber, comment: "交付決定します" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(notice.content as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });

  it("a return ends the chain without a decision; a new 決裁 may start", async () => {
    const id = await submitted();
    const { approvalId } = await startApproval(staff, { applicationId: id, amountYen: 2_000_000, rate: "1/2" });
    expect(await rejection(startApproval(staff, { applicationId: id, amountYen: 2_000_000, rate: "1/2" }))).toBeInstanceOf(ConflictError);
    await act(staff, approvalId);
    expect(await rejection(act(admin, approvalId, "RETURN", ""))).toBeInstanceOf(ValidationError);
    expect(await act(admin, approvalId, "RETURN", "金額を再確認してください")).toMatchObject({ status: "RETURNED" });
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED" });
    expect(await startApproval(staff, { applicationId: id, amountYen: 1_000_000, rate: "1/3" })).toHaveProperty("approvalId");
  });

  it("refuses a rate above the ceiling and an amount above the calculation", async () => {
    const id = await submitted();
    const rate = await rejection(startApproval(staff, { applicationId: id, amountYen: 1_000_000, rate: "2/3" }));
    expect(rate).toBeInstanceOf(ValidationError);
    expect((rate as ValidationError).fieldErrors.rate).toBeDefined();
    const amount = await rejection(startApproval(staff, { applicationId: id, amountYen: 2_000_001, rate: "1/2" }));
    expect((amount as ValidationError).fieldErrors.amountYen).toBeDefined();
  });
});

describe("確定 through its 決裁", () => {
  it("confirms on the actuals after the (default, one-step) 決裁 and issues the 確定通知書", async () => {
    const id = await submitted();
    const decision = await startApproval(staff, { applicationId: id, amountYen: 2_000_000, rate: "1/2" });
    for (const who of [staff, admin2, chief]) await act(who, decision.approvalId);
    const decided = await db.subsidyApplication.findUniqueOrThrow({ where: { id } });
    expect(decided.status).toBe("DECIDED");
    await reportApplicationActuals(applicant, { applicationId: id, expectedVersion: decided.version, actualTotalCostYen: 3_001_999, items: [{ itemCode: "equipment", actualCostYen: 3_001_999 }] });
    // Above the recomputed amount (1,500,000円 on the actuals) is refused.
    expect(await rejection(startApproval(staff, { applicationId: id, purpose: "CONFIRMATION", amountYen: 2_000_000, rate: "1/2" }))).toBeInstanceOf(ValidationError);
    const { approvalId } = await startApproval(staff, { applicationId: id, purpose: "CONFIRMATION", amountYen: 1_500_000, rate: "1/2" });
    // No route saved for 確定: one step, any 本庁管理者 — 本庁担当 may not.
    expect(await rejection(act(staff, approvalId))).toBeInstanceOf(ForbiddenError);
    const done = await act(admin, approvalId);
    expect(done.status).toBe("APPROVED");
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONFIRMED", confirmedAmountYen: 1_500_000 });
    const notice = await readDocument((await downloadApplicationDocument(staff, id, "CONFIRMATION_NOTICE")).content);
    expect(notice.values).toMatchObject({ decided_amount: 2_000_000, confirmed_amount: 1_500_000, document_number: done.documentNumber });
    const statement = await readDocument((await downloadApplicationDocument(applicant, id, "STATEMENT")).content);
    expect(statement.values).toMatchObject({ total_cost: 3_001_999, subsidy_amount: 1_500_000 });
  });
});

describe("authorization", () => {
  it("refuses 保健所 and 申請者 the queue, 決裁 and settings; hides documents from others", async () => {
    const id = await submitted();
    for (const who of [healthCentre, applicant]) {
      expect(await rejection(listReviewQueue(who))).toBeInstanceOf(ForbiddenError);
      expect(await rejection(startApproval(who, { applicationId: id, amountYen: 1, rate: "1/2" }))).toBeInstanceOf(ForbiddenError);
      expect(await rejection(saveApprovalRoute(who, { purpose: "DECISION", steps: [{ label: "x", roles: ["PREFECTURE_ADMIN"] }] }))).toBeInstanceOf(ForbiddenError);
    }
    expect(await rejection(saveApprovalRoute(staff, { purpose: "DECISION", steps: [{ label: "x", roles: ["PREFECTURE_ADMIN"] }] }))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(downloadApplicationDocument(otherApplicant, id, "PLAN"))).toBeInstanceOf(NotFoundError);
    expect(await rejection(downloadApplicationDocument(healthCentre, id, "PLAN"))).toBeInstanceOf(NotFoundError);
    expect((await downloadApplicationDocument(applicant, id, "PLAN")).content.length).toBeGreaterThan(0);
  });
});

describe("documents", () => {
  it("numbers notices without gaps or twins under concurrent issues (a rolled-back issue gives its number back)", async () => {
    const prefectureId = staff.prefectureId;
    const year = 2090;
    await db.$transaction(async (tx) => {
      await takeDocumentNumber(tx, prefectureId, year);
      throw new Error("rolled back");
    }).catch(() => null);
    const numbers = await Promise.all(Array.from({ length: 12 }, () => db.$transaction((tx) => takeDocumentNumber(tx, prefectureId, year))));
    expect(numbers.map((n) => n.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(numbers.map((n) => n.text)).size).toBe(12);
  });

  it("fills the 計画書 and 明細書 with the application's numbers, in 本庁's own template too", async () => {
    const id = await submitted();
    const plan = await readDocument((await downloadApplicationDocument(staff, id, "PLAN")).content);
    expect(plan.values).toMatchObject({ total_cost: 4_000_000, other_income: 0, requested_amount: 2_000_000 });
    expect(plan.items).toEqual([{ name: expect.any(String), quantity: null, costYen: 4_000_000 }]);
    const statement = await readDocument((await downloadApplicationDocument(staff, id, "STATEMENT")).content);
    expect(statement.values).toMatchObject({ total_cost: 4_000_000, net_cost: 4_000_000, subsidy_amount: 2_000_000, rate: "1/2" });

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("独自様式");
    const names = requiredNames("STATEMENT");
    names.slice(1).forEach((n, i) => wb.definedNames.add(`'独自様式'!$D$${i + 5}`, n));
    const incomplete = new Uint8Array(await wb.xlsx.writeBuffer());
    const missing = await rejection(uploadTemplate(admin, { kind: "STATEMENT", fileName: "meisai.xlsx", content: incomplete }));
    expect((missing as ValidationError).fieldErrors.file?.[0]).toContain(names[0]);
    expect(await rejection(uploadTemplate(staff, { kind: "STATEMENT", fileName: "meisai.xlsx", content: incomplete }))).toBeInstanceOf(ForbiddenError);
    wb.definedNames.add("'独自様式'!$D$2", names[0]);
    await uploadTemplate(admin, { kind: "STATEMENT", fileName: "meisai.xlsx", content: new Uint8Array(await wb.xlsx.writeBuffer()) });
    const own = await downloadApplicationDocument(staff, id, "STATEMENT");
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(own.content as unknown as ExcelJS.Buffer);
    expect(ownBook.getWorksheet("独自様式")?.getCell(`D${names.indexOf("subsidy_amount") + 4}`).value).toBe(2_000_000);
  });

  it("lists the queue by state and region, and as CSV", async () => {
    const id = await submitted();
    const queue = await listAllReviewRows(staff, { status: "SUBMITTED", sort: "amount", order: "desc" });
    expect(queue.some((r) => r.id === id)).toBe(true);
    expect(queue.every((r) => r.status === "SUBMITTED")).toBe(true);
    expect((await listAllReviewRows(staff, { status: "CONFIRMED" })).some((r) => r.id === id)).toBe(false);
    expect(await reviewQueueCsv(staff, { status: "SUBMITTED" })).toContain(id);
    // One page of at most 100 rows; a page past the end shows the last one.
    const paged = await listReviewQueue(staff, { page: "999" });
    const all = await listAllReviewRows(staff);
    expect(paged.total).toBe(all.length);
    expect(paged.pageCount).toBe(Math.max(1, Math.ceil(all.length / 100)));
    expect(paged.page).toBe(paged.pageCount);
    expect(paged.pageRows.length).toBeLessThanOrEqual(100);
    expect(paged.pageRows).toEqual(all.slice((paged.page - 1) * 100, paged.page * 100));
  });
});
