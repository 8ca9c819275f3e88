// Input of the dashboard page and its CSV export: which table, which 年度.
import { z } from "@/lib/zod";

export const DASHBOARD_TABLES = ["roadmap", "budgets", "facilities", "reports", "overdue"] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

export const DashboardYearSchema = z.coerce.number({ message: "年度は西暦の4桁で指定してください" }).int({ message: "年度は西暦の4桁で指定してください" }).min(2000, { message: "年度は西暦の4桁で指定してください" }).max(2100, { message: "年度は西暦の4桁で指定してください" });

export const DashboardCsvQuerySchema = z.object({
  table: z.enum(DASHBOARD_TABLES, { error: "table は roadmap・budgets・facilities・reports・overdue のいずれかを指定してください" }).meta({ description: "どの表か" }),
  year: DashboardYearSchema.optional().meta({ description: "年度（西暦の開始年。予算の表に効く）。省略時は今年度" }),
});
export type DashboardCsvQuery = z.output<typeof DashboardCsvQuerySchema>;
