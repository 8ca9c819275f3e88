// The facility list of a snapshot (the region page's largest read) as one SQL statement: Prisma's
// nested reads of the same rows (entry → facility, municipality → its 在宅医療圏 on the date) cost
// three times as much (ADR 0030; npm run bench measures this statement through Prisma and pg).
// A municipality is in at most one 在宅医療圏 on a date (exclusion constraint), so the LEFT JOIN
// adds no rows; a list of one region's members on the date names that region for every row instead
// (`oneRegion`), which saves a lookup per row. Not server-only: the bench runs it too.
// searchFacilities runs it wrapped in json_agg (lib/facilities/page-sql.ts facilityListJsonSql),
// one text value for the whole list.
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
  /**
   * When every listed municipality is in one 在宅医療圏 on regionDate: its code and name, each as an
   * uncorrelated scalar subquery — NULL when not (then each row's region is looked up as without).
   */
  oneRegion?: { code: Prisma.Sql; name: Prisma.Sql };
}

export function facilityListSql(f: FacilityListFilter): Prisma.Sql {
  const regionOf = (column: "code" | "name") => Prisma.sql`(
    SELECT hr.${Prisma.raw(column)} FROM home_care_region_member hm JOIN home_care_region hr ON hr.id = hm.region_id
    WHERE hm.municipality_id = m.id AND hm.valid_from <= ${f.regionDate} AND (hm.valid_to IS NULL OR hm.valid_to > ${f.regionDate}))`;
  // With oneRegion, COALESCE looks a row's region up only when the one region is NULL.
  const [regionColumns, regionJoins] = f.oneRegion
    ? [Prisma.sql`COALESCE(${f.oneRegion.code}, ${regionOf("code")}) AS "regionCode", COALESCE(${f.oneRegion.name}, ${regionOf("name")}) AS "regionName"`, Prisma.empty]
    : [
        Prisma.sql`hr.code AS "regionCode", hr.name AS "regionName"`,
        Prisma.sql`LEFT JOIN home_care_region_member hm ON hm.municipality_id = m.id AND hm.valid_from <= ${f.regionDate} AND (hm.valid_to IS NULL OR hm.valid_to > ${f.regionDate})
    LEFT JOIN home_care_region hr ON hr.id = hm.region_id`,
      ];
  return Prisma.sql`
    SELECT e.kind::text AS kind, e.support_type AS "supportType", e.support_since AS "supportSince",
           f.institution_number AS "institutionNumber", f.name, f.postal_code AS "postalCode", f.address, f.phone,
           m.code AS "municipalityCode", m.name AS "municipalityName", ${regionColumns}
    FROM facility_snapshot_entry e
    JOIN facility f ON f.id = e.facility_id
    JOIN municipality m ON m.id = e.municipality_id
    ${regionJoins}
    WHERE e.snapshot_id = ${f.snapshotId}
      ${f.municipalityIds instanceof Prisma.Sql ? Prisma.sql`AND e.municipality_id IN (${f.municipalityIds})` : f.municipalityIds ? Prisma.sql`AND e.municipality_id = ANY(${f.municipalityIds}::int[])` : Prisma.empty}
      ${f.kind ? Prisma.sql`AND e.kind = ${f.kind}::facility_kind` : Prisma.empty}
      ${f.type ? Prisma.sql`AND e.support_type = ${f.type}` : Prisma.empty}
      ${f.q ? Prisma.sql`AND (strpos(f.name, ${f.q}) > 0 OR f.institution_number = ${f.q} OR strpos(coalesce(f.address, ''), ${f.q}) > 0)` : Prisma.empty}
    ORDER BY m.code, f.name`;
}
