// 本庁 reads the budgets of a 年度 (signed-in session or API token); others are refused (403).
import { budgetsEndpoint } from "@/lib/api/endpoints";
import { signedInRoute } from "@/lib/api/signed-in-route";
import { listBudgetYears, listBudgets } from "@/lib/budgets/queries";

export const GET = signedInRoute(budgetsEndpoint, async (actor, { query }) => {
  const years = await listBudgetYears(actor);
  const fiscalYear = query.fiscalYear ?? years[0] ?? null;
  const rows = fiscalYear === null ? [] : await listBudgets(actor, fiscalYear);
  return { fiscalYear, data: rows.map(({ id: _id, ...row }) => row) };
});
