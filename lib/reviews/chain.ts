// The 決裁 (internal approval) chain as pure rules (ADR 0025). 本庁管理者 configures up to three
// steps per prefecture and purpose (交付決定 / 確定); each step names a role or specific users. A
// proposal walks the steps in order: every step approves, or one sends it back (the chain ends as
// returned and a new one must be started); the decision takes effect only when the last step
// approves. One person approves at most once in one chain, so 担当 → 係長 → 課長 needs three people.
import type { ApprovalStep } from "./schema";

export type ChainStatus = "IN_PROGRESS" | "APPROVED" | "RETURNED";
export type ChainActionKind = "APPROVE" | "RETURN";

export interface ChainAction {
  position: number;
  userId: string;
  action: ChainActionKind;
}

export interface ChainState {
  steps: ApprovalStep[];
  status: ChainStatus;
  actions: ChainAction[];
}

export interface ChainActor {
  userId: string;
  role: string;
}

/** The step awaiting approval (1-based position), or null when the chain is over. */
export function currentPosition(state: ChainState): number | null {
  if (state.status !== "IN_PROGRESS") return null;
  const approved = state.actions.filter((a) => a.action === "APPROVE").length;
  return approved < state.steps.length ? approved + 1 : null;
}

/** Whether the person may act on the given step (by role, or by being named). */
export function mayActOnStep(step: ApprovalStep, actor: ChainActor): boolean {
  if (step.userIds.length > 0) return step.userIds.includes(actor.userId);
  return step.roles.includes(actor.role as ApprovalStep["roles"][number]);
}

export type ChainRefusal = "closed" | "not-your-step" | "approved-twice";

export type ChainOutcome =
  | { ok: true; state: ChainState; position: number; completed: boolean }
  | { ok: false; reason: ChainRefusal };

/** Applies one approval or return; `completed` says the last step approved (the decision may take effect). */
export function actOnChain(state: ChainState, actor: ChainActor, action: ChainActionKind): ChainOutcome {
  const position = currentPosition(state);
  if (position === null) return { ok: false, reason: "closed" };
  const step = state.steps[position - 1];
  if (!mayActOnStep(step, actor)) return { ok: false, reason: "not-your-step" };
  // A return closes the chain, so a second act by one person would approve twice (or undo their approval).
  if (state.actions.some((a) => a.userId === actor.userId)) return { ok: false, reason: "approved-twice" };
  const actions = [...state.actions, { position, userId: actor.userId, action }];
  if (action === "RETURN") return { ok: true, state: { ...state, status: "RETURNED", actions }, position, completed: false };
  const completed = position === state.steps.length;
  return { ok: true, state: { ...state, status: completed ? "APPROVED" : "IN_PROGRESS", actions }, position, completed };
}
