// What the public region page (/regions/[regionCode]) shows, read in one statement (ADR 0036,
// 0037, 0039): the region with its facility series and published designations, its facility list
// with the prefecture's totals (read again, in a second statement, for a region shown on a day
// other than the one asked for), and the region's counts made from that list. Each part is the read
// its own function makes (getHomeCareRegion, getRegionFacilitySeries, getRegionDesignations,
// searchFacilities with the totals of getFacilityCounts), combined by queryJsonRows; the answers
// are the same as those functions give.
import "server-only";
import { queryJsonRows } from "@/lib/db-json";
import { todayInJapan } from "@/lib/dates/date-only";
import { regionDesignationsRead, type RegionDesignations } from "@/lib/designations/region-queries";
import { NotFoundError } from "@/lib/errors";
import { regionFacilityMessages } from "@/lib/facilities/page-messages";
import { regionCountsOf, regionFacilitiesRead, regionFacilitySeriesRead, type CountItem, type FacilityCounts, type FacilityList, type SeriesPoint } from "@/lib/facilities/queries";
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

/** The facility list with the prefecture's totals beside which its counts are shown, from the list in force on `day` (null: the latest). */
const facilityRead = (prefectureId: number, code: string, day: string | null) => regionFacilitiesRead(prefectureId, code, day ?? undefined);

/** The page's reads for `asOf`, the facilities' for the same day (what readRegionPage runs first). */
export function regionPageReads(prefectureId: number, code: string, asOf: string | null) {
  return {
    region: homeCareRegionRead(prefectureId, code, asOf ?? undefined),
    series: regionFacilitySeriesRead(prefectureId, code),
    designations: regionDesignationsRead(prefectureId, code),
    facilities: facilityRead(prefectureId, code, asOf),
  };
}

/** The reads' statements in the order readRegionPage takes their answers. */
export function regionPageSqls(reads: ReturnType<typeof regionPageReads>) {
  return [reads.region.sql, reads.series.sql, reads.designations.sql, reads.facilities.sql];
}

/**
 * The page's data on `asOf` (null: today); null for an unknown code. Public data: no actor needed.
 * Usually one statement: the counts and the list are read for the day they will be shown on, which
 * is `asOf` (or the latest list) unless the region has ended or not yet started — only then, once
 * the region's own day is known, are they read again for that day.
 */
export async function readRegionPage(code: string, asOf: string | null): Promise<RegionPageData | null> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) return null;
  const first = regionPageReads(prefecture.id, code, asOf);
  const { region: regionRead, series: seriesRead, designations: designationsRead } = first;
  let facilities = first.facilities;
  const [regionJson, seriesJson, designationsJson, firstFacilities] = await queryJsonRows(regionPageSqls(first));
  let region: HomeCareRegionDetail;
  try {
    region = regionRead.read(regionJson);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
  // An ended (or future) region is counted as on the day it is shown for.
  const mapAsOf = asOf ?? (region.shownOn === todayInJapan() ? null : region.shownOn);
  let facilitiesJson = firstFacilities;
  if (mapAsOf !== asOf) {
    facilities = facilityRead(prefecture.id, code, mapAsOf);
    [facilitiesJson] = await queryJsonRows([facilities.sql]);
  }
  return { region, mapAsOf, facilities: facilitiesOf(), designations: designationsRead.read(designationsJson) };

  /** The 在支診・在支病 from the list in force on the day (default: the latest); a notice when none is. */
  function facilitiesOf(): RegionFacilitiesData {
    try {
      const read = facilities.read(facilitiesJson);
      // The counts are taken with the regions in force on the day; a region not in force then has none.
      const day = mapAsOf ?? todayInJapan();
      const inForce = region.validFrom <= day && (region.validTo === null || region.validTo > day);
      const counts = regionCountsOf(read, inForce ? region : null, day);
      return { ok: true, counts, region: counts.data[0] ?? null, list: read.list, series: seriesRead.read(seriesJson) };
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      return { ok: false, message: mapAsOf ? regionFacilityMessages.noSnapshotOn(mapAsOf) : regionFacilityMessages.noSnapshot };
    }
  }
}
