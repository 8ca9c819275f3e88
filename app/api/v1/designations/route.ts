import { getRoute } from "@/lib/api/endpoint";
import { designationsEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { toDesignationItem } from "@/lib/designations/api-schema";
import { listPublishedDesignations } from "@/lib/designations/queries";

export const GET = getRoute(designationsEndpoint, async ({ query }) => ({
  data: (await listPublishedDesignations(publicActor, query)).map(toDesignationItem),
}));
