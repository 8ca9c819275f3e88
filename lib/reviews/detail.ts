// One application as 本庁 reviews it: figures, caps and calculation steps, the 決裁 so far (who
// approved which step), what the signed-in reviewer may do now, and the notices issued.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { CalculationResult, Rate } from "@/lib/subsidies/calculation";
import { currentPosition, mayActOnStep, type ChainState } from "./chain";
import { assertReviewAbility } from "./policy";
import { routeOf } from "./routes";
import { ApprovalStepsSchema, type ApprovalStep } from "./schema";
import { loadReviewTarget } from "./target";

export interface ApprovalView {
  id: string;
  purpose: "DECISION" | "CONFIRMATION";
  status: "IN_PROGRESS" | "APPROVED" | "RETURNED";
  version: number;
  amountYen: number;
  rate: Rate;
  comment: string;
  requestedBy: string;
  createdAt: Date;
  steps: (ApprovalStep & { position: number; act: { action: "APPROVE" | "RETURN"; by: string; comment: string; at: Date } | null })[];
  currentPosition: number | null;
  /** The signed-in reviewer may approve or return the current step. */
  mayAct: boolean;
}

export interface ReviewDetail {
  id: string;
  applicant: string;
  title: string;
  outline: string;
  menuName: string;
  fiscalYear: number;
  status: string;
  version: number;
  totalProjectCostYen: number;
  otherIncomeYen: number;
  requestedYen: number | null;
  decidedAmountYen: number | null;
  decidedRate: Rate | null;
  confirmedAmountYen: number | null;
  ceiling: Rate;
  items: { name: string; quantity: number | null; costYen: number; actualCostYen: number | null }[];
  itemNames: Record<string, string>;
  planned: CalculationResult;
  actual: CalculationResult | null;
  /** The amount a proposal starts from: the calculation (for 確定: on the actuals at the decided rate, at most the decision). */
  suggestedYen: number;
  approvals: ApprovalView[];
  routeSteps: { DECISION: ApprovalStep[]; CONFIRMATION: ApprovalStep[] };
  documents: { kind: string; documentNumber: string; issuedAt: Date }[];
}

export async function getReviewDetail(actor: Actor, applicationId: string): Promise<ReviewDetail> {
  const a = await assertReviewAbility(actor, "review", "review.read", applicationId);
  const client = db();
  const t = await client.$transaction((tx) => loadReviewTarget(tx, actor, applicationId, "review.read"));
  const [requests, docs, decision, confirmation] = await Promise.all([
    client.approvalRequest.findMany({
      where: { applicationId: t.id },
      orderBy: { createdAt: "desc" },
      include: { requestedBy: { select: { displayName: true } }, actions: { include: { user: { select: { displayName: true } } } } },
    }),
    client.issuedDocument.findMany({ where: { applicationId: t.id }, select: { kind: true, documentNumber: true, issuedAt: true }, orderBy: { issuedAt: "asc" } }),
    routeOf(client, a.prefectureId, "DECISION"),
    routeOf(client, a.prefectureId, "CONFIRMATION"),
  ]);
  const r = t.row;
  const decidedRate = r.decidedRateNumerator && r.decidedRateDenominator ? { numerator: r.decidedRateNumerator, denominator: r.decidedRateDenominator } : null;
  const settle = r.status === "REPORTED" && decidedRate ? t.calculate("actual", { rate: decidedRate }) : null;
  const suggestedYen = settle ? Math.min(settle.ok ? settle.subsidyYen : 0, r.decidedAmountYen ?? 0) : t.planned.ok ? t.planned.subsidyYen : 0;
  return {
    id: r.id,
    applicant: r.organisation.name,
    title: r.title,
    outline: r.outline,
    menuName: r.call.menu.name,
    fiscalYear: r.call.fiscalYear,
    status: r.status,
    version: r.version,
    totalProjectCostYen: r.totalProjectCostYen,
    otherIncomeYen: r.otherIncomeYen,
    requestedYen: r.requestedYen,
    decidedAmountYen: r.decidedAmountYen,
    decidedRate,
    confirmedAmountYen: r.confirmedAmountYen,
    ceiling: t.ceiling,
    items: r.items.map((i) => ({ name: t.itemNames[i.itemCode] ?? i.itemCode, quantity: i.quantity, costYen: i.costYen, actualCostYen: i.actualCostYen })),
    itemNames: t.itemNames,
    planned: t.planned,
    actual: t.actual,
    suggestedYen,
    approvals: requests.map((q) => {
      const steps = ApprovalStepsSchema.parse(q.steps);
      const state: ChainState = { steps, status: q.status, actions: q.actions.map((x) => ({ position: x.position, userId: x.userId, action: x.action })) };
      const pos = currentPosition(state);
      const acted = q.actions.some((x) => x.userId === a.userId);
      return {
        id: q.id,
        purpose: q.purpose,
        status: q.status,
        version: q.version,
        amountYen: q.amountYen,
        rate: { numerator: q.rateNumerator, denominator: q.rateDenominator },
        comment: q.comment,
        requestedBy: q.requestedBy.displayName,
        createdAt: q.createdAt,
        steps: steps.map((s, i) => {
          const act = q.actions.find((x) => x.position === i + 1);
          return { ...s, position: i + 1, act: act ? { action: act.action, by: act.user.displayName, comment: act.comment, at: act.createdAt } : null };
        }),
        currentPosition: pos,
        mayAct: pos !== null && !acted && mayActOnStep(steps[pos - 1], { userId: a.userId, role: a.role }),
      };
    }),
    routeSteps: { DECISION: decision.steps, CONFIRMATION: confirmation.steps },
    documents: docs,
  };
}
