// The audit log as CSV for Excel: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF line ends,
// RFC 4180 quoting, and cells that would start a formula prefixed with an apostrophe.
import { auditMessages as m } from "./messages";

export interface AuditCsvRow {
  occurredAt: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string | null;
  ipAddress: string | null;
  data: unknown;
}

const BOM = "\uFEFF";

/** "2026-11-23 21:06:12" in Japan. */
export function formatJst(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", dateStyle: "short", timeStyle: "medium" }).format(at);
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(values: string[]): string {
  return values.map(cell).join(",") + "\r\n";
}

export function auditCsv(rows: readonly AuditCsvRow[]): string {
  let out = BOM + line(m.csvHeader);
  for (const r of rows) {
    out += line([
      r.occurredAt.toISOString(),
      formatJst(r.occurredAt),
      r.actorLabel,
      r.action,
      r.entityType,
      r.entityId ?? "",
      r.summary ?? "",
      r.ipAddress ?? "",
      r.data === null || r.data === undefined ? "" : JSON.stringify(r.data),
    ]);
  }
  return out;
}
