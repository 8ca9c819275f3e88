// The facility list of a snapshot (the region page's largest read) as one SQL statement: Prisma's
// nested reads of the same rows (entry → facility, municipality → its 在宅医療圏 on the date) cost
// three times as much (ADR 0030; npm run bench measures this statement through Prisma and pg).
// A municipality is in at most one 在宅医療圏 on a date (exclusion constraint), so the LEFT JOIN
// adds no rows. Not server-only: the bench runs it too. searchFacilities runs it wrapped in
// json_agg (lib/facilities/page-sql.ts facilityListJsonSql), one text value for the whole list.
import { Prisma } from "@/lib/generated/prisma/client";

export interface FacilityListRow {
  kind: "HOSPITAL" | "CLINIC";
  supportType: number;
  supportSince: Date | null;
  institutionNumber: string;
  name: string;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string | null;
  regionName: string | null;
}

export interface FacilityListFilter {
  /** The snapshot's id, or SQL that gives it (a scalar subquery). */
  snapshotId: number | Prisma.Sql;
  /** The date the municipalities' 在宅医療圏 are taken at. */
  regionDate: Date;
  /** The municipalities to list, or SQL selecting their ids (one column). */
  municipalityIds?: number[] | Prisma.Sql;
  kind?: "HOSPITAL" | "CLINIC";
  type?: number;
  /** Part of the name or address, or the 医療機関番号 (already normalised). */
  q?: string;
}

export function facilityListSql(f: FacilityListFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT e.kind::text AS kind, e.support_type AS "supportType", e.support_since AS "supportSince",
           f.institution_number AS "institutionNumber", f.name, f.postal_code AS "postalCode", f.address, f.phone,
           m.code AS "municipalityCode", m.name AS "municipalityName", r.code AS "regionCode", r.name AS "regionName"
    FROM facility_snapshot_entry e
    JOIN facility f ON f.id = e.facility_id
    JOIN municipality m ON m.id = e.municipality_id
    LEFT JOIN home_care_region_member hm ON hm.municipality_id = m.id AND hm.valid_from <= ${f.regionDate} AND (hm.valid_to IS NULL OR hm.valid_to > ${f.regionDate})
    LEFT JOIN home_care_region r ON r.id = hm.region_id
    WHERE e.snapshot_id = ${f.snapshotId}
      ${f.municipalityIds instanceof Prisma.Sql ? Prisma.sql`AND e.municipality_id IN (${f.municipalityIds})` : f.municipalityIds ? Prisma.sql`AND e.municipality_id = ANY(${f.municipalityIds}::int[])` : Prisma.empty}
      ${f.kind ? Prisma.sql`AND e.kind = ${f.kind}::facility_kind` : Prisma.empty}
      ${f.type ? Prisma.sql`AND e.support_type = ${f.type}` : Prisma.empty}
      ${f.q ? Prisma.sql`AND (strpos(f.name, ${f.q}) > 0 OR f.institution_number = ${f.q} OR strpos(coalesce(f.address, ''), ${f.q}) > 0)` : Prisma.empty}
    ORDER BY m.code, f.name`;
}
