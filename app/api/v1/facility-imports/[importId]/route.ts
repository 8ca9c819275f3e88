import { respond } from "@/lib/api/endpoint";
import { facilityImportEndpoint } from "@/lib/api/endpoints";
import { getActor } from "@/lib/auth/current";
import { getFacilityImport } from "@/lib/facilities/imports";

export async function GET(request: Request, route: { params: Promise<{ importId: string }> }): Promise<Response> {
  const actor = await getActor();
  return respond(facilityImportEndpoint, request, ({ params }) => getFacilityImport(actor, params.importId), { route });
}
