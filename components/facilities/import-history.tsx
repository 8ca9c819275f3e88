// The import page's two tables: the imports (newest first, each linking to its job page) and the
// committed snapshots. Dates and times in 和暦.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { FacilityImportSummary } from "@/lib/facilities/imports";
import { statusLabels } from "@/lib/facilities/messages";
import type { SnapshotRef } from "@/lib/facilities/queries";
import { importPageMessages as m } from "./import-messages";

const statusTone = { PARSING: "gray", PREVIEW: "orange", COMMITTED: "gray", FAILED: "orange", DISCARDED: "gray" } as const;

export function ImportStatusBadge({ status }: { status: keyof typeof statusLabels }) {
  return <Badge tone={statusTone[status]}>{statusLabels[status]}</Badge>;
}

export function ImportHistory({ imports }: { imports: FacilityImportSummary[] }) {
  if (imports.length === 0) return <p className="text-std-16N-170">{m.noHistory}</p>;
  return (
    <DataTable
      caption={m.historyCaption}
      rows={imports}
      rowKey={(i) => i.id}
      columns={[
        { key: "status", header: m.col.status, nowrap: true, cell: (i) => <ImportStatusBadge status={i.status} /> },
        {
          key: "file",
          header: m.col.fileName,
          rowHeader: true,
          cell: (i) => (
            <Link href={`/admin/facility-imports/${i.id}`} className="break-all text-blue-1000 underline">
              {i.fileName}
            </Link>
          ),
        },
        { key: "asOf", header: m.col.asOf, nowrap: true, cell: (i) => m.date(i.asOf) },
        { key: "createdAt", header: m.col.createdAt, nowrap: true, cell: (i) => <time dateTime={i.createdAt}>{m.dateTime(i.createdAt)}</time> },
        { key: "createdBy", header: m.col.createdBy, cell: (i) => i.createdBy ?? m.none },
        { key: "count", header: m.col.facilities, align: "end", nowrap: true, cell: (i) => m.count(i.facilityCount) },
      ]}
    />
  );
}

export function ImportSnapshots({ snapshots }: { snapshots: SnapshotRef[] }) {
  if (snapshots.length === 0) return <p className="text-std-16N-170">{m.noSnapshots}</p>;
  return (
    <DataTable
      caption={m.snapshotsCaption}
      rows={[...snapshots].reverse()}
      rowKey={(s) => String(s.id)}
      columns={[
        { key: "asOf", header: m.col.asOf, rowHeader: true, nowrap: true, cell: (s) => m.date(s.asOf) },
        { key: "file", header: m.col.fileName, cell: (s) => <span className="break-all">{s.fileName}</span> },
        { key: "importedAt", header: m.col.importedAt, nowrap: true, cell: (s) => <time dateTime={s.importedAt}>{m.dateTime(s.importedAt)}</time> },
      ]}
    />
  );
}
