// Reads of user administration, for 本庁管理者 of the users' prefecture only; DTOs, not rows.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertUserAdmin, isUuid, refuseUnknownUser, visibleUsers } from "./policy";

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: string;
  organisationName: string | null;
  healthCenterName: string | null;
  disabled: boolean;
  lastSignInAt: Date | null;
  openSessions: number;
}

const membershipSelect = {
  select: {
    role: true,
    prefectureId: true,
    organisationId: true,
    healthCenterId: true,
    organisation: { select: { name: true } },
    healthCenter: { select: { name: true } },
  },
} as const;

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  const admin = await assertUserAdmin(actor, "user.list");
  const now = new Date();
  const users = await db().user.findMany({
    where: visibleUsers(admin),
    orderBy: [{ displayName: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      displayName: true,
      disabledAt: true,
      memberships: { where: { prefectureId: admin.prefectureId }, ...membershipSelect },
      sessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: now }, idleExpiresAt: { gt: now } } } } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.memberships[0].role,
    organisationName: u.memberships[0].organisation?.name ?? null,
    healthCenterName: u.memberships[0].healthCenter?.name ?? null,
    disabled: u.disabledAt !== null,
    lastSignInAt: u.sessions[0]?.createdAt ?? null,
    openSessions: u._count.sessions,
  }));
}

export async function getUser(actor: Actor, userId: string) {
  const admin = await assertUserAdmin(actor, "user.read", userId);
  if (!isUuid(userId)) return refuseUnknownUser(admin, "user.read", String(userId));
  const user = await db().user.findFirst({
    where: { id: userId, ...visibleUsers(admin) },
    select: {
      id: true,
      email: true,
      displayName: true,
      disabledAt: true,
      mfaEnabledAt: true,
      version: true,
      createdAt: true,
      memberships: { where: { prefectureId: admin.prefectureId }, ...membershipSelect },
    },
  });
  if (!user) return refuseUnknownUser(admin, "user.read", userId);
  const { memberships, ...rest } = user;
  const ms = memberships[0];
  return {
    ...rest,
    role: ms.role,
    organisationId: ms.organisationId,
    healthCenterId: ms.healthCenterId,
    organisationName: ms.organisation?.name ?? null,
    healthCenterName: ms.healthCenter?.name ?? null,
    isSelf: admin.userId === user.id,
  };
}

export async function listUserSessions(actor: Actor, userId: string) {
  const admin = await assertUserAdmin(actor, "user.sessions.read", userId);
  const visible = isUuid(userId) && (await db().user.count({ where: { id: userId, ...visibleUsers(admin) } }));
  if (!visible) return refuseUnknownUser(admin, "user.sessions.read", userId);
  const now = Date.now();
  const sessions = await db().userSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, idleExpiresAt: true, expiresAt: true, ipAddress: true, userAgent: true, revokedAt: true, revokedReason: true },
  });
  return sessions.map((s) => ({
    ...s,
    open: !s.revokedAt && s.expiresAt.getTime() > now && s.idleExpiresAt.getTime() > now,
  }));
}

/** Invitations of the administrator's prefecture that have not been accepted, newest first. */
export async function listInvitations(actor: Actor) {
  const admin = await assertUserAdmin(actor, "invitation.list");
  const rows = await db().invitation.findMany({
    where: { prefectureId: admin.prefectureId, acceptedAt: null },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      email: true,
      displayName: true,
      role: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      invitedBy: { select: { displayName: true } },
    },
  });
  const now = Date.now();
  return rows.map(({ invitedBy, ...r }) => ({ ...r, invitedBy: invitedBy.displayName, open: !r.revokedAt && r.expiresAt.getTime() > now }));
}

/** Organisations and health centres an administrator may assign, for the scope selects. */
export async function listScopeOptions(actor: Actor) {
  const admin = await assertUserAdmin(actor, "user.scope_options");
  const [organisations, healthCenters] = await Promise.all([
    db().organisation.findMany({ where: { prefectureId: admin.prefectureId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().healthCenter.findMany({ where: { prefectureId: admin.prefectureId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { organisations, healthCenters };
}
