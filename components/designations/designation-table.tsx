// The designations as a table: organisation (linking to the detail page when `linkTo` is given),
// type, regions, status, 指定日 and, for ended ones, when and why.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import { designationStatusLabels, designationTypeShortLabels } from "@/lib/designations/messages";
import { designationPageMessages as m, wareki } from "@/lib/designations/page-messages";
import type { DesignationSummary } from "@/lib/designations/queries";

export function StatusBadge({ status }: { status: DesignationSummary["status"] }) {
  const tone = status === "DESIGNATED" ? "purple" : status === "REVOKED" || status === "EXPIRED" || status === "WITHDRAWN" ? "gray" : "orange";
  return <Badge tone={tone}>{designationStatusLabels[status]}</Badge>;
}

export function DesignationTable({ caption, rows, linkTo, showProposer = false }: { caption: string; rows: DesignationSummary[]; linkTo?: (id: number) => string; showProposer?: boolean }) {
  const columns: Column<DesignationSummary>[] = [
    {
      key: "organisation",
      header: m.col.organisation,
      rowHeader: true,
      cell: (d) => (
        <span className="with-badges">
          {linkTo ? <Link href={linkTo(d.id)}>{d.organisation.name}</Link> : d.organisation.name}
          {d.isSample || d.organisation.isSample ? <SampleBadge /> : null}
        </span>
      ),
    },
    { key: "type", header: m.col.type, cell: (d) => designationTypeShortLabels[d.type], nowrap: true },
    { key: "regions", header: m.col.regions, cell: (d) => d.regions.map((r) => r.name).join("・") || "—" },
    { key: "status", header: m.col.status, cell: (d) => <StatusBadge status={d.status} />, nowrap: true },
    { key: "designatedOn", header: m.col.designatedOn, cell: (d) => wareki(d.designatedOn), nowrap: true },
    { key: "ended", header: m.col.ended, cell: (d) => (d.endedOn ? `${wareki(d.endedOn)}: ${d.endReason ?? ""}` : "—") },
    ...(showProposer ? [{ key: "proposedBy", header: m.col.proposedBy, cell: (d: DesignationSummary) => d.proposedBy ?? "—" }] : []),
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(d) => String(d.id)} />;
}
