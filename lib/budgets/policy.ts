// Who may see and change budgets (ADR 0022). Budgets are 本庁's: 本庁管理者 and 本庁担当 read them
// and record 交付決定・確定 (they decide on applications); only 本庁管理者 changes the budget itself
// (補正, allocation by menu). 保健所, 申請者 and 閲覧者 see no budgets. Role checks come before any
// lookup (403, audited); a budget of another prefecture, or none, is 404 (audited).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { budgetMessages as m } from "./messages";

const HQ_ROLES = new Set(["PREFECTURE_ADMIN", "PREFECTURE_STAFF"]);

export function canReadBudgets(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && HQ_ROLES.has(actor.role));
}

/** 交付決定・確定 (the applications issue calls these as the deciding 本庁 user, or as the system). */
export function canPostLedger(actor: Actor): boolean {
  return canReadBudgets(actor);
}

/** 補正 and allocation: 本庁管理者 only. */
export function canEditBudgets(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "PREFECTURE_ADMIN");
}

type Ability = "read" | "ledger" | "edit";
const checks: Record<Ability, [(a: Actor) => boolean, string]> = {
  read: [canReadBudgets, m.forbiddenRead],
  ledger: [canPostLedger, m.forbiddenLedger],
  edit: [canEditBudgets, m.forbiddenEdit],
};

/** The actor may do this, or the refusal (401 anonymous, 403 otherwise; audited). */
export async function assertBudgetAbility(actor: Actor, ability: Ability, action: string, entityId: string | null = null): Promise<void> {
  const [allowed, message] = checks[ability];
  if (allowed(actor)) return;
  const target = { action, entityType: "budget", entityId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  await refuseForbidden(actor, target, message);
}

/** Budgets the actor may see: those of their prefecture (the system sees all). */
export function visibleBudgets(actor: Actor): Prisma.BudgetWhereInput {
  return actor.kind === "user" ? { line: { prefectureId: actor.prefectureId } } : {};
}

export function visibleLines(actor: Actor): Prisma.BudgetLineWhereInput {
  return actor.kind === "user" ? { prefectureId: actor.prefectureId } : {};
}

/** A budget outside the actor's prefecture, or none: 404, audited. */
export function refuseUnknownBudget(actor: Actor, action: string, entityId: string): Promise<never> {
  return refuseNotFound(actor, { action, entityType: "budget", entityId }, m.budgetNotFound);
}

/**
 * What the public may read of budgets (ADR 0029): the prefecture's budgets of 年度 that have begun
 * (a next-year budget entered before the 議会 passes it stays internal), in aggregate only.
 */
export function publishedBudgets(prefectureId: number, today: Date): Prisma.BudgetWhereInput {
  return { line: { prefectureId }, year: { startsOn: { lte: today } } };
}

/** 補正 the public sees: those decided on or before today. */
export function publishedSupplements(today: Date): Prisma.BudgetSupplementWhereInput {
  return { decidedOn: { lte: today } };
}
