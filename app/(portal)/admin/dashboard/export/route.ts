// ダッシュボードの表のCSV: one table of the dashboard (本庁 only). The actor comes first.
import { fileResponse } from "@/lib/api/endpoint";
import { dashboardExportEndpoint } from "@/lib/api/endpoints";
import { getActor } from "@/lib/auth/current";
import { exportDashboardCsv } from "@/lib/dashboard/export";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  return fileResponse(dashboardExportEndpoint, request, ({ query }) => exportDashboardCsv(actor, query));
}
