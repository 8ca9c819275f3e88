// The applicant's steps: 提出, 再提出, 変更承認申請, 実績報告 and 取下げ. Each runs the state machine
// on the server, records the event and audit row and notifies 本庁, in one transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { systemActor } from "@/lib/auth/actor";
import { releaseCommitment } from "@/lib/budgets/ledger";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkSubsidyEligibility } from "@/lib/subsidies/eligibility";
import { assertStep, inTransaction, loadVisible, moveStatus, recordStep, type LoadedApplication } from "./access";
import { calculateForCall, calculationInputOf } from "./calc";
import { applicationMessages as m } from "./messages";
import { parseInput } from "./mutations";
import { deliverAll } from "./notify";
import { assertApplicant } from "./policy";
import { ActualReportSchema, ApplicantTransitionSchema, ChangeRequestSchema, CompleteContentSchema, readDraftContent, type ActualReportInput, type ApplicantTransitionInput, type ChangeRequestInput } from "./schema";
import { holdsCommitment, targetOf, type ApplicationStatus } from "./workflow";

export interface StepResult {
  id: string;
  status: ApplicationStatus;
  version: number;
  /** A replay of a step already taken (double click, second tab): nothing changed. */
  replayed?: boolean;
}

export type EligibilityOutcome = { outcome: "met" | "notMet" | "unknown"; results: unknown[] } | null;

async function eligibilityOf(actor: Actor, app: LoadedApplication): Promise<EligibilityOutcome> {
  try {
    const r = await checkSubsidyEligibility(actor, { menuCode: app.call.menu.code, fiscalYear: app.call.fiscalYear, organisationId: app.organisationId });
    return { outcome: r.outcome, results: r.results };
  } catch {
    return null;
  }
}

/** The stored plan is complete and calculable, or field errors naming the form's fields. */
async function assertComplete(actor: Actor, app: LoadedApplication) {
  const content = readDraftContent(app.formVersion, app.content);
  const complete = CompleteContentSchema.safeParse(content);
  if (!complete.success) throw new ValidationError(m.incomplete, ValidationError.fromIssues(complete.error.issues).fieldErrors);
  const { result } = await calculateForCall(actor, app.call, calculationInputOf(content));
  if (!result.ok) throw new ValidationError(m.notCalculable, Object.fromEntries(result.issues.map((i) => [i.field, [m.notCalculable]])));
  return result.subsidyYen;
}

async function submitOrResubmit(actor: Actor, raw: ApplicantTransitionInput, t: "submit" | "resubmit"): Promise<StepResult & { eligibility: EligibilityOutcome }> {
  const applicant = await assertApplicant(actor, `subsidy_application.${t}`);
  const input = parseInput(ApplicantTransitionSchema, raw);
  let eligibility: EligibilityOutcome = null;
  const out = await inTransaction(undefined, async (tx) => {
    const app = await loadVisible(tx, actor, input.applicationId, `subsidy_application.${t}`);
    if (app.status === targetOf(t) && app.version === input.expectedVersion + 1) return { result: { id: app.id, status: app.status as ApplicationStatus, version: app.version, replayed: true }, queued: [] };
    assertStep(app, t, "applicant", input.expectedVersion);
    const deadline = app.call.extendedUntil ?? app.call.deadline;
    if (t === "submit" && (app.call.state !== "OPEN" || new Date() > deadline)) throw new ConflictError(m.lateSubmission(formatWarekiDateTime(deadline)));
    const requestedYen = await assertComplete(actor, app);
    eligibility = await eligibilityOf(actor, app);
    await moveStatus(tx, app, t, { requestedYen, submittedAt: new Date() });
    const notice = t === "submit" ? m.notify.submitted(app.title, app.organisation.name) : m.notify.resubmitted(app.title, app.organisation.name);
    const queued = await recordStep(tx, actor, app, {
      kind: t,
      from: app.status as ApplicationStatus,
      to: targetOf(t),
      comment: input.comment ?? null,
      data: { requestedYen, eligibility: eligibility as Prisma.InputJsonValue } as Prisma.InputJsonValue,
      summary: `${applicant.displayName}が補助金申請「${app.title}」を${t === "submit" ? "提出" : "再提出"}しました`,
      notify: { side: "office", title: notice },
    });
    return { result: { id: app.id, status: targetOf(t), version: app.version + 1 }, queued };
  });
  await deliverAll(out.queued);
  return { ...out.result, eligibility };
}

/** 提出: before the deadline (or its extension); the plan must be complete and calculable. */
export function submitApplication(actor: Actor, raw: ApplicantTransitionInput) {
  return submitOrResubmit(actor, raw, "submit");
}

/** 再提出 after a 差戻し (the deadline does not apply: 本庁 asked for the fix). */
export function resubmitApplication(actor: Actor, raw: ApplicantTransitionInput) {
  return submitOrResubmit(actor, raw, "resubmit");
}

