// The ledger the applications issue calls: 交付決定 (commitBudget), its reduction or cancellation
// (releaseCommitment) and 確定 (recordPayment). Each runs in one transaction — the caller's, when
// it passes one — that first locks the budget row, checks what remains, moves the running totals
// with a conditional update and writes the entry and its audit row. CHECK constraints on the
// totals are the last line (ADR 0022). A caller that touches several budgets in one transaction
// should do so in ascending budget id, or PostgreSQL may abort one of two such callers (deadlock).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { ConflictError, ValidationError } from "@/lib/errors";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { formatYen, remainingYen } from "./amounts";
import { inTransaction, lockBudget, resolveBudgetId, type LockedBudget, type Tx } from "./lock";
import { menuOfEntry, type EntryMenu } from "./menus";
import { budgetMessages as m } from "./messages";
import { assertBudgetAbility } from "./policy";
import {
  CommitBudgetSchema,
  RecordPaymentSchema,
  ReleaseCommitmentSchema,
  type CommitBudgetInput,
  type RecordPaymentInput,
  type ReleaseCommitmentInput,
} from "./schema";

export interface LedgerResult {
  entryId: string;
  budgetId: number;
  allocationId: number | null;
  /** The budget's totals after the entry. */
  amountYen: number;
  committedYen: number;
  paidYen: number;
  /** What may still be committed (of the allocation, when the budget is split). */
  remainingYen: number;
}

type Kind = "commit" | "release" | "payment";
const ACTIONS: Record<Kind, string> = { commit: "budget.commit", release: "budget.release", payment: "budget.payment" };

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

/** The sums of one reference's entries in a budget (and allocation): committed net, paid. */
async function referenceTotals(tx: Tx, budgetId: number, allocationId: number | null, reference: string | null) {
  const rows = await tx.budgetLedgerEntry.groupBy({
    by: ["kind"],
    where: { budgetId, allocationId, reference },
    _sum: { amountYen: true },
  });
  const sum = (kind: string) => rows.find((r) => r.kind === kind)?._sum.amountYen ?? 0;
  return { committed: sum("COMMITMENT"), paid: sum("PAYMENT") };
}

/** Moves the budget's (and allocation's) totals; the WHERE makes each move conditional. */
async function moveTotals(tx: Tx, budget: LockedBudget, menu: EntryMenu, committed: number, paid: number): Promise<boolean> {
  const b = await tx.$executeRaw`
    UPDATE budget SET committed_yen = committed_yen + ${committed}, paid_yen = paid_yen + ${paid}, updated_at = now()
     WHERE id = ${budget.id} AND committed_yen + ${committed} <= amount_yen AND paid_yen + ${paid} <= committed_yen + ${committed}`;
  if (b !== 1) return false;
  if (!menu.allocation) return true;
  const a = await tx.$executeRaw`
    UPDATE budget_allocation SET committed_yen = committed_yen + ${committed}, paid_yen = paid_yen + ${paid}, updated_at = now()
     WHERE id = ${menu.allocation.id} AND committed_yen + ${committed} <= amount_yen AND paid_yen + ${paid} <= committed_yen + ${committed}`;
  return a === 1;
}

