// Issue 11, "every step is audited and notifies the other side" and "決裁 before a decision takes
// effect" at domain level: 交付決定 / 確定 called directly by 本庁 are refused (403, audited, nothing
// written), also with a 決裁 still running; through a three-step 決裁 each intermediate approval
// tells the next approvers (not the applicant) and the last one tells the applicant once, in-app
// and by mail; every step of the lifecycle writes its audit row and its notice to the other side.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { confirmApplication, decideApplication, returnApplication } from "@/lib/applications/decision";
import { reportApplicationActuals, resubmitApplication, submitApplication } from "@/lib/applications/lifecycle";
import { createApplication, saveApplicationDraft } from "@/lib/applications/mutations";
import { createPrismaClient } from "@/lib/db-client";
import { db as appDb } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { actOnApproval, startApproval } from "@/lib/reviews/approvals";
import { saveApprovalRoute } from "@/lib/reviews/routes";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createTestBudget } from "@/tests/factories/budgets";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: UserActor, chief: UserActor, director: UserActor, applicant: UserActor;
let orgId: number;
let callId: number;
const email = async (u: UserActor) => (await db.user.findUniqueOrThrow({ where: { id: u.userId } })).email;
const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

beforeAll(async () => {
  staff = (await createUserActor(db, { role: "PREFECTURE_STAFF", displayName: "担当 一郎" })) as UserActor;
  chief = (await createUserActor(db, { role: "PREFECTURE_ADMIN", displayName: "係長 二郎" })) as UserActor;
  director = (await createUserActor(db, { role: "PREFECTURE_ADMIN", displayName: "課長 三郎" })) as UserActor;
  orgId = (await createTestOrganisation(db, `テスト決裁医師会 ${randomUUID().slice(0, 6)}`)).id;
  applicant = (await createUserActor(db, { role: "APPLICANT", organisationId: orgId })) as UserActor;
  callId = (await createTestCall(db)).id;
  const menu = await db.subsidyMenu.findFirstOrThrow({ where: { code: "portable-equipment" } });
  await createTestBudget(db, { amountYen: 50_000_000, fiscalYear: 2024, menuIds: [menu.id] });
  for (const purpose of ["DECISION", "CONFIRMATION"] as const) {
    await saveApprovalRoute(chief, {
      purpose,
      steps: [
        { label: "担当", roles: ["PREFECTURE_STAFF"] },
        { label: "係長", userIds: [chief.userId] },
        { label: "課長", userIds: [director.userId] },
      ],
    });
  }
});

async function submitted() {
  const { id } = await createApplication(applicant, { callId, idempotencyKey: randomUUID(), content: completeContent() });
  const s = await submitApplication(applicant, { applicationId: id, expectedVersion: 1 });
  return { id, version: s.version };
}

/** Mails and in-app notices of one application, by side. */
async function notices(id: string) {
  const rows = await db.notification.findMany({ where: { applicationId: id }, orderBy: { createdAt: "asc" } });
  return { applicant: rows.filter((n) => n.recipientOrganisationId === orgId).map((n) => n.kind), office: rows.filter((n) => n.recipientOrganisationId === null).map((n) => n.kind) };
}
let since = new Date(0);
const mailsTo = async (u: UserActor, subject: string) => db.outboxMail.count({ where: { toAddress: await email(u), subject: { contains: subject }, createdAt: { gte: since } } });

/** Walks the three steps: 担当 (staff) → 係長 (chief) → 課長 (director). */
async function approveAll(id: string, purpose: "DECISION" | "CONFIRMATION", amountYen: number, check?: (step: number) => Promise<void>) {
  const { approvalId } = await startApproval(staff, { applicationId: id, purpose, amountYen, rate: "1/2" });
  let version = 1;
  for (const [step, who] of [staff, chief, director].entries()) {
    await actOnApproval(who, { approvalId, action: "APPROVE", version });
    version += 1;
    await check?.(step + 1);
  }
  return approvalId;
}

