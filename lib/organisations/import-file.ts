// Reading an organisation list file into header and rows: CSV (UTF-8 with or without a BOM, or
// Shift_JIS) or xlsx (the first sheet). Row numbers are as the person sees them in Excel: the
// header is row 1.
import "server-only";
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/errors";
import { cellText } from "@/lib/facilities/official-list";
import { decodeCsvBytes, parseCsv } from "@/lib/http/csv-parse";
import { importMessages as m } from "./import-messages";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RawRows {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

/** Largest registry file accepted: 2 MiB holds tens of thousands of rows. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

const fail = (message: string): never => {
  throw new ValidationError(message, { file: [message] });
};

function isZip(bytes: Uint8Array) {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return fail(m.unreadable);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail(m.empty);
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const raw = row.values as unknown[];
    out[n - 1] = Array.isArray(raw) ? raw.slice(1).map(cellText) : [];
  });
  return Array.from(out, (r) => r ?? []);
}

export async function readImportFile(file: UploadedFile | null): Promise<RawRows> {
  if (!file || file.bytes.length === 0) return fail(m.noFile);
  if (file.bytes.length > MAX_IMPORT_BYTES) fail(m.tooLarge);
  const xlsx = /\.xlsx$/i.test(file.name);
  if (!xlsx && !/\.csv$/i.test(file.name)) fail(m.badFileName);
  if (xlsx !== isZip(file.bytes)) fail(m.badFileName);
  const records = xlsx ? await readXlsx(file.bytes) : parseCsv(decodeCsvBytes(file.bytes));
  const norm = (v: string | undefined) => (v ?? "").normalize("NFKC").trim();
  const header = (records[0] ?? []).map(norm);
  if (header.every((h) => h === "")) fail(m.empty);
  const rows = records
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => (c ?? "").trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""));
  if (rows.length === 0) fail(m.noRows);
  if (rows.length > MAX_IMPORT_ROWS) fail(m.tooManyRows(MAX_IMPORT_ROWS));
  return { header, rows };
}
