// 本庁's steps: 差戻し, 不採択, 交付決定 (amount and rate fixed, budget committed in the same
// transaction), 変更の承認・不承認, 実績報告の差戻し and 確定 (recomputed on the actuals, never above
// the decision; the payment recorded). Each takes an optional transaction so the review side (決裁)
// can wrap it; mails are delivered only when the function owns the transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import { commitBudget, recordPayment, releaseCommitment } from "@/lib/budgets/ledger";
import { formatYen } from "@/lib/budgets/amounts";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approvedFigures, assertSameFigures, type ApprovedBy } from "./approved";
import { assertStep, inTransaction, loadVisible, moveStatus, recordStep, type LoadedApplication, type Tx } from "./access";
import { calculateForCall, calculationInputOf } from "./calc";
import type { StepResult } from "./lifecycle";
import { applicationMessages as m, applicationStatusLabels } from "./messages";
import { columnsOf, itemRowsOf, parseInput } from "./mutations";
import { deliverAll, type QueuedNotice } from "./notify";
import { assertOffice } from "./policy";
import {
  ConfirmApplicationSchema,
  DecideApplicationSchema,
  DraftContentV1Schema,
  OfficeTransitionSchema,
  readDraftContent,
  ReturnApplicationSchema,
  type ConfirmApplicationInput,
  type DecideApplicationInput,
  type OfficeTransitionInput,
  type ReturnApplicationInput,
} from "./schema";
import { targetOf, type ApplicationStatus, type ApplicationTransition } from "./workflow";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function officeStep<T>(
  actor: Actor,
  t: ApplicationTransition,
  applicationId: unknown,
  outer: Tx | undefined,
  body: (tx: Tx, app: LoadedApplication) => Promise<{ result: T; queued: QueuedNotice[] }>,
  mails?: QueuedNotice[],
): Promise<T> {
  await assertOffice(actor, `subsidy_application.${t}`, typeof applicationId === "string" ? applicationId : null);
  if (typeof applicationId !== "string" || !UUID.test(applicationId)) throw new ValidationError(m.notFound, { applicationId: [m.notFound] });
  const out = await inTransaction(outer, async (tx) => body(tx, await loadVisible(tx, actor, String(applicationId), `subsidy_application.${t}`)));
  // Inside a caller's transaction the caller delivers (after its commit) what it collected.
  if (!outer) await deliverAll(out.queued);
  else mails?.push(...out.queued);
  return out.result;
}

const done = (app: LoadedApplication, t: ApplicationTransition): StepResult => ({ id: app.id, status: targetOf(t), version: app.version + 1 });

/** A plain office step with a comment: 差戻し, 不採択, 実績報告の差戻し, 変更の不承認. */
function commentStep(t: "return" | "reject" | "return_report" | "refuse_change", notice: (title: string) => string, commentRequired: boolean) {
  return (actor: Actor, raw: OfficeTransitionInput | ReturnApplicationInput, tx?: Tx): Promise<StepResult> =>
    officeStep(actor, t, raw?.applicationId, tx, async (tx, app) => {
      const input = parseInput(commentRequired ? ReturnApplicationSchema : OfficeTransitionSchema, raw);
      assertStep(app, t, "office", input.expectedVersion);
      await moveStatus(tx, app, t, t === "refuse_change" ? { pendingChange: null as unknown as Prisma.InputJsonValue } : {});
      const queued = await recordStep(tx, actor, app, {
        kind: t,
        from: app.status as ApplicationStatus,
        to: targetOf(t),
        comment: input.comment ?? null,
        summary: `${actorLabel(actor)}が補助金申請「${app.title}」を「${applicationStatusLabels[targetOf(t)]}」にしました`,
        notify: { side: "applicant", title: notice(app.title) },
      });
      return { result: done(app, t), queued };
    });
}

