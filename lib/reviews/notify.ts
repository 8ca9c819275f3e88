// Notices inside a 決裁 (ADR 0032): when a 決裁 is started or a step approves, the approvers of the
// next step are told (an in-app notice to 本庁 and a mail to each person who may act on that step);
// when a step returns it, the person who started it is told. The applicant hears nothing until
// the last approval makes the decision take effect (the applications domain notifies them then).
import "server-only";
import { sendMail } from "@/lib/mail/mailer";
import type { QueuedNotice } from "@/lib/applications/notify";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewMessages as m } from "./messages";
import type { ApprovalStep } from "./schema";

type Tx = Prisma.TransactionClient;

interface ChainNotice {
  prefectureId: number;
  applicationId: string;
  /** 交付決定 or 確定. */
  purposeLabel: string;
  /** The application as 本庁 names it: organisation and title. */
  target: string;
}

async function deliverTo(tx: Tx, notice: ChainNotice, kind: string, title: string, comment: string, emails: string[]): Promise<QueuedNotice[]> {
  const href = `/admin/reviews/${notice.applicationId}`;
  await tx.notification.create({ data: { prefectureId: notice.prefectureId, recipientOrganisationId: null, kind, title, body: comment, href, applicationId: notice.applicationId } });
  const body = [title, comment ? `\nコメント：\n${comment}` : "", `\n${m.notifyFooter}`].join("\n");
  const queued: QueuedNotice[] = [];
  for (const to of new Set(emails)) queued.push(await sendMail(tx, { prefectureId: notice.prefectureId, to, subject: `【決裁】${title}`, body, secrets: [] }));
  return queued;
}

/** The next step's approvers: the named users, else everyone of 本庁 holding one of its roles. */
export async function notifyNextApprovers(tx: Tx, notice: ChainNotice, step: ApprovalStep, excludeUserIds: string[] = []): Promise<QueuedNotice[]> {
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      id: { notIn: excludeUserIds },
      ...(step.userIds.length > 0 ? { id: { in: step.userIds, notIn: excludeUserIds } } : {}),
      memberships: { some: { prefectureId: notice.prefectureId, role: { in: step.userIds.length > 0 ? ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"] : step.roles } } },
    },
    select: { email: true },
    take: 50,
  });
  const title = m.notifyYourStep(notice.purposeLabel, notice.target, step.label);
  return deliverTo(tx, notice, "approval_step", title, "", users.map((u) => u.email));
}

/** A returned 決裁: the person who started it reads why. */
export async function notifyRequester(tx: Tx, notice: ChainNotice, requestedById: string, stepLabel: string, comment: string): Promise<QueuedNotice[]> {
  const requester = await tx.user.findUnique({ where: { id: requestedById }, select: { email: true, disabledAt: true } });
  const title = m.notifyReturned(notice.purposeLabel, notice.target, stepLabel);
  return deliverTo(tx, notice, "approval_returned", title, comment, requester && !requester.disabledAt ? [requester.email] : []);
}