describe("交付決定 and 確定 only through the configured 決裁", () => {
  it("refuses a direct decision by 本庁 (403, audited) and writes nothing", async () => {
    const { id, version } = await submitted();
    for (const who of [staff, chief]) {
      expect(await rejection(decideApplication(who, { applicationId: id, expectedVersion: version, amountYen: 2_000_000 }))).toBeInstanceOf(ForbiddenError);
    }
    const row = await db.subsidyApplication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SUBMITTED", decidedAmountYen: null, version });
    expect(await db.budgetLedgerEntry.count({ where: { reference: id } })).toBe(0);
    const refusals = await db.auditEntry.findMany({ where: { action: "authz.denied", entityId: id } });
    expect(refusals.map((r) => (r.data as { attempted: string }).attempted)).toEqual(["subsidy_application.decide", "subsidy_application.decide"]);
  });

  it("refuses a decision wrapped in a 決裁 that is still running", async () => {
    const { id, version } = await submitted();
    const { approvalId } = await startApproval(staff, { applicationId: id, purpose: "DECISION", amountYen: 2_000_000, rate: "1/2" });
    const err = await rejection(appDb().$transaction((tx) => decideApplication(chief, { applicationId: id, expectedVersion: version }, { tx, approvalId, mails: [] })));
    expect(err).toBeInstanceOf(ForbiddenError);
    expect((await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("refuses a direct 確定 by 本庁 after the actuals are reported", async () => {
    const { id, version } = await submitted();
    await approveAll(id, "DECISION", 2_000_000);
    const decided = await db.subsidyApplication.findUniqueOrThrow({ where: { id } });
    const r = await reportApplicationActuals(applicant, { applicationId: id, expectedVersion: decided.version, actualTotalCostYen: 4_000_000, items: [{ itemCode: "equipment", actualCostYen: 4_000_000 }] });
    expect(await rejection(confirmApplication(director, { applicationId: id, expectedVersion: r.version }))).toBeInstanceOf(ForbiddenError);
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REPORTED", confirmedAmountYen: null });
    expect(version).toBeGreaterThan(0);
  });
});

describe("every step audits and notifies the other side", () => {
  it("submit → return → resubmit → 決裁 → decide → report → 決裁 → confirm", async () => {
    since = new Date();
    const applicantMails = (s: string) => mailsTo(applicant, s);
    const { id } = await submitted();
    expect(await notices(id)).toEqual({ applicant: [], office: ["submit"] });
    expect(await mailsTo(staff, "提出されました")).toBeGreaterThanOrEqual(1);

    const r = await returnApplication(staff, { applicationId: id, expectedVersion: 2, comment: "見積書を添付してください" });
    const saved = await saveApplicationDraft(applicant, { applicationId: id, expectedVersion: r.version, content: completeContent({ outline: "見積書を添付しました。" }) });
    await resubmitApplication(applicant, { applicationId: id, expectedVersion: saved.version });
    expect(await notices(id)).toEqual({ applicant: ["return"], office: ["submit", "resubmit"] });
    expect(await applicantMails("差し戻されました")).toBe(1);

    // The 決裁: after each intermediate step the next approver hears of it, the applicant does not.
    await approveAll(id, "DECISION", 2_000_000, async (step) => {
      const n = await notices(id);
      if (step < 3) {
        expect(n.applicant).toEqual(["return"]);
        expect(await mailsTo(step === 1 ? chief : director, "決裁が回ってきました（" + (step === 1 ? "係長" : "課長") + "）")).toBe(1);
        expect(await applicantMails("交付決定")).toBe(0);
      } else {
        expect(n.applicant).toEqual(["return", "decide"]);
        expect(await applicantMails("交付決定されました")).toBe(1);
      }
    });
    // The first step's approvers were told when it started; the applicant never of the 決裁 itself.
    expect(await mailsTo(staff, "決裁が回ってきました（担当）")).toBe(1);
    expect(await db.outboxMail.count({ where: { toAddress: await email(applicant), subject: { contains: "決裁" } } })).toBe(0);
    const decided = await db.subsidyApplication.findUniqueOrThrow({ where: { id } });
    expect(decided).toMatchObject({ status: "DECIDED", decidedAmountYen: 2_000_000 });

    const rep = await reportApplicationActuals(applicant, { applicationId: id, expectedVersion: decided.version, actualTotalCostYen: 3_000_000, items: [{ itemCode: "equipment", actualCostYen: 3_000_000 }] });
    expect((await notices(id)).office).toContain("report");
    expect(await mailsTo(director, "実績報告がありました")).toBe(1);
    await approveAll(id, "CONFIRMATION", 1_500_000);
    expect(await db.subsidyApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONFIRMED", confirmedAmountYen: 1_500_000, version: rep.version + 1 });
    const final = await notices(id);
    expect(final.applicant).toEqual(["return", "decide", "confirm"]);
    expect(final.office.filter((k) => ["submit", "resubmit", "report"].includes(k))).toEqual(["submit", "resubmit", "report"]);
    expect(await applicantMails("確定しました")).toBe(1);

    const audited = (await db.auditEntry.findMany({ where: { entityType: "subsidy_application", entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(audited).toEqual(
      expect.arrayContaining(["subsidy_application.submit", "subsidy_application.return", "subsidy_application.resubmit", "subsidy_application.decide", "subsidy_application.report", "subsidy_application.confirm"]),
    );
    const approvals = await db.auditEntry.count({ where: { entityType: "approval_request", action: { in: ["approval.start", "approval.approve"] }, data: { path: ["applicationId"], equals: id } } });
    expect(approvals).toBe(8);
  });
});
