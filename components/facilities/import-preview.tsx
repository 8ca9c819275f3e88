// What a read list would change, before it is confirmed: counts by 在宅医療圏 (with a total row),
// the facilities new, withdrawn or changed type since the previous snapshot, and the ties.
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SectionHeading } from "@/components/ui/section-heading";
import type { TypeCounts } from "@/lib/facilities/counts";
import type { FacilityImportPreview, ImportedFacilityRef, RegionCount } from "@/lib/facilities/imports";
import { facilityMessages as fm } from "@/lib/facilities/page-messages";
import { importPageMessages as m } from "./import-messages";

const typeLabel = (type: number | null) => (type === null ? m.notSupport : fm.typeShort[type]);
const num = (n: number) => n.toLocaleString("ja-JP");

function countColumns(): Column<RegionCount>[] {
  const by = (group: "clinics" | "hospitals", key: keyof TypeCounts, header: string): Column<RegionCount> => ({
    key: `${group}-${key}`,
    header,
    align: "end",
    nowrap: true,
    cell: (r) => num(r[group][key]),
  });
  return [
    { key: "region", header: m.countsCol.region, rowHeader: true, nowrap: true, cell: (r) => r.name },
    by("clinics", "type1", m.countsCol.clinic(fm.typeShort[1])),
    by("clinics", "type2", m.countsCol.clinic(fm.typeShort[2])),
    by("clinics", "type3", m.countsCol.clinic(fm.typeShort[3])),
    by("clinics", "total", m.countsCol.clinicTotal),
    by("hospitals", "type1", m.countsCol.hospital(fm.typeShort[1])),
    by("hospitals", "type2", m.countsCol.hospital(fm.typeShort[2])),
    by("hospitals", "type3", m.countsCol.hospital(fm.typeShort[3])),
    by("hospitals", "total", m.countsCol.hospitalTotal),
  ];
}

export function ImportCounts({ preview, asOf }: { preview: FacilityImportPreview; asOf: string }) {
  const total: RegionCount = { code: "total", name: m.totalRow, ...preview.totals };
  return (
    <DataTable caption={m.countsCaption(asOf)} columns={countColumns()} rows={[...preview.byRegion, total]} rowKey={(r) => r.code} footnote={<p>{m.countsNote}</p>} />
  );
}

const facilityColumns = (change: (f: ImportedFacilityRef) => string): Column<ImportedFacilityRef>[] => [
  { key: "name", header: m.diffCol.name, rowHeader: true, cell: (f) => f.name },
  { key: "number", header: m.diffCol.number, nowrap: true, cell: (f) => f.institutionNumber },
  { key: "kind", header: m.diffCol.kind, nowrap: true, cell: (f) => fm.shortKinds[f.kind] },
  { key: "address", header: m.diffCol.address, cell: (f) => f.address ?? m.none },
  { key: "municipality", header: m.diffCol.municipality, nowrap: true, cell: (f) => f.municipality ?? m.none },
  { key: "change", header: m.diffCol.change, nowrap: true, cell: change },
];

const beforeAfter = (f: ImportedFacilityRef) => m.arrow(typeLabel(f.previousType), typeLabel(f.supportType));

function FacilityList({ id, heading, rows }: { id: string; heading: string; rows: ImportedFacilityRef[] }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h3 id={id} className="mb-3 text-std-20B-150 text-solid-gray-900">
        {heading}
      </h3>
      {rows.length === 0 ? (
        <p className="text-std-16N-170">{m.noChanges}</p>
      ) : (
        <DataTable caption={heading} columns={facilityColumns(beforeAfter)} rows={rows} rowKey={(f) => `${f.kind}:${f.institutionNumber}`} />
      )}
    </section>
  );
}

export function ImportChanges({ preview, previousAsOf }: { preview: FacilityImportPreview; previousAsOf: string | null }) {
  return (
    <section aria-labelledby="changes-heading" className="mb-12">
      <SectionHeading id="changes-heading">{m.changesHeading}</SectionHeading>
      {preview.previous === null || previousAsOf === null ? (
        <p className="text-std-16N-170">{m.previousNone}</p>
      ) : (
        <>
          <p className="mb-6 break-all text-std-16N-170">{m.previousOf(previousAsOf, preview.previous.fileName)}</p>
          <FacilityList id="withdrawn-heading" heading={m.withdrawnHeading(preview.withdrawn.length)} rows={preview.withdrawn} />
          <FacilityList id="changed-heading" heading={m.changedHeading(preview.changed.length)} rows={preview.changed} />
          <FacilityList id="added-heading" heading={m.addedHeading(preview.added.length)} rows={preview.added} />
        </>
      )}
    </section>
  );
}

export function ImportTies({ ties }: { ties: FacilityImportPreview["ties"] }) {
  if (ties.length === 0) return null;
  return (
    <section aria-labelledby="ties-heading" className="mb-12">
      <SectionHeading id="ties-heading" aside={<Badge tone="orange">{m.tieBadge}</Badge>}>
        {m.tiesHeading(ties.length)}
      </SectionHeading>
      <p className="mb-4 max-w-[48em] text-std-16N-170">{m.tiesLead}</p>
      <DataTable
        caption={m.tiesHeading(ties.length)}
        rows={ties}
        rowKey={(f) => `${f.kind}:${f.institutionNumber}`}
        columns={[
          { key: "name", header: m.diffCol.name, rowHeader: true, cell: (f) => f.name },
          { key: "number", header: m.diffCol.number, nowrap: true, cell: (f) => f.institutionNumber },
          { key: "municipality", header: m.diffCol.municipality, nowrap: true, cell: (f) => f.municipality ?? m.none },
          { key: "counted", header: m.tieCol.counted, nowrap: true, cell: (f) => `${fm.shortKinds[f.kind]} ${typeLabel(f.supportType)}` },
          { key: "note", header: m.tieCol.note, cell: (f) => f.note ?? m.none },
        ]}
      />
    </section>
  );
}
