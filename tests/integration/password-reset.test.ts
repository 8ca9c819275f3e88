// Password reset (ADR 0017): one link, once, within an hour; the same answer for unknown
// addresses; the mail gate limits requests; a reset ends sessions and does not bypass MFA.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { confirmSignInEnrolment, completeSignIn } from "@/lib/auth/mfa/pending";
import { decryptSecret } from "@/lib/auth/mfa/crypto";
import { totp } from "@/lib/auth/mfa/totp";
import { hashPassword } from "@/lib/auth/password";
import { getPasswordResetByToken, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { authenticate, type SecondStep } from "@/lib/auth/sign-in";
import type { UserActor } from "@/lib/auth/actor";
import { NotFoundError, TooManyRequestsError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const OLD = "old-password-for-reset-2026";
const NEW = "a-brand-new-password-2026";
let ipSeq = 0;
const meta = () => ({ ipAddress: `203.0.113.${++ipSeq}`, userAgent: "test" });

async function user(role: Role = "VIEWER") {
  const actor = (await createUserActor(db, { role, ...(role === "HEALTH_CENTER" ? { healthCenterName: "岩内保健所" } : {}) })) as UserActor;
  const row = await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(OLD) } });
  return { actor, email: row.email };
}

/** The token of the last reset mail to `email`: the outbox holds it redacted, so the test mints its own link. */
async function requestAndCaptureToken(email: string, now = new Date()): Promise<string> {
  // The outbox never holds the link (secrets redacted); the test reads the token by replacing the
  // generator's output: request, then find the row and set a known token hash.
  await requestPasswordReset({ email }, meta(), now);
  const { createHash, randomBytes } = await import("node:crypto");
  const token = randomBytes(32).toString("base64url");
  const row = await db.passwordReset.findFirstOrThrow({ where: { user: { email } }, orderBy: { createdAt: "desc" } });
  await db.passwordReset.update({ where: { id: row.id }, data: { tokenHash: createHash("sha256").update(token).digest("hex") } });
  return token;
}

describe("password reset", () => {
  it("sends a mail with a redacted link built from PORTAL_BASE_URL, only for known addresses, answering alike", async () => {
    const { email } = await user();
    const before = await db.outboxMail.count();
    await expect(requestPasswordReset({ email }, meta())).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: "nobody-here@example.jp" }, meta())).resolves.toBeUndefined();
    const mails = await db.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: 2 });
    expect((await db.outboxMail.count()) - before).toBe(1);
    expect(mails[0].toAddress).toBe(email);
    expect(mails[0].body).toContain("［秘匿：画面で一度だけ表示］");
    expect(mails[0].body).not.toMatch(/password-reset\/[A-Za-z0-9_-]{43}/);
  });

  it("a link works once, and not after an hour", async () => {
    const { actor, email } = await user();
    const sid = await createSession(actor.userId, {});
    const token = await requestAndCaptureToken(email);
    expect(await getPasswordResetByToken(token)).not.toBeNull();
    await resetPassword(token, { password: NEW, passwordConfirm: NEW }, meta());
    expect(await validateSession(sid)).toBeNull();
    expect(await authenticate({ email, password: OLD }, meta())).toBeNull();
    expect(await authenticate({ email, password: NEW }, meta())).not.toBeNull();
    await expect(resetPassword(token, { password: "yet-another-password-99", passwordConfirm: "yet-another-password-99" }, meta())).rejects.toBeInstanceOf(NotFoundError);
    const audit = await db.auditEntry.findFirst({ where: { entityId: actor.userId, action: "auth.password_reset" } });
    expect(audit).not.toBeNull();

    const requestedAt = new Date();
    const late = await requestAndCaptureToken(email, requestedAt);
    const inAnHour = new Date(requestedAt.getTime() + 60 * 60_000);
    expect(await getPasswordResetByToken(late, new Date(requestedAt.getTime() + 59 * 60_000))).not.toBeNull();
    expect(await getPasswordResetByToken(late, inAnHour)).toBeNull();
    await expect(resetPassword(late, { password: "yet-another-password-99", passwordConfirm: "yet-another-password-99" }, meta(), inAnHour)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("follows the password policy", async () => {
    const { email } = await user();
    const token = await requestAndCaptureToken(email);
    await expect(resetPassword(token, { password: "short", passwordConfirm: "short" }, meta())).rejects.toThrow(/12文字以上/);
    expect(await getPasswordResetByToken(token)).not.toBeNull();
  });

  it("does not bypass MFA: after a reset, signing in still asks for the code", async () => {
    const { actor, email } = await user("HEALTH_CENTER");
    const first = (await authenticate({ email, password: OLD }, meta())) as SecondStep;
    const pending = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    const secret = decryptSecret(pending.mfaPendingSecret!, actor.userId);
    const at = new Date(Date.now() - 60_000);
    expect(await confirmSignInEnrolment(first.token, totp(secret, at), meta(), at)).not.toBeNull();
    expect(await completeSignIn(first.token, "", meta(), at)).not.toBeNull();
    const token = await requestAndCaptureToken(email);
    await resetPassword(token, { password: NEW, passwordConfirm: NEW }, meta());
    const after = await authenticate({ email, password: NEW }, meta());
    expect(after).toMatchObject({ kind: "second-step", purpose: "verify" });
    expect(await db.userSession.count({ where: { userId: actor.userId, revokedAt: null } })).toBe(0);
    expect(await completeSignIn((after as SecondStep).token, totp(secret), meta())).not.toBeNull();
  });

  it("is limited through the mail gate, for unknown addresses exactly as for known ones", async () => {
    const { email } = await user();
    const ip = { ipAddress: "192.0.2.77" };
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email }, ip);
    await expect(requestPasswordReset({ email }, ip)).rejects.toBeInstanceOf(TooManyRequestsError);
    const unknown = "ghost@example.jp";
    const ip2 = { ipAddress: "192.0.2.78" };
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: unknown }, ip2);
    await expect(requestPasswordReset({ email: unknown }, ip2)).rejects.toBeInstanceOf(TooManyRequestsError);
  });
});
