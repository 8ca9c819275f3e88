// Changes to users by 本庁管理者: disable/enable, role and scope, ending sessions. Each change is
// one transaction with its audit row (before/after); changes that reduce or alter rights end the
// user's sessions at once.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { revokeSession, revokeUserSessions } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { userMessages as m } from "./messages";
import { assertNotSelf, assertUserAdmin, isUuid, refuseUnknownUser, visibleUsers, type UserAdmin } from "./policy";
import { ChangeMembershipSchema, type ChangeMembershipInput } from "./schema";
import { resolveScope } from "./scope";

/** The target user as the administrator may see it, or a 404 refusal. */
async function findTarget(admin: UserAdmin, action: string, userId: string) {
  const user = isUuid(userId)
    ? await db().user.findFirst({
        where: { id: userId, ...visibleUsers(admin) },
        select: { id: true, email: true, displayName: true, disabledAt: true, version: true, memberships: { where: { prefectureId: admin.prefectureId } } },
      })
    : null;
  if (!user) return refuseUnknownUser(admin, action, String(userId));
  return { ...user, membership: user.memberships[0] };
}

async function setDisabled(actor: Actor, userId: string, disable: boolean) {
  const action = disable ? "user.disable" : "user.enable";
  const admin = await assertUserAdmin(actor, action, String(userId));
  const user = await findTarget(admin, action, userId);
  await assertNotSelf(admin, action, user.id);
  if (disable === (user.disabledAt !== null)) throw new ValidationError(disable ? m.alreadyDisabled : m.notDisabled);
  return db().$transaction(async (tx) => {
    const disabledAt = disable ? new Date() : null;
    const updated = await tx.user.updateMany({ where: { id: user.id, version: user.version }, data: { disabledAt, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    const revoked = disable ? await revokeUserSessions(tx, user.id, "account_disabled") : 0;
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action,
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}（${user.email}）を${disable ? "利用停止" : "利用再開"}にしました`,
      data: {
        before: { disabledAt: user.disabledAt?.toISOString() ?? null, version: user.version },
        after: { disabledAt: disabledAt?.toISOString() ?? null, version: user.version + 1 },
        revokedSessions: revoked,
      },
    });
    return { userId: user.id, revokedSessions: revoked };
  });
}

/** Disables the account and ends all its sessions at once. */
export function disableUser(actor: Actor, userId: string) {
  return setDisabled(actor, userId, true);
}

export function enableUser(actor: Actor, userId: string) {
  return setDisabled(actor, userId, false);
}

/**
 * Resets another user's two-step authentication (a lost phone without recovery codes): the secret
 * and recovery codes are removed and the user's sessions end, so the next sign-in asks for a new
 * enrolment (required for 本庁・保健所). Never one's own: that goes through step-up on アカウント.
 */
export async function resetUserMfa(actor: Actor, userId: string) {
  const action = "user.mfa_reset";
  const admin = await assertUserAdmin(actor, action, String(userId));
  const user = await findTarget(admin, action, userId);
  await assertNotSelf(admin, action, user.id);
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaEnabledAt: true } });
    if (current.mfaEnabledAt === null) throw new ValidationError(m.mfaNotEnabled);
    const updated = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaPendingSecret: null, mfaPendingCreatedAt: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.pendingSignIn.deleteMany({ where: { userId: user.id } });
    const revoked = await revokeUserSessions(tx, user.id, "mfa_changed");
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action,
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}（${user.email}）の二段階認証をリセットしました（セッション${revoked}件を終了）`,
      data: { before: { mfaEnabledAt: current.mfaEnabledAt.toISOString() }, revokedSessions: revoked },
    });
    return { userId: user.id, revokedSessions: revoked };
  });
}

/** Changes the role and scope within the administrator's prefecture; ends the user's sessions. */
export async function changeMembership(actor: Actor, raw: ChangeMembershipInput) {
  const admin = await assertUserAdmin(actor, "user.change_membership", typeof raw?.userId === "string" ? raw.userId : null);
  const parsed = ChangeMembershipSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const input = parsed.data;
  const user = await findTarget(admin, "user.change_membership", input.userId);
  await assertNotSelf(admin, "user.change_membership", user.id);
  if (user.version !== input.expectedVersion) throw new ConflictError(m.conflict);
  return db().$transaction(async (tx) => {
    const scope = await resolveScope(tx, admin.prefectureId, input);
    const updated = await tx.user.updateMany({ where: { id: user.id, version: input.expectedVersion }, data: { version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    await tx.membership.update({ where: { id: user.membership.id }, data: scope });
    const revoked = await revokeUserSessions(tx, user.id, "role_changed");
    const before = { role: user.membership.role, organisationId: user.membership.organisationId, healthCenterId: user.membership.healthCenterId };
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "user.change_membership",
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}（${user.email}）の役割を${m.roles[before.role]}から${m.roles[scope.role]}に変更しました`,
      data: { before: { ...before, version: user.version }, after: { ...scope, version: user.version + 1 }, revokedSessions: revoked },
    });
    return { userId: user.id, version: user.version + 1, revokedSessions: revoked };
  });
}

/** Ends one session of a user of the administrator's prefecture. */
export async function endUserSession(actor: Actor, sessionId: string) {
  const admin = await assertUserAdmin(actor, "user_session.end", String(sessionId));
  const session =
    typeof sessionId === "string" && sessionId.length > 0
      ? await db().userSession.findFirst({
          where: { id: sessionId, user: visibleUsers(admin) },
          select: { id: true, userId: true, revokedAt: true, user: { select: { displayName: true } } },
        })
      : null;
  if (!session) return refuseNotFound(admin, { action: "user_session.end", entityType: "user_session", entityId: null }, m.sessionNotFound);
  return db().$transaction(async (tx) => {
    await revokeSession(tx, session.id, "ended_by_admin");
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "user_session.end",
      entityType: "user",
      entityId: session.userId,
      summary: `${session.user.displayName}のセッションを終了しました`,
      // The session id is what the signed session token carries: only a prefix is kept.
      data: { before: { revoked: session.revokedAt !== null }, after: { revoked: true }, sessionRef: session.id.slice(0, 8) },
    });
    return { userId: session.userId };
  });
}
