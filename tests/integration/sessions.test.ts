// Server-side sessions: what ends them, at once, for the very next request.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { endOwnSession, extendOwnSession } from "@/lib/auth/mutations";
import { createSession, validateSession } from "@/lib/auth/sessions";
import { changeMembership, disableUser } from "@/lib/users/mutations";
import { publicActor } from "@/lib/auth/actor";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const userIdOf = (a: Awaited<ReturnType<typeof createUserActor>>) => (a.kind === "user" ? a.userId : "");

describe("server-side sessions", () => {
  it("a new session is valid; logout ends it for the next request", async () => {
    const user = await createUserActor(db, { role: "VIEWER" });
    const sid = await createSession(userIdOf(user), { ipAddress: "127.0.0.1", userAgent: "test" });
    expect(await validateSession(sid)).not.toBeNull();
    await endOwnSession({ ...(user as Extract<typeof user, { kind: "user" }>), sessionId: sid });
    expect(await validateSession(sid)).toBeNull();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row.revokedReason).toBe("logout");
  });

  it("disabling the account refuses its open sessions", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const user = await createUserActor(db, { role: "VIEWER" });
    const sid = await createSession(userIdOf(user), {});
    await disableUser(admin, userIdOf(user));
    expect(await validateSession(sid)).toBeNull();
  });

  it("changing the role ends the sessions", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const user = await createUserActor(db, { role: "VIEWER" });
    const sid = await createSession(userIdOf(user), {});
    const { version } = await db.user.findUniqueOrThrow({ where: { id: userIdOf(user) } });
    await changeMembership(admin, { userId: userIdOf(user), role: "PREFECTURE_STAFF", expectedVersion: version });
    expect(await validateSession(sid)).toBeNull();
  });

  it("an idle session expires; an extended one does not; the absolute lifetime is never extended", async () => {
    const user = await createUserActor(db, { role: "VIEWER" });
    const idle = await createSession(userIdOf(user), {});
    await db.userSession.update({ where: { id: idle }, data: { idleExpiresAt: new Date(Date.now() - 1000) } });
    expect(await validateSession(idle)).toBeNull();

    const active = await createSession(userIdOf(user), {});
    const soon = new Date(Date.now() + 60_000);
    await db.userSession.update({ where: { id: active }, data: { idleExpiresAt: soon } });
    const extended = await extendOwnSession({ ...(user as Extract<typeof user, { kind: "user" }>), sessionId: active });
    expect(extended!.getTime()).toBeGreaterThan(soon.getTime());

    const old = await createSession(userIdOf(user), {});
    const end = new Date(Date.now() + 5 * 60_000);
    await db.userSession.update({ where: { id: old }, data: { expiresAt: end, idleExpiresAt: new Date(Date.now() + 60_000) } });
    const capped = await extendOwnSession({ ...(user as Extract<typeof user, { kind: "user" }>), sessionId: old });
    expect(capped!.getTime()).toBeLessThanOrEqual(end.getTime());
    await db.userSession.update({ where: { id: old }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await validateSession(old)).toBeNull();
  });

  it("changing one's password needs the current one, follows the policy and ends the other sessions", async () => {
    const user = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
    const id = userIdOf(user);
    // 保健所 accounts must have MFA enrolled for their sessions to work (ADR 0017).
    await db.user.update({ where: { id }, data: { passwordHash: await hashPassword("iwanai-hokenjo-old-2026"), mfaEnabledAt: new Date() } });
    const current = await createSession(id, {});
    const other = await createSession(id, {});
    const me = { ...(user as Extract<typeof user, { kind: "user" }>), sessionId: current };

    await expect(changeOwnPassword(me, { currentPassword: "wrong-password-0000", newPassword: "iwanai-hokenjo-new-2026", newPasswordConfirm: "iwanai-hokenjo-new-2026" })).rejects.toBeInstanceOf(ValidationError);
    await expect(changeOwnPassword(me, { currentPassword: "iwanai-hokenjo-old-2026", newPassword: "1qaz2wsx3edc", newPasswordConfirm: "1qaz2wsx3edc" })).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringContaining("よく使われている")] } });
    await expect(changeOwnPassword(publicActor, { currentPassword: "x", newPassword: "y", newPasswordConfirm: "y" })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await validateSession(other)).not.toBeNull();

    const { endedSessions } = await changeOwnPassword(me, { currentPassword: "iwanai-hokenjo-old-2026", newPassword: "iwanai-hokenjo-new-2026", newPasswordConfirm: "iwanai-hokenjo-new-2026" });
    expect(endedSessions).toBe(1);
    expect(await validateSession(other)).toBeNull();
    expect(await validateSession(current)).not.toBeNull();
    const email = (await db.user.findUniqueOrThrow({ where: { id } })).email;
    expect(await authenticate({ email, password: "iwanai-hokenjo-old-2026" }, { ipAddress: null, userAgent: null })).toBeNull();
    expect(await authenticate({ email, password: "iwanai-hokenjo-new-2026" }, { ipAddress: null, userAgent: null })).not.toBeNull();
  });
});
