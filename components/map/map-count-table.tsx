// The figures the map is coloured by, as a table: every region of the level with its counts of
// 在支診・在支病 and per 100,000 people, and (when the map is coloured) the class it is drawn in.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CHOROPLETH_BORDER, NO_DATA_COLOUR, classOf, isRate, measureValue, type MapCountRow, type Measure, type MeasureClass } from "./map-measures";
import { mapMessages as m, type SwitchLevel } from "./messages";

const people = (n: number | null) => (n === null ? "—" : `${m.formatCount(n)}人`);

export function MapCountTable({
  level,
  rows,
  measure,
  classes,
  asOfLabel,
  source,
  linkAsOf,
}: {
  level: SwitchLevel;
  rows: MapCountRow[];
  measure: Measure;
  classes: MeasureClass[];
  /** 令和7年10月1日現在 */
  asOfLabel: string;
  source: string;
  /** Carried into the region links. */
  linkAsOf?: string;
}) {
  const levelName = m.levels[level];
  const columns: Column<MapCountRow>[] = [
    {
      key: "name",
      header: m.countColumns.name(levelName),
      rowHeader: true,
      nowrap: true,
      cell: (r) => (level === "homecare" ? <Link href={`/regions/${r.code}${linkAsOf ? `?asOf=${linkAsOf}` : ""}`}>{r.name}</Link> : r.name),
    },
    { key: "population", header: m.countColumns.population, cell: (r) => people(r.population2020), align: "end", nowrap: true },
    { key: "clinics", header: m.countColumns.clinics, cell: (r) => m.formatCount(r.clinics), align: "end", nowrap: true },
    { key: "hospitals", header: m.countColumns.hospitals, cell: (r) => m.formatCount(r.hospitals), align: "end", nowrap: true },
    { key: "clinicsPer100k", header: m.countColumns.clinicsPer100k, cell: (r) => m.formatRate(r.clinicsPer100k), align: "end", nowrap: true },
    { key: "hospitalsPer100k", header: m.countColumns.hospitalsPer100k, cell: (r) => m.formatRate(r.hospitalsPer100k), align: "end", nowrap: true },
  ];
  if (measure !== "none") {
    columns.push({
      key: "class",
      header: m.countColumns.colourClass(m.measures[measure]),
      nowrap: true,
      cell: (r) => {
        const c = classOf(measureValue(r, measure), classes);
        return (
          <span className="inline-flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 shrink-0 rounded-4 border"
              style={{ backgroundColor: c?.colour ?? NO_DATA_COLOUR, borderColor: CHOROPLETH_BORDER }}
            />
            {c ? m.legendClass(c, isRate(measure)) : m.noData}
          </span>
        );
      },
    });
  }
  return (
    <DataTable
      caption={m.countsCaption(levelName, asOfLabel, rows.length)}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      footnote={
        <>
          <p>{source}</p>
          <p>{m.countsFootnote(level)}</p>
        </>
      }
    />
  );
}
