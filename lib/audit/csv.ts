// The audit log as CSV for Excel, in the portal's one CSV format (lib/http/csv.ts: UTF-8 with a
// BOM, CRLF line ends, RFC 4180 quoting, formula-looking cells defused).
import { csvText } from "@/lib/http/csv";
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

const jst = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", dateStyle: "short", timeStyle: "medium" });

/** "2026-11-23 21:06:12" in Japan. */
export function formatJst(at: Date): string {
  return jst.format(at);
}

export function auditCsv(rows: readonly AuditCsvRow[]): string {
  return csvText(
    m.csvHeader,
    rows.map((r) => [
      r.occurredAt.toISOString(),
      formatJst(r.occurredAt),
      r.actorLabel,
      r.action,
      r.entityType,
      r.entityId ?? "",
      r.summary ?? "",
      r.ipAddress ?? "",
      r.data === null || r.data === undefined ? "" : JSON.stringify(r.data),
    ]),
  );
}
