// What the region page shows, read once per request (shared by generateMetadata and the page):
// from the public-page cache (ADR 0030), or — for the bench only — uncached or from a fixture.
import { cache } from "react";
import { benchRead, benchVariant } from "@/lib/public-cache/bench-mode";
import { cachedPublicRead } from "@/lib/public-cache/cache";
import { readRegionPage, type RegionPageData } from "@/lib/regions/page-read";

const cachedRegionPage = cachedPublicRead("region-page", readRegionPage);

/** null for an unknown code. */
export const loadRegionPage = cache(async (code: string, asOf: string | undefined): Promise<RegionPageData | null> => {
  const variant = await benchVariant();
  if (variant === null) return cachedRegionPage(code, asOf ?? null);
  return benchRead(variant, `region-page:${code}:${asOf ?? ""}`, () => readRegionPage(code, asOf ?? null));
});
