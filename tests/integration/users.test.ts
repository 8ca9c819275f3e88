// User administration: invitations (the secret link never stored), acceptance, disabling and role
// changes ending sessions, and who may do any of it (only 本庁管理者 of the same prefecture, never
// on themselves).
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createSession } from "@/lib/auth/sessions";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { listOutbox } from "@/lib/mail/queries";
import { REDACTED } from "@/lib/mail/mailer";
import { acceptInvitation, inviteUser, revokeInvitation } from "@/lib/users/invitations";
import { changeMembership, disableUser, enableUser, endUserSession } from "@/lib/users/mutations";
import { getUser, listUserSessions, listUsers } from "@/lib/users/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const PASSWORD = "hokkaido-zaitaku-tsubasa-2026";
let admin: Actor;
let organisationId: number;
let healthCenterId: number;

const idOf = (a: Actor) => (a.kind === "user" ? a.userId : "");
const tokenOf = (url: string) => url.split("/invitations/")[1];
let counter = 0;
const email = () => `invitee-${Date.now()}-${++counter}@example.jp`;

async function invite(role: "VIEWER" | "APPLICANT" = "VIEWER") {
  const address = email();
  const result = await inviteUser(admin, { email: address, displayName: "札幌 花子", role, organisationId: role === "APPLICANT" ? organisationId : undefined });
  return { ...result, email: address, token: tokenOf(result.acceptUrl) };
}

/** A user with two live sessions. */
async function userWithSessions(role: "VIEWER" | "PREFECTURE_STAFF" = "VIEWER") {
  const user = await createUserActor(db, { role });
  await createSession(idOf(user), { ipAddress: "192.0.2.1", userAgent: "test" });
  await createSession(idOf(user), { ipAddress: "192.0.2.2", userAgent: "test" });
  return user;
}

beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN", displayName: "本庁 管理者" });
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  organisationId = (await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MEDICAL_ASSOCIATION", name: "テスト医師会" } })).id;
  healthCenterId = (await db.healthCenter.findFirstOrThrow({ where: { prefectureId: prefecture.id } })).id;
});

