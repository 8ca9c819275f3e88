// Reading the outbox: 本庁管理者 only, their prefecture's mail only, and every reading is audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseAnonymous, refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";

export interface OutboxMailView {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
}

export async function listOutbox(actor: Actor, options: { take?: number } = {}): Promise<OutboxMailView[]> {
  const target = { action: "outbox.read", entityType: "outbox_mail" };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (actor.kind !== "user" || actor.role !== "PREFECTURE_ADMIN") return refuseNotFound(actor, target);
  return db().$transaction(async (tx) => {
    const rows = await tx.outboxMail.findMany({
      where: { prefectureId: actor.prefectureId },
      orderBy: { createdAt: "desc" },
      take: Math.min(options.take ?? 100, 500),
      select: { id: true, toAddress: true, subject: true, body: true, createdAt: true, sentAt: true, error: true },
    });
    await recordAudit(tx, actor, {
      prefectureId: actor.prefectureId,
      action: "outbox.read",
      entityType: "outbox_mail",
      entityId: null,
      summary: `${actor.displayName}が送信メール一覧を閲覧しました（${rows.length}件）`,
      data: { mailIds: rows.map((r) => r.id) },
    });
    return rows.map(({ toAddress, ...r }) => ({ ...r, to: toAddress }));
  });
}
