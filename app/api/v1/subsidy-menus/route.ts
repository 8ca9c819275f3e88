import { getRoute } from "@/lib/api/endpoint";
import { subsidyMenusEndpoint } from "@/lib/api/endpoints";
import { publicActor } from "@/lib/auth/actor";
import { listSubsidyMenus } from "@/lib/subsidies/queries";

export const GET = getRoute(subsidyMenusEndpoint, async ({ query }) => {
  const menus = await listSubsidyMenus(publicActor, { fiscalYear: query.fiscalYear });
  return { ...menus, data: menus.data.map(({ ruleId: _ruleId, version: _version, ...menu }) => menu) };
});
