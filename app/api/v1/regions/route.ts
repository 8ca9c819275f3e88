import { regionsCsv } from "@/lib/api/csv-tables";
import { getRoute } from "@/lib/api/endpoint";
import { regionsEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { listRegionItems } from "@/lib/geography/api";

export const GET = getRoute(
  regionsEndpoint,
  async ({ query }) => ({
    data: await listRegionItems(publicActor, query.level, query.asOf ?? query.date),
  }),
  { csv: regionsCsv },
);
