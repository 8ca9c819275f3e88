// The regions dataset's rows: each 在宅医療圏, 二次医療圏 or 三次医療圏 with its members (市町村 or
// wards; for 三次医療圏 the 二次医療圏) on a date, from the geography module's public lists.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listRegionItems } from "@/lib/geography/api";
import { listMunicipalities, listSecondaryRegions, listTertiaryRegions } from "@/lib/geography/lists";
import type { Row } from "./columns";

const LEVEL_NAMES = { homecare: "在宅医療圏", secondary: "二次医療圏", tertiary: "三次医療圏" } as const;

const sumOrNull = (values: (number | null)[]) => (values.length === 0 || values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0));

const empty = { provisional: null, validFrom: null, validTo: null };

export async function regionRows(actor: Actor, level: keyof typeof LEVEL_NAMES, asOf: string): Promise<Row[]> {
  const levelName = LEVEL_NAMES[level];
  if (level === "homecare") {
    const [regions, places] = await Promise.all([listRegionItems(actor, "homecare", asOf), listMunicipalities(actor, { asOf, includeWards: true })]);
    const nameOf = new Map(places.map((p) => [p.code, p.name]));
    return regions.flatMap((r) =>
      r.level !== "homecare"
        ? []
        : [
            {
              level: levelName,
              code: r.code,
              name: r.name,
              provisional: r.provisional,
              validFrom: r.validFrom,
              validTo: r.validTo,
              tertiaryCode: r.parents.tertiary?.code ?? null,
              tertiaryName: r.parents.tertiary?.name ?? null,
              secondaryCode: r.parents.secondary?.code ?? null,
              secondaryName: r.parents.secondary?.name ?? null,
              memberCodes: r.memberCodes,
              memberNames: r.memberCodes.map((c) => nameOf.get(c) ?? c),
              population2020: r.population2020,
              asOf,
            },
          ],
    );
  }
  const secondaries = await listSecondaryRegions(actor);
  if (level === "secondary") {
    const municipalities = await listMunicipalities(actor, { asOf });
    return secondaries.map((s) => {
      const members = municipalities.filter((mu) => mu.parents.secondary?.code === s.code);
      return {
        level: levelName,
        code: s.code,
        name: s.name,
        ...empty,
        tertiaryCode: s.parents.tertiary.code,
        tertiaryName: s.parents.tertiary.name,
        secondaryCode: null,
        secondaryName: null,
        memberCodes: members.map((mu) => mu.code),
        memberNames: members.map((mu) => mu.name),
        population2020: s.population2020,
        asOf,
      };
    });
  }
  const tertiaries = await listTertiaryRegions(actor);
  return tertiaries.map((t) => {
    const members = secondaries.filter((s) => s.parents.tertiary.code === t.code);
    return {
      level: levelName,
      code: t.code,
      name: t.name,
      ...empty,
      tertiaryCode: null,
      tertiaryName: null,
      secondaryCode: null,
      secondaryName: null,
      memberCodes: members.map((s) => s.code),
      memberNames: members.map((s) => s.name),
      population2020: sumOrNull(members.map((s) => s.population2020)),
      asOf,
    };
  });
}
