import { facilityImportCommitEndpoint } from "@/lib/api/endpoints";
import { signedInRoute } from "@/lib/api/signed-in-route";
import { commitFacilityImport } from "@/lib/facilities/imports";
import { revalidatePublicPages } from "@/lib/public-cache/cache";

export const POST = signedInRoute(facilityImportCommitEndpoint, async (actor, { params, body, ipAddress }) => {
  const result = await commitFacilityImport(actor, params.importId, { expectedVersion: body.expectedVersion, ipAddress });
  await revalidatePublicPages(); // the public pages count from the newest snapshot
  return result;
});