/** 取下げ: before 確定; a decided application's commitment is released in the same transaction. */
export async function withdrawApplication(actor: Actor, raw: ApplicantTransitionInput): Promise<StepResult> {
  const applicant = await assertApplicant(actor, "subsidy_application.withdraw");
  const input = parseInput(ApplicantTransitionSchema, raw);
  const out = await inTransaction(undefined, async (tx) => {
    const app = await loadVisible(tx, actor, input.applicationId, "subsidy_application.withdraw");
    assertStep(app, "withdraw", "applicant", input.expectedVersion);
    if (holdsCommitment(app.status as ApplicationStatus) && app.budgetId && app.decidedAmountYen) {
      await releaseCommitment(
        systemActor(`${applicant.displayName}（取下げ）`),
        { budgetId: app.budgetId, menuId: app.call.menuId, amountYen: app.decidedAmountYen, reference: app.id, description: `取下げ「${app.title}」`, reason: input.comment || "申請者による取下げ" },
        tx,
      );
    }
    await moveStatus(tx, app, "withdraw");
    const queued = await recordStep(tx, actor, app, {
      kind: "withdraw",
      from: app.status as ApplicationStatus,
      to: "WITHDRAWN",
      comment: input.comment ?? null,
      summary: `${applicant.displayName}が補助金申請「${app.title}」を取り下げました`,
      notify: app.status === "DRAFT" ? null : { side: "office", title: m.notify.withdrawn(app.title, app.organisation.name) },
    });
    return { result: { id: app.id, status: "WITHDRAWN" as const, version: app.version + 1 }, queued };
  });
  await deliverAll(out.queued);
  return out.result;
}

/** 変更承認申請: the changed plan waits in pendingChange until 本庁 approves or refuses it. */
export async function requestApplicationChange(actor: Actor, raw: ChangeRequestInput): Promise<StepResult> {
  const applicant = await assertApplicant(actor, "subsidy_application.request_change");
  const input = parseInput(ChangeRequestSchema, raw);
  const out = await inTransaction(undefined, async (tx) => {
    const app = await loadVisible(tx, actor, input.applicationId, "subsidy_application.request_change");
    assertStep(app, "request_change", "applicant", input.expectedVersion);
    const pendingChange = { reason: input.reason, content: input.content } as unknown as Prisma.InputJsonValue;
    await moveStatus(tx, app, "request_change", { pendingChange });
    const queued = await recordStep(tx, actor, app, {
      kind: "request_change",
      from: app.status as ApplicationStatus,
      to: "CHANGE_REQUESTED",
      comment: input.reason,
      summary: `${applicant.displayName}が補助金申請「${app.title}」の変更承認を申請しました`,
      notify: { side: "office", title: m.notify.changeRequested(app.title, app.organisation.name) },
    });
    return { result: { id: app.id, status: "CHANGE_REQUESTED" as const, version: app.version + 1 }, queued };
  });
  await deliverAll(out.queued);
  return out.result;
}

/** 実績報告: the actual cost of each line of the plan and the actual totals. */
export async function reportApplicationActuals(actor: Actor, raw: ActualReportInput): Promise<StepResult> {
  const applicant = await assertApplicant(actor, "subsidy_application.report");
  const input = parseInput(ActualReportSchema, raw);
  const out = await inTransaction(undefined, async (tx) => {
    const app = await loadVisible(tx, actor, input.applicationId, "subsidy_application.report");
    assertStep(app, "report", "applicant", input.expectedVersion);
    const planned = new Set(app.items.map((i) => i.itemCode));
    const given = new Map(input.items.map((i) => [i.itemCode, i.actualCostYen]));
    const missing = [...planned].filter((c) => !given.has(c));
    const unknown = [...given.keys()].filter((c) => !planned.has(c));
    if (missing.length > 0 || unknown.length > 0) throw new ValidationError(m.actualsRequired, { items: [m.actualsRequired] });
    for (const [itemCode, actualCostYen] of given) await tx.subsidyApplicationItem.updateMany({ where: { applicationId: app.id, itemCode }, data: { actualCostYen } });
    await moveStatus(tx, app, "report", { actualTotalCostYen: input.actualTotalCostYen, actualOtherIncomeYen: input.actualOtherIncomeYen });
    const queued = await recordStep(tx, actor, app, {
      kind: "report",
      from: app.status as ApplicationStatus,
      to: "REPORTED",
      comment: input.comment ?? null,
      data: { actualTotalCostYen: input.actualTotalCostYen, actualOtherIncomeYen: input.actualOtherIncomeYen },
      summary: `${applicant.displayName}が補助金申請「${app.title}」の実績を報告しました`,
      notify: { side: "office", title: m.notify.reported(app.title, app.organisation.name) },
    });
    return { result: { id: app.id, status: "REPORTED" as const, version: app.version + 1 }, queued };
  });
  await deliverAll(out.queued);
  return out.result;
}
