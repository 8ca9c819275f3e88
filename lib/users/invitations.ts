// Invitations: a 本庁管理者 invites someone by e-mail; the secret link (shown once to the
// administrator, redacted in the outbox, only its SHA-256 stored) lets them set a password once.
import "server-only";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, checkPasswordPolicy } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertMailAllowed } from "@/lib/mail/limits";
import { sendMail } from "@/lib/mail/mailer";
import { userMessages as m } from "./messages";
import { assertUserAdmin, isUuid } from "./policy";
import { AcceptInvitationSchema, InviteUserSchema, type AcceptInvitationInput, type InviteUserInput } from "./schema";
import { resolveScope } from "./scope";

export const INVITATION_TTL_MS = 72 * 3_600_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const fmt = (d: Date) => formatWarekiDateTime(d);

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

export async function inviteUser(actor: Actor, raw: InviteUserInput) {
  const admin = await assertUserAdmin(actor, "invitation.create");
  const input = parse(InviteUserSchema, raw);
  const token = randomBytes(32).toString("base64url");
  const acceptUrl = new URL(`/invitations/${token}`, env().PORTAL_BASE_URL).toString();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const { invitation, mail } = await db().$transaction(async (tx) => {
    if (await tx.user.count({ where: { email: input.email } })) throw new ValidationError(m.emailTaken, { email: [m.emailTaken] });
    const pending = await tx.invitation.count({
      where: { prefectureId: admin.prefectureId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    });
    if (pending) throw new ValidationError(m.invitationPending, { email: [m.invitationPending] });
    const scope = await resolveScope(tx, admin.prefectureId, input);
    // Throttled per recipient and per administrator; counted only if the invitation is made.
    await assertMailAllowed(tx, "invitation", input.email, { userId: admin.userId });
    const invitation = await tx.invitation.create({
      data: { prefectureId: admin.prefectureId, email: input.email, displayName: input.displayName, ...scope, tokenHash: hashToken(token), expiresAt, invitedById: admin.userId },
      select: { id: true, email: true, displayName: true, role: true, organisationId: true, healthCenterId: true, expiresAt: true },
    });
    const mail = await sendMail(tx, {
      prefectureId: admin.prefectureId,
      to: input.email,
      subject: m.mailSubject,
      body: m.mailBody(input.displayName, admin.displayName, acceptUrl, fmt(expiresAt)),
      secrets: [token, acceptUrl],
    });
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "invitation.create",
      entityType: "invitation",
      entityId: invitation.id,
      summary: `${input.displayName}（${input.email}）を${m.roles[input.role]}として招待しました`,
      data: { before: null, after: { ...invitation, expiresAt: invitation.expiresAt.toISOString() }, outboxMailId: mail.outboxId },
    });
    return { invitation, mail };
  });
  await mail.deliver();
  return { invitationId: invitation.id, acceptUrl, expiresAt: invitation.expiresAt };
}

/** The invitation a token opens, if it can still be accepted; null otherwise (one answer for all). */
async function findOpenInvitation(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const inv = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, prefectureId: true, email: true, displayName: true, role: true, organisationId: true, healthCenterId: true, expiresAt: true, acceptedAt: true, revokedAt: true, prefecture: { select: { name: true } } },
  });
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt.getTime() <= Date.now()) return null;
  return inv;
}

/** For the invitation page (public: the token is the authority). */
export async function getInvitationByToken(token: string) {
  const inv = await findOpenInvitation(token);
  return inv ? { email: inv.email, displayName: inv.displayName, role: inv.role, prefectureName: inv.prefecture.name, expiresAt: inv.expiresAt } : null;
}

export async function acceptInvitation(token: string, raw: Omit<AcceptInvitationInput, "token">) {
  const input = parse(AcceptInvitationSchema, { password: raw?.password, passwordConfirm: raw?.passwordConfirm, token });
  const inv = await findOpenInvitation(input.token);
  if (!inv) throw new NotFoundError(m.invitationUnusable);
  const weak = checkPasswordPolicy(input.password, { email: inv.email });
  if (weak) throw new ValidationError(weak, { password: [weak] });
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    // Claims the invitation; a second acceptance (or a revocation in between) finds nothing.
    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new NotFoundError(m.invitationUnusable);
    if (await tx.user.count({ where: { email: inv.email } })) throw new NotFoundError(m.invitationUnusable);
    const user = await tx.user.create({
      data: {
        email: inv.email,
        displayName: inv.displayName,
        passwordHash,
        passwordChangedAt: new Date(),
        memberships: { create: { prefectureId: inv.prefectureId, role: inv.role, organisationId: inv.organisationId, healthCenterId: inv.healthCenterId } },
      },
      select: { id: true, email: true, displayName: true },
    });
    await recordAudit(tx, { kind: "identified", userId: user.id, displayName: user.displayName }, {
      prefectureId: inv.prefectureId,
      action: "invitation.accept",
      entityType: "user",
      entityId: user.id,
      summary: `${user.displayName}（${user.email}）が招待を受諾し、利用者として登録されました`,
      data: { before: null, after: { ...user, role: inv.role, organisationId: inv.organisationId, healthCenterId: inv.healthCenterId }, invitationId: inv.id },
    });
    return { userId: user.id, email: user.email };
  });
}

export async function revokeInvitation(actor: Actor, invitationId: string) {
  const admin = await assertUserAdmin(actor, "invitation.revoke", String(invitationId));
  const inv = isUuid(invitationId)
    ? await db().invitation.findFirst({ where: { id: invitationId, prefectureId: admin.prefectureId }, select: { id: true, email: true, displayName: true } })
    : null;
  if (!inv) return refuseNotFound(admin, { action: "invitation.revoke", entityType: "invitation", entityId: String(invitationId) });
  return db().$transaction(async (tx) => {
    const revokedAt = new Date();
    const updated = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null, revokedAt: null }, data: { revokedAt } });
    if (updated.count !== 1) throw new ValidationError(m.invitationNotOpen);
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: inv.id,
      summary: `${inv.displayName}（${inv.email}）への招待を取り消しました`,
      data: { before: { revokedAt: null }, after: { revokedAt: revokedAt.toISOString() } },
    });
    return { invitationId: inv.id };
  });
}
