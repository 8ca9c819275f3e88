// The facility reads of the region page as single SQL statements (ADR 0030): Prisma's nested reads
// and groupBy cost one statement each, and each statement costs Node CPU in Prisma's runtime and
// pg. Dates are passed as ISO strings cast to `date`, so no time zone can move them.
import { Prisma } from "@/lib/generated/prisma/client";
import { facilityListSql, type FacilityListRow } from "./list-sql";

export const FACILITY_SOURCE_KEY = "kouseikyoku-facility-list";

export interface SnapshotJson {
  id: number;
  /** ISO date. */
  asOf: string;
  title: string;
  fileName: string;
  /** A timestamp with its offset. */
  createdAt: string;
  /** The list's data source, when registered. */
  source: { title: string; publisher: string; attribution: string; url: string | null; licence: string | null } | null;
}

/** The snapshot in force on `asOf` (the latest 現在 date not after it), or the latest, as CTE `snap` (no row: none). */
const snapshotCte = (prefectureId: number, asOf: string | undefined) => Prisma.sql`
  snap AS (SELECT id, as_of, title, file_name, created_at FROM facility_snapshot
           WHERE prefecture_id = ${prefectureId} ${asOf ? Prisma.sql`AND as_of <= ${asOf}::date` : Prisma.empty}
           ORDER BY as_of DESC LIMIT 1)`;

/** The fields of SnapshotJson from `snap`, for json_build_object. */
const snapshotFields = Prisma.sql`
  'id', snap.id, 'asOf', snap.as_of, 'title', snap.title, 'fileName', snap.file_name, 'createdAt', snap.created_at,
  'source', (SELECT json_build_object('title', ds.title, 'publisher', ds.publisher, 'attribution', ds.attribution, 'url', ds.url, 'licence', ds.licence)
             FROM data_source ds WHERE ds.key = ${FACILITY_SOURCE_KEY})`;

/**
 * The region as CTE `r` with the day its members are taken on (`on`): `date`, or its last (first)
 * day when it has ended (not begun) by then. No row: no region of that code.
 */
const regionOnCte = (prefectureId: number, region: { code: string; date: string }) => Prisma.sql`
  r AS (SELECT id, code, name, GREATEST(CASE WHEN valid_to IS NOT NULL AND ${region.date}::date >= valid_to THEN valid_to - 1 ELSE ${region.date}::date END, valid_from) AS on
        FROM home_care_region WHERE prefecture_id = ${prefectureId} AND code = ${region.code})`;

/** The ids of the members of `r` on its day, as a one-column SELECT. */
const regionMemberIds = Prisma.sql`
  SELECT hm.municipality_id FROM home_care_region_member hm JOIN r ON hm.region_id = r.id
  WHERE hm.valid_from <= r.on AND (hm.valid_to IS NULL OR hm.valid_to > r.on)`;

/**
 * The snapshot (with its data source) and, for a region, the ids of its members on `date` — on its
 * last (first) day when it has ended (not begun) — null for an unknown code. No row: no snapshot.
 */
export function snapshotForListSql(prefectureId: number, asOf: string | undefined, region?: { code: string; date: string }): Prisma.Sql {
  if (!region) return Prisma.sql`WITH ${snapshotCte(prefectureId, asOf)} SELECT json_build_object(${snapshotFields}, 'regionMemberIds', NULL::json)::text AS json FROM snap`;
  return Prisma.sql`
    WITH ${snapshotCte(prefectureId, asOf)}, ${regionOnCte(prefectureId, region)}
    SELECT json_build_object(${snapshotFields}, 'regionMemberIds',
      (SELECT COALESCE((SELECT json_agg(m.municipality_id) FROM (${regionMemberIds}) m), '[]') FROM r))::text AS json
    FROM snap`;
}

/**
 * A region's whole facility list in one statement: the snapshot (SnapshotJson), whether the region
 * exists (`regionFound`) and the list's rows (`rows`, in the list's order) of its members on `date`
 * (as snapshotForListSql takes them); `regionDate` is the date each row's 在宅医療圏 is taken at.
 * With `prefectureTotals`, also the snapshot's entries counted per kind and support type (`totals`:
 * [kind, support type, count][]) and the prefecture's population (`population`), both as the
 * database keeps them (ADR 0040) — what the region's counts are shown beside (RegionFacilitiesJson).
 * No row: no snapshot.
 */
