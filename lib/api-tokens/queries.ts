// Lists of personal API tokens: DTOs without anything secret (the hash never leaves the domain).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertUserAdmin, isUuid, refuseUnknownUser, visibleUsers } from "@/lib/users/policy";
import { assertTokenUser } from "./policy";

export type ApiTokenStatus = "active" | "expired" | "revoked";

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: ApiTokenStatus;
}

const rowSelect = { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true } as const;

function toRow(t: Omit<ApiTokenRow, "status">, now: Date): ApiTokenRow {
  const status: ApiTokenStatus = t.revokedAt ? "revoked" : t.expiresAt <= now ? "expired" : "active";
  return { ...t, status };
}

/** The actor's own tokens, newest first. */
export async function listOwnApiTokens(actor: Actor, now = new Date()): Promise<ApiTokenRow[]> {
  const user = await assertTokenUser(actor, "api_token.list");
  const rows = await db().apiToken.findMany({ where: { userId: user.userId }, orderBy: { createdAt: "desc" }, select: rowSelect });
  return rows.map((r) => toRow(r, now));
}

/** A user's tokens, for 本庁管理者 of the user's prefecture (others: 403, unknown users: 404). */
export async function listUserApiTokens(actor: Actor, userId: string, now = new Date()): Promise<ApiTokenRow[]> {
  const admin = await assertUserAdmin(actor, "api_token.list", String(userId));
  const user = isUuid(userId) ? await db().user.findFirst({ where: { id: userId, ...visibleUsers(admin) }, select: { id: true } }) : null;
  if (!user) return refuseUnknownUser(admin, "api_token.list", String(userId));
  const rows = await db().apiToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: rowSelect });
  return rows.map((r) => toRow(r, now));
}
