import { facilitiesCsv } from "@/lib/api/csv-tables";
import { getRoute } from "@/lib/api/endpoint";
import { facilitiesEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { searchFacilities } from "@/lib/facilities/queries";

export const GET = getRoute(facilitiesEndpoint, async ({ query }) => searchFacilities(publicActor, query), { csv: facilitiesCsv });
