import { respond } from "@/lib/api/endpoint";
import { facilityImportCommitEndpoint } from "@/lib/api/endpoints";
import { getActor } from "@/lib/auth/current";
import { commitFacilityImport } from "@/lib/facilities/imports";

export async function POST(request: Request, route: { params: Promise<{ importId: string }> }): Promise<Response> {
  const actor = await getActor();
  return respond(
    facilityImportCommitEndpoint,
    request,
    ({ params, body, ipAddress }) => commitFacilityImport(actor, params.importId, { expectedVersion: body.expectedVersion, ipAddress }),
    { route },
  );
}
