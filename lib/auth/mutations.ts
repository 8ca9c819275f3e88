// Session changes a user makes for themselves: sign out, extend.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { extendSession, revokeSession } from "./sessions";

/** Ends the actor's current session (its cookie is refused from now on) and audits it. */
export async function endOwnSession(actor: Actor): Promise<void> {
  if (actor.kind !== "user" || !actor.sessionId) return;
  const sessionId = actor.sessionId;
  await db().$transaction(async (tx) => {
    await revokeSession(tx, sessionId, "logout");
    await recordAudit(tx, actor, {
      prefectureId: actor.prefectureId,
      action: "auth.sign_out",
      entityType: "user",
      entityId: actor.userId,
      summary: `${actor.displayName}がログアウトしました`,
    });
  });
}

/** Pushes the actor's idle timeout forward; null when the session has already ended. */
export async function extendOwnSession(actor: Actor): Promise<Date | null> {
  if (actor.kind !== "user" || !actor.sessionId) return null;
  const row = await db().userSession.findUnique({ where: { id: actor.sessionId }, select: { expiresAt: true } });
  const live = row ? await extendSession(actor.sessionId, row.expiresAt) : null;
  return live?.idleExpiresAt ?? null;
}
