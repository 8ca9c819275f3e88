// The public geography API's reads, shaped as the schemas in ./schema.ts declare.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listHomeCareRegions } from "@/lib/regions/queries";
import { listMunicipalities, listSecondaryRegions, listTertiaryRegions } from "./lists";
import { requirePortalPrefecture } from "./prefecture";
import type { RegionItem } from "./schema";

export async function listRegionItems(actor: Actor, level: RegionItem["level"], asOf?: string): Promise<RegionItem[]> {
  if (level === "tertiary") return (await listTertiaryRegions(actor)).map((r) => ({ level, ...r }));
  if (level === "secondary") return (await listSecondaryRegions(actor)).map((r) => ({ level, ...r }));
  const prefecture = await requirePortalPrefecture();
  const regions = await listHomeCareRegions(actor, { asOf });
  return regions.map((r) => ({
    level,
    code: r.code,
    name: r.name,
    provisional: r.provisional,
    validFrom: r.validFrom,
    validTo: r.validTo,
    memberCodes: r.memberCodes,
    population2020: r.population2020,
    leadHealthCenters: r.leads,
    parents: { prefecture: { code: prefecture.code, name: prefecture.name }, tertiary: r.tertiary, secondary: r.secondary },
  }));
}

export { listMunicipalities };
