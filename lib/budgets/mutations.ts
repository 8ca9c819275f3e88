// Changes to a budget by 本庁管理者: 補正 (dated +/− with a reason) and the split by menu. Each
// locks the budget row, checks the version the form was read at, and writes its audit row in the
// same transaction. A 補正 never takes the budget below what is committed or allocated; the
// allocations never add up to more than the budget.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { dateOnly } from "@/lib/dates/date-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ConflictError, ValidationError } from "@/lib/errors";
import { formatYen } from "./amounts";
import { inTransaction, lockBudget, resolveBudgetId } from "./lock";
import { menuName } from "./menus";
import { budgetMessages as m } from "./messages";
import { assertBudgetAbility } from "./policy";
import { AddSupplementSchema, SetAllocationSchema, type AddSupplementInput, type SetAllocationInput } from "./schema";

const refuse = (field: string, message: string): never => {
  throw new ValidationError(message, { [field]: [message] });
};

/** 補正: changes the budget's 現計 by `amountYen` (negative = 減額) as of `decidedOn`. */
export async function addSupplement(actor: Actor, raw: AddSupplementInput) {
  await assertBudgetAbility(actor, "edit", "budget.supplement", raw?.budgetId ? String(raw.budgetId) : null);
  const parsed = AddSupplementSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const input = parsed.data;
  return inTransaction(undefined, async (tx) => {
    const budget = await lockBudget(tx, await resolveBudgetId(tx, actor, "budget.supplement", input));
    if (budget.version !== input.expectedVersion) throw new ConflictError(m.conflict);
    const after = budget.amountYen + input.amountYen;
    if (after < budget.committedYen) refuse("amountYen", m.supplementBelowCommitted(after, budget.committedYen));
    const allocated = (await tx.budgetAllocation.aggregate({ where: { budgetId: budget.id }, _sum: { amountYen: true } }))._sum.amountYen ?? 0;
    if (after < allocated) refuse("amountYen", m.supplementBelowAllocated(after, allocated));
    const supplement = await tx.budgetSupplement.create({
      data: { budgetId: budget.id, decidedOn: dateOnly(input.decidedOn), amountYen: input.amountYen, reason: input.reason, createdById: actor.kind === "user" ? actor.userId : null },
      select: { id: true },
    });
    await tx.budget.update({ where: { id: budget.id }, data: { amountYen: after, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      prefectureId: budget.prefectureId,
      action: "budget.supplement",
      entityType: "budget",
      entityId: String(budget.id),
      summary: `${formatFiscalYear(budget.fiscalYear)}「${budget.lineName}」を${input.amountYen > 0 ? "増額" : "減額"}補正しました（${formatYen(input.amountYen)}、現計 ${formatYen(after)}）`,
      data: { supplementId: supplement.id, decidedOn: input.decidedOn, amountYen: input.amountYen, reason: input.reason, before: { amountYen: budget.amountYen, version: budget.version }, after: { amountYen: after, version: budget.version + 1 } },
    });
    return { budgetId: budget.id, amountYen: after, version: budget.version + 1 };
  });
}

/** Sets the part of a budget set aside for one menu the line funds (0 removes an unused one). */
export async function setAllocation(actor: Actor, raw: SetAllocationInput) {
  await assertBudgetAbility(actor, "edit", "budget.allocation", raw?.budgetId ? String(raw.budgetId) : null);
  const parsed = SetAllocationSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const input = parsed.data;
  return inTransaction(undefined, async (tx) => {
    const budget = await lockBudget(tx, await resolveBudgetId(tx, actor, "budget.allocation", input));
    if (budget.version !== input.expectedVersion) throw new ConflictError(m.conflict);
    const funded = await tx.budgetLineMenu.findUnique({ where: { lineId_menuId: { lineId: budget.lineId, menuId: input.menuId } } });
    const name = await menuName(tx, input.menuId);
    if (!funded) refuse("menuId", name ? m.menuNotFunded(name) : m.menuUnknown);
    const allocations = await tx.budgetAllocation.findMany({ where: { budgetId: budget.id }, include: { _count: { select: { entries: true } } } });
    const current = allocations.find((a) => a.menuId === input.menuId);
    if (current && input.amountYen < current.committedYen) refuse("amountYen", m.allocationBelowCommitted(current.committedYen));
    const total = allocations.reduce((s, a) => s + (a.menuId === input.menuId ? 0 : a.amountYen), 0) + input.amountYen;
    if (total > budget.amountYen) refuse("amountYen", m.allocationOverBudget(total, budget.amountYen));
    // Splitting a budget that already has unallocated commitments would strand them.
    if (!current && allocations.length === 0 && budget.committedYen > 0) refuse("menuId", m.splitAfterCommitments);
    if (current && input.amountYen === 0 && current._count.entries === 0) {
      await tx.budgetAllocation.delete({ where: { id: current.id } });
    } else if (current) {
      await tx.budgetAllocation.update({ where: { id: current.id }, data: { amountYen: input.amountYen } });
    } else {
      await tx.budgetAllocation.create({ data: { budgetId: budget.id, menuId: input.menuId, amountYen: input.amountYen } });
    }
    await tx.budget.update({ where: { id: budget.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      prefectureId: budget.prefectureId,
      action: "budget.allocation",
      entityType: "budget",
      entityId: String(budget.id),
      summary: `${formatFiscalYear(budget.fiscalYear)}「${budget.lineName}」のメニュー「${name ?? input.menuId}」への配分を ${formatYen(input.amountYen)} にしました`,
      data: { menuId: input.menuId, before: { amountYen: current?.amountYen ?? null, version: budget.version }, after: { amountYen: input.amountYen, version: budget.version + 1 } },
    });
    return { budgetId: budget.id, version: budget.version + 1, allocatedYen: total };
  });
}
