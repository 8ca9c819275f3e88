// Notices to the other side of an application: an in-app notification row (the organisation's
// users, or 本庁 when recipientOrganisationId is null) and a mail per recipient through the outbox.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendMail, type QueuedMail } from "@/lib/mail/mailer";
import { applicationMessages as m } from "./messages";
import type { Side } from "./workflow";

type Tx = Prisma.TransactionClient;
export type QueuedNotice = QueuedMail;

export async function notifySide(
  tx: Tx,
  app: { id: string; prefectureId: number; organisationId: number },
  side: Side,
  kind: string,
  title: string,
  comment: string | null,
): Promise<QueuedNotice[]> {
  const recipientOrganisationId = side === "applicant" ? app.organisationId : null;
  const href = `/applications/${app.id}`;
  await tx.notification.create({ data: { prefectureId: app.prefectureId, recipientOrganisationId, kind, title, body: comment ?? "", href, applicationId: app.id } });
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      memberships: {
        some:
          side === "applicant"
            ? { prefectureId: app.prefectureId, role: "APPLICANT", organisationId: app.organisationId }
            : { prefectureId: app.prefectureId, role: { in: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"] } },
      },
    },
    select: { email: true },
    take: 50,
  });
  const body = [title, comment ? `\nコメント：\n${comment}` : "", `\n${m.notify.mailFooter}`].join("\n");
  const queued: QueuedNotice[] = [];
  for (const u of users) queued.push(await sendMail(tx, { prefectureId: app.prefectureId, to: u.email, subject: `【補助金申請】${title}`, body, secrets: [] }));
  return queued;
}

/** Delivers queued mails after the transaction committed (never throws). */
export async function deliverAll(queued: QueuedNotice[]): Promise<void> {
  await Promise.all(queued.map((q) => q.deliver()));
}