/** 差戻し with a comment the applicant reads. */
export const returnApplication = commentStep("return", m.notify.returned, true);
/** 不採択. */
export const rejectApplication = commentStep("reject", m.notify.rejected, false);
/** 実績報告の差戻し (back to 交付決定, so the applicant reports again). */
export const returnApplicationReport = commentStep("return_report", m.notify.reportReturned, true);
/** 変更承認申請を承認しない: the plan stays as decided. */
export const refuseApplicationChange = commentStep("refuse_change", (title) => m.notify.changeDecided(title, false), false);

/** 変更承認: the pending plan becomes the plan; the decision (amount, rate) stays as fixed. */
export function approveApplicationChange(actor: Actor, raw: OfficeTransitionInput, tx?: Tx): Promise<StepResult> {
  return officeStep(actor, "approve_change", raw?.applicationId, tx, async (tx, app) => {
    const input = parseInput(OfficeTransitionSchema, raw);
    assertStep(app, "approve_change", "office", input.expectedVersion);
    const pending = await tx.subsidyApplication.findUniqueOrThrow({ where: { id: app.id }, select: { pendingChange: true } });
    const change = (pending.pendingChange ?? {}) as { content?: unknown };
    const content = DraftContentV1Schema.catch(readDraftContent(app.formVersion, app.content)).parse(change.content);
    const { requestedYen: _r, ...columns } = await columnsOf(actor, app.call, content);
    await moveStatus(tx, app, "approve_change", { ...columns, pendingChange: null as unknown as Prisma.InputJsonValue });
    await tx.subsidyApplicationItem.deleteMany({ where: { applicationId: app.id } });
    await tx.subsidyApplicationItem.createMany({ data: itemRowsOf(content).map((i) => ({ ...i, applicationId: app.id })) });
    const queued = await recordStep(tx, actor, app, {
      kind: "approve_change",
      from: "CHANGE_REQUESTED",
      to: "DECIDED",
      comment: input.comment ?? null,
      summary: `${actorLabel(actor)}が補助金申請「${app.title}」の変更を承認しました`,
      notify: { side: "applicant", title: m.notify.changeDecided(app.title, true) },
    });
    return { result: done(app, "approve_change"), queued };
  });
}

