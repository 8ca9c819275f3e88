// Who may read and change health centres, their jurisdiction and the lead 保健所 of 在宅医療圏:
// like 在宅医療圏 definitions (lib/regions/policy.ts), 本庁管理者 change them; 本庁担当 read them.
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { healthCenterMessages as m } from "./messages";

export type PrefectureReader = UserActor & { role: "PREFECTURE_ADMIN" | "PREFECTURE_STAFF" };
export type PrefectureAdmin = UserActor & { role: "PREFECTURE_ADMIN" };

export function canReadHealthCenters(actor: Actor): actor is PrefectureReader {
  return actor.kind === "user" && (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF");
}

export function canManageHealthCenters(actor: Actor): actor is PrefectureAdmin {
  return actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
}

async function refuse(actor: Actor, action: string, entityId: string | null, message: string): Promise<never> {
  const target = { action, entityType: "health_center", entityId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, message);
}

export async function assertHealthCenterReader(actor: Actor, action: string, entityId: string | null = null): Promise<PrefectureReader> {
  if (canReadHealthCenters(actor)) return actor;
  return refuse(actor, action, entityId, m.forbiddenRead);
}

export async function assertHealthCenterAdmin(actor: Actor, action: string, entityId: string | null = null): Promise<PrefectureAdmin> {
  if (canManageHealthCenters(actor)) return actor;
  return refuse(actor, action, entityId, m.forbiddenChange);
}
