// Applications: created once per form key (replays, races), strict input (no status or amounts
// from the applicant), other organisations' applications are 404, late submissions refused until
// 本庁 extends the call, and the whole lifecycle with the budget committed then paid.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { extendCall } from "@/lib/applications/calls";
import { decideApplication, returnApplication } from "@/lib/applications/decision";
import { reportApplicationActuals, resubmitApplication, submitApplication, withdrawApplication } from "@/lib/applications/lifecycle";
import { createApplication, saveApplicationDraft } from "@/lib/applications/mutations";
import { getApplication } from "@/lib/applications/queries";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { confirmApproved, decideApproved } from "@/tests/factories/approvals";
import { createTestBudget } from "@/tests/factories/budgets";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: Actor;
let applicant: Actor;
let other: Actor;
let callId: number;

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: (await createTestOrganisation(db)).id });
  other = await createUserActor(db, { role: "APPLICANT", organisationId: (await createTestOrganisation(db)).id });
  callId = (await createTestCall(db)).id;
});

const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

async function draft(content: Record<string, unknown> = completeContent(), who: Actor = applicant, call = callId) {
  const { id } = await createApplication(who, { callId: call, idempotencyKey: randomUUID(), content });
  return db.subsidyApplication.findUniqueOrThrow({ where: { id } });
}