export function regionFacilityListSql(prefectureId: number, asOf: string | undefined, region: { code: string; date: string }, regionDate: Date, prefectureTotals = false): Prisma.Sql {
  // On `regionDate` — when it is its `on`: the region has neither ended nor not begun — every member is in it.
  const own = (column: "code" | "name") => Prisma.sql`(SELECT ${Prisma.raw(column)} FROM r WHERE r.on = ${regionDate}::date)`;
  const list = facilityListSql({ snapshotId: Prisma.sql`(SELECT id FROM snap)`, regionDate, municipalityIds: regionMemberIds, oneRegion: { code: own("code"), name: own("name") } });
  const totals = prefectureTotals
    ? Prisma.sql`, 'totals', COALESCE((SELECT json_agg(json_build_array(t.kind, t.support_type, t.facility_count))
                                    FROM facility_snapshot_total t WHERE t.snapshot_id = snap.id), '[]'),
      'population', ${prefecturePopulation(prefectureId)}`
    : Prisma.empty;
  return Prisma.sql`
    WITH ${snapshotCte(prefectureId, asOf)}, ${regionOnCte(prefectureId, region)}
    SELECT json_build_object(${snapshotFields}, 'regionFound', EXISTS (SELECT 1 FROM r),
      'rows', ${facilityListJson(list)}${totals})::text AS json
    FROM snap`;
}

export interface RegionFacilitiesJson extends SnapshotJson {
  regionFound: boolean;
  rows: FacilityListRowJson[];
  totals: [EntryGroup[1], number, number][];
  population: number | null;
}

/** The columns of the list (lib/facilities/list-sql.ts) in the order facilityListJson puts them in each row. */
export const FACILITY_LIST_COLUMNS = [
  "kind", "supportType", "supportSince", "institutionNumber", "name", "postalCode", "address", "phone", "municipalityCode", "municipalityName", "regionCode", "regionName",
] as const satisfies readonly (keyof FacilityListRow)[];

/** A row of the list as JSON: its columns' values in FACILITY_LIST_COLUMNS order; dates are ISO strings. */
export type FacilityListRowJson = [
  kind: FacilityListRow["kind"], supportType: number, supportSince: string | null, institutionNumber: string, name: string, postalCode: string | null,
  address: string | null, phone: string | null, municipalityCode: string, municipalityName: string, regionCode: string | null, regionName: string | null,
];

/** The prefecture's population: its municipalities' (wards, not designated cities), as the database keeps it (ADR 0040). */
const prefecturePopulation = (prefectureId: number) => Prisma.sql`(SELECT population_2020 FROM prefecture_population WHERE prefecture_id = ${prefectureId})`;

/** [municipality id, kind, support type, count]. */
export type EntryGroup = [number, "CLINIC" | "HOSPITAL", number, number];

export interface CountsJson extends SnapshotJson {
  groups: EntryGroup[];
  /** Units in display order; `members` are [municipality id, population] (homecare: the members on the date). */
  units: { code: string; name: string; population2020: number | null; members: [number, number | null][] }[];
  /** Population of the prefecture (wards and municipalities without wards). */
  population: number | null;
}

const UNITS = {
  homecare: (prefectureId: number, date: string) => Prisma.sql`
    SELECT json_agg(json_build_object('code', r.code, 'name', r.name, 'population2020', NULL, 'members', COALESCE((
             SELECT json_agg(json_build_array(m.id, m.population_2020))
             FROM home_care_region_member hm JOIN municipality m ON m.id = hm.municipality_id
             WHERE hm.region_id = r.id AND hm.valid_from <= ${date}::date AND (hm.valid_to IS NULL OR hm.valid_to > ${date}::date)), '[]')
           ) ORDER BY r.sort_order, r.code)
    FROM home_care_region r
    WHERE r.prefecture_id = ${prefectureId} AND r.valid_from <= ${date}::date AND (r.valid_to IS NULL OR r.valid_to > ${date}::date)`,
  secondary: (prefectureId: number) => Prisma.sql`
    SELECT json_agg(json_build_object('code', sr.code, 'name', sr.name, 'population2020', sr.population_2020, 'members', COALESCE((
             SELECT json_agg(json_build_array(m.id, m.population_2020)) FROM municipality m WHERE m.secondary_region_id = sr.id), '[]')
           ) ORDER BY sr.sort_order)
    FROM secondary_region sr WHERE sr.prefecture_id = ${prefectureId}`,
  municipality: (prefectureId: number) => Prisma.sql`
    SELECT json_agg(json_build_object('code', m.code, 'name', m.name, 'population2020', m.population_2020, 'members', json_build_array(json_build_array(m.id, m.population_2020)))
           ORDER BY m.code)
    FROM municipality m WHERE m.prefecture_id = ${prefectureId} AND m.kind <> 'DESIGNATED_CITY'`,
};

