import { facilityCountsCsv } from "@/lib/api/csv-tables";
import { getRoute } from "@/lib/api/endpoint";
import { facilityCountsEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { getFacilityCounts, type CountLevel } from "@/lib/facilities/queries";
import { cachedPublicRead } from "@/lib/public-cache/cache";

// Public data, read through the public-page cache (ADR 0030): facility-list commits expire it.
const cachedCounts = cachedPublicRead("facility-counts", (level: string, asOf: string | null) =>
  getFacilityCounts(publicActor, { level: level as CountLevel, asOf: asOf ?? undefined }),
);

export const GET = getRoute(facilityCountsEndpoint, async ({ query }) => cachedCounts(query.level, query.asOf ?? null), { csv: facilityCountsCsv });
