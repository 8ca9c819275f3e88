// A 在宅医療圏's designations (published ones only: the region page is public) and its planned 年度,
// in ONE SQL statement building nested JSON (Prisma's nested select took eight; ADR 0030).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { runJsonRead, type JsonRead } from "@/lib/db-json";
import { dateOnly } from "@/lib/dates/date-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { PUBLISHED_STATUSES } from "./policy";
import { toSummary, type DesignationSummary } from "./queries";

export interface RegionDesignations {
  plannedFiscalYear: number | null;
  designations: DesignationSummary[];
}

type Summary = Parameters<typeof toSummary>[0];
type DateKeys = "designatedOn" | "periodEndsOn" | "endedOn";
type SummaryJson = Omit<Summary, DateKeys | "regions"> & { [K in DateKeys]: string | null } & {
  regions: { validTo: string | null; region: Summary["regions"][number]["region"] }[];
};

const day = (value: string | null) => (value ? dateOnly(value) : null);

/** The published designations with the region among their active ones, 拠点 first, newest first (as publishedWhere). */
function regionDesignationsSql(prefectureId: number, regionCode: string): Prisma.Sql {
  return Prisma.sql`
    SELECT json_build_object('plannedFiscalYear', (SELECT planned_fiscal_year FROM roadmap_region_plan WHERE region_id = r.id),
      'designations', COALESCE((
        SELECT json_agg(json_build_object(
                 'id', d.id, 'type', d.type, 'status', d.status, 'designatedOn', d.designated_on, 'periodEndsOn', d.period_ends_on,
                 'endedOn', d.ended_on, 'endReason', d.end_reason, 'noticeNumber', d.notice_number, 'isSample', d.is_sample, 'version', d.version,
                 'organisation', (SELECT json_build_object('id', o.id, 'name', o.name, 'isSample', o.is_sample) FROM organisation o WHERE o.id = d.organisation_id),
                 'proposedBy', NULL,
                 'regions', (SELECT json_agg(json_build_object('validTo', dr.valid_to, 'region', json_build_object('code', hr.code, 'name', hr.name, 'sortOrder', hr.sort_order)) ORDER BY dr.id)
                             FROM designation_region dr JOIN home_care_region hr ON hr.id = dr.region_id WHERE dr.designation_id = d.id)
               ) ORDER BY d.type, d.designated_on DESC)
        FROM designation d
        WHERE d.prefecture_id = ${prefectureId} AND d.designated_on IS NOT NULL AND d.status::text = ANY(${PUBLISHED_STATUSES})
          AND EXISTS (SELECT 1 FROM designation_region dr WHERE dr.designation_id = d.id AND dr.region_id = r.id AND dr.active)), '[]'))::text AS json
    FROM home_care_region r WHERE r.prefecture_id = ${prefectureId} AND r.code = ${regionCode}`;
}

export async function getRegionDesignations(_actor: Actor, regionCode: string): Promise<RegionDesignations> {
  const prefecture = await requirePortalPrefecture();
  return runJsonRead(regionDesignationsRead(prefecture.id, regionCode));
}

/** getRegionDesignations as one read (for reads combined in one statement, lib/db-json.ts). */
export function regionDesignationsRead(prefectureId: number, regionCode: string): JsonRead<RegionDesignations> {
  return {
    sql: regionDesignationsSql(prefectureId, regionCode),
    read: (json) => {
      const region = json as { plannedFiscalYear: number | null; designations: SummaryJson[] } | undefined;
      if (!region) return { plannedFiscalYear: null, designations: [] };
      return {
        plannedFiscalYear: region.plannedFiscalYear,
        designations: region.designations.map((d) =>
          toSummary({ ...d, designatedOn: day(d.designatedOn), periodEndsOn: day(d.periodEndsOn), endedOn: day(d.endedOn), regions: d.regions.map((x) => ({ ...x, validTo: day(x.validTo) })) }, false),
        ),
      };
    },
  };
}
