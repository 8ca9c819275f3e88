// Reads of budgets for 本庁: the execution table of a 年度 and one budget's detail. DTOs only.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/dates/date-only";
import { remainingYen } from "./amounts";
import { menuNames } from "./menus";
import { assertBudgetAbility, canEditBudgets, refuseUnknownBudget, visibleBudgets } from "./policy";

export interface BudgetRow {
  id: number;
  lineCode: string;
  lineName: string;
  programmeName: string | null;
  fiscalYear: number;
  plannedSites: number | null;
  initialYen: number;
  supplementYen: number;
  amountYen: number;
  committedYen: number;
  paidYen: number;
  remainingYen: number;
  isSample: boolean;
  menus: string[];
}

const rowSelect = {
  id: true,
  fiscalYear: true,
  plannedSites: true,
  initialYen: true,
  amountYen: true,
  committedYen: true,
  paidYen: true,
  isSample: true,
  version: true,
  note: true,
  line: { select: { id: true, code: true, name: true, programmeName: true, menus: { select: { menuId: true }, orderBy: [{ menu: { sortOrder: "asc" } }, { menuId: "asc" }] } } },
} satisfies Prisma.BudgetSelect;

type Selected = { id: number; fiscalYear: number; plannedSites: number | null; initialYen: number; amountYen: number; committedYen: number; paidYen: number; isSample: boolean; line: { code: string; name: string; programmeName: string | null; menus: { menuId: number }[] } };

function toRow(b: Selected, names: Map<number, string>): BudgetRow {
  return {
    id: b.id,
    lineCode: b.line.code,
    lineName: b.line.name,
    programmeName: b.line.programmeName,
    fiscalYear: b.fiscalYear,
    plannedSites: b.plannedSites,
    initialYen: b.initialYen,
    supplementYen: b.amountYen - b.initialYen,
    amountYen: b.amountYen,
    committedYen: b.committedYen,
    paidYen: b.paidYen,
    remainingYen: remainingYen(b, null),
    isSample: b.isSample,
    menus: b.line.menus.map((x) => names.get(x.menuId) ?? String(x.menuId)),
  };
}

/** The 年度 that have budgets, newest first. */
export async function listBudgetYears(actor: Actor): Promise<number[]> {
  await assertBudgetAbility(actor, "read", "budget.list");
  const rows = await db().budget.findMany({ where: visibleBudgets(actor), distinct: ["fiscalYear"], select: { fiscalYear: true }, orderBy: { fiscalYear: "desc" } });
  return rows.map((r) => r.fiscalYear);
}

/** The budgets of one 年度, in the lines' order. */
export async function listBudgets(actor: Actor, fiscalYear: number): Promise<BudgetRow[]> {
  await assertBudgetAbility(actor, "read", "budget.list");
  const budgets = await db().budget.findMany({ where: { ...visibleBudgets(actor), fiscalYear }, select: rowSelect, orderBy: { line: { sortOrder: "asc" } } });
  const names = await menuNames(db(), budgets.flatMap((b) => b.line.menus.map((x) => x.menuId)));
  return budgets.map((b) => toRow(b, names));
}

/** One budget with its 補正, allocations by menu and ledger; 404 when the actor may not see it. */
export async function getBudget(actor: Actor, fiscalYear: number, lineCode: string) {
  await assertBudgetAbility(actor, "read", "budget.read", `${lineCode}/${fiscalYear}`);
  const b = await db().budget.findFirst({
    where: { ...visibleBudgets(actor), fiscalYear, line: { code: lineCode } },
    select: {
      ...rowSelect,
      supplements: { orderBy: [{ decidedOn: "asc" }, { id: "asc" }], select: { id: true, decidedOn: true, amountYen: true, reason: true, createdAt: true, createdBy: { select: { displayName: true } } } },
      allocations: { select: { id: true, menuId: true, amountYen: true, committedYen: true, paidYen: true } },
      entries: {
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, kind: true, amountYen: true, reference: true, description: true, reason: true, menuId: true, isSample: true, createdAt: true, createdBy: { select: { displayName: true } } },
      },
    },
  });
  if (!b) return refuseUnknownBudget(actor, "budget.read", `${lineCode}/${fiscalYear}`);
  const names = await menuNames(db(), b.line.menus.map((x) => x.menuId));
  return {
    ...toRow(b, names),
    version: b.version,
    note: b.note,
    /** Whether the actor may change it (補正, allocation): the forms show only then. */
    canEdit: canEditBudgets(actor),
    fundedMenus: b.line.menus.map((x) => ({ id: x.menuId, name: names.get(x.menuId) ?? String(x.menuId) })),
    supplements: b.supplements.map((s) => ({ id: s.id, decidedOn: isoDate(s.decidedOn), amountYen: s.amountYen, reason: s.reason, by: s.createdBy?.displayName ?? null })),
    allocations: b.allocations.map((a) => ({ ...a, menuName: names.get(a.menuId) ?? String(a.menuId), remainingYen: remainingYen(b, a) })),
    entries: b.entries.map((e) => ({ ...e, menuName: e.menuId ? (names.get(e.menuId) ?? String(e.menuId)) : null, by: e.createdBy?.displayName ?? null })),
  };
}

export type BudgetDetail = Awaited<ReturnType<typeof getBudget>>;
