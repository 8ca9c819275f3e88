import { getRoute } from "@/lib/api/endpoint";
import { openDataBudgetExecutionEndpoint } from "@/lib/api/open-data-endpoints";
import { publicActor } from "@/lib/auth/actor";
import { openDataCsv } from "@/lib/open-data/csv";
import { getOpenDataset } from "@/lib/open-data/queries";

export const GET = getRoute(openDataBudgetExecutionEndpoint, async ({ query }) => getOpenDataset(publicActor, "budget-execution", query), { csv: openDataCsv("budget-execution") });
