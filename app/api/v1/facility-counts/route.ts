import { facilityCountsCsv } from "@/lib/api/csv-tables";
import { getRoute } from "@/lib/api/endpoint";
import { facilityCountsEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { getFacilityCounts } from "@/lib/facilities/queries";

export const GET = getRoute(facilityCountsEndpoint, async ({ query }) => getFacilityCounts(publicActor, query), { csv: facilityCountsCsv });
