// The second step of a sign-in. The password step (lib/auth/sign-in.ts) leaves a pending sign-in
// whose secret token only the browser holds (a cookie); the code step must present it. A pending
// sign-in is single use, expires (5 minutes; 15 to enrol), dies after PENDING_MAX_FAILURES wrong
// codes, and code attempts are throttled per account and per client address.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { TooManyRequestsError } from "@/lib/errors";
import { throttleMessages } from "@/lib/throttle/messages";
import { mfaCodeLimits } from "@/lib/throttle/rules";
import { countAttempt, resetCount } from "@/lib/throttle/store";
import { createSession } from "../sessions";
import type { AuthenticatedUser, SignInMeta } from "../sign-in";
import { PENDING_ENROL_MS, PENDING_MAX_FAILURES, PENDING_VERIFY_MS } from "./policy";
import { beginEnrolment, confirmPendingSecret, replaceRecoveryCodes, verifySecondFactor, type FactorKind } from "./secrets";

/** verify: enrolled, asks for a code; enrol: must enrol first; enrolled: enrolment just confirmed. */
export type PendingPurpose = "verify" | "enrol" | "enrolled";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
class Rollback extends Error {}

export async function createPendingSignIn(userId: string, purpose: "verify" | "enrol", meta: SignInMeta, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().$transaction(async (tx) => {
    if (purpose === "enrol") await beginEnrolment(tx, userId, now);
    await tx.pendingSignIn.create({
      data: { userId, tokenHash: hashToken(token), purpose, expiresAt: new Date(now.getTime() + (purpose === "enrol" ? PENDING_ENROL_MS : PENDING_VERIFY_MS)), ipAddress: meta.ipAddress },
    });
  });
  return token;
}

/** The pending sign-in a token opens, if it can still be completed; null otherwise. */
export async function findPendingSignIn(token: string | null | undefined, now = new Date()) {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const p = await db().pendingSignIn.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { displayName: true, disabledAt: true, memberships: { select: { prefectureId: true }, take: 1 } } } },
  });
  if (!p || p.usedAt || p.expiresAt.getTime() <= now.getTime() || p.user.disabledAt) return null;
  return { ...p, purpose: p.purpose as PendingPurpose, prefectureId: p.user.memberships[0]?.prefectureId ?? null };
}
type Pending = NonNullable<Awaited<ReturnType<typeof findPendingSignIn>>>;

async function throttle(p: Pending, meta: SignInMeta) {
  const limits = mfaCodeLimits(p.userId, meta.ipAddress);
  const outcome = await countAttempt(db(), limits.all);
  if (!outcome.exceeded.length) return limits;
  if (outcome.exceeded.some((c) => c.hits === c.limit + 1)) {
    await db().$transaction((tx) =>
      recordAudit(tx, { kind: "identified", userId: p.userId, displayName: p.user.displayName }, {
        prefectureId: p.prefectureId,
        action: "auth.mfa_throttled",
        entityType: "user",
        entityId: p.userId,
        summary: `確認コードの試行が上限に達したため、受付を一時停止しました（${p.user.displayName}）`,
        data: { retryAfterSeconds: outcome.retryAfterSeconds },
        ipAddress: meta.ipAddress,
      }),
    );
  }
  throw new TooManyRequestsError(throttleMessages.signIn(outcome.retryAfterSeconds), outcome.retryAfterSeconds);
}

async function recordFailure(p: Pending, meta: SignInMeta, now: Date) {
  await db().$transaction(async (tx) => {
    const row = await tx.pendingSignIn.update({ where: { id: p.id }, data: { failedAttempts: { increment: 1 } }, select: { failedAttempts: true } });
    if (row.failedAttempts >= PENDING_MAX_FAILURES) await tx.pendingSignIn.updateMany({ where: { id: p.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { kind: "identified", userId: p.userId, displayName: p.user.displayName }, {
      prefectureId: p.prefectureId,
      action: "auth.mfa_failed",
      entityType: "user",
      entityId: p.userId,
      summary: `${p.user.displayName}の確認コードが正しくありませんでした（${row.failedAttempts}回目）`,
      data: { purpose: p.purpose, failedAttempts: row.failedAttempts },
      ipAddress: meta.ipAddress,
    });
  });
}

/**
 * Completes a sign-in with its code (or, just after enrolling, without one): claims the pending
 * sign-in and creates the session. null when the token or the code is not good.
 */
export async function completeSignIn(token: string, code: string, meta: SignInMeta, now = new Date()): Promise<AuthenticatedUser | null> {
  const p = await findPendingSignIn(token, now);
  if (!p || p.purpose === "enrol" || !p.prefectureId) return null;
  const limits = await throttle(p, meta);
  let factor: FactorKind | "enrolment" | null = null;
  try {
    factor = await db().$transaction(async (tx) => {
      const proved = p.purpose === "enrolled" ? "enrolment" : await verifySecondFactor(tx, p.userId, code, now);
      if (!proved) return null;
      const claimed = await tx.pendingSignIn.updateMany({ where: { id: p.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (claimed.count !== 1) throw new Rollback();
      return proved;
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
    return null;
  }
  if (!factor) {
    await recordFailure(p, meta, now);
    return null;
  }
  await resetCount(db(), limits.perAccount.key);
  const sid = await createSession(p.userId, meta);
  const user = await db().user.findUniqueOrThrow({ where: { id: p.userId }, select: { id: true, email: true, displayName: true } });
  await db().$transaction((tx) =>
    recordAudit(tx, { kind: "identified", userId: user.id, displayName: user.displayName }, {
      prefectureId: p.prefectureId,
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}がログインしました（二段階認証: ${factor === "totp" ? "確認コード" : factor === "recovery_code" ? "リカバリーコード" : "設定直後"}）`,
      data: { secondFactor: factor },
      ipAddress: meta.ipAddress,
    }),
  );
  return { id: user.id, name: user.displayName, email: user.email, sid };
}

/**
 * Confirms the enrolment a required-MFA user was sent to after their password: the first code
 * proves the app holds the secret. Returns the recovery codes (shown once); the pending sign-in
 * then completes without another code. null when the token or the code is not good.
 */
export async function confirmSignInEnrolment(token: string, code: string, meta: SignInMeta, now = new Date()): Promise<string[] | null> {
  const p = await findPendingSignIn(token, now);
  if (!p || p.purpose !== "enrol") return null;
  await throttle(p, meta);
  const codes = await db().$transaction(async (tx) => {
    if (!(await confirmPendingSecret(tx, p.userId, code, now))) return null;
    const moved = await tx.pendingSignIn.updateMany({ where: { id: p.id, purpose: "enrol", usedAt: null, expiresAt: { gt: now } }, data: { purpose: "enrolled" } });
    if (moved.count !== 1) throw new Rollback();
    const recovery = await replaceRecoveryCodes(tx, p.userId);
    await recordAudit(tx, { kind: "identified", userId: p.userId, displayName: p.user.displayName }, {
      prefectureId: p.prefectureId,
      action: "auth.mfa_enrolled",
      entityType: "user",
      entityId: p.userId,
      summary: `${p.user.displayName}が二段階認証を設定しました`,
      ipAddress: meta.ipAddress,
    });
    return recovery;
  }).catch((err: unknown) => {
    if (err instanceof Rollback) return null;
    throw err;
  });
  if (!codes) await recordFailure(p, meta, now);
  return codes;
}
