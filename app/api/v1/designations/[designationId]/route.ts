import { designationEndpoint } from "@/lib/api/endpoints";
import { signedInRoute } from "@/lib/api/signed-in-route";
import { toDesignationItem } from "@/lib/designations/api-schema";
import { getVisibleDesignation } from "@/lib/designations/queries";

export const GET = signedInRoute(designationEndpoint, async (actor, { params }) => ({
  data: toDesignationItem(await getVisibleDesignation(actor, params.designationId)),
}));
