// Creating and revoking personal API tokens; each one transaction with its audit row. The token
// itself is returned once, by createApiToken, and never stored.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/users/policy";
import { apiTokenMessages as m } from "./messages";
import { assertTokenUser, liveTokens, manageableTokens } from "./policy";
import { CreateApiTokenSchema, MAX_LIVE_TOKENS, type CreateApiTokenInput } from "./schema";
import { displayPrefix, generateToken, hashToken } from "./token";

const DAY_MS = 86_400_000;

export interface CreatedApiToken {
  id: string;
  /** The whole token: shown to its owner once, never again. */
  token: string;
  prefix: string;
  name: string;
  expiresAt: Date;
}

/** Creates a token for the actor (any signed-in user); it acts with the actor's own rights. */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput, now = new Date()): Promise<CreatedApiToken> {
  const user = await assertTokenUser(actor, "api_token.create");
  const parsed = CreateApiTokenSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const { name, expiresInDays } = parsed.data;
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS);
  return db().$transaction(async (tx) => {
    // Serialises one user's creations, so the limit holds under concurrent requests.
    await tx.$executeRaw`SELECT 1 FROM user_account WHERE id = ${user.userId}::uuid FOR UPDATE`;
    const live = await tx.apiToken.count({ where: { userId: user.userId, ...liveTokens(now) } });
    if (live >= MAX_LIVE_TOKENS) throw new ValidationError(m.tooMany(MAX_LIVE_TOKENS));
    const row = await tx.apiToken.create({
      data: { userId: user.userId, name, prefix: displayPrefix(token), tokenHash: hashToken(token), createdAt: now, expiresAt },
      select: { id: true, prefix: true, name: true, expiresAt: true },
    });
    await recordAudit(tx, user, {
      prefectureId: user.prefectureId,
      action: "api_token.create",
      entityType: "api_token",
      entityId: row.id,
      summary: `${user.displayName}が API トークン「${name}」（${row.prefix}…）を作成しました`,
      data: { userId: user.userId, name, prefix: row.prefix, expiresAt: expiresAt.toISOString() },
    });
    return { ...row, token };
  });
}

/**
 * Revokes a token: the actor's own, or — for 本庁管理者 — one of a user of their prefecture. Any
 * other token answers 404 (audited), as if it did not exist.
 */
export async function revokeApiToken(actor: Actor, tokenId: string, now = new Date()): Promise<{ userId: string }> {
  const user = await assertTokenUser(actor, "api_token.revoke");
  const token = isUuid(tokenId)
    ? await db().apiToken.findFirst({
        where: { id: tokenId, ...manageableTokens(user) },
        select: { id: true, name: true, prefix: true, userId: true, revokedAt: true, user: { select: { displayName: true, email: true } } },
      })
    : null;
  if (!token) return refuseNotFound(user, { action: "api_token.revoke", entityType: "api_token", entityId: String(tokenId) });
  if (token.revokedAt) throw new ValidationError(m.alreadyRevoked);
  return db().$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now, revokedById: user.userId } });
    if (updated.count !== 1) throw new ValidationError(m.alreadyRevoked);
    const own = token.userId === user.userId;
    await recordAudit(tx, user, {
      prefectureId: user.prefectureId,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: token.id,
      summary: own
        ? `${user.displayName}が API トークン「${token.name}」（${token.prefix}…）を取り消しました`
        : `${token.user.displayName}（${token.user.email}）の API トークン「${token.name}」（${token.prefix}…）を取り消しました`,
      data: { userId: token.userId, name: token.name, prefix: token.prefix, byOwner: own },
    });
    return { userId: token.userId };
  });
}
