// Checking credentials. Unknown e-mail and wrong password answer the same, in the same time;
// every attempt is audited (never the password).
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
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

export async function authenticate(raw: unknown, meta: { ipAddress: string | null; userAgent: string | null }): Promise<AuthenticatedUser | null> {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, passwordHash: true, disabledAt: true, memberships: { select: { prefectureId: true }, take: 1 } },
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
