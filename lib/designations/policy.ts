// Who may see and change designations. 本庁 (管理者・担当) see and change everything in their
// prefecture; a 保健所 sees the designations of the 在宅医療圏 it leads (HomeCareRegionLead valid on
// the day) — candidates and notes included — proposes candidates and keeps coordination notes there;
// everyone else (applicants, the 支援センター, the public) sees published designations only.
import type { Actor, UserActor } from "@/lib/auth/actor";
import { dateOnly } from "@/lib/dates/date-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validOn } from "@/lib/validity";
import type { DesignationStatus } from "./schema";

/** Statuses a designation reaches only once designated: what the public may read. */
export const PUBLISHED_STATUSES: DesignationStatus[] = ["DESIGNATED", "REVOKED", "EXPIRED"];

export function isPrefectureStaff(actor: Actor): actor is UserActor {
  return actor.kind === "user" && (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF");
}

export function isHealthCenterUser(actor: Actor): actor is UserActor & { healthCenterId: number } {
  return actor.kind === "user" && actor.role === "HEALTH_CENTER" && actor.healthCenterId !== null;
}

/** Whether the actor reads the internal side (candidates, notes, history, attachments). */
export function seesInternal(actor: Actor): boolean {
  return actor.kind === "system" || isPrefectureStaff(actor) || isHealthCenterUser(actor);
}

/** Regions a 保健所 leads on `date`. */
export function regionsLedBy(healthCenterId: number, date: string): Prisma.HomeCareRegionWhereInput {
  return { leads: { some: { healthCenterId, ...validOn(dateOnly(date)) } } };
}

export const publishedWhere: Prisma.DesignationWhereInput = { designatedOn: { not: null }, status: { in: PUBLISHED_STATUSES } };

/** The where-scope of designations the actor may read, within `prefectureId`, on `today`. */
export function designationReadScope(actor: Actor, prefectureId: number, today: string): Prisma.DesignationWhereInput {
  if (actor.kind === "system" || (isPrefectureStaff(actor) && actor.prefectureId === prefectureId)) return { prefectureId };
  if (actor.kind === "user" && actor.prefectureId !== prefectureId) return { id: -1 };
  if (isHealthCenterUser(actor)) {
    return { prefectureId, OR: [publishedWhere, { regions: { some: { region: regionsLedBy(actor.healthCenterId, today) } } }] };
  }
  return { prefectureId, ...publishedWhere };
}

/** Whether the actor may see the internal side of this one designation (its regions' leads known). */
export function seesInternalOf(actor: Actor, d: { prefectureId: number; ledByActor: boolean }): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user" || actor.prefectureId !== d.prefectureId) return false;
  return isPrefectureStaff(actor) || (isHealthCenterUser(actor) && d.ledByActor);
}

export type DesignationAction = "propose" | "start_coordination" | "note" | "withdraw" | "designate" | "revoke" | "expire" | "change" | "attach";

/** Actions a 保健所 may take on a designation of the regions it leads (before designation). */
const HEALTH_CENTER_ACTIONS: DesignationAction[] = ["propose", "start_coordination", "note", "withdraw"];

/**
 * May the actor take `action` on a designation of `prefectureId` whose regions the actor leads
 * (`ledByActor`, for a 保健所: every region of the designation)?
 */
export function canActOnDesignation(actor: Actor, action: DesignationAction, d: { prefectureId: number; ledByActor: boolean }): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user" || actor.prefectureId !== d.prefectureId) return false;
  if (isPrefectureStaff(actor)) return true;
  return isHealthCenterUser(actor) && d.ledByActor && HEALTH_CENTER_ACTIONS.includes(action);
}

/** Roadmap targets are the 本庁管理者's; planned 年度 per region are 本庁's. */
export function canEditTargets(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  return actor.kind === "user" && actor.role === "PREFECTURE_ADMIN" && actor.prefectureId === prefectureId;
}

export function canEditPlans(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  return isPrefectureStaff(actor) && actor.prefectureId === prefectureId;
}