describe("creating and saving", () => {
  it("creates one application for replays and racing requests with the same key", async () => {
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => createApplication(applicant, { callId, idempotencyKey: key, content: completeContent() })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const again = await createApplication(applicant, { callId, idempotencyKey: key });
    expect(again).toEqual({ id: results[0].id, replayed: true });
    expect(await db.subsidyApplication.count({ where: { idempotencyKey: key } })).toBe(1);
    const app = await db.subsidyApplication.findUniqueOrThrow({ where: { id: again.id } });
    expect(app).toMatchObject({ status: "DRAFT", requestedYen: 2_000_000, totalProjectCostYen: 4_000_000, formVersion: 1 });
  });

  it("refuses fields the applicant may not set (status, amounts, rate)", async () => {
    const app = await draft();
    for (const extra of [{ status: "DECIDED" }, { decidedAmountYen: 9_999_999 }, { requestedYen: 5 }]) {
      const err = await rejection(saveApplicationDraft(applicant, { applicationId: app.id, expectedVersion: app.version, content: completeContent(), ...extra } as never));
      expect(err).toBeInstanceOf(ValidationError);
      const inContent = await rejection(saveApplicationDraft(applicant, { applicationId: app.id, expectedVersion: app.version, content: { ...completeContent(), ...extra } } as never));
      expect(inContent).toBeInstanceOf(ValidationError);
    }
    const err = await rejection(submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version, status: "DECIDED" } as never));
    expect(err).toBeInstanceOf(ValidationError);
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "DRAFT", version: app.version, decidedAmountYen: null });
  });

  it("saves with the version and refuses a stale one (the form keeps its input)", async () => {
    const app = await draft();
    const saved = await saveApplicationDraft(applicant, { applicationId: app.id, expectedVersion: app.version, content: completeContent({ items: [{ itemCode: "equipment", costYen: 20_000_000 }], totalProjectCostYen: 20_000_000 }) });
    expect(saved).toEqual({ version: app.version + 1, requestedYen: 3_000_000 });
    expect(await rejection(saveApplicationDraft(applicant, { applicationId: app.id, expectedVersion: app.version, content: completeContent() }))).toBeInstanceOf(ConflictError);
  });

  it("answers 404 for another organisation's application, and 403 to 本庁 saving a draft", async () => {
    const app = await draft();
    expect(await rejection(saveApplicationDraft(other, { applicationId: app.id, expectedVersion: app.version, content: completeContent() }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(submitApplication(other, { applicationId: app.id, expectedVersion: app.version }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getApplication(other, app.id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(saveApplicationDraft(staff, { applicationId: app.id, expectedVersion: app.version, content: completeContent() }))).toBeInstanceOf(ForbiddenError);
    const audit = await db.auditEntry.findFirst({ where: { action: "authz.denied", entityId: app.id } });
    expect(audit).not.toBeNull();
  });

  it("reads a draft of an older form revision without breaking", async () => {
    const app = await draft();
    await db.subsidyApplication.update({ where: { id: app.id }, data: { formVersion: 0, content: { title: "旧様式", legacyField: "x", items: "broken" } } });
    const view = await getApplication(applicant, app.id);
    expect(view.content.title).toBe("旧様式");
  });
});

describe("submitting", () => {
  it("submits once: a replay answers with the same application", async () => {
    const app = await draft();
    const first = await submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version });
    expect(first).toMatchObject({ id: app.id, status: "SUBMITTED", version: app.version + 1 });
    const replay = await submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version });
    expect(replay).toMatchObject({ id: app.id, replayed: true });
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, kind: "submit" } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId: app.id, recipientOrganisationId: null } })).toBe(1);
  });

  it("refuses an incomplete plan with field errors", async () => {
    const app = await draft({ title: "未完成" });
    const err = await rejection(submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version }));
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fieldErrors ?? {})).toEqual(expect.arrayContaining(["outline", "items"]));
  });

  it("refuses a late submission until 本庁 extends the call", async () => {
    const call = await createTestCall(db, { deadline: new Date(Date.now() + 2_000) });
    const app = await draft(completeContent(), applicant, call.id);
    await db.subsidyCall.update({ where: { id: call.id }, data: { deadline: new Date(Date.now() - 1_000) } });
    const err = await rejection(submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version }));
    expect(err).toBeInstanceOf(ConflictError);
    expect(err?.message).toContain("締切");
    expect(await rejection(extendCall(applicant, { callId: call.id, expectedVersion: 1, extendedUntil: new Date(Date.now() + 86_400_000) }))).toBeInstanceOf(ForbiddenError);
    await extendCall(staff, { callId: call.id, expectedVersion: 1, extendedUntil: new Date(Date.now() + 86_400_000) });
    expect(await submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version })).toMatchObject({ status: "SUBMITTED" });
  });

  it("refuses illegal transitions on the server", async () => {
    const app = await draft();
    expect(await rejection(decideApproved(staff, { applicationId: app.id, expectedVersion: app.version, amountYen: 2_000_000 }))).toBeInstanceOf(ConflictError);
    expect(await rejection(resubmitApplication(applicant, { applicationId: app.id, expectedVersion: app.version }))).toBeInstanceOf(ConflictError);
    expect(await rejection(decideApplication(applicant, { applicationId: app.id, expectedVersion: app.version }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("decision and 確定", () => {
  it("runs return → resubmit → decide (budget committed) → report → confirm (never above the decision; paid)", async () => {
    const menu = await db.subsidyMenu.findFirstOrThrow({ where: { code: "portable-equipment" } });
    const { budget } = await createTestBudget(db, { amountYen: 10_000_000, fiscalYear: 2024, menuIds: [menu.id] });
    const app = await draft();
    let v = (await submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version })).version;
    expect(await rejection(returnApplication(staff, { applicationId: app.id, expectedVersion: v }))).toBeInstanceOf(ValidationError);
    v = (await returnApplication(staff, { applicationId: app.id, expectedVersion: v, comment: "見積書を添付してください" })).version;
    expect(await db.notification.count({ where: { applicationId: app.id, recipientOrganisationId: (applicant as { organisationId: number }).organisationId } })).toBe(1);
    const saved = await saveApplicationDraft(applicant, { applicationId: app.id, expectedVersion: v, content: completeContent({ outline: "見積書を添付しました。" }) });
    v = (await resubmitApplication(applicant, { applicationId: app.id, expectedVersion: saved.version })).version;
    const decided = await decideApproved(staff, { applicationId: app.id, expectedVersion: v, budgetId: budget.id, comment: "交付決定します", amountYen: 2_000_000 });
    expect(decided.amountYen).toBe(2_000_000);
    expect(await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).toMatchObject({ committedYen: 2_000_000, paidYen: 0 });
    // Actuals above the plan: recomputed 2,500,000 but never above the decision.
    v = (await reportApplicationActuals(applicant, { applicationId: app.id, expectedVersion: decided.version, actualTotalCostYen: 5_000_000, items: [{ itemCode: "equipment", actualCostYen: 5_000_000 }] })).version;
    const confirmed = await confirmApproved(staff, { applicationId: app.id, expectedVersion: v }, 2_000_000);
    expect(confirmed.amountYen).toBe(2_000_000);
    expect(await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).toMatchObject({ committedYen: 2_000_000, paidYen: 2_000_000 });
    const row = await db.subsidyApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ status: "CONFIRMED", decidedAmountYen: 2_000_000, confirmedAmountYen: 2_000_000, decidedRateNumerator: 1, decidedRateDenominator: 2 });
    const kinds = (await db.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { id: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["created", "submit", "return", "resubmit", "decide", "report", "confirm"]);
    expect(await db.auditEntry.count({ where: { entityType: "subsidy_application", entityId: app.id } })).toBeGreaterThanOrEqual(7);
  });

  it("confirms less on lower actuals and releases the rest", async () => {
    const menu = await db.subsidyMenu.findFirstOrThrow({ where: { code: "portable-equipment" } });
    const { budget } = await createTestBudget(db, { amountYen: 10_000_000, fiscalYear: 2024, menuIds: [menu.id] });
    const app = await draft();
    const s = await submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version });
    const d = await decideApproved(staff, { applicationId: app.id, expectedVersion: s.version, budgetId: budget.id, amountYen: 2_000_000 });
    const r = await reportApplicationActuals(applicant, { applicationId: app.id, expectedVersion: d.version, actualTotalCostYen: 3_001_999, items: [{ itemCode: "equipment", actualCostYen: 3_001_999 }] });
    const c = await confirmApproved(staff, { applicationId: app.id, expectedVersion: r.version }, 1_500_000);
    expect(c.amountYen).toBe(1_500_000);
    expect(await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).toMatchObject({ committedYen: 1_500_000, paidYen: 1_500_000 });
  });

  it("refuses a decision the budget cannot hold and rolls everything back", async () => {
    const menu = await db.subsidyMenu.findFirstOrThrow({ where: { code: "portable-equipment" } });
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000, fiscalYear: 2024, menuIds: [menu.id] });
    const app = await draft();
    const s = await submitApplication(applicant, { applicationId: app.id, expectedVersion: app.version });
    expect(await rejection(decideApproved(staff, { applicationId: app.id, expectedVersion: s.version, budgetId: budget.id, amountYen: 2_000_000 }))).toBeInstanceOf(ConflictError);
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "SUBMITTED", decidedAmountYen: null, version: s.version });
    expect(await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).toMatchObject({ committedYen: 0 });
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, kind: "decide" } })).toBe(0);
    // A lower amount fits; an amount above the calculation is refused.
    expect(await rejection(decideApproved(staff, { applicationId: app.id, expectedVersion: s.version, budgetId: budget.id, amountYen: 2_500_000 }))).toBeInstanceOf(ValidationError);
    const d = await decideApproved(staff, { applicationId: app.id, expectedVersion: s.version, budgetId: budget.id, amountYen: 1_000_000 });
    expect(d.amountYen).toBe(1_000_000);
    // Withdrawing a decided application releases its commitment.
    await withdrawApplication(applicant, { applicationId: app.id, expectedVersion: d.version });
    expect(await db.budget.findUniqueOrThrow({ where: { id: budget.id } })).toMatchObject({ committedYen: 0 });
  });
});
