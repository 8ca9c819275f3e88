// What the public region page (/regions/[regionCode]) shows, read in two statements (ADR 0036):
// the region with its facility series and published designations, then — once the region's day
// is known — the counts beside the prefecture's and its facility list. Each part is the read its
// own function makes (getHomeCareRegion, getRegionFacilitySeries, getRegionDesignations,
// getFacilityCounts, searchFacilities), combined by queryJsonRows; the answers are the same.
import "server-only";
import { queryJsonRows } from "@/lib/db-json";
import { todayInJapan } from "@/lib/dates/date-only";
import { regionDesignationsRead, type RegionDesignations } from "@/lib/designations/region-queries";
import { NotFoundError } from "@/lib/errors";
import { regionFacilityMessages } from "@/lib/facilities/page-messages";
import { facilityCountsRead, regionFacilityListRead, regionFacilitySeriesRead, type CountItem, type FacilityCounts, type FacilityList, type SeriesPoint } from "@/lib/facilities/queries";
import { findPortalPrefecture } from "@/lib/geography/prefecture";
import { homeCareRegionRead, type HomeCareRegionDetail } from "./queries";

export type RegionFacilitiesData =
  /** `counts` beside the prefecture's totals: its `data` holds this region alone. */
  | { ok: true; counts: FacilityCounts; region: CountItem | null; list: FacilityList; series: SeriesPoint[] }
  | { ok: false; message: string };

export interface RegionPageData {
  region: HomeCareRegionDetail;
  /** The date the map and facility counts are taken at (null: today / the latest list). */
  mapAsOf: string | null;
  facilities: RegionFacilitiesData;
  designations: RegionDesignations;
}

/** The page's data on `asOf` (null: today); null for an unknown code. Public data: no actor needed. */
export async function readRegionPage(code: string, asOf: string | null): Promise<RegionPageData | null> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) return null;
  const regionRead = homeCareRegionRead(prefecture.id, code, asOf ?? undefined);
  const seriesRead = regionFacilitySeriesRead(prefecture.id, code);
  const designationsRead = regionDesignationsRead(prefecture.id, code);
  const [regionJson, seriesJson, designationsJson] = await queryJsonRows([regionRead.sql, seriesRead.sql, designationsRead.sql]);
  let region: HomeCareRegionDetail;
  try {
    region = regionRead.read(regionJson);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
  // An ended (or future) region is counted as on the day it is shown for.
  const mapAsOf = asOf ?? (region.shownOn === todayInJapan() ? null : region.shownOn);
  const countsRead = facilityCountsRead(prefecture.id, { level: "homecare", asOf: mapAsOf ?? undefined, onlyRegion: region.code });
  const listRead = regionFacilityListRead(prefecture.id, region.code, mapAsOf ?? undefined);
  const [countsJson, listJson] = await queryJsonRows([countsRead.sql, listRead.sql]);
  return { region, mapAsOf, facilities: facilitiesOf(), designations: designationsRead.read(designationsJson) };

  /** The 在支診・在支病 from the list in force on the day (default: the latest); a notice when none is. */
  function facilitiesOf(): RegionFacilitiesData {
    try {
      const counts = countsRead.read(countsJson);
      return { ok: true, counts, region: counts.data.find((r) => r.code === region.code) ?? null, list: listRead.read(listJson), series: seriesRead.read(seriesJson) };
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      return { ok: false, message: mapAsOf ? regionFacilityMessages.noSnapshotOn(mapAsOf) : regionFacilityMessages.noSnapshot };
    }
  }
}