describe("inviting and accepting", () => {
  it("queues the mail with the link redacted, shows the link once, and audits reading the outbox", async () => {
    const { invitationId, acceptUrl, token, email: address } = await invite("APPLICANT");
    expect(acceptUrl).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}$/);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);

    const mails = await listOutbox(admin);
    const mail = mails.find((m) => m.to === address)!;
    expect(mail.body).toContain(REDACTED);
    expect(mail.body).not.toContain("/invitations/");
    expect(mail.body).not.toContain(token);
    const raw = await db.outboxMail.findMany();
    expect(raw.some((r) => r.body.includes(token) || r.subject.includes(token))).toBe(false);
    expect(await db.auditEntry.count({ where: { action: "outbox.read", actorUserId: idOf(admin) } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "invitation.create", entityId: invitationId } })).toBe(1);
  });

  it("creates the user on acceptance, once; the admin then finds them", async () => {
    const { token, email: address } = await invite("APPLICANT");
    const { userId } = await acceptInvitation(token, { password: PASSWORD, passwordConfirm: PASSWORD });
    const user = await getUser(admin, userId);
    expect(user).toMatchObject({ email: address, role: "APPLICANT", organisationId, organisationName: "テスト医師会" });
    expect((await listUsers(admin)).some((u) => u.id === userId)).toBe(true);
    await expect(acceptInvitation(token, { password: PASSWORD, passwordConfirm: PASSWORD })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });

  it("refuses an expired, revoked or unknown token with the same message", async () => {
    const expired = await invite();
    await db.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invite();
    await revokeInvitation(admin, revoked.invitationId);
    const messages = [];
    for (const token of [expired.token, revoked.token, "A".repeat(43)]) {
      const err = await acceptInvitation(token, { password: PASSWORD, passwordConfirm: PASSWORD }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NotFoundError);
      messages.push((err as Error).message);
    }
    expect(new Set(messages).size).toBe(1);
    expect(await db.user.count({ where: { email: { in: [expired.email, revoked.email] } } })).toBe(0);
  });

  it("refuses a weak or common password, and a confirmation that differs, in Japanese", async () => {
    const { token, invitationId } = await invite();
    await expect(acceptInvitation(token, { password: "short", passwordConfirm: "short" })).rejects.toThrow(/12文字以上/);
    await expect(acceptInvitation(token, { password: "password1234", passwordConfirm: "password1234" })).rejects.toThrow(/よく使われているパスワード/);
    const mismatch = await acceptInvitation(token, { password: PASSWORD, passwordConfirm: `${PASSWORD}x` }).catch((e: unknown) => e);
    expect((mismatch as ValidationError).fieldErrors.passwordConfirm[0]).toContain("一致しません");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeNull();
  });

  it("ignores fields the input may not set (role, prefecture, e-mail)", async () => {
    const { token, email: address } = await invite("VIEWER");
    const sneaky = { password: PASSWORD, passwordConfirm: PASSWORD, role: "PREFECTURE_ADMIN", prefectureId: 999, email: "other@example.jp" };
    const { userId } = await acceptInvitation(token, sneaky as never);
    const membership = await db.membership.findFirstOrThrow({ where: { userId } });
    expect(membership.role).toBe("VIEWER");
    expect(membership.prefectureId).toBe(admin.kind === "user" ? admin.prefectureId : 0);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(address);
    const inv = await inviteUser(admin, { email: email(), displayName: "x", role: "VIEWER", prefectureId: 999 } as never);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: inv.invitationId } })).prefectureId).toBe(membership.prefectureId);
  });

  it("refuses an e-mail that already has an account and inconsistent scopes", async () => {
    const existing = await db.user.findUniqueOrThrow({ where: { id: idOf(admin) } });
    await expect(inviteUser(admin, { email: existing.email.toUpperCase(), displayName: "x", role: "VIEWER" })).rejects.toThrow(/既に登録されています/);
    await expect(inviteUser(admin, { email: email(), displayName: "x", role: "HEALTH_CENTER" })).rejects.toThrow(ValidationError);
    await expect(inviteUser(admin, { email: email(), displayName: "x", role: "PREFECTURE_STAFF", healthCenterId })).rejects.toThrow(ValidationError);
    await expect(inviteUser(admin, { email: email(), displayName: "x", role: "APPLICANT" })).rejects.toThrow(/所属団体を選んでください/);
  });
});

describe("changing users", () => {
  it("disabling ends every session at once; enabling does not bring them back", async () => {
    const user = await userWithSessions();
    await disableUser(admin, idOf(user));
    const sessions = await db.userSession.findMany({ where: { userId: idOf(user) } });
    expect(sessions).toHaveLength(2);
    for (const s of sessions) expect(s).toMatchObject({ revokedReason: "account_disabled", revokedAt: expect.any(Date) });
    await enableUser(admin, idOf(user));
    expect((await db.user.findUniqueOrThrow({ where: { id: idOf(user) } })).disabledAt).toBeNull();
    expect(await db.userSession.count({ where: { userId: idOf(user), revokedAt: null } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "user.disable", entityId: idOf(user) } });
    expect(audit.data).toMatchObject({ before: { disabledAt: null }, after: { disabledAt: expect.any(String) } });
  });

  it("changing the role ends the sessions, and a stale version is a conflict", async () => {
    const user = await userWithSessions();
    const { version } = await getUser(admin, idOf(user));
    await changeMembership(admin, { userId: idOf(user), role: "HEALTH_CENTER", healthCenterId, expectedVersion: version });
    expect(await db.membership.findFirstOrThrow({ where: { userId: idOf(user) } })).toMatchObject({ role: "HEALTH_CENTER", healthCenterId });
    const sessions = await db.userSession.findMany({ where: { userId: idOf(user) } });
    expect(sessions.every((s) => s.revokedReason === "role_changed")).toBe(true);
    await expect(changeMembership(admin, { userId: idOf(user), role: "VIEWER", expectedVersion: version })).rejects.toBeInstanceOf(ConflictError);
  });

  it("ends one session for the administrator", async () => {
    const user = await userWithSessions();
    const [first] = await listUserSessions(admin, idOf(user));
    await endUserSession(admin, first.id);
    const after = await listUserSessions(admin, idOf(user));
    expect(after.filter((s) => s.open)).toHaveLength(1);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: first.id } })).revokedReason).toBe("ended_by_admin");
  });

  it("an administrator cannot change or disable themselves (403)", async () => {
    const self = await getUser(admin, idOf(admin));
    await expect(changeMembership(admin, { userId: self.id, role: "PREFECTURE_ADMIN", expectedVersion: self.version })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(disableUser(admin, self.id)).rejects.toBeInstanceOf(ForbiddenError);
    const after = await db.user.findUniqueOrThrow({ where: { id: self.id } });
    expect(after).toMatchObject({ disabledAt: null, version: self.version });
  });
});

