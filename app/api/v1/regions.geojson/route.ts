import { getRoute } from "@/lib/api/endpoint";
import { regionsGeoJsonEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { regionFeatures } from "@/lib/geography/features";

export const GET = getRoute(regionsGeoJsonEndpoint, async ({ query }) => regionFeatures(publicActor, query.level, { asOf: query.asOf ?? query.date }));
