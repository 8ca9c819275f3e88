// Step-up: before changing MFA or the e-mail address, a signed-in user proves again who they are
// with their password or a current code (TOTP or recovery code). Throttled per account.
import "server-only";
import { db } from "@/lib/db";
import { TooManyRequestsError, ValidationError } from "@/lib/errors";
import { throttleMessages } from "@/lib/throttle/messages";
import { stepUpLimits } from "@/lib/throttle/rules";
import { countAttempt } from "@/lib/throttle/store";
import { verifyPassword } from "../password";
import { verifySecondFactor } from "./secrets";

export const STEP_UP_FIELD = "stepUp";
export const stepUpMessages = {
  label: "現在のパスワード、または認証アプリの確認コード",
  hint: "本人確認のため、現在のパスワードか、二段階認証を設定済みの場合は確認コード（6桁）を入力してください。",
  wrong: "本人確認ができませんでした。現在のパスワードまたは確認コードを確かめてください。",
};

/** Throws ValidationError (on the stepUp field) unless `proof` is the user's password or a valid code. */
export async function assertStepUp(userId: string, proof: string, now = new Date()): Promise<"password" | "totp" | "recovery_code"> {
  const outcome = await countAttempt(db(), stepUpLimits(userId));
  if (outcome.exceeded.length) throw new TooManyRequestsError(throttleMessages.signIn(outcome.retryAfterSeconds), outcome.retryAfterSeconds);
  const value = proof.slice(0, 1024);
  if (value) {
    const compact = value.replace(/\s/g, "");
    // Passwords are at least 12 characters: a 6-digit or 10-character code is never one.
    if (/^\d{6}$/.test(compact) || /^[A-Za-z2-7]{5}-?[A-Za-z2-7]{5}$/.test(compact)) {
      const factor = await db().$transaction((tx) => verifySecondFactor(tx, userId, compact, now));
      if (factor) return factor;
    } else {
      const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
      if (await verifyPassword(user?.passwordHash ?? null, value)) return "password";
    }
  }
  throw new ValidationError(stepUpMessages.wrong, { [STEP_UP_FIELD]: [stepUpMessages.wrong] });
}