/**
 * The snapshot in force on `asOf` (or the latest) with its entry counts per municipality, the units
 * of `level` on `date` and the prefecture's population. No row: no snapshot.
 */
export function countsSql(level: keyof typeof UNITS, prefectureId: number, asOf: string | undefined, date: string): Prisma.Sql {
  const units = level === "homecare" ? UNITS.homecare(prefectureId, date) : UNITS[level](prefectureId);
  return Prisma.sql`
    WITH ${snapshotCte(prefectureId, asOf)}
    SELECT json_build_object(${snapshotFields},
      'groups', COALESCE((SELECT json_agg(json_build_array(g.municipality_id, g.kind, g.support_type, g.n))
                          FROM (SELECT municipality_id, kind, support_type, count(*) AS n FROM facility_snapshot_entry
                                WHERE snapshot_id = snap.id GROUP BY 1, 2, 3) g), '[]'),
      'units', COALESCE((${units}), '[]'),
      'population', ${prefecturePopulation(prefectureId)}
    )::text AS json
    FROM snap`;
}

export interface SeriesPointJson {
  asOf: string;
  defined: boolean;
  /** [kind, support type, count] of the entries in the region's members on the snapshot's date. */
  groups: [EntryGroup[1], number, number][];
}

/** Every snapshot of the prefecture, oldest first (SeriesPointJson[]), with the region's counts where it existed; no row for an unknown code. */
export function regionSeriesSql(prefectureId: number, code: string): Prisma.Sql {
  return Prisma.sql`
    WITH r AS (SELECT id, valid_from, valid_to FROM home_care_region WHERE prefecture_id = ${prefectureId} AND code = ${code})
    SELECT COALESCE((
      SELECT json_agg(json_build_object('asOf', s.as_of, 'defined', d.defined, 'groups', CASE WHEN d.defined THEN COALESCE((
               SELECT json_agg(json_build_array(c.kind, c.support_type, c.n))
               FROM (SELECT e.kind, e.support_type, count(*) AS n FROM facility_snapshot_entry e
                     WHERE e.snapshot_id = s.id AND EXISTS (
                       SELECT 1 FROM home_care_region_member hm WHERE hm.region_id = r.id AND hm.municipality_id = e.municipality_id
                         AND hm.valid_from <= s.as_of AND (hm.valid_to IS NULL OR hm.valid_to > s.as_of))
                     GROUP BY 1, 2) c), '[]') ELSE '[]' END) ORDER BY s.as_of)
      FROM facility_snapshot s CROSS JOIN LATERAL (SELECT r.valid_from <= s.as_of AND (r.valid_to IS NULL OR r.valid_to > s.as_of) AS defined) d
      WHERE s.prefecture_id = ${prefectureId}), '[]')::text AS json
    FROM r`;
}

/** The list's rows (lib/facilities/list-sql.ts) as one JSON array, in the list's order. */
export function facilityListJsonSql(list: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${facilityListJson(list)}::text AS json`;
}

/**
 * The list's rows as a JSON array of FacilityListRowJson — each row an array of its columns in
 * FACILITY_LIST_COLUMNS order, not an object: the names repeated on every row were more than half of
 * the text (a scalar subquery).
 */
const facilityListJson = (list: Prisma.Sql) => Prisma.sql`(SELECT COALESCE(json_agg(json_build_array(${Prisma.join(
  FACILITY_LIST_COLUMNS.map((c) => Prisma.raw(`l."${c}"`)),
)}) ORDER BY l."municipalityCode", l.name), '[]') FROM (${list}) l)`;
