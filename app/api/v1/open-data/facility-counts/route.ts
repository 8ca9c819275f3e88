import { getRoute } from "@/lib/api/endpoint";
import { openDataFacilityCountsEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataFacilityCountsEndpoint, async ({ query }) => getOpenDataset(publicActor, "facility-counts", query), { csv: openDataCsv("facility-counts") });
