// What the region page shows, read once per request (shared by generateMetadata and the page):
// from the public-page cache (ADR 0030), or — for the bench only — uncached or from a fixture.
import { cache } from "react";
import type { RegionFacilitiesData } from "@/components/facilities/region-facilities";
import { publicActor } from "@/lib/auth/actor";
import { getRegionDesignations, type RegionDesignations } from "@/lib/designations/region-queries";
import { NotFoundError } from "@/lib/errors";
import { regionFacilityMessages } from "@/lib/facilities/page-messages";
import { getFacilityCounts, getRegionFacilitySeries, searchFacilities } from "@/lib/facilities/queries";
import { todayInJapan } from "@/lib/dates/date-only";
import { benchRead, benchVariant } from "@/lib/public-cache/bench-mode";
import { cachedPublicRead } from "@/lib/public-cache/cache";
import { getHomeCareRegion, type HomeCareRegionDetail } from "@/lib/regions/queries";

export interface RegionPageData {
  region: HomeCareRegionDetail;
  /** The date the map and facility counts are taken at (undefined: today / the latest list). */
  mapAsOf: string | null;
  facilities: RegionFacilitiesData;
  designations: RegionDesignations;
}

/** The region's 在支診・在支病 from the list in force on `asOf` (default: the latest); a notice when none is. */
async function loadFacilities(code: string, asOf: string | undefined): Promise<RegionFacilitiesData> {
  try {
    const [counts, list, series] = await Promise.all([
      getFacilityCounts(publicActor, { level: "homecare", asOf }),
      searchFacilities(publicActor, { region: code, asOf }),
      getRegionFacilitySeries(publicActor, code),
    ]);
    return { ok: true, counts, region: counts.data.find((r) => r.code === code) ?? null, list, series };
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    return { ok: false, message: asOf ? regionFacilityMessages.noSnapshotOn(asOf) : regionFacilityMessages.noSnapshot };
  }
}

async function readRegionPage(code: string, asOf: string | null): Promise<RegionPageData | null> {
  let region: HomeCareRegionDetail;
  try {
    region = await getHomeCareRegion(publicActor, code, { asOf: asOf ?? undefined });
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
  // An ended (or future) region is counted as on the day it is shown for.
  const mapAsOf = asOf ?? (region.shownOn === todayInJapan() ? null : region.shownOn);
  const [facilities, designations] = await Promise.all([loadFacilities(region.code, mapAsOf ?? undefined), getRegionDesignations(publicActor, region.code)]);
  return { region, mapAsOf, facilities, designations };
}

const cachedRegionPage = cachedPublicRead("region-page", readRegionPage);

/** null for an unknown code. */
export const loadRegionPage = cache(async (code: string, asOf: string | undefined): Promise<RegionPageData | null> => {
  const variant = await benchVariant();
  if (variant === null) return cachedRegionPage(code, asOf ?? null);
  return benchRead(variant, `region-page:${code}:${asOf ?? ""}`, () => readRegionPage(code, asOf ?? null));
});
