// Two-step sign-in (ADR 0017): the password opens a pending sign-in, a code completes it; wrong,
// reused and expired codes are refused; recovery codes work once; 本庁・保健所 must enrol before any
// session works; changing MFA needs a step-up.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { confirmSignInEnrolment, completeSignIn, findPendingSignIn } from "@/lib/auth/mfa/pending";
import { beginOwnEnrolment, confirmOwnEnrolment, disableOwnMfa, regenerateOwnRecoveryCodes } from "@/lib/auth/mfa/mutations";
import { decryptSecret } from "@/lib/auth/mfa/crypto";
import { totp } from "@/lib/auth/mfa/totp";
import { hashPassword } from "@/lib/auth/password";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { authenticate, type SecondStep } from "@/lib/auth/sign-in";
import type { UserActor } from "@/lib/auth/actor";
import { ForbiddenError, TooManyRequestsError, ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const PASSWORD = "hokkaido-mfa-test-2026";
let ipSeq = 0;
const meta = () => ({ ipAddress: `198.51.100.${++ipSeq}`, userAgent: "test" });

async function userWithPassword(role: Role) {
  const actor = (await createUserActor(db, { role, ...(role === "HEALTH_CENTER" ? { healthCenterName: "岩内保健所" } : {}) })) as UserActor;
  await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
  const { email } = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  return { actor, email };
}

const secretOf = async (userId: string) => {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return decryptSecret((u.mfaSecret ?? u.mfaPendingSecret)!, userId);
};

/** A 保健所 user enrolled through the sign-in flow; returns the secret and recovery codes. */
async function enrolledHealthCenterUser() {
  const { actor, email } = await userWithPassword("HEALTH_CENTER");
  const first = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
  expect(first).toMatchObject({ kind: "second-step", purpose: "enrol" });
  const secret = await secretOf(actor.userId);
  const enrolAt = new Date(Date.now() - 60_000);
  const recovery = await confirmSignInEnrolment(first.token, totp(secret, enrolAt), meta(), enrolAt);
  expect(recovery).toHaveLength(10);
  const signedIn = await completeSignIn(first.token, "", meta(), enrolAt);
  expect(signedIn?.sid).toBeTruthy();
  return { actor, email, secret, recovery: recovery! };
}

describe("two-step sign-in", () => {
  it("a required user gets no session from the password alone, and no session of theirs works before enrolment", async () => {
    const { actor, email } = await userWithPassword("HEALTH_CENTER");
    const outcome = await authenticate({ email, password: PASSWORD }, meta());
    expect(outcome).toMatchObject({ kind: "second-step", purpose: "enrol" });
    expect(await db.userSession.count({ where: { userId: actor.userId } })).toBe(0);
    // Even a session made some other way (before MFA was required) is refused on every request.
    const sid = await createSession(actor.userId, {});
    expect(await validateSession(sid)).toBeNull();
    // And the pending sign-in is not a way in either: without enrolling, completing it is refused.
    expect(await completeSignIn((outcome as SecondStep).token, "000000", meta())).toBeNull();
    for (const role of ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"] as const) {
      const other = await userWithPassword(role);
      expect(await authenticate({ email: other.email, password: PASSWORD }, meta())).toMatchObject({ purpose: "enrol" });
    }
  });

  it("an optional user without MFA signs in with the password alone", async () => {
    const { email } = await userWithPassword("VIEWER");
    const outcome = await authenticate({ email, password: PASSWORD }, meta());
    expect(outcome && "sid" in outcome && outcome.sid).toBeTruthy();
  });

  it("enrolled: the password asks for the code; a wrong code and a reused code are refused", async () => {
    const { actor, email, secret } = await enrolledHealthCenterUser();
    const sessionsBefore = await db.userSession.count({ where: { userId: actor.userId } });
    const step = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    expect(step).toMatchObject({ kind: "second-step", purpose: "verify" });
    const code = totp(secret);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await completeSignIn(step.token, wrong, meta())).toBeNull();
    expect(await completeSignIn(step.token, code, meta())).not.toBeNull();
    expect(await db.userSession.count({ where: { userId: actor.userId } })).toBe(sessionsBefore + 1);
    // The same code again, with a new pending sign-in: refused (its time step was used).
    const again = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    expect(await completeSignIn(again.token, code, meta())).toBeNull();
    const audits = await db.auditEntry.findMany({ where: { entityId: actor.userId, action: { in: ["auth.mfa_failed", "auth.sign_in"] } } });
    expect(audits.filter((a) => a.action === "auth.mfa_failed")).toHaveLength(2);
    expect(JSON.stringify(audits.map((a) => [a.summary, a.data]))).not.toContain(secret);
  });

  it("a pending sign-in works once, and not after it expires", async () => {
    const { email, secret } = await enrolledHealthCenterUser();
    const first = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    expect(await completeSignIn(first.token, totp(secret), meta())).not.toBeNull();
    expect(await findPendingSignIn(first.token)).toBeNull();
    expect(await completeSignIn(first.token, totp(secret, Date.now() + 30_000), meta())).toBeNull();
    const late = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    const sixMinutes = new Date(Date.now() + 6 * 60_000);
    expect(await completeSignIn(late.token, totp(secret, sixMinutes), meta(), sixMinutes)).toBeNull();
  });

  it("a pending sign-in dies after 5 wrong codes, and code attempts are throttled per account", async () => {
    const { email, secret } = await enrolledHealthCenterUser();
    const step = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    const wrong = totp(secret, Date.now() - 10 * 60_000);
    for (let i = 0; i < 5; i++) expect(await completeSignIn(step.token, wrong, meta())).toBeNull();
    expect(await findPendingSignIn(step.token)).toBeNull();
    expect(await completeSignIn(step.token, totp(secret), meta())).toBeNull();
    // 10 code attempts per account per 15 minutes, whatever the address: the 11th is refused, right code or not.
    for (let i = 0; i < 5; i++) {
      const s = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
      await completeSignIn(s.token, wrong, meta()).catch((e: unknown) => e);
    }
    const last = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    await expect(completeSignIn(last.token, totp(secret), meta())).rejects.toBeInstanceOf(TooManyRequestsError);
  });

  it("a recovery code works once", async () => {
    const { email, recovery } = await enrolledHealthCenterUser();
    const a = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    expect(await completeSignIn(a.token, recovery[0].toLowerCase(), meta())).not.toBeNull();
    const b = (await authenticate({ email, password: PASSWORD }, meta())) as SecondStep;
    expect(await completeSignIn(b.token, recovery[0], meta())).toBeNull();
    expect(await completeSignIn(b.token, recovery[1], meta())).not.toBeNull();
  });

  it("secrets are encrypted at rest", async () => {
    const { actor, secret } = await enrolledHealthCenterUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(row.mfaSecret).toMatch(/^v1:/);
    expect(row.mfaSecret).not.toContain(secret);
    const codes = await db.mfaRecoveryCode.findMany({ where: { userId: actor.userId } });
    expect(codes.every((c) => /^[0-9a-f]{64}$/.test(c.codeHash))).toBe(true);
  });
});

