// CSV files for Excel and for programs alike: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF
// line ends, RFC 4180 quoting, and text cells that would start a formula prefixed with an
// apostrophe. Plus the Content-Disposition of a download with a Japanese file name.

export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans are written as they are (a negative number is not a formula).
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(values: readonly CsvValue[]): string {
  return values.map(cell).join(",") + "\r\n";
}

/** The whole file: BOM, the header line, one line per row. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = CSV_BOM + line(header);
  for (const r of rows) out += line(r);
  return out;
}

/** The file for `rows` laid out as `columns`. */
export function csvOf<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return csvText(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
  );
}

/** RFC 5987 encoding: everything but attr-char percent-encoded (UTF-8). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="ascii.csv"`, plus `filename*=UTF-8''…` (RFC 6266) when the name people
 * should see differs from the ASCII one, e.g. a Japanese name.
 */
export function attachmentDisposition(fileName: string, displayName?: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, "_");
  const disposition = `attachment; filename="${ascii}"`;
  return displayName && displayName !== ascii ? `${disposition}; filename*=UTF-8''${rfc5987(displayName)}` : disposition;
}
