// Who may see and revoke which tokens: every signed-in user their own; 本庁管理者 also those of
// the users of their prefecture (lib/users/policy.ts). Tokens outside that answer 404.
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous } from "@/lib/audit/refusals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canAdministerUsers, visibleUsers } from "@/lib/users/policy";

/** A signed-in user, or the audited 401. */
export async function assertTokenUser(actor: Actor, action: string): Promise<UserActor> {
  if (actor.kind === "user") return actor;
  return refuseAnonymous(actor, { action, entityType: "api_token" });
}

/** Tokens the actor may see and revoke. */
export function manageableTokens(actor: UserActor): Prisma.ApiTokenWhereInput {
  if (canAdministerUsers(actor)) return { OR: [{ userId: actor.userId }, { user: visibleUsers(actor) }] };
  return { userId: actor.userId };
}

/** Live tokens: not revoked, not expired at `now`. */
export function liveTokens(now: Date): Prisma.ApiTokenWhereInput {
  return { revokedAt: null, expiresAt: { gt: now } };
}
