// The CSV export of the dashboard's tables: the same figures the page reads, for the same actor.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { FileBody } from "@/lib/api/endpoint";
import { dashboardCsv } from "./csv";
import { getDashboard } from "./queries";
import type { DashboardCsvQuery } from "./schema";

export async function exportDashboardCsv(actor: Actor, query: DashboardCsvQuery): Promise<FileBody> {
  const dashboard = await getDashboard(actor, { fiscalYear: query.year ?? null });
  return dashboardCsv(dashboard, query.table);
}
