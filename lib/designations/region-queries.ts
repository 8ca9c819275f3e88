// A 在宅医療圏's designations (published ones only: the region page is public) and its planned 年度.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { publishedWhere } from "./policy";
import { summarySelect, toSummary, type DesignationSummary } from "./queries";

export interface RegionDesignations {
  plannedFiscalYear: number | null;
  designations: DesignationSummary[];
}

export async function getRegionDesignations(_actor: Actor, regionCode: string): Promise<RegionDesignations> {
  const prefecture = await requirePortalPrefecture();
  const region = await db().homeCareRegion.findUnique({
    where: { prefectureId_code: { prefectureId: prefecture.id, code: regionCode } },
    select: { id: true, plan: { select: { plannedFiscalYear: true } } },
  });
  if (!region) return { plannedFiscalYear: null, designations: [] };
  const rows = await db().designation.findMany({
    where: { prefectureId: prefecture.id, ...publishedWhere, regions: { some: { regionId: region.id, active: true } } },
    select: summarySelect,
    orderBy: [{ type: "asc" }, { designatedOn: "desc" }],
  });
  return { plannedFiscalYear: region.plan?.plannedFiscalYear ?? null, designations: rows.map((r) => toSummary(r, false)) };
}
