// What a stored file is, judged by its own bytes (magic numbers) and not by the name or the type
// the browser declared: PDF, PNG, JPEG, and the Office Open XML formats (xlsx, docx — zip files
// whose [Content_Types].xml names the main part). Pure; shared by every feature that stores files
// in the attachment table (ADR 0020, ADR 0024).

export type FileKind = "pdf" | "png" | "jpeg" | "xlsx" | "docx";

export const CONTENT_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const starts = (bytes: Uint8Array, sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
const latin1 = (bytes: Uint8Array, max = 64 * 1024) => Buffer.from(bytes.subarray(0, Math.min(bytes.length, max))).toString("latin1");

/** The kind the bytes are, or null for anything else (including zip files that are not xlsx/docx). */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Local file headers name their entries in clear text; the main part tells the format.
    const head = latin1(bytes, bytes.length);
    if (head.includes("xl/workbook.xml") || head.includes("spreadsheetml")) return "xlsx";
    if (head.includes("word/document.xml") || head.includes("wordprocessingml")) return "docx";
  }
  return null;
}

/** A file name safe to store and to send back (no paths, no control characters). */
export function safeFileName(name: string, fallback: string): string {
  return name.replace(/[\\/\u0000-\u001f]/g, "_").trim().slice(0, 200) || fallback;
}
