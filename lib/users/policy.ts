// Who may administer users: only 本庁管理者, only users of their own prefecture (others do not
// exist for them), and never their own role, scope or account state ("nobody raises their own
// rights"). Role checks come before any lookup, so a refusal reveals nothing about the target.
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userMessages as m } from "./messages";

export type UserAdmin = UserActor & { role: "PREFECTURE_ADMIN" };

export function canAdministerUsers(actor: Actor): actor is UserAdmin {
  return actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
}

/** 本庁管理者, or the refusal: 401 anonymous, 403 everyone else. */
export async function assertUserAdmin(actor: Actor, action: string, entityId: string | null = null): Promise<UserAdmin> {
  if (canAdministerUsers(actor)) return actor;
  const target = { action, entityType: "user", entityId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, m.forbiddenAdmin);
}

/** Users an administrator may see: those with a membership in the administrator's prefecture. */
export function visibleUsers(admin: UserAdmin): Prisma.UserWhereInput {
  return { memberships: { some: { prefectureId: admin.prefectureId } } };
}

export const isUuid = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** A user outside the administrator's prefecture (or none at all): 404, audited. */
export function refuseUnknownUser(admin: UserAdmin, action: string, userId: string): Promise<never> {
  return refuseNotFound(admin, { action, entityType: "user", entityId: userId });
}

/** Changing one's own role, scope or account state: 403, audited. */
export async function assertNotSelf(admin: UserAdmin, action: string, userId: string) {
  if (admin.userId !== userId) return;
  await refuseForbidden(admin, { action, entityType: "user", entityId: userId }, m.forbiddenSelf);
}
