// The 年度's submission deadline (本庁 sets it) and reminders: for every current region whose
// report is missing or not yet submitted, a mail through the outbox to each active user of the
// lead 保健所. Each reminder is audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { dateOnly, isoDate, todayInJapan } from "@/lib/dates/date-only";
import { formatFiscalYear, formatWarekiDate } from "@/lib/dates/wareki";
import { ValidationError } from "@/lib/errors";
import { sendMail, type QueuedMail } from "@/lib/mail/mailer";
import { validOn } from "@/lib/validity";
import { reportMessages as m } from "./messages";
import { canReviewReport } from "./policy";
import { DeadlineSchema, type DeadlineInput } from "./schema";

async function requireReviewer(actor: Actor, prefectureId: number, action: string) {
  const target = { action, entityType: "status_report_deadline", prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!canReviewReport(actor, { prefectureId })) await refuseForbidden(actor, target, m.forbiddenReview);
}

export async function setReportDeadline(actor: Actor, prefectureId: number, raw: DeadlineInput): Promise<void> {
  await requireReviewer(actor, prefectureId, "status_report.deadline");
  const parsed = DeadlineSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const { fiscalYear, dueOn } = parsed.data;
  await db().$transaction(async (tx) => {
    await tx.statusReportDeadline.upsert({
      where: { prefectureId_fiscalYear: { prefectureId, fiscalYear } },
      create: { prefectureId, fiscalYear, dueOn: dateOnly(dueOn) },
      update: { dueOn: dateOnly(dueOn), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, { prefectureId, action: "status_report.deadline", entityType: "status_report_deadline", entityId: String(fiscalYear), summary: `${formatFiscalYear(fiscalYear)}の状況報告の提出期限を${formatWarekiDate(dateOnly(dueOn))}にしました` });
  });
}

/** Sends reminders for the 年度's missing reports; returns how many mails were queued. */
export async function sendReportReminders(actor: Actor, prefectureId: number, fiscalYear: number): Promise<{ sent: number }> {
  await requireReviewer(actor, prefectureId, "status_report.remind");
  const today = dateOnly(todayInJapan());
  const deadline = await db().statusReportDeadline.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear } } });
  const regions = await db().homeCareRegion.findMany({
    where: { prefectureId, ...validOn(today), NOT: { statusReports: { some: { fiscalYear, status: { in: ["SUBMITTED", "APPROVED"] } } } } },
    select: {
      id: true,
      name: true,
      leads: { where: validOn(today), select: { healthCenter: { select: { memberships: { where: { role: "HEALTH_CENTER", user: { disabledAt: null } }, select: { user: { select: { email: true } } } } } } } },
    },
  });
  const year = formatFiscalYear(fiscalYear);
  const due = deadline ? formatWarekiDate(deadline.dueOn) : "未設定";
  const queued = await db().$transaction(async (tx) => {
    const mails: QueuedMail[] = [];
    for (const r of regions) {
      const to = [...new Set(r.leads.flatMap((l) => l.healthCenter.memberships.map((mb) => mb.user.email)))];
      for (const address of to) mails.push(await sendMail(tx, { prefectureId, to: address, subject: m.reminderSubject(year), body: m.reminderBody(year, r.name, due), secrets: [] }));
    }
    await recordAudit(tx, actor, { prefectureId, action: "status_report.remind", entityType: "status_report_deadline", entityId: String(fiscalYear), summary: `${year}の未提出の状況報告について督促メールを${mails.length}件送信しました`, data: { regions: regions.map((r) => r.name), dueOn: deadline ? isoDate(deadline.dueOn) : null } });
    return mails;
  });
  for (const mail of queued) await mail.deliver();
  return { sent: queued.length };
}
