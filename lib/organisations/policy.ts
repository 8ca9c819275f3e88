// Who may read and change the organisation registry (ADR 0019): both 本庁 roles keep it (they deal
// with applicants day to day, as with the facility list); merging two records, which removes one,
// is for 本庁管理者. 保健所, 申請者, 閲覧者 and anonymous callers are refused, and audited.
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { organisationMessages as m } from "./messages";

export type RegistryKeeper = UserActor & { role: "PREFECTURE_ADMIN" | "PREFECTURE_STAFF" };

export function canKeepRegistry(actor: Actor): actor is RegistryKeeper {
  return actor.kind === "user" && (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF");
}

async function refuse(actor: Actor, action: string, entityId: string | null, message: string): Promise<never> {
  const target = { action, entityType: "organisation", entityId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, message);
}

export async function assertRegistryReader(actor: Actor, action: string, entityId: string | null = null): Promise<RegistryKeeper> {
  if (canKeepRegistry(actor)) return actor;
  return refuse(actor, action, entityId, m.forbiddenRead);
}

export async function assertRegistryKeeper(actor: Actor, action: string, entityId: string | null = null): Promise<RegistryKeeper> {
  if (canKeepRegistry(actor)) return actor;
  return refuse(actor, action, entityId, m.forbiddenChange);
}

export async function assertCanMerge(actor: Actor, entityId: string | null): Promise<RegistryKeeper> {
  if (canKeepRegistry(actor) && actor.role === "PREFECTURE_ADMIN") return actor;
  return refuse(actor, "organisation.merge", entityId, m.forbiddenMerge);
}
