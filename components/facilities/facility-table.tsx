"use client";
// 在宅療養支援診療所・病院 as a table: name, kind, support type, since when (和暦), address,
// phone, municipality and (optionally) the 在宅医療圏 with a link to its page.
// A client component (ADR 0037): its rows reach the page as data rather than as a serialized
// element tree, which made long lists the most expensive part of rendering the page; the HTML
// is the same.
import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { facilityMessages as fm, facilitySearchMessages as m } from "@/lib/facilities/page-messages";
import type { FacilityRow } from "@/lib/facilities/queries";

function Address({ row }: { row: FacilityRow }) {
  if (!row.address && !row.postalCode) return <>{m.unknown}</>;
  return (
    <>
      {row.postalCode ? <span className="line">{m.postal(row.postalCode)}</span> : null}
      {row.address}
    </>
  );
}

function columns(showRegion: boolean): Column<FacilityRow>[] {
  const list: Column<FacilityRow>[] = [
    { key: "name", header: m.columns.name, cell: (r) => r.name, rowHeader: true },
    { key: "kind", header: m.columns.kind, cell: (r) => <abbr title={fm.kinds[r.kind]}>{fm.shortKinds[r.kind]}</abbr>, nowrap: true },
    {
      key: "type",
      header: m.columns.type,
      cell: (r) => (
        <>
          <span className="line">{fm.typeShort[r.supportType]}</span>
          <span className="note">{fm.types[r.supportType]}</span>
        </>
      ),
    },
    { key: "since", header: m.columns.since, cell: (r) => m.since(r.supportSince), nowrap: true },
    { key: "address", header: m.columns.address, cell: (r) => <Address row={r} /> },
    { key: "phone", header: m.columns.phone, cell: (r) => r.phone ?? m.unknown, nowrap: true },
    { key: "municipality", header: m.columns.municipality, cell: (r) => r.municipality.name, nowrap: true },
  ];
  if (showRegion) {
    list.push({
      key: "region",
      header: m.columns.region,
      nowrap: true,
      cell: (r) => (r.homeCareRegion ? <Link href={`/regions/${r.homeCareRegion.code}`}>{r.homeCareRegion.name}</Link> : m.unknown),
    });
  }
  return list;
}

export function FacilityTable({ caption, rows, showRegion = false, footnote }: { caption: string; rows: FacilityRow[]; showRegion?: boolean; footnote?: ReactNode }) {
  return <DataTable caption={caption} columns={columns(showRegion)} rows={rows} rowKey={(r) => `${r.institutionNumber}-${r.kind}`} footnote={footnote} />;
}
