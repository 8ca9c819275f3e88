// Password reset by a single-use link valid for one hour (ADR 0017). The request answers the same
// whether or not the account exists: every request passes the mail gate (per recipient and per
// client address) before the account is looked up. Only the token's SHA-256 is kept; the link is
// built from PORTAL_BASE_URL and redacted in the outbox. A reset ends every session of the user
// and does not bypass MFA: the next sign-in still asks for the code.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertMailAllowed } from "@/lib/mail/limits";
import { sendMail } from "@/lib/mail/mailer";
import { site } from "@/lib/site";
import { checkPasswordPolicy, hashPassword } from "./password";
import { resetMessages as m } from "./password-reset-messages";
import { revokeUserSessions } from "./sessions";

export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const RequestResetSchema = z.object({ email: z.string().trim().toLowerCase().min(1, { message: m.emailRequired }).max(254).email({ message: m.emailInvalid }) });
export const ResetPasswordSchema = z
  .object({ password: z.string().max(1024), passwordConfirm: z.string().max(1024) })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "確認用のパスワードが一致しません。" });

/**
 * Sends a reset link if an active account has this address; otherwise does nothing visible. Throws
 * TooManyRequestsError over the mail limits — for unknown addresses exactly as for known ones.
 */
export async function requestPasswordReset(raw: unknown, meta: { ipAddress: string | null }, now = new Date()): Promise<void> {
  const parsed = RequestResetSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const { email } = parsed.data;
  const token = randomBytes(32).toString("base64url");
  const link = new URL(`/password-reset/${token}`, env().PORTAL_BASE_URL).toString();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  const mail = await db().$transaction(async (tx) => {
    // First, for every request: the mail gate (counted whether or not the account exists).
    await assertMailAllowed(tx, "password-reset", email, { address: meta.ipAddress });
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, displayName: true, disabledAt: true, memberships: { select: { prefectureId: true }, take: 1 } } });
    const prefectureId = user?.memberships[0]?.prefectureId ?? null;
    if (!user || user.disabledAt || !prefectureId) return null;
    const reset = await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt, ipAddress: meta.ipAddress }, select: { id: true } });
    const queued = await sendMail(tx, { prefectureId, to: email, subject: m.mailSubject(site.name), body: m.mailBody(user.displayName, link, formatWarekiDateTime(expiresAt)), secrets: [token, link] });
    await recordAudit(tx, { kind: "identified", userId: user.id, displayName: user.displayName }, {
      prefectureId,
      action: "auth.password_reset_requested",
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}のパスワード再設定用のリンクを送信しました`,
      data: { passwordResetId: reset.id, outboxMailId: queued.outboxId },
      ipAddress: meta.ipAddress,
    });
    return queued;
  });
  await mail?.deliver();
}

async function findOpenReset(token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const r = await db().passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, displayName: true, disabledAt: true, memberships: { select: { prefectureId: true }, take: 1 } } } },
  });
  if (!r || r.usedAt || r.expiresAt.getTime() <= now.getTime() || r.user.disabledAt) return null;
  return r;
}

/** For the reset page (public: the token is the authority): whether the link can still be used. */
export async function getPasswordResetByToken(token: string, now = new Date()) {
  const r = await findOpenReset(token, now);
  return r ? { email: r.user.email, expiresAt: r.expiresAt } : null;
}

/** Sets the new password once; ends every session of the user and every other open link. */
export async function resetPassword(token: string, raw: unknown, meta: { ipAddress: string | null }, now = new Date()): Promise<void> {
  const parsed = ResetPasswordSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const r = await findOpenReset(token, now);
  if (!r) throw new NotFoundError(m.linkUnusable);
  const weak = checkPasswordPolicy(parsed.data.password, { email: r.user.email });
  if (weak) throw new ValidationError(weak, { password: [weak] });
  const passwordHash = await hashPassword(parsed.data.password);
  await db().$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { id: r.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new NotFoundError(m.linkUnusable);
    await tx.passwordReset.updateMany({ where: { userId: r.user.id, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: r.user.id }, data: { passwordHash, passwordChangedAt: now, version: { increment: 1 } } });
    const ended = await revokeUserSessions(tx, r.user.id, "password_reset");
    await tx.pendingSignIn.updateMany({ where: { userId: r.user.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { kind: "identified", userId: r.user.id, displayName: r.user.displayName }, {
      prefectureId: r.user.memberships[0]?.prefectureId ?? null,
      action: "auth.password_reset",
      entityType: "user",
      entityId: r.user.id,
      summary: `${r.user.displayName}がリンクからパスワードを再設定しました（セッション${ended}件を終了）`,
      data: { passwordResetId: r.id, endedSessions: ended },
      ipAddress: meta.ipAddress,
    });
  });
}
