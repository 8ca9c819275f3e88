import { facilityImportCommitEndpoint } from "@/lib/api/endpoints";
import { signedInRoute } from "@/lib/api/signed-in-route";
import { commitFacilityImport } from "@/lib/facilities/imports";

export const POST = signedInRoute(facilityImportCommitEndpoint, async (actor, { params, body, ipAddress }) =>
  commitFacilityImport(actor, params.importId, { expectedVersion: body.expectedVersion, ipAddress }),
);
