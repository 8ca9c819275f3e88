import { getRoute } from "@/lib/api/endpoint";
import { openDataMunicipalitiesEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataMunicipalitiesEndpoint, async ({ query }) => getOpenDataset(publicActor, "municipalities", query), { csv: openDataCsv("municipalities") });
