// Files of a designation (the 指定通知 PDF): stored in PostgreSQL as attachment rows (ADR 0020),
// PDF only (declared type and the file's own signature), at most ATTACHMENT_MAX_BYTES.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { checkedPdf, type UploadedFile } from "@/lib/attachments/pdf";
import { NotFoundError } from "@/lib/errors";
import { loadForAction, recordEvent, seesInternalOfLoaded } from "./access";
import { designationMessages as m } from "./messages";

export { ATTACHMENT_MAX_BYTES, type UploadedFile } from "@/lib/attachments/pdf";

export async function addDesignationAttachment(actor: Actor, designationId: number, file: UploadedFile): Promise<{ id: string }> {
  const d = await loadForAction(actor, designationId, "attach");
  const data = checkedPdf(file, d.prefectureId, actorUserId(actor));
  const { fileName } = data;
  return db().$transaction(async (tx) => {
    const a = await tx.attachment.create({
      data: { ...data, designation: { create: { designationId: d.id } } },
      select: { id: true },
    });
    await recordEvent(tx, actor, d.id, { kind: "attachment_added", data: { fileName, sizeBytes: file.bytes.length } });
    await recordAudit(tx, actor, {
      prefectureId: d.prefectureId,
      action: "designation.attach",
      entityType: "designation",
      entityId: String(d.id),
      summary: `${d.organisation.name}の指定に添付ファイル「${fileName}」を追加しました`,
    });
    return { id: a.id };
  });
}

/** The file, for those who see the designation's internal side. */
export async function readDesignationAttachment(actor: Actor, designationId: number, attachmentId: string) {
  await seesInternalOfLoaded(actor, designationId);
  const link = await db().designationAttachment.findFirst({
    where: { designationId, attachmentId },
    select: { attachment: { select: { fileName: true, contentType: true, content: true, sizeBytes: true } } },
  });
  if (!link) throw new NotFoundError(m.attachmentNotFound);
  return link.attachment;
}
