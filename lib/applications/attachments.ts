// Files of an application (見積書, 図面, 領収書 …): PDF, xlsx, docx, PNG or JPEG, judged by their bytes
// (lib/attachments/content.ts), at most ATTACHMENT_MAX_BYTES, stored in PostgreSQL as attachment
// rows (ADR 0020). The applicant adds them while it may edit the plan or report; the file is served
// only to those who see the application (its organisation, 本庁) — anyone else gets 404.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { CONTENT_TYPES, safeFileName, sniffFileKind } from "@/lib/attachments/content";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadVisible, recordStep } from "./access";
import { applicationStatusLabels } from "./messages";
import { assertApplicant, refuseUnknownApplication, visibleApplications } from "./policy";
import type { ApplicationStatus } from "./workflow";

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const attachmentMessages = {
  empty: "ファイルを選んでください。",
  tooLarge: (mib: number) => `ファイルは${mib}MB以下にしてください。`,
  type: "添付できるのは PDF、Excel（xlsx）、Word（docx）、PNG、JPEG のファイルです。",
  notNow: (status: string) => `「${status}」の申請にはファイルを添付できません。`,
  notFound: "添付ファイルが見つかりません。",
};
const m = attachmentMessages;

/** Plans take files while editable; the 実績報告 takes receipts while decided. */
const PURPOSE_BY_STATUS: Partial<Record<ApplicationStatus, "plan" | "report">> = { DRAFT: "plan", RETURNED: "plan", DECIDED: "report" };

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export async function addApplicationAttachment(actor: Actor, applicationId: string, file: UploadedFile): Promise<{ id: string }> {
  await assertApplicant(actor, "subsidy_application.attach", applicationId);
  if (!UUID.test(applicationId)) return refuseUnknownApplication(actor, "subsidy_application.attach", applicationId);
  if (file.bytes.length === 0) throw new ValidationError(m.empty, { file: [m.empty] });
  const mib = ATTACHMENT_MAX_BYTES / 1024 / 1024;
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new ValidationError(m.tooLarge(mib), { file: [m.tooLarge(mib)] });
  const kind = sniffFileKind(file.bytes);
  if (!kind) throw new ValidationError(m.type, { file: [m.type] });
  const fileName = safeFileName(file.name, `attachment.${kind}`);
  return db().$transaction(async (tx) => {
    const app = await loadVisible(tx, actor, applicationId, "subsidy_application.attach");
    const purpose = PURPOSE_BY_STATUS[app.status as ApplicationStatus];
    if (!purpose) throw new ConflictError(m.notNow(applicationStatusLabels[app.status as ApplicationStatus]));
    const row = await tx.attachment.create({
      data: {
        prefectureId: app.prefectureId,
        fileName,
        contentType: CONTENT_TYPES[kind],
        sizeBytes: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: Buffer.from(file.bytes),
        uploadedById: actorUserId(actor),
        application: { create: { applicationId: app.id, purpose } },
      },
      select: { id: true },
    });
    await recordStep(tx, actor, app, { kind: "attachment_added", data: { fileName, sizeBytes: file.bytes.length, purpose }, summary: `補助金申請「${app.title}」に添付ファイル「${fileName}」を追加しました` });
    return { id: row.id };
  });
}

/** The file, for those who see the application; 404 otherwise (audited). */
export async function readApplicationAttachment(actor: Actor, applicationId: string, attachmentId: string) {
  if (!UUID.test(applicationId) || !UUID.test(attachmentId)) return refuseUnknownApplication(actor, "subsidy_application.attachment.read", applicationId);
  const app = await db().subsidyApplication.findFirst({ where: { AND: [{ id: applicationId }, visibleApplications(actor)] }, select: { id: true } });
  if (!app) return refuseUnknownApplication(actor, "subsidy_application.attachment.read", applicationId);
  const link = await db().applicationAttachment.findFirst({
    where: { applicationId, attachmentId },
    select: { attachment: { select: { fileName: true, contentType: true, content: true, sizeBytes: true } } },
  });
  if (!link) throw new NotFoundError(m.notFound);
  return link.attachment;
}
