"use client";
// The municipalities of a 在宅医療圏 as a table: code, name, kind, population (2020 census, all and
// 65+) and the 保健所 with jurisdiction. A client component for the reason FacilityTable is one
// (ADR 0037): the rows reach the page as data, not as a serialized element tree.
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatPeople } from "@/lib/geography/messages";
import { regionDetailMessages as m } from "@/lib/regions/page-messages";
import type { RegionMember } from "@/lib/regions/queries";
import { HealthCenterNames } from "./health-center-names";

const columns: Column<RegionMember>[] = [
  { key: "code", header: m.columns.code, cell: (r) => r.code, nowrap: true },
  { key: "name", header: m.columns.name, cell: (r) => r.name, rowHeader: true, nowrap: true },
  { key: "kind", header: m.columns.kind, cell: (r) => m.kind(r.kind), nowrap: true },
  { key: "population", header: m.columns.population, cell: (r) => formatPeople(r.population2020), align: "end", nowrap: true },
  { key: "population65", header: m.columns.population65, cell: (r) => formatPeople(r.population65Plus2020), align: "end", nowrap: true },
  { key: "centers", header: m.columns.healthCenters, cell: (r) => <HealthCenterNames centers={r.healthCenters} empty={m.unregistered} /> },
];

export function RegionMemberTable({ caption, members, footnote }: { caption: string; members: RegionMember[]; footnote?: ReactNode }) {
  return <DataTable caption={caption} columns={columns} rows={members} rowKey={(r) => r.code} footnote={footnote} />;
}
