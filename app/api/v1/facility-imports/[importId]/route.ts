import { facilityImportEndpoint } from "@/lib/api/endpoints";
import { signedInRoute } from "@/lib/api/signed-in-route";
import { getFacilityImport } from "@/lib/facilities/imports";

export const GET = signedInRoute(facilityImportEndpoint, async (actor, { params }) => getFacilityImport(actor, params.importId));
