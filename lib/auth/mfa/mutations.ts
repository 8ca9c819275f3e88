// A signed-in user's own MFA: begin (or reset) enrolment, confirm it, regenerate recovery codes,
// disable (not for 本庁・保健所 while MFA is required). Every change needs a step-up first and is
// audited; secrets and codes never go into the audit data.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseAnonymous } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor, UserActor } from "../actor";
import { revokeUserSessions } from "../sessions";
import { mfaRequiredFor } from "./policy";
import { beginEnrolment, confirmPendingSecret, replaceRecoveryCodes } from "./secrets";
import { assertStepUp } from "./step-up";

async function signedIn(actor: Actor, action: string): Promise<UserActor> {
  if (actor.kind !== "user") return refuseAnonymous(actor, { action, entityType: "user" });
  return actor;
}

function audit(actor: UserActor, action: string, summary: string, data?: Record<string, string | number>) {
  return (tx: Parameters<typeof recordAudit>[0]) =>
    recordAudit(tx, actor, { prefectureId: actor.prefectureId, action, entityType: "user", entityId: actor.userId, summary, data });
}

/** Begins enrolment (or re-enrolment: the secret in use stays until the new one is confirmed). */
export async function beginOwnEnrolment(actor: Actor, input: { stepUp: string }, now = new Date()): Promise<void> {
  const user = await signedIn(actor, "user.mfa_enrolment_begun");
  const proof = await assertStepUp(user.userId, input.stepUp, now);
  await db().$transaction(async (tx) => {
    await beginEnrolment(tx, user.userId, now);
    await audit(user, "user.mfa_enrolment_begun", `${user.displayName}が二段階認証の設定を開始しました`, { stepUp: proof })(tx);
  });
}

/** Confirms the enrolment under way with its first code; returns the new recovery codes (shown once). */
export async function confirmOwnEnrolment(actor: Actor, input: { code: string }, now = new Date()): Promise<string[]> {
  const user = await signedIn(actor, "user.mfa_enrolled");
  return db().$transaction(async (tx) => {
    const wasEnrolled = !!(await tx.user.findUniqueOrThrow({ where: { id: user.userId }, select: { mfaEnabledAt: true } })).mfaEnabledAt;
    if (!(await confirmPendingSecret(tx, user.userId, input.code, now))) {
      throw new ValidationError("確認コードが正しくありません。", { code: ["認証アプリに表示されている最新の6桁の確認コードを入力してください。"] });
    }
    const codes = await replaceRecoveryCodes(tx, user.userId);
    // A new secret: sessions elsewhere were opened with the old one.
    const ended = wasEnrolled ? await revokeUserSessions(tx, user.userId, "mfa_changed", user.sessionId) : 0;
    await audit(user, "user.mfa_enrolled", `${user.displayName}が二段階認証を${wasEnrolled ? "再設定" : "設定"}しました`, { endedSessions: ended })(tx);
    return codes;
  });
}

export async function regenerateOwnRecoveryCodes(actor: Actor, input: { stepUp: string }, now = new Date()): Promise<string[]> {
  const user = await signedIn(actor, "user.mfa_recovery_codes_regenerated");
  const proof = await assertStepUp(user.userId, input.stepUp, now);
  return db().$transaction(async (tx) => {
    const enrolled = await tx.user.findUniqueOrThrow({ where: { id: user.userId }, select: { mfaEnabledAt: true } });
    if (!enrolled.mfaEnabledAt) throw new ValidationError("二段階認証が設定されていません。");
    const codes = await replaceRecoveryCodes(tx, user.userId);
    await audit(user, "user.mfa_recovery_codes_regenerated", `${user.displayName}がリカバリーコードを再発行しました`, { stepUp: proof })(tx);
    return codes;
  });
}

export async function disableOwnMfa(actor: Actor, input: { stepUp: string }, now = new Date()): Promise<void> {
  const user = await signedIn(actor, "user.mfa_disabled");
  if (mfaRequiredFor(user.role)) throw new ForbiddenError("本庁・保健所の利用者は二段階認証を解除できません。認証アプリを変更する場合は「再設定」を使ってください。");
  const proof = await assertStepUp(user.userId, input.stepUp, now);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.userId }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaPendingSecret: null, mfaPendingCreatedAt: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.userId } });
    await audit(user, "user.mfa_disabled", `${user.displayName}が二段階認証を解除しました`, { stepUp: proof })(tx);
  });
}

/** What the account page shows about the user's MFA. */
export async function getOwnMfaStatus(actor: Actor) {
  const user = await signedIn(actor, "user.mfa_status");
  const row = await db().user.findUniqueOrThrow({ where: { id: user.userId }, select: { mfaEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } } });
  return { enabledAt: row.mfaEnabledAt, recoveryCodesLeft: row._count.recoveryCodes, required: mfaRequiredFor(user.role) };
}
