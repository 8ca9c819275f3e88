// 本庁管理者 resets another user's two-step authentication (a lost phone, no recovery codes): the
// secret and recovery codes go, the user's sessions end, the next sign-in asks for enrolment; other
// roles and one's own account are refused, and the reset is audited. Changing one's own password
// is throttled like step-up checks.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { encryptSecret, hashRecoveryCode } from "@/lib/auth/mfa/crypto";
import { generateTotpSecret } from "@/lib/auth/mfa/totp";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { createPrismaClient } from "@/lib/db-client";
import { ForbiddenError, NotFoundError, TooManyRequestsError, ValidationError } from "@/lib/errors";
import { resetUserMfa } from "@/lib/users/mutations";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);

async function enrolled(role: "HEALTH_CENTER" | "PREFECTURE_STAFF") {
  const actor = (await createUserActor(db, role === "HEALTH_CENTER" ? { role, healthCenterName: "岩内保健所" } : { role })) as UserActor;
  await db.user.update({
    where: { id: actor.userId },
    data: { mfaSecret: encryptSecret(generateTotpSecret(), actor.userId), mfaEnabledAt: new Date() },
  });
  await db.mfaRecoveryCode.create({ data: { userId: actor.userId, codeHash: hashRecoveryCode(`ABCDE-${randomUUID().slice(0, 5).toUpperCase()}`) } });
  return actor;
}

describe("resetting another user's MFA", () => {
  it("lets 本庁管理者 reset it: secret and codes gone, sessions ended, audited", async () => {
    const admin = (await createUserActor(db, { role: "PREFECTURE_ADMIN" })) as UserActor;
    const user = await enrolled("HEALTH_CENTER");
    const sid = await createSession(user.userId, {});
    const result = await resetUserMfa(admin, user.userId);
    expect(result.revokedSessions).toBe(1);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(after.mfaSecret).toBeNull();
    expect(after.mfaEnabledAt).toBeNull();
    expect(await db.mfaRecoveryCode.count({ where: { userId: user.userId } })).toBe(0);
    expect(await validateSession(sid)).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "user.mfa_reset", entityId: user.userId } });
    expect(audit.actorUserId).toBe(admin.userId);
    expect(JSON.stringify(audit.data)).not.toContain("mfaSecret");
    // Nothing left to reset.
    await expect(resetUserMfa(admin, user.userId)).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses 本庁担当, the administrator's own account and unknown users", async () => {
    const admin = (await createUserActor(db, { role: "PREFECTURE_ADMIN" })) as UserActor;
    const staff = await enrolled("PREFECTURE_STAFF");
    const user = await enrolled("HEALTH_CENTER");
    await expect(resetUserMfa(staff, user.userId)).rejects.toSatisfy((e) => e instanceof ForbiddenError || e instanceof NotFoundError);
    await expect(resetUserMfa(admin, admin.userId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetUserMfa(admin, "00000000-0000-4000-8000-00000000dead")).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).mfaEnabledAt).not.toBeNull();
  });
});

describe("changing one's own password", () => {
  it("is throttled after 10 attempts in 15 minutes, right password or not", async () => {
    const user = (await createUserActor(db, { role: "VIEWER" })) as UserActor;
    const wrong = { currentPassword: "not-the-password", newPassword: "x", newPasswordConfirm: "x" };
    for (let i = 0; i < 10; i++) await expect(changeOwnPassword(user, wrong)).rejects.toBeInstanceOf(ValidationError);
    await expect(changeOwnPassword(user, wrong)).rejects.toBeInstanceOf(TooManyRequestsError);
  });
});
