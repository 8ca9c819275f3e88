// Server-side sessions: one row per sign-in, keyed by the id the session token carries, checked
// on every request. Ending the row ends the session at once (logout, password change, disabled
// account, role change, an administrator).
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mfaRequiredFor } from "./mfa/policy";

/** Idle timeout (extended by activity) and absolute lifetime. */
export const SESSION_IDLE_MS = Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60_000;
export const SESSION_MAX_MS = Number(process.env.SESSION_MAX_HOURS ?? 12) * 3_600_000;
/** Activity is recorded at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

export type RevokeReason = "logout" | "password_changed" | "password_reset" | "mfa_changed" | "account_disabled" | "role_changed" | "ended_by_admin";

export async function createSession(userId: string, meta: { ipAddress?: string | null; userAgent?: string | null }) {
  const now = Date.now();
  const id = randomBytes(32).toString("base64url");
  await db().userSession.create({
    data: {
      id,
      userId,
      idleExpiresAt: new Date(now + SESSION_IDLE_MS),
      expiresAt: new Date(now + SESSION_MAX_MS),
      ipAddress: meta.ipAddress ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}

export interface LiveSession {
  id: string;
  userId: string;
  idleExpiresAt: Date;
  expiresAt: Date;
}

/**
 * The session if it is still valid (not ended, not idle-expired, not past its lifetime, account
 * not disabled, and — for 本庁・保健所 while MFA is required — MFA enrolled), recording activity;
 * null otherwise. Every request's actor comes through here, so an account that must enrol has no
 * working session anywhere until it has (ADR 0017).
 */
export async function validateSession(id: string | undefined | null, options: { touch?: boolean } = {}): Promise<LiveSession | null> {
  if (!id) return null;
  const s = await db().userSession.findUnique({
    where: { id },
    select: {
      id: true,
      userId: true,
      idleExpiresAt: true,
      expiresAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: { select: { disabledAt: true, mfaEnabledAt: true, memberships: { select: { role: true }, orderBy: { id: "asc" }, take: 1 } } },
    },
  });
  const now = Date.now();
  if (!s || s.revokedAt || s.user.disabledAt || s.idleExpiresAt.getTime() <= now || s.expiresAt.getTime() <= now) return null;
  if (!s.user.mfaEnabledAt && mfaRequiredFor(s.user.memberships[0]?.role)) return null;
  if (options.touch !== false && now - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    return extendSession(s.id, s.expiresAt);
  }
  return { id: s.id, userId: s.userId, idleExpiresAt: s.idleExpiresAt, expiresAt: s.expiresAt };
}

/** Pushes the idle timeout forward (never past the absolute lifetime). */
export async function extendSession(id: string, expiresAt: Date): Promise<LiveSession | null> {
  const now = Date.now();
  const idleExpiresAt = new Date(Math.min(now + SESSION_IDLE_MS, expiresAt.getTime()));
  const updated = await db().userSession.updateMany({
    where: { id, revokedAt: null, idleExpiresAt: { gt: new Date(now) } },
    data: { lastSeenAt: new Date(now), idleExpiresAt },
  });
  if (updated.count !== 1) return null;
  const s = await db().userSession.findUniqueOrThrow({ where: { id }, select: { id: true, userId: true, idleExpiresAt: true, expiresAt: true } });
  return s;
}

export async function revokeSession(tx: Prisma.TransactionClient, id: string, reason: RevokeReason) {
  await tx.userSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

export async function revokeUserSessions(tx: Prisma.TransactionClient, userId: string, reason: RevokeReason, exceptId?: string) {
  const result = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return result.count;
}
