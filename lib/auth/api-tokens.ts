// Bearer authentication of the JSON API with personal API tokens (ADR 0016). A token acts as its
// user: the actor is built on every request from the user's membership as it is now, so a role
// change takes effect at once and a disabled user's tokens stop working. Unknown, malformed,
// revoked and expired tokens are refused alike (InvalidTokenError, 401). Refusals are counted per
// client address (lib/throttle/rules.ts); over the limit every Bearer request from the address is
// refused (429) before any token is looked up.
import "server-only";
import { bearerToken, hashToken, looksLikeToken } from "@/lib/api-tokens/token";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { InvalidTokenError, TooManyRequestsError } from "@/lib/errors";
import { throttleMessages } from "@/lib/throttle/messages";
import { apiTokenFailureLimit } from "@/lib/throttle/rules";
import { countAttempt, peekCount } from "@/lib/throttle/store";
import { systemActor, userActorOf, type UserActor } from "./actor";

/** Last use is recorded at most this often per token (no write per request). */
const TOUCH_EVERY_MS = 60_000;

export interface BearerMeta {
  /** The client address (lib/http/client-address.ts). */
  clientAddress: string | null;
  now?: Date;
}

type Refusal = { reason: "malformed" | "unknown" } | { reason: "revoked" | "expired" | "account_disabled" | "no_membership"; tokenId: string; prefectureId: number | null };

/** The actor an `Authorization` header's Bearer token stands for, or InvalidTokenError / TooManyRequestsError. */
export async function authenticateApiToken(authorization: string, meta: BearerMeta): Promise<UserActor> {
  const now = meta.now ?? new Date();
  const limit = apiTokenFailureLimit(meta.clientAddress);
  const current = await peekCount(db(), limit);
  if (current.hits >= limit.limit) throw new TooManyRequestsError(throttleMessages.apiToken(current.retryAfterSeconds), current.retryAfterSeconds);

  const token = bearerToken(authorization);
  if (!token || !looksLikeToken(token)) return refuse({ reason: "malformed" }, meta);
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, displayName: true, disabledAt: true, memberships: { orderBy: { id: "asc" }, take: 1 } } },
    },
  });
  if (!row) return refuse({ reason: "unknown" }, meta);
  const membership = row.user.memberships[0];
  const known = { tokenId: row.id, prefectureId: membership?.prefectureId ?? null };
  if (row.revokedAt) return refuse({ reason: "revoked", ...known }, meta);
  if (row.expiresAt <= now) return refuse({ reason: "expired", ...known }, meta);
  if (row.user.disabledAt) return refuse({ reason: "account_disabled", ...known }, meta);
  if (!membership) return refuse({ reason: "no_membership", ...known }, meta);

  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    // Conditional, so concurrent requests within the minute write once.
    await db().apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - TOUCH_EVERY_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return userActorOf(row.user, membership, { apiTokenId: row.id, clientAddress: meta.clientAddress });
}

/**
 * Counts the refusal against the client address and throws. Refusals of a known token (revoked,
 * expired, its user disabled) are audited in the token user's prefecture, so 本庁 sees a program
 * still using a revoked token; unknown tokens are not (nothing to attribute them to). The refusal
 * that uses up the address's allowance is audited once.
 */
async function refuse(refusal: Refusal, meta: BearerMeta): Promise<never> {
  const limit = apiTokenFailureLimit(meta.clientAddress);
  const outcome = await countAttempt(db(), [limit]);
  const hits = outcome.counts[0].hits;
  await db().$transaction(async (tx) => {
    if ("tokenId" in refusal) {
      await recordAudit(tx, systemActor("api-token"), {
        prefectureId: refusal.prefectureId,
        action: "auth.api_token_refused",
        entityType: "api_token",
        entityId: refusal.tokenId,
        summary: `API トークンによる要求を拒否しました（${refusalLabels[refusal.reason]}）`,
        data: { reason: refusal.reason },
        ipAddress: meta.clientAddress,
      });
    }
    if (hits === limit.limit) {
      await recordAudit(tx, systemActor("api-token"), {
        prefectureId: "prefectureId" in refusal ? refusal.prefectureId : null,
        action: "auth.api_token_throttled",
        entityType: "api_token",
        entityId: null,
        summary: "正しくない API トークンでの要求が上限に達したため、この接続元からの受付を一時停止しました",
        data: { limit: limit.limit, windowSeconds: limit.windowSeconds },
        ipAddress: meta.clientAddress,
      });
    }
  });
  throw new InvalidTokenError();
}

const refusalLabels: Record<Refusal["reason"], string> = {
  malformed: "形式が正しくない",
  unknown: "存在しない",
  revoked: "取り消し済み",
  expired: "有効期限切れ",
  account_disabled: "利用者が利用停止中",
  no_membership: "利用者に所属がない",
};
