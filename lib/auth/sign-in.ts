// Checking credentials. Unknown e-mail and wrong password answer the same, in the same time;
// every attempt is audited (never the password). Attempts are throttled per (e-mail, client
// address) and per client address (lib/throttle/rules.ts) before any password is checked, the same
// way whether the account exists or not; a throttled attempt throws TooManyRequestsError.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { TooManyRequestsError } from "@/lib/errors";
import { throttleMessages } from "@/lib/throttle/messages";
import { signInLimits } from "@/lib/throttle/rules";
import { countAttempt, giveBack, resetCount, type Outcome } from "@/lib/throttle/store";
import { createPendingSignIn } from "./mfa/pending";
import { mfaRequiredFor } from "./mfa/policy";
import { verifyPassword } from "./password";
import { createSession } from "./sessions";

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  sid: string;
}

export interface SignInMeta {
  /** The client address (lib/http/client-address.ts). */
  ipAddress: string | null;
  userAgent: string | null;
}

/** The password was right but a second step must follow (a code, or enrolment first). */
export interface SecondStep {
  kind: "second-step";
  purpose: "verify" | "enrol";
  /** The pending sign-in's secret token, for the browser's cookie only. */
  token: string;
}

export async function authenticate(raw: unknown, meta: SignInMeta): Promise<AuthenticatedUser | SecondStep | null> {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const limits = signInLimits(email, meta.ipAddress);
  const attempt = await countAttempt(db(), limits.all);
  if (attempt.exceeded.length) await refuseThrottled(email, meta, attempt, limits.perAddress.key);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, passwordHash: true, disabledAt: true, mfaEnabledAt: true, memberships: { select: { prefectureId: true, role: true }, take: 1 } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const prefectureId = user?.memberships[0]?.prefectureId ?? null;
  if (!user || !passwordOk || user.disabledAt || !prefectureId) {
    const reason = !user ? "unknown_email" : !passwordOk ? "wrong_password" : user.disabledAt ? "account_disabled" : "no_membership";
    await db().$transaction((tx) =>
      recordAudit(tx, systemActor("sign-in"), {
        prefectureId,
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        summary: `ログインに失敗しました（${email}）`,
        data: { email, reason },
        ipAddress: meta.ipAddress,
      }),
    );
    return null;
  }
  // Success: this account's count from this address starts afresh; the address gets its attempt back.
  await resetCount(db(), limits.accountAndAddress.key);
  await giveBack(db(), limits.perAddress.key);
  if (user.mfaEnabledAt || mfaRequiredFor(user.memberships[0]?.role)) {
    // No session yet: the code (or, for 本庁・保健所 not enrolled yet, enrolment) comes first.
    const purpose = user.mfaEnabledAt ? "verify" : "enrol";
    const token = await createPendingSignIn(user.id, purpose, meta);
    await db().$transaction((tx) =>
      recordAudit(tx, { kind: "identified", userId: user.id, displayName: user.displayName }, {
        prefectureId,
        action: "auth.password_verified",
        entityType: "user",
        entityId: user.id,
        summary: `${user.displayName}のパスワードを確認しました（${purpose === "verify" ? "確認コードの入力待ち" : "二段階認証の設定待ち"}）`,
        data: { nextStep: purpose },
        ipAddress: meta.ipAddress,
      }),
    );
    return { kind: "second-step", purpose, token };
  }
  const sid = await createSession(user.id, meta);
  await db().$transaction((tx) =>
    recordAudit(tx, { kind: "identified", userId: user.id, displayName: user.displayName }, {
      prefectureId,
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}がログインしました`,
      ipAddress: meta.ipAddress,
    }),
  );
  return { id: user.id, name: user.displayName, email: user.email, sid };
}

/**
 * Refuses a throttled attempt without checking any password. The first refusal of a window is
 * audited (with the account's prefecture when the account exists, so 本庁 sees it); later ones are
 * not, so a flood of attempts cannot flood the audit trail.
 */
async function refuseThrottled(email: string, meta: SignInMeta, attempt: Outcome, perAddressKey: string): Promise<never> {
  const first = attempt.exceeded.filter((c) => c.hits === c.limit + 1);
  if (first.length) {
    const user = await db().user.findUnique({ where: { email }, select: { id: true, memberships: { select: { prefectureId: true }, take: 1 } } });
    const scope = first.map((c) => (c.key === perAddressKey ? "address" : "account_and_address"));
    await db().$transaction((tx) =>
      recordAudit(tx, systemActor("sign-in"), {
        prefectureId: user?.memberships[0]?.prefectureId ?? null,
        action: "auth.sign_in_throttled",
        entityType: "user",
        entityId: user?.id ?? null,
        summary: `ログインの試行が上限に達したため、受付を一時停止しました（${email}）`,
        data: { email, scope, retryAfterSeconds: attempt.retryAfterSeconds },
        ipAddress: meta.ipAddress,
      }),
    );
  }
  throw new TooManyRequestsError(throttleMessages.signIn(attempt.retryAfterSeconds), attempt.retryAfterSeconds);
}
