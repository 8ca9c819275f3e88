// Server-side sessions: one row per sign-in, keyed by the id the session token carries, checked
// on every request. Ending the row ends the session at once (logout, password change, disabled
// account, role change, an administrator).
import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
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

/** A session row with what every request needs of its user: one statement (readSessionRow). */
export interface SessionRow {
  id: string;
  userId: string;
  idleExpiresAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  displayName: string;
  disabledAt: Date | null;
  mfaEnabledAt: Date | null;
  /** The user's first membership (null: none). */
  membership: { prefectureId: number; role: Role; organisationId: number | null; healthCenterId: number | null } | null;
}

// The rows read in the current request (React's per-request cache while rendering; outside a
// render every call reads again). The session check in the auth callback, the actor and the page
// shell's session view all ask for the same row: one statement instead of eight.
const requestRows = cache((): Map<string, Promise<SessionRow | null>> => new Map());

async function querySessionRow(id: string): Promise<SessionRow | null> {
  const rows = await db().$queryRaw<(Omit<SessionRow, "membership"> & { prefectureId: number | null; role: Role | null; organisationId: number | null; healthCenterId: number | null })[]>(Prisma.sql`
    SELECT s.id, s.user_id::text AS "userId", s.idle_expires_at AS "idleExpiresAt", s.expires_at AS "expiresAt",
           s.last_seen_at AS "lastSeenAt", s.revoked_at AS "revokedAt",
           u.display_name AS "displayName", u.disabled_at AS "disabledAt", u.mfa_enabled_at AS "mfaEnabledAt",
           m.prefecture_id AS "prefectureId", m.role::text AS role, m.organisation_id AS "organisationId",
           m.health_center_id AS "healthCenterId"
    FROM user_session s
    JOIN user_account u ON u.id = s.user_id
    LEFT JOIN LATERAL (SELECT * FROM membership WHERE user_id = u.id ORDER BY id LIMIT 1) m ON true
    WHERE s.id = ${id}`);
  const r = rows[0];
  if (!r) return null;
  const { prefectureId, role, organisationId, healthCenterId, ...session } = r;
  return { ...session, membership: prefectureId === null || role === null ? null : { prefectureId, role, organisationId, healthCenterId } };
}

/** The session row with its user and first membership, read once per request while rendering. */
export function readSessionRow(id: string): Promise<SessionRow | null> {
  const rows = requestRows();
  let row = rows.get(id);
  if (!row) {
    row = querySessionRow(id);
    rows.set(id, row);
    row.catch(() => rows.delete(id));
  }
  return row;
}

/** After a change to sessions in this request: the next read goes to the database. */
function forgetSessionRows(id?: string) {
  if (id === undefined) requestRows().clear();
  else requestRows().delete(id);
}

/**
 * The session if it is still valid (not ended, not idle-expired, not past its lifetime, account
 * not disabled, and — for 本庁・保健所 while MFA is required — MFA enrolled), recording activity;
 * null otherwise. Every request's actor comes through here, so an account that must enrol has no
 * working session anywhere until it has (ADR 0017).
 */
export async function validateSession(id: string | undefined | null, options: { touch?: boolean } = {}): Promise<LiveSession | null> {
  if (!id) return null;
  const s = await readSessionRow(id);
  const now = Date.now();
  if (!s || s.revokedAt || s.disabledAt || s.idleExpiresAt.getTime() <= now || s.expiresAt.getTime() <= now) return null;
  if (!s.mfaEnabledAt && mfaRequiredFor(s.membership?.role)) return null;
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
  forgetSessionRows(id);
  if (updated.count !== 1) return null;
  const s = await readSessionRow(id);
  return s ? { id: s.id, userId: s.userId, idleExpiresAt: s.idleExpiresAt, expiresAt: s.expiresAt } : null;
}

export async function revokeSession(tx: Prisma.TransactionClient, id: string, reason: RevokeReason) {
  forgetSessionRows(id);
  await tx.userSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

export async function revokeUserSessions(tx: Prisma.TransactionClient, userId: string, reason: RevokeReason, exceptId?: string) {
  forgetSessionRows();
  const result = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return result.count;
}
