// One 在宅医療圏 with everything its public page shows, as ONE SQL statement building nested JSON:
// Prisma's nested select issued one statement per relation (about 17), and each costs Node CPU in
// Prisma's runtime and pg (ADR 0030). The date it is shown on is clamped to the region's validity
// here too: an ended region as on its last day, one not yet started as on its first.
// Orders: members by code; leads, jurisdictions and lineage by id (the order they were recorded).
import { Prisma } from "@/lib/generated/prisma/client";

interface HealthCenterJson {
  name: string;
  isSample: boolean;
}

export interface RegionDetailJson {
  code: string;
  name: string;
  provisional: boolean;
  validFrom: string;
  validTo: string | null;
  shownOn: string;
  definitionSource: string | null;
  secondary: { code: string; name: string; tertiary: { code: string; name: string } } | null;
  members: {
    code: string;
    name: string;
    kind: "DESIGNATED_CITY" | "CITY" | "TOWN" | "VILLAGE" | "WARD";
    city: { code: string; name: string } | null;
    population2020: number | null;
    population65Plus2020: number | null;
    healthCenters: HealthCenterJson[];
  }[];
  leads: HealthCenterJson[];
  predecessors: { code: string; name: string; kind: string; effectiveOn: string }[];
  successors: { code: string; name: string; kind: string; effectiveOn: string }[];
}

/** 保健所 with jurisdiction on the date over member `mem`, then over its city (a ward's), in a JSON array: from `jur`, read once for all members. */
const jurisdictions = Prisma.sql`COALESCE(own.list, '[]'::jsonb) || COALESCE(city.list, '[]'::jsonb)`;

const lineage = (self: "predecessor_id" | "successor_id", other: "predecessor_id" | "successor_id") => Prisma.sql`
  COALESCE((SELECT json_agg(json_build_object('code', o.code, 'name', o.name, 'kind', s.kind, 'effectiveOn', s.effective_on) ORDER BY s.id)
   FROM home_care_region_succession s JOIN home_care_region o ON o.id = s.${Prisma.raw(other)}
   WHERE s.${Prisma.raw(self)} = r.id), '[]')`;

/** The region `code` of the prefecture shown on `asOf` (ISO date); no row when there is none. */
export function regionDetailSql(prefectureId: number, code: string, asOf: string): Prisma.Sql {
  return Prisma.sql`
    WITH r AS (
      SELECT hr.*, GREATEST(CASE WHEN hr.valid_to IS NOT NULL AND ${asOf}::date >= hr.valid_to THEN hr.valid_to - 1 ELSE ${asOf}::date END, hr.valid_from) AS shown_on
      FROM home_care_region hr WHERE hr.prefecture_id = ${prefectureId} AND hr.code = ${code}
    ),
    mem AS (
      SELECT m.id, m.code, m.name, m.kind, m.population_2020, m.population_65plus_2020, p.id AS parent_id, p.code AS parent_code, p.name AS parent_name
      FROM r JOIN home_care_region_member hm ON hm.region_id = r.id JOIN municipality m ON m.id = hm.municipality_id LEFT JOIN municipality p ON p.id = m.parent_id
      WHERE hm.valid_from <= r.shown_on AND (hm.valid_to IS NULL OR hm.valid_to > r.shown_on)
    ),
    jur AS (
      SELECT j.municipality_id, jsonb_agg(jsonb_build_object('name', h.name, 'isSample', h.is_sample) ORDER BY j.id) AS list
      FROM r CROSS JOIN health_center_jurisdiction j JOIN health_center h ON h.id = j.health_center_id
      WHERE j.municipality_id IN (SELECT id FROM mem UNION ALL SELECT parent_id FROM mem)
        AND j.valid_from <= r.shown_on AND (j.valid_to IS NULL OR j.valid_to > r.shown_on)
      GROUP BY j.municipality_id
    )
    SELECT json_build_object(
      'code', r.code, 'name', r.name, 'provisional', r.provisional, 'validFrom', r.valid_from, 'validTo', r.valid_to,
      'shownOn', r.shown_on, 'definitionSource', r.definition_source,
      'secondary', (SELECT json_build_object('code', sr.code, 'name', sr.name, 'tertiary', json_build_object('code', tr.code, 'name', tr.name))
                    FROM secondary_region sr JOIN tertiary_region tr ON tr.id = sr.tertiary_region_id WHERE sr.id = r.secondary_region_id),
      'members', COALESCE((
        SELECT json_agg(json_build_object(
                 'code', mem.code, 'name', mem.name, 'kind', mem.kind,
                 'city', CASE WHEN mem.parent_id IS NULL THEN NULL ELSE json_build_object('code', mem.parent_code, 'name', mem.parent_name) END,
                 'population2020', mem.population_2020, 'population65Plus2020', mem.population_65plus_2020,
                 'healthCenters', ${jurisdictions}
               ) ORDER BY mem.code)
        FROM mem LEFT JOIN jur own ON own.municipality_id = mem.id LEFT JOIN jur city ON city.municipality_id = mem.parent_id), '[]'),
      'leads', COALESCE((
        SELECT json_agg(json_build_object('name', h.name, 'isSample', h.is_sample) ORDER BY l.id)
        FROM home_care_region_lead l JOIN health_center h ON h.id = l.health_center_id
        WHERE l.region_id = r.id AND l.valid_from <= r.shown_on AND (l.valid_to IS NULL OR l.valid_to > r.shown_on)), '[]'),
      'predecessors', ${lineage("successor_id", "predecessor_id")},
      'successors', ${lineage("predecessor_id", "successor_id")}
    )::text AS json
    FROM r`;
}
