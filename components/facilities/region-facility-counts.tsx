// A 在宅医療圏's 在宅療養支援診療所・病院 by support type, with per 100,000 people, beside the
// prefecture's figures.
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { TypeCounts } from "@/lib/facilities/counts";
import { facilityMessages as fm, formatPer100k, regionFacilityMessages as m } from "@/lib/facilities/page-messages";
import type { FacilitySource as Source } from "@/lib/facilities/queries";
import { formatNumber } from "@/lib/geography/messages";
import { FacilitySource } from "./facility-source";

/** A long header on two lines — before its parenthesis, or at its space ("北海道 合計") — so the table fits a 1280 px screen. */
function twoLines(text: string): ReactNode {
  const paren = text.indexOf("（");
  const at = paren > 0 ? paren : text.indexOf(" ");
  if (at <= 0) return text;
  return (
    <>
      <span className="line">{text.slice(0, at)}</span>
      <span className="line">{text.slice(at).trim()}</span>
    </>
  );
}

interface Side {
  clinics: TypeCounts;
  hospitals: TypeCounts;
  per100k: { clinics: number | null; hospitals: number | null };
}

interface Row {
  kind: "CLINIC" | "HOSPITAL";
  counts: TypeCounts;
  per100k: number | null;
  prefecture: TypeCounts;
  prefecturePer100k: number | null;
}

const columns: Column<Row>[] = [
  {
    key: "kind",
    header: m.countColumns.kind,
    rowHeader: true,
    cell: (r) => (
      <>
        <span className="line">{fm.kinds[r.kind]}</span>
        <span className="line">（{fm.shortKinds[r.kind]}）</span>
      </>
    ),
  },
  { key: "type1", header: twoLines(m.countColumns.type1), cell: (r) => formatNumber(r.counts.type1), align: "end", nowrap: true },
  { key: "type2", header: twoLines(m.countColumns.type2), cell: (r) => formatNumber(r.counts.type2), align: "end", nowrap: true },
  { key: "type3", header: m.countColumns.type3, cell: (r) => formatNumber(r.counts.type3), align: "end", nowrap: true },
  { key: "total", header: m.countColumns.total, cell: (r) => formatNumber(r.counts.total), align: "end", nowrap: true },
  { key: "per100k", header: m.countColumns.per100k, cell: (r) => formatPer100k(r.per100k), align: "end", nowrap: true },
  { key: "prefectureTotal", header: twoLines(m.countColumns.prefectureTotal), cell: (r) => formatNumber(r.prefecture.total), align: "end", nowrap: true },
  { key: "prefecturePer100k", header: twoLines(m.countColumns.prefecturePer100k), cell: (r) => formatPer100k(r.prefecturePer100k), align: "end", nowrap: true },
];

export function RegionFacilityCounts({ regionName, region, prefecture, source }: { regionName: string; region: Side; prefecture: Side; source: Source }) {
  const rows: Row[] = (["CLINIC", "HOSPITAL"] as const).map((kind) => {
    const key = kind === "CLINIC" ? "clinics" : "hospitals";
    return { kind, counts: region[key], per100k: region.per100k[key], prefecture: prefecture[key], prefecturePer100k: prefecture.per100k[key] };
  });
  return (
    <DataTable
      caption={m.countsCaption(regionName, m.asOf(source.asOf))}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.kind}
      footnote={
        <>
          <FacilitySource source={source} />
          <p>{m.countsFootnote}</p>
        </>
      }
    />
  );
}
