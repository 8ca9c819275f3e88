import { municipalitiesCsv } from "@/lib/api/csv-tables";
import { getRoute } from "@/lib/api/endpoint";
import { municipalitiesEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { listMunicipalities } from "@/lib/geography/api";

export const GET = getRoute(
  municipalitiesEndpoint,
  async ({ query }) => ({
    data: await listMunicipalities(publicActor, { asOf: query.asOf, includeWards: query.includeWards === "true" }),
  }),
  { csv: municipalitiesCsv },
);
