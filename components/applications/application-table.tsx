// The applications a page lists: title (linked), call, state and the figures in 円.
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { applicationStatusLabels } from "@/lib/applications/messages";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import type { ApplicationSummary } from "@/lib/applications/queries";

const yen = (n: number | null) => (n === null ? "—" : `${n.toLocaleString("ja-JP")}円`);

export function ApplicationTable({ rows, showOrganisation }: { rows: ApplicationSummary[]; showOrganisation?: boolean }) {
  return (
    <DataTable
      caption={m.caption(rows.length)}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { key: "title", header: m.columns.title, rowHeader: true, cell: (r) => <Link href={`/applications/${r.id}`} className="text-blue-1000 underline">{r.title}</Link> },
        ...(showOrganisation ? [{ key: "org", header: m.columns.organisation, cell: (r: ApplicationSummary) => r.organisationName }] : []),
        { key: "call", header: m.columns.call, cell: (r) => `${r.callTitle}（${r.menuName}）` },
        { key: "status", header: m.columns.status, cell: (r) => applicationStatusLabels[r.status], nowrap: true },
        { key: "requested", header: m.columns.requested, cell: (r) => yen(r.requestedYen), align: "end", nowrap: true },
        { key: "decided", header: m.columns.decided, cell: (r) => yen(r.decidedAmountYen), align: "end", nowrap: true },
        { key: "updated", header: m.columns.updated, cell: (r) => formatWarekiDateTime(r.updatedAt), nowrap: true },
      ]}
    />
  );
}
