// A signed-in user changes their own password: the current one is required, the new one follows
// the policy, and every other session of theirs ends at once (this one stays).
import "server-only";
import { z } from "zod";
import { refuseAnonymous } from "@/lib/audit/refusals";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { TooManyRequestsError, ValidationError } from "@/lib/errors";
import { throttleMessages } from "@/lib/throttle/messages";
import { stepUpLimits } from "@/lib/throttle/rules";
import { countAttempt } from "@/lib/throttle/store";
import type { Actor } from "./actor";
import { checkPasswordPolicy, hashPassword, verifyPassword } from "./password";
import { revokeUserSessions } from "./sessions";

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "現在のパスワードを入力してください。" }).max(1024),
    newPassword: z.string().max(1024),
    newPasswordConfirm: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, { path: ["newPasswordConfirm"], message: "確認用のパスワードが一致しません。" });

export async function changeOwnPassword(actor: Actor, raw: z.input<typeof ChangePasswordSchema>): Promise<{ endedSessions: number }> {
  if (actor.kind !== "user") return refuseAnonymous(actor, { action: "user.change_password", entityType: "user" });
  const parsed = ChangePasswordSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const input = parsed.data;
  // Guessing the current password from a stolen session is throttled like step-up checks.
  const attempt = await countAttempt(db(), stepUpLimits(actor.userId));
  if (attempt.exceeded.length) throw new TooManyRequestsError(throttleMessages.signIn(attempt.retryAfterSeconds), attempt.retryAfterSeconds);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("入力内容を確認してください。", { currentPassword: ["現在のパスワードが正しくありません。"] });
  }
  const problem = checkPasswordPolicy(input.newPassword, { email: user.email });
  if (problem) throw new ValidationError("入力内容を確認してください。", { newPassword: [problem] });
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } });
    const endedSessions = await revokeUserSessions(tx, actor.userId, "password_changed", actor.sessionId);
    await recordAudit(tx, actor, {
      prefectureId: actor.prefectureId,
      action: "user.password_changed",
      entityType: "user",
      entityId: actor.userId,
      summary: `${actor.displayName}がパスワードを変更しました（他のセッション${endedSessions}件を終了）`,
    });
    return { endedSessions };
  });
}
