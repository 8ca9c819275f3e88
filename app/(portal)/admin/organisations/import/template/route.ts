// The organisation list template (CSV) for 本庁. The actor comes first; anonymous callers get 401
// and other roles 403, as JSON in the one error shape.
import { fileResponse } from "@/lib/api/endpoint";
import { organisationImportTemplateEndpoint } from "@/lib/api/endpoints";
import { getActor } from "@/lib/auth/current";
import { organisationImportTemplate } from "@/lib/organisations/import";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  return fileResponse(organisationImportTemplateEndpoint, request, () => organisationImportTemplate(actor));
}
