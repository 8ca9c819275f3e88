// The application as the review sees it: scoped to the reviewer's prefecture, with its menu's rule
// and the calculation (caps and steps) on its planned — or, for 確定, actual — figures.
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calculateSubsidy, rateAtMost, type CalculationResult, type Rate } from "@/lib/subsidies/calculation";
import { calculationRuleOf } from "@/lib/subsidies/menu-rule";
import { getSubsidyMenu } from "@/lib/subsidies/queries";
import { reviewMessages as m } from "./messages";
import { refuseUnknownApplication } from "./policy";
import type { DecisionProposal } from "./schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

export const targetInclude = {
  call: { select: { fiscalYear: true, title: true, deadline: true, extendedUntil: true, menu: { select: { code: true, name: true } } } },
  organisation: { select: { name: true, municipalityId: true } },
  items: { orderBy: { sortOrder: "asc" as const } },
} satisfies Prisma.SubsidyApplicationInclude;

export type TargetRow = Prisma.SubsidyApplicationGetPayload<{ include: typeof targetInclude }>;

export interface ReviewTarget {
  id: string;
  label: string;
  row: TargetRow;
  ceiling: Rate;
  itemNames: Record<string, string>;
  /** On the planned figures (交付決定) and, once reported, on the actuals (確定). */
  planned: CalculationResult;
  actual: CalculationResult | null;
  calculate: (figures: "planned" | "actual", applied?: { rate?: Rate; amountYen?: number }) => CalculationResult;
}

type Client = Prisma.TransactionClient;

/** The application of the actor's prefecture (or of `prefectureId`, once the caller has checked access). */
export async function loadReviewTarget(client: Client, actor: Actor, applicationId: string, action: string, prefectureId?: number): Promise<ReviewTarget> {
  const prefecture = prefectureId ?? (actor as UserActor).prefectureId;
  const row = UUID.test(applicationId)
    ? await client.subsidyApplication.findFirst({ where: { id: applicationId, prefectureId: prefecture }, include: targetInclude })
    : null;
  if (!row) return refuseUnknownApplication(actor, action, applicationId);
  const menu = await getSubsidyMenu(actor, row.call.menu.code, row.call.fiscalYear);
  const rule = calculationRuleOf(menu);
  const calculate = (figures: "planned" | "actual", applied: { rate?: Rate; amountYen?: number } = {}) =>
    calculateSubsidy(rule, {
      applicantType: row.applicantType ?? "",
      quantity: row.quantity ?? undefined,
      items: row.items.map((i) => ({ itemCode: i.itemCode, quantity: i.quantity ?? undefined, costYen: figures === "actual" ? (i.actualCostYen ?? 0) : i.costYen })),
      totalProjectCostYen: figures === "actual" ? (row.actualTotalCostYen ?? undefined) : row.totalProjectCostYen,
      otherIncomeYen: figures === "actual" ? (row.actualOtherIncomeYen ?? 0) : row.otherIncomeYen,
      appliedRate: applied.rate,
      appliedAmountYen: applied.amountYen,
    });
  return {
    id: row.id,
    label: `${row.organisation.name}「${row.title}」`,
    row,
    ceiling: menu.rate,
    itemNames: Object.fromEntries(menu.items.map((i) => [i.code, i.name])),
    planned: calculate("planned"),
    actual: row.actualTotalCostYen === null ? null : calculate("actual"),
    calculate,
  };
}

const DECIDABLE = new Set(["SUBMITTED", "RESUBMITTED"]);

/** The proposal fits the application: its state, the rate ceiling and the calculated amount. */
export function checkProposal(target: ReviewTarget, input: DecisionProposal): void {
  const status = target.row.status;
  if (input.purpose === "DECISION" ? !DECIDABLE.has(status) : status !== "REPORTED") throw new ConflictError(m.notDecidable);
  if (!rateAtMost(input.rate, target.ceiling)) {
    const msg = m.rateAboveCeiling(`${target.ceiling.numerator}/${target.ceiling.denominator}`);
    throw new ValidationError(msg, { rate: [msg] });
  }
  const result = target.calculate(input.purpose === "DECISION" ? "planned" : "actual", { rate: input.rate });
  let max = result.ok ? result.subsidyYen : 0;
  if (input.purpose === "CONFIRMATION") max = Math.min(max, target.row.decidedAmountYen ?? 0);
  // 確定 is recomputed on the actuals by the applications side: the 決裁 carries exactly that amount.
  if (input.purpose === "CONFIRMATION" && input.amountYen !== max) {
    const msg = m.confirmAmountMismatch(yen(max));
    throw new ValidationError(msg, { amountYen: [msg] });
  }
  if (input.amountYen > max) {
    const msg = m.amountAboveCalculated(yen(max));
    throw new ValidationError(msg, { amountYen: [msg] });
  }
}
