// A dataset's JSON answer as CSV: the same rows, one line each, the columns' Japanese labels as
// the header (lib/http/csv.ts: UTF-8 with BOM, CRLF, RFC 4180, formula-looking text escaped).
import type { FileBody } from "@/lib/api/endpoint";
import { csvOf } from "@/lib/http/csv";
import { openDatasetOf } from "./catalogue";
import { csvCell, type CellValue } from "./columns";
import type { OpenDatasetMeta } from "./schema";
import type { OpenDatasetKey } from "./types";

export function openDataCsv(key: OpenDatasetKey) {
  return (response: { dataset: OpenDatasetMeta; data: Record<string, unknown>[] }): FileBody => {
    const dataset = openDatasetOf(key);
    const columns = dataset.columns.map((c) => ({ header: c.label, value: (row: Record<string, unknown>) => csvCell((row[c.key] ?? null) as CellValue) }));
    const suffix = Object.values(response.dataset.parameters).join("-");
    const stem = suffix ? `${key}-${suffix}` : key;
    return { body: csvOf(columns, response.data), fileName: `${stem}.csv`, displayName: `${dataset.title}${suffix ? `_${suffix}` : ""}.csv` };
  };
}
