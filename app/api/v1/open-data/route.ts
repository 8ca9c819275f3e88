import { getRoute } from "@/lib/api/endpoint";
import { openDataCatalogueEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { listOpenDatasets } from "@/lib/open-data/queries";

export const GET = getRoute(openDataCatalogueEndpoint, async () => ({ data: await listOpenDatasets(publicActor) }));
