import { getRoute } from "@/lib/api/endpoint";
import { openDataRoadmapEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataRoadmapEndpoint, async ({ query }) => getOpenDataset(publicActor, "roadmap", query), { csv: openDataCsv("roadmap") });
