// The budget row lock every ledger, 補正 and allocation write takes first (SELECT … FOR UPDATE):
// writers of one budget queue on it, so the checks they make on its totals hold until they commit.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuseUnknownBudget, visibleBudgets } from "./policy";

export type Tx = Prisma.TransactionClient;

export interface LockedBudget {
  id: number;
  lineId: number;
  lineName: string;
  prefectureId: number;
  fiscalYear: number;
  amountYen: number;
  committedYen: number;
  paidYen: number;
  version: number;
}

/** Runs `body` in the caller's transaction, or in a new one long enough to queue on a lock. */
export function inTransaction<T>(tx: Tx | undefined, body: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? body(tx) : db().$transaction(body, { maxWait: 10_000, timeout: 30_000 });
}

/** The budget named by id or by line code and 年度, as the actor may see it, or a 404 refusal. */
export async function resolveBudgetId(
  tx: Tx,
  actor: Actor,
  action: string,
  target: { budgetId?: number; lineCode?: string; fiscalYear?: number },
): Promise<number> {
  const where: Prisma.BudgetWhereInput =
    target.budgetId !== undefined ? { id: target.budgetId } : { fiscalYear: target.fiscalYear, line: { code: target.lineCode } };
  const found = await tx.budget.findFirst({ where: { AND: [where, visibleBudgets(actor)] }, select: { id: true } });
  if (!found) return refuseUnknownBudget(actor, action, String(target.budgetId ?? `${target.lineCode}/${target.fiscalYear}`));
  return found.id;
}

export async function lockBudget(tx: Tx, budgetId: number): Promise<LockedBudget> {
  const rows = await tx.$queryRaw<LockedBudget[]>`
    SELECT b.id, b.line_id AS "lineId", l.name AS "lineName", l.prefecture_id AS "prefectureId",
           b.fiscal_year AS "fiscalYear", b.amount_yen AS "amountYen", b.committed_yen AS "committedYen",
           b.paid_yen AS "paidYen", b.version
      FROM budget b JOIN budget_line l ON l.id = b.line_id
     WHERE b.id = ${budgetId}
       FOR UPDATE OF b`;
  if (rows.length !== 1) throw new Error(`budget ${budgetId} vanished while locking`);
  return rows[0];
}
