import { getRoute } from "@/lib/api/endpoint";
import { openDataFacilitiesEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataFacilitiesEndpoint, async ({ query }) => getOpenDataset(publicActor, "facilities", query), { csv: openDataCsv("facilities") });
