// Files of a designation (the 指定通知 PDF): stored in PostgreSQL as attachment rows (ADR 0020),
// PDF only (declared type and the file's own signature), at most ATTACHMENT_MAX_BYTES.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { loadForAction, recordEvent, seesInternalOfLoaded } from "./access";
import { designationMessages as m } from "./messages";

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
}

export async function addDesignationAttachment(actor: Actor, designationId: number, file: UploadedFile): Promise<{ id: string }> {
  const d = await loadForAction(actor, designationId, "attach");
  if (file.bytes.length === 0) throw new ValidationError(m.attachmentEmpty, { file: [m.attachmentEmpty] });
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new ValidationError(m.attachmentTooLarge(ATTACHMENT_MAX_BYTES / 1024 / 1024), { file: [m.attachmentTooLarge(ATTACHMENT_MAX_BYTES / 1024 / 1024)] });
  if (file.type !== "application/pdf" || !isPdf(file.bytes)) throw new ValidationError(m.attachmentType, { file: [m.attachmentType] });
  const fileName = file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "attachment.pdf";
  return db().$transaction(async (tx) => {
    const a = await tx.attachment.create({
      data: {
        prefectureId: d.prefectureId,
        fileName,
        contentType: "application/pdf",
        sizeBytes: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: Buffer.from(file.bytes),
        uploadedById: actorUserId(actor),
        designation: { create: { designationId: d.id } },
      },
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
