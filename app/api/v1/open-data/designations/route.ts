import { getRoute } from "@/lib/api/endpoint";
import { openDataDesignationsEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataDesignationsEndpoint, async ({ query }) => getOpenDataset(publicActor, "designations", query), { csv: openDataCsv("designations") });
