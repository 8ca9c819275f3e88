// 監査ログのCSV: the filtered entries of the reader's prefecture, as a download. The actor comes
// first; anonymous callers get 401 and other roles 404, as JSON in the one error shape.
import { fileResponse } from "@/lib/api/endpoint";
import { auditExportEndpoint } from "@/lib/api/endpoints";
import { exportAuditEntries } from "@/lib/audit/queries";
import { getActor } from "@/lib/auth/current";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  return fileResponse(auditExportEndpoint, request, ({ query, ipAddress }) => exportAuditEntries(actor, query, { ipAddress }));
}