describe("who may administer users", () => {
  it("refuses every other role and anonymous callers, changing nothing", async () => {
    const target = await userWithSessions();
    const targetId = idOf(target);
    const before = await db.user.findUniqueOrThrow({ where: { id: targetId }, include: { memberships: true } });
    const invitationsBefore = await db.invitation.count();
    const outsiders: [Actor, typeof ForbiddenError | typeof UnauthenticatedError][] = [
      [await createUserActor(db, { role: "PREFECTURE_STAFF" }), ForbiddenError],
      [await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" }), ForbiddenError],
      [await createUserActor(db, { role: "APPLICANT", organisationId }), ForbiddenError],
      [await createUserActor(db, { role: "VIEWER" }), ForbiddenError],
      [publicActor, UnauthenticatedError],
    ];
    const [session] = await db.userSession.findMany({ where: { userId: targetId } });
    for (const [actor, expected] of outsiders) {
      await expect(listUsers(actor)).rejects.toBeInstanceOf(expected);
      await expect(getUser(actor, targetId)).rejects.toBeInstanceOf(expected);
      await expect(disableUser(actor, targetId)).rejects.toBeInstanceOf(expected);
      await expect(changeMembership(actor, { userId: targetId, role: "PREFECTURE_ADMIN", expectedVersion: before.version })).rejects.toBeInstanceOf(expected);
      await expect(endUserSession(actor, session.id)).rejects.toBeInstanceOf(expected);
      await expect(inviteUser(actor, { email: email(), displayName: "x", role: "PREFECTURE_ADMIN" })).rejects.toBeInstanceOf(expected);
      await expect(listOutbox(actor)).rejects.toBeInstanceOf(expected === ForbiddenError ? NotFoundError : UnauthenticatedError);
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: targetId }, include: { memberships: true } });
    expect(after).toEqual(before);
    expect(await db.invitation.count()).toBe(invitationsBefore);
    expect(await db.userSession.count({ where: { userId: targetId, revokedAt: null } })).toBe(2);
    expect(await db.auditEntry.count({ where: { action: "authz.denied" } })).toBeGreaterThanOrEqual(35);
  });

  it("an administrator of another prefecture does not see the user (404)", async () => {
    const aomori = await db.prefecture.upsert({ where: { code: "02" }, update: {}, create: { code: "02", name: "青森県" } });
    const aomoriUser = await createUserActor(db, { role: "VIEWER", prefectureCode: "02" });
    const aomoriAdmin = await createUserActor(db, { role: "PREFECTURE_ADMIN", prefectureCode: "02" });
    await expect(getUser(admin, idOf(aomoriUser))).rejects.toBeInstanceOf(NotFoundError);
    await expect(disableUser(admin, idOf(aomoriUser))).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMembership(admin, { userId: idOf(aomoriUser), role: "VIEWER", expectedVersion: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listUsers(admin)).some((u) => u.id === idOf(aomoriUser))).toBe(false);
    expect((await listUsers(aomoriAdmin)).map((u) => u.id).sort()).toEqual([idOf(aomoriUser), idOf(aomoriAdmin)].sort());
    expect((await listOutbox(aomoriAdmin)).length).toBe(0);
    // The Aomori administrator may not scope an invitation to a Hokkaido health centre.
    await expect(inviteUser(aomoriAdmin, { email: email(), displayName: "x", role: "HEALTH_CENTER", healthCenterId })).rejects.toThrow(/保健所が見つかりません/);
    expect((await db.user.findUniqueOrThrow({ where: { id: idOf(aomoriUser) } })).disabledAt).toBeNull();
    expect(aomori.name).toBe("青森県");
  });
});
