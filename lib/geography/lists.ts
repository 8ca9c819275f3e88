// The prefecture's geography as lists with stable codes and their parents (API and open data).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { validOn } from "@/lib/validity";
import { requirePortalPrefecture } from "./prefecture";

export interface Ref {
  code: string;
  name: string;
}

export interface TertiaryRegionItem extends Ref {
  parents: { prefecture: Ref };
}

export interface SecondaryRegionItem extends Ref {
  population2020: number | null;
  areaKm2: number | null;
  parents: { prefecture: Ref; tertiary: Ref };
}

export interface MunicipalityItem extends Ref {
  lgCode6: string | null;
  kana: string | null;
  kind: "DESIGNATED_CITY" | "CITY" | "TOWN" | "VILLAGE" | "WARD";
  district: string | null;
  subprefecture: string | null;
  population2020: number | null;
  population65Plus2020: number | null;
  parents: { prefecture: Ref; tertiary: Ref | null; secondary: Ref | null; city: Ref | null; homeCareRegion: Ref | null };
}

const ref = (p: { code: string; name: string }): Ref => ({ code: p.code, name: p.name });

export async function listTertiaryRegions(_actor: Actor): Promise<TertiaryRegionItem[]> {
  const prefecture = await requirePortalPrefecture();
  const rows = await db().tertiaryRegion.findMany({ where: { prefectureId: prefecture.id }, orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
  return rows.map((r) => ({ ...ref(r), parents: { prefecture: ref(prefecture) } }));
}

export async function listSecondaryRegions(_actor: Actor): Promise<SecondaryRegionItem[]> {
  const prefecture = await requirePortalPrefecture();
  const rows = await db().secondaryRegion.findMany({
    where: { prefectureId: prefecture.id },
    orderBy: { sortOrder: "asc" },
    select: { code: true, name: true, population2020: true, areaKm2: true, tertiaryRegion: { select: { code: true, name: true } } },
  });
  return rows.map((r) => ({
    ...ref(r),
    population2020: r.population2020,
    areaKm2: r.areaKm2 === null ? null : Number(r.areaKm2),
    parents: { prefecture: ref(prefecture), tertiary: ref(r.tertiaryRegion) },
  }));
}

/**
 * 市町村 (a 政令指定都市 once) with their parents on `asOf`; with `includeWards`, the wards too.
 * A city with wards belongs to a 在宅医療圏 through its wards, so its own homeCareRegion is null.
 */
export async function listMunicipalities(_actor: Actor, options: { asOf?: string; includeWards?: boolean } = {}): Promise<MunicipalityItem[]> {
  const prefecture = await requirePortalPrefecture();
  const date = dateOnly(options.asOf ?? todayInJapan());
  const rows = await db().municipality.findMany({
    where: { prefectureId: prefecture.id, ...(options.includeWards ? {} : { kind: { not: "WARD" } }) },
    orderBy: { code: "asc" },
    select: {
      code: true,
      lgCode6: true,
      name: true,
      nameKana: true,
      kind: true,
      district: true,
      subprefecture: true,
      population2020: true,
      population65Plus2020: true,
      parent: { select: { code: true, name: true } },
      secondaryRegion: { select: { code: true, name: true, tertiaryRegion: { select: { code: true, name: true } } } },
      regionMembers: { where: validOn(date), select: { region: { select: { code: true, name: true } } } },
    },
  });
  return rows.map((m) => ({
    code: m.code,
    name: m.name,
    lgCode6: m.lgCode6,
    kana: m.nameKana,
    kind: m.kind,
    district: m.district,
    subprefecture: m.subprefecture,
    population2020: m.population2020,
    population65Plus2020: m.population65Plus2020,
    parents: {
      prefecture: ref(prefecture),
      tertiary: m.secondaryRegion ? ref(m.secondaryRegion.tertiaryRegion) : null,
      secondary: m.secondaryRegion ? ref(m.secondaryRegion) : null,
      city: m.parent ? ref(m.parent) : null,
      homeCareRegion: m.regionMembers[0] ? ref(m.regionMembers[0].region) : null,
    },
  }));
}
