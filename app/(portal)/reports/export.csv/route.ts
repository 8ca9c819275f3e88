// Every readable status report of a 年度 as CSV. The actor comes first; anonymous callers get 401,
// roles that do not read reports 404, in the one error shape.
import { fileResponse } from "@/lib/api/endpoint";
import { statusReportsCsvEndpoint } from "@/lib/api/endpoints";
import { getActor } from "@/lib/auth/current";
import { exportReportsCsv } from "@/lib/status-reports/export";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  return fileResponse(statusReportsCsvEndpoint, request, ({ query }) => exportReportsCsv(actor, query.year));
}