async function post(actor: Actor, kind: Kind, input: { budgetId?: number; lineCode?: string; fiscalYear?: number; menuId?: number; amountYen: number; reference: string | null; description: string; reason?: string }, outer?: Tx): Promise<LedgerResult> {
  const action = ACTIONS[kind];
  return inTransaction(outer, async (tx) => {
    const budgetId = await resolveBudgetId(tx, actor, action, input);
    const budget = await lockBudget(tx, budgetId);
    const menu = await menuOfEntry(tx, budget, input.menuId ?? null);
    const amount = input.amountYen;
    let committed = 0;
    let paid = 0;
    if (kind === "commit") {
      const left = remainingYen(budget, menu.allocation);
      if (amount > left) throw new ConflictError(m.insufficient(`${formatFiscalYear(budget.fiscalYear)} ${budget.lineName}${menu.name ? `（${menu.name}）` : ""}`, left, amount));
      committed = amount;
    } else {
      const totals = await referenceTotals(tx, budget.id, menu.allocation?.id ?? null, input.reference);
      if (kind === "release") {
        if (amount > totals.committed - totals.paid) throw new ValidationError(m.releaseTooLarge(totals.committed - totals.paid), { amountYen: [m.releaseTooLarge(totals.committed - totals.paid)] });
        committed = -amount;
      } else {
        if (totals.paid + amount > totals.committed) throw new ValidationError(m.paymentTooLarge(totals.committed - totals.paid), { amountYen: [m.paymentTooLarge(totals.committed - totals.paid)] });
        paid = amount;
      }
    }
    // Under the lock this cannot fail; it is the second line, the CHECKs the third.
    if (!(await moveTotals(tx, budget, menu, committed, paid))) throw new ConflictError(m.insufficient(budget.lineName, remainingYen(budget, menu.allocation), amount));
    const entry = await tx.budgetLedgerEntry.create({
      data: {
        budgetId: budget.id,
        allocationId: menu.allocation?.id ?? null,
        menuId: menu.id,
        kind: kind === "payment" ? "PAYMENT" : "COMMITMENT",
        amountYen: kind === "release" ? -amount : amount,
        reference: input.reference,
        description: input.description,
        reason: input.reason ?? null,
        createdById: actor.kind === "user" ? actor.userId : null,
      },
      select: { id: true },
    });
    const label = { commit: "交付決定", release: "交付決定の減額・取消", payment: "確定" }[kind];
    await recordAudit(tx, actor, {
      prefectureId: budget.prefectureId,
      action,
      entityType: "budget",
      entityId: String(budget.id),
      summary: `${formatFiscalYear(budget.fiscalYear)}「${budget.lineName}」に${label} ${formatYen(amount)} を記録しました`,
      data: { entryId: entry.id, menuId: menu.id, allocationId: menu.allocation?.id ?? null, amountYen: amount, reference: input.reference, reason: input.reason ?? null },
    });
    const after = { ...budget, committedYen: budget.committedYen + committed, paidYen: budget.paidYen + paid };
    const allocationAfter = menu.allocation ? { ...menu.allocation, committedYen: menu.allocation.committedYen + committed } : null;
    return {
      entryId: entry.id,
      budgetId: budget.id,
      allocationId: menu.allocation?.id ?? null,
      amountYen: after.amountYen,
      committedYen: after.committedYen,
      paidYen: after.paidYen,
      remainingYen: remainingYen(after, allocationAfter),
    };
  });
}

/**
 * 交付決定: commits `amountYen` of a budget (named by `budgetId`, or `lineCode` + `fiscalYear`; with
 * `menuId` when it is split by menu). Refused with ConflictError naming the 残額 in 円 when more
 * than remains. Pass `tx` to commit inside the caller's transaction.
 */
export async function commitBudget(actor: Actor, raw: CommitBudgetInput, tx?: Tx): Promise<LedgerResult> {
  await assertBudgetAbility(actor, "ledger", ACTIONS.commit);
  return post(actor, "commit", parse(CommitBudgetSchema, raw), tx);
}

/** 交付決定の減額・取消: a negative commitment with a reason; never below what is paid for that reference. */
export async function releaseCommitment(actor: Actor, raw: ReleaseCommitmentInput, tx?: Tx): Promise<LedgerResult> {
  await assertBudgetAbility(actor, "ledger", ACTIONS.release);
  return post(actor, "release", parse(ReleaseCommitmentSchema, raw), tx);
}

/** 確定 (payment): never more than is committed for the same reference. */
export async function recordPayment(actor: Actor, raw: RecordPaymentInput, tx?: Tx): Promise<LedgerResult> {
  await assertBudgetAbility(actor, "ledger", ACTIONS.payment);
  return post(actor, "payment", parse(RecordPaymentSchema, raw), tx);
}
