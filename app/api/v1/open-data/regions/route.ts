import { getRoute } from "@/lib/api/endpoint";
import { openDataRegionsEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataRegionsEndpoint, async ({ query }) => getOpenDataset(publicActor, "regions", query), { csv: openDataCsv("regions") });
