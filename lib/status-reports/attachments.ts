// Files of a status report (PDF), stored as attachment rows like a designation's (lib/attachments/pdf.ts).
// Only the lead 保健所 attaches, while the report is editable; whoever reads the report reads its files.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { checkedPdf, type UploadedFile } from "@/lib/attachments/pdf";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { loadReport, recordReportEvent } from "./access";
import { reportMessages as m, reportStatusLabels } from "./messages";
import { isEditable } from "./workflow";

export async function addReportAttachment(actor: Actor, reportId: number, file: UploadedFile): Promise<{ id: string }> {
  const { report } = await loadReport(actor, reportId, "write");
  if (!isEditable(report.status)) throw new ConflictError(m.notEditable(reportStatusLabels[report.status]));
  const data = checkedPdf(file, report.prefectureId, actorUserId(actor));
  return db().$transaction(async (tx) => {
    const a = await tx.attachment.create({ data: { ...data, statusReport: { create: { reportId: report.id } } }, select: { id: true } });
    await recordReportEvent(tx, actor, report.id, { kind: "attachment_added", version: report.version, data: { fileName: data.fileName, sizeBytes: data.sizeBytes } });
    await recordAudit(tx, actor, {
      prefectureId: report.prefectureId,
      action: "status_report.attach",
      entityType: "status_report",
      entityId: String(report.id),
      summary: `${report.region.name}の${formatFiscalYear(report.fiscalYear)}の状況報告に添付ファイル「${data.fileName}」を追加しました`,
    });
    return { id: a.id };
  });
}

export async function readReportAttachment(actor: Actor, reportId: number, attachmentId: string) {
  await loadReport(actor, reportId, "read");
  const link = /^[0-9a-f-]{36}$/i.test(attachmentId)
    ? await db().statusReportAttachment.findFirst({ where: { reportId, attachmentId }, select: { attachment: { select: { fileName: true, contentType: true, content: true, sizeBytes: true } } } })
    : null;
  if (!link) throw new NotFoundError(m.attachmentNotFound);
  return link.attachment;
}
