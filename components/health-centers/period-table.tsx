// Periods of jurisdiction or lead: what, from, to (和暦), demo rows marked サンプル.
import { addDays } from "@/lib/dates/date-only";
import { DataTable } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import { healthCenterPageMessages as m, wareki } from "@/lib/health-centers/page-messages";

interface Period {
  id: number;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  isSample: boolean;
}

export function PeriodTable({ caption, label, rows, empty }: { caption: string; label: string; rows: Period[]; empty: string }) {
  if (rows.length === 0) return <p className="text-std-16N-170">{empty}</p>;
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => String(r.id)}
      columns={[
        {
          key: "name",
          header: label,
          rowHeader: true,
          cell: (r) => (
            <>
              {r.name}（{r.code}）{r.isSample ? <> <SampleBadge /></> : null}
            </>
          ),
        },
        { key: "from", header: m.col.from, nowrap: true, cell: (r) => wareki(r.validFrom) },
        { key: "to", header: m.col.to, nowrap: true, cell: (r) => (r.validTo ? wareki(addDays(r.validTo, -1)) : m.openEnded) },
      ]}
    />
  );
}
