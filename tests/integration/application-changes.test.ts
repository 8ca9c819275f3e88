// After 交付決定: a 変更承認申請 approved (the plan changes, the decision stays) or refused, a 実績報告
// returned and reported again, and 不採択 / withdrawal rules.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { approveApplicationChange, refuseApplicationChange, rejectApplication, returnApplicationReport } from "@/lib/applications/decision";
import { reportApplicationActuals, requestApplicationChange, submitApplication, withdrawApplication } from "@/lib/applications/lifecycle";
import { createApplication } from "@/lib/applications/mutations";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { confirmApproved, decideApproved } from "@/tests/factories/approvals";
import { createTestBudget } from "@/tests/factories/budgets";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: Actor;
let applicant: Actor;
let callId: number;
let budgetId: number;

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: (await createTestOrganisation(db)).id });
  callId = (await createTestCall(db)).id;
  const menu = await db.subsidyMenu.findFirstOrThrow({ where: { code: "portable-equipment" } });
  budgetId = (await createTestBudget(db, { amountYen: 50_000_000, fiscalYear: 2024, menuIds: [menu.id] })).budget.id;
});

const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

async function decided() {
  const { id } = await createApplication(applicant, { callId, idempotencyKey: randomUUID(), content: completeContent() });
  const s = await submitApplication(applicant, { applicationId: id, expectedVersion: 1 });
  const d = await decideApproved(staff, { applicationId: id, expectedVersion: s.version, budgetId, amountYen: 2_000_000 });
  return { id, version: d.version };
}

describe("after the decision", () => {
  it("approves a change: the plan changes, the decided amount stays", async () => {
    const { id, version } = await decided();
    const changed = completeContent({ items: [{ itemCode: "equipment", costYen: 3_000_000 }], totalProjectCostYen: 3_000_000 });
    const r = await requestApplicationChange(applicant, { applicationId: id, expectedVersion: version, reason: "機種の変更", content: changed });
    expect(r.status).toBe("CHANGE_REQUESTED");
    expect(await rejection(reportApplicationActuals(applicant, { applicationId: id, expectedVersion: r.version, actualTotalCostYen: 1, items: [{ itemCode: "equipment", actualCostYen: 1 }] }))).toBeInstanceOf(ConflictError);
    const a = await approveApplicationChange(staff, { applicationId: id, expectedVersion: r.version });
    const row = await db.subsidyApplication.findUniqueOrThrow({ where: { id }, include: { items: true } });
    expect(row).toMatchObject({ status: "DECIDED", decidedAmountYen: 2_000_000, totalProjectCostYen: 3_000_000, pendingChange: null, version: a.version });
    expect(row.items.map((i) => i.costYen)).toEqual([3_000_000]);
  });

  it("refuses a change: the plan stays", async () => {
    const { id, version } = await decided();
    const r = await requestApplicationChange(applicant, { applicationId: id, expectedVersion: version, reason: "増額したい", content: completeContent({ totalProjectCostYen: 9_000_000 }) });
    await refuseApplicationChange(staff, { applicationId: id, expectedVersion: r.version, comment: "認められません" });
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DECIDED", totalProjectCostYen: 4_000_000 });
  });

  it("returns a report, which is reported again and confirmed", async () => {
    const { id, version } = await decided();
    const r1 = await reportApplicationActuals(applicant, { applicationId: id, expectedVersion: version, actualTotalCostYen: 4_000_000, items: [{ itemCode: "equipment", actualCostYen: 4_000_000 }] });
    expect(await rejection(returnApplicationReport(staff, { applicationId: id, expectedVersion: r1.version }))).toBeInstanceOf(ValidationError);
    const back = await returnApplicationReport(staff, { applicationId: id, expectedVersion: r1.version, comment: "領収書を添付してください" });
    expect(await rejection(reportApplicationActuals(applicant, { applicationId: id, expectedVersion: back.version, actualTotalCostYen: 4_000_000, items: [{ itemCode: "other", actualCostYen: 1 }] }))).toBeInstanceOf(ValidationError);
    const r2 = await reportApplicationActuals(applicant, { applicationId: id, expectedVersion: back.version, actualTotalCostYen: 4_000_000, items: [{ itemCode: "equipment", actualCostYen: 4_000_000 }] });
    expect((await confirmApproved(staff, { applicationId: id, expectedVersion: r2.version }, 2_000_000)).amountYen).toBe(2_000_000);
    expect(await rejection(withdrawApplication(applicant, { applicationId: id, expectedVersion: r2.version + 1 }))).toBeInstanceOf(ConflictError);
  });

  it("rejects a submitted application, after which nothing more happens", async () => {
    const { id } = await createApplication(applicant, { callId, idempotencyKey: randomUUID(), content: completeContent() });
    const s = await submitApplication(applicant, { applicationId: id, expectedVersion: 1 });
    const r = await rejectApplication(staff, { applicationId: id, expectedVersion: s.version, comment: "予算の都合により" });
    expect(r.status).toBe("REJECTED");
    expect(await rejection(decideApproved(staff, { applicationId: id, expectedVersion: r.version, budgetId, amountYen: 2_000_000 }))).toBeInstanceOf(ConflictError);
    expect(await db.notification.findFirst({ where: { applicationId: id, kind: "reject" } })).not.toBeNull();
    expect(await db.outboxMail.count({ where: { subject: { contains: "不採択" } } })).toBeGreaterThanOrEqual(1);
  });
});
