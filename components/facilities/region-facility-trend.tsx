// A 在宅医療圏's counts across the imported lists: the chart, a text summary of it and, right
// beside it, the table of the same numbers (always present). Snapshots taken before the region
// existed are gaps, and say so.
import { DataTable, type Column } from "@/components/ui/data-table";
import { regionFacilityMessages as m } from "@/lib/facilities/page-messages";
import type { SeriesPoint } from "@/lib/facilities/queries";
import { formatIsoDateWareki, formatNumber } from "@/lib/geography/messages";
import { FacilityTrendChart } from "./facility-trend-chart";

const columns: Column<SeriesPoint>[] = [
  { key: "asOf", header: m.trendColumns.asOf, cell: (p) => m.asOf(p.asOf), rowHeader: true, nowrap: true },
  { key: "clinics", header: m.trendColumns.clinics, cell: (p) => (p.defined ? formatNumber(p.clinics.total) : m.undefinedPoint), align: "end", nowrap: true },
  { key: "clinicTypes", header: m.trendColumns.clinicTypes, cell: (p) => (p.defined ? m.typesBreakdown(p.clinics) : m.undefinedPoint), align: "end", nowrap: true },
  { key: "hospitals", header: m.trendColumns.hospitals, cell: (p) => (p.defined ? formatNumber(p.hospitals.total) : m.undefinedPoint), align: "end", nowrap: true },
  { key: "hospitalTypes", header: m.trendColumns.hospitalTypes, cell: (p) => (p.defined ? m.typesBreakdown(p.hospitals) : m.undefinedPoint), align: "end", nowrap: true },
];

export function RegionFacilityTrend({ regionName, series, source }: { regionName: string; series: SeriesPoint[]; source: string }) {
  const defined = series.filter((p) => p.defined);
  const last = defined[defined.length - 1];
  const points = series.map((p) => ({
    label: formatIsoDateWareki(p.asOf),
    clinics: p.defined ? p.clinics.total : null,
    hospitals: p.defined ? p.hospitals.total : null,
  }));
  return (
    <div className="space-y-4">
      <div className="max-w-[56em] space-y-3">
        {last ? (
          <p className="text-std-16N-170">
            {m.chartSummary(regionName, formatIsoDateWareki(series[0].asOf), formatIsoDateWareki(series[series.length - 1].asOf), last.clinics.total, last.hospitals.total)}
          </p>
        ) : null}
        <FacilityTrendChart points={points} lines={m.chartLines} />
        {series.length === 1 ? <p className="text-dns-16N-130 text-solid-gray-700">{m.singlePoint}</p> : null}
      </div>
      <DataTable
        caption={m.trendCaption(regionName)}
        columns={columns}
        rows={series}
        rowKey={(p) => p.asOf}
        footnote={
          <>
            <p>{source}</p>
            {series.some((p) => !p.defined) ? <p>{m.gapNote}</p> : null}
          </>
        }
      />
    </div>
  );
}
