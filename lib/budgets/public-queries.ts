// The public's view of budgets (open data, ADR 0029): per budget line (事業) and 年度, the budget,
// the amount decided (交付決定) and the amount paid (確定) — sums only. Never an application, an
// applicant, a ledger entry, a menu split or a figure of a 年度 not yet begun.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { publishedBudgets, publishedSupplements } from "./policy";

export interface PublicBudgetRow {
  fiscalYear: number;
  lineCode: string;
  lineName: string;
  programmeName: string | null;
  initialYen: number;
  /** Σ 補正 decided on or before today. */
  supplementYen: number;
  budgetYen: number;
  committedYen: number;
  paidYen: number;
  /** The budget, or any entry counted in it, is demo data. */
  isSample: boolean;
}

export interface PublicBudgetExecution {
  rows: PublicBudgetRow[];
  /**
   * The latest change to anything counted: a budget created, a published 補正 or a ledger entry
   * recorded (not the budget's updatedAt, which an unpublished 補正 also moves).
   */
  updatedAt: Date | null;
}

/** Anyone may read it (the actor is not consulted): the aggregate holds nothing personal or unpublished. */
export async function listPublishedBudgetExecution(_actor: Actor, today: string = todayInJapan()): Promise<PublicBudgetExecution> {
  const prefecture = await requirePortalPrefecture();
  const day = dateOnly(today);
  const budgets = await db().budget.findMany({
    where: publishedBudgets(prefecture.id, day),
    orderBy: [{ fiscalYear: "desc" }, { line: { sortOrder: "asc" } }],
    select: {
      id: true,
      fiscalYear: true,
      initialYen: true,
      committedYen: true,
      paidYen: true,
      isSample: true,
      createdAt: true,
      line: { select: { code: true, name: true, programmeName: true } },
      supplements: { where: publishedSupplements(day), select: { amountYen: true, createdAt: true } },
    },
  });
  const ids = budgets.map((b) => b.id);
  const entries = await db().budgetLedgerEntry.groupBy({ by: ["budgetId", "isSample"], where: { budgetId: { in: ids } }, _max: { createdAt: true } });
  let updatedAt: Date | null = null;
  const later = (d: Date | null | undefined) => {
    if (d && (!updatedAt || d > updatedAt)) updatedAt = d;
  };
  entries.forEach((e) => later(e._max.createdAt));
  const rows = budgets.map((b) => {
    later(b.createdAt);
    b.supplements.forEach((s) => later(s.createdAt));
    const supplementYen = b.supplements.reduce((sum, s) => sum + s.amountYen, 0);
    return {
      fiscalYear: b.fiscalYear,
      lineCode: b.line.code,
      lineName: b.line.name,
      programmeName: b.line.programmeName,
      initialYen: b.initialYen,
      supplementYen,
      budgetYen: b.initialYen + supplementYen,
      committedYen: b.committedYen,
      paidYen: b.paidYen,
      isSample: b.isSample || entries.some((e) => e.budgetId === b.id && e.isSample),
    };
  });
  return { rows, updatedAt };
}