describe("changing MFA needs a step-up", () => {
  it("disabling: refused without the password or a code, then allowed with it (optional roles only)", async () => {
    const { actor } = await userWithPassword("VIEWER");
    await beginOwnEnrolment(actor, { stepUp: PASSWORD });
    const secret = await secretOf(actor.userId);
    const enrolAt = new Date(Date.now() - 60_000);
    expect(await confirmOwnEnrolment(actor, { code: totp(secret, enrolAt) }, enrolAt)).toHaveLength(10);
    await expect(disableOwnMfa(actor, { stepUp: "" })).rejects.toBeInstanceOf(ValidationError);
    await expect(disableOwnMfa(actor, { stepUp: "wrong-password-1234" })).rejects.toBeInstanceOf(ValidationError);
    await expect(regenerateOwnRecoveryCodes(actor, { stepUp: "000000" === totp(secret) ? "111111" : "000000" })).rejects.toBeInstanceOf(ValidationError);
    expect(await regenerateOwnRecoveryCodes(actor, { stepUp: totp(secret) })).toHaveLength(10);
    await disableOwnMfa(actor, { stepUp: PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).mfaEnabledAt).toBeNull();
  });

  it("本庁・保健所 cannot disable MFA even with a step-up; re-enrolling needs one", async () => {
    const { actor } = await enrolledHealthCenterUser();
    await expect(disableOwnMfa(actor, { stepUp: PASSWORD })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(beginOwnEnrolment(actor, { stepUp: "not-my-password-at-all" })).rejects.toBeInstanceOf(ValidationError);
    await beginOwnEnrolment(actor, { stepUp: PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).mfaEnabledAt).not.toBeNull();
  });
});
