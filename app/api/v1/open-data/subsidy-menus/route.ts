import { getRoute } from "@/lib/api/endpoint";
import { openDataSubsidyMenusEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataSubsidyMenusEndpoint, async ({ query }) => getOpenDataset(publicActor, "subsidy-menus", query), { csv: openDataCsv("subsidy-menus") });
