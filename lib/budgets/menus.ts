// The menu a ledger entry is for: it must be one the budget line funds, and, when the budget is
// split by menu, one with an allocation (which then bounds the entry).
import "server-only";
import { ValidationError } from "@/lib/errors";
import type { LockedBudget, Tx } from "./lock";
import { budgetMessages as m } from "./messages";

export interface EntryMenu {
  id: number | null;
  name: string | null;
  allocation: { id: number; amountYen: number; committedYen: number } | null;
}

/** A menu's name, for messages. */
export async function menuName(tx: Tx, menuId: number): Promise<string | null> {
  return (await tx.subsidyMenu.findUnique({ where: { id: menuId }, select: { name: true } }))?.name ?? null;
}

/** Names of menus by id (for tables and messages). */
export async function menuNames(client: Pick<Tx, "subsidyMenu">, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await client.subsidyMenu.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function menuOfEntry(tx: Tx, budget: LockedBudget, menuId: number | null): Promise<EntryMenu> {
  const allocations = await tx.budgetAllocation.findMany({ where: { budgetId: budget.id }, select: { id: true, menuId: true, amountYen: true, committedYen: true } });
  if (menuId === null) {
    if (allocations.length > 0) throw new ValidationError(m.menuRequiredWhenSplit, { menuId: [m.menuRequiredWhenSplit] });
    return { id: null, name: null, allocation: null };
  }
  const funded = await tx.budgetLineMenu.findUnique({ where: { lineId_menuId: { lineId: budget.lineId, menuId } }, select: { menuId: true } });
  const name = await menuName(tx, menuId);
  if (!funded) {
    const message = name ? m.menuNotFunded(name) : m.menuUnknown;
    throw new ValidationError(message, { menuId: [message] });
  }
  const allocation = allocations.find((a) => a.menuId === menuId) ?? null;
  if (allocations.length > 0 && !allocation) throw new ValidationError(m.menuNotAllocated(name ?? String(menuId)), { menuId: [m.menuNotAllocated(name ?? String(menuId))] });
  return { id: menuId, name, allocation: allocation && { id: allocation.id, amountYen: allocation.amountYen, committedYen: allocation.committedYen } };
}