async function budgetFor(tx: Tx, app: LoadedApplication, budgetId: number | undefined): Promise<number> {
  const budget = await tx.budget.findFirst({
    where: { ...(budgetId ? { id: budgetId } : {}), fiscalYear: app.call.fiscalYear, line: { prefectureId: app.prefectureId, menus: { some: { menuId: app.call.menuId } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (!budget) throw new ValidationError(m.noBudget, { budgetId: [m.noBudget] });
  return budget.id;
}

/**
 * 交付決定: fixes the amount and rate the approved 決裁 carries (never above the calculation or the
 * menu's ceiling), and commits the amount to the budget with the application id as reference — all
 * in the 決裁's transaction (a short budget rolls it back). Refused without an approved 決裁.
 */
export function decideApplication(actor: Actor, raw: DecideApplicationInput, via?: ApprovedBy): Promise<StepResult & { amountYen: number }> {
  return officeStep(actor, "decide", raw?.applicationId, via?.tx, async (tx, app) => {
    const approved = await approvedFigures(actor, via, app.id, "DECISION");
    const input = parseInput(DecideApplicationSchema, raw);
    assertStep(app, "decide", "office", input.expectedVersion);
    const applied = approved.rate;
    const content = readDraftContent(app.formVersion, app.content);
    const { result } = await calculateForCall(actor, app.call, calculationInputOf(content), applied);
    if (!result.ok) {
      const rateIssue = result.issues.some((i) => i.code === "rateAboveCeiling");
      throw new ValidationError(rateIssue ? m.rateAboveCeiling : m.notCalculable, rateIssue ? { rateNumerator: [m.rateAboveCeiling] } : {});
    }
    const amountYen = input.amountYen ?? approved.amountYen;
    assertSameFigures(approved, amountYen, { numerator: input.rateNumerator ?? applied.numerator, denominator: input.rateDenominator ?? applied.denominator });
    if (amountYen > result.subsidyYen) throw new ValidationError(m.decisionAboveCalculation(formatYen(result.subsidyYen)), { amountYen: [m.decisionAboveCalculation(formatYen(result.subsidyYen))] });
    const budgetId = await budgetFor(tx, app, input.budgetId);
    if (amountYen > 0) await commitBudget(actor, { budgetId, menuId: app.call.menuId, amountYen, reference: app.id, description: `交付決定「${app.title}」（${app.organisation.name}）` }, tx);
    const rate = applied;
    await moveStatus(tx, app, "decide", {
      decidedAmountYen: amountYen,
      decidedRateNumerator: rate.numerator,
      decidedRateDenominator: rate.denominator,
      decisionComment: input.comment ?? null,
      decidedAt: new Date(),
      budgetId,
    });
    const queued = await recordStep(tx, actor, app, {
      kind: "decide",
      from: app.status as ApplicationStatus,
      to: "DECIDED",
      comment: input.comment ?? null,
      data: { amountYen, rate: { numerator: rate.numerator, denominator: rate.denominator }, calculatedYen: result.subsidyYen, budgetId },
      summary: `${actorLabel(actor)}が補助金申請「${app.title}」を${formatYen(amountYen)}で交付決定しました`,
      notify: { side: "applicant", title: m.notify.decided(app.title) },
    });
    return { result: { ...done(app, "decide"), amountYen }, queued };
  }, via?.mails);
}

/**
 * 確定: the amount recomputed on the actual costs with the decided rate, never above the decided
 * amount (and equal to what the 決裁 approved); records the payment and releases what is left of
 * the commitment (same transaction). Refused without an approved 決裁.
 */
export function confirmApplication(actor: Actor, raw: ConfirmApplicationInput, via?: ApprovedBy): Promise<StepResult & { amountYen: number }> {
  return officeStep(actor, "confirm", raw?.applicationId, via?.tx, async (tx, app) => {
    const approved = await approvedFigures(actor, via, app.id, "CONFIRMATION");
    const input = parseInput(ConfirmApplicationSchema, raw);
    assertStep(app, "confirm", "office", input.expectedVersion);
    const decided = app.decidedAmountYen ?? 0;
    const rate = { numerator: app.decidedRateNumerator ?? 1, denominator: app.decidedRateDenominator ?? 1 };
    const items = app.items.map((i) => ({ itemCode: i.itemCode, costYen: i.actualCostYen ?? 0, quantity: i.quantity ?? undefined }));
    const input2 = { applicantType: app.applicantType ?? "", quantity: app.quantity ?? undefined, items, totalProjectCostYen: app.actualTotalCostYen ?? 0, otherIncomeYen: app.actualOtherIncomeYen ?? 0 };
    const { result } = await calculateForCall(actor, app.call, input2, rate);
    if (!result.ok) throw new ValidationError(m.notCalculable);
    const amountYen = Math.min(result.subsidyYen, decided);
    assertSameFigures(approved, amountYen, { numerator: approved.rate.numerator, denominator: approved.rate.denominator });
    const ledger = { budgetId: app.budgetId ?? undefined, menuId: app.call.menuId, reference: app.id };
    if (amountYen > 0) await recordPayment(actor, { ...ledger, amountYen, description: `確定「${app.title}」（${app.organisation.name}）` }, tx);
    if (decided > amountYen) await releaseCommitment(actor, { ...ledger, amountYen: decided - amountYen, description: `確定による減額「${app.title}」`, reason: "額の確定（実績による）" }, tx);
    await moveStatus(tx, app, "confirm", { confirmedAmountYen: amountYen, confirmedAt: new Date() });
    const queued = await recordStep(tx, actor, app, {
      kind: "confirm",
      from: "REPORTED",
      to: "CONFIRMED",
      comment: input.comment ?? null,
      data: { amountYen, decidedYen: decided, calculatedYen: result.subsidyYen },
      summary: `${actorLabel(actor)}が補助金申請「${app.title}」の額を${formatYen(amountYen)}に確定しました`,
      notify: { side: "applicant", title: m.notify.confirmed(app.title) },
    });
    return { result: { ...done(app, "confirm"), amountYen }, queued };
  }, via?.mails);
}
