// The one check a PDF attachment passes before it is stored as an `attachment` row (ADR 0020):
// not empty, at most ATTACHMENT_MAX_BYTES, declared as PDF and starting with the PDF signature; a
// file name without path or control characters; and its SHA-256. Designations and status reports
// both store their files this way.
import "server-only";
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export const attachmentMessages = {
  type: "添付できるのは PDF ファイルだけです。",
  empty: "ファイルを選んでください。",
  tooLarge: (mib: number) => `ファイルが大きすぎます（${mib} MB まで）。`,
};

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
}

/** The row data of a checked PDF (without the owner's link); ValidationError on the `file` field otherwise. */
export function checkedPdf(file: UploadedFile, prefectureId: number, uploadedById: string | null) {
  const m = attachmentMessages;
  if (file.bytes.length === 0) throw new ValidationError(m.empty, { file: [m.empty] });
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new ValidationError(m.tooLarge(ATTACHMENT_MAX_BYTES / 1024 / 1024), { file: [m.tooLarge(ATTACHMENT_MAX_BYTES / 1024 / 1024)] });
  if (file.type !== "application/pdf" || !isPdf(file.bytes)) throw new ValidationError(m.type, { file: [m.type] });
  const fileName = file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "attachment.pdf";
  return {
    prefectureId,
    fileName,
    contentType: "application/pdf",
    sizeBytes: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    content: Buffer.from(file.bytes),
    uploadedById,
  };
}
