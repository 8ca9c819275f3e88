// Boundaries as GeoJSON FeatureCollections for the map and the public GeoJSON endpoint.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { validOn } from "@/lib/validity";
import { requirePortalPrefecture } from "./prefecture";
import { boundariesOnDate, membersChangedWithin } from "./region-boundaries";

export type MapLevel = "tertiary" | "secondary" | "homecare" | "municipality";

export interface RegionFeatureProperties {
  level: MapLevel;
  code: string;
  name: string;
  population2020: number | null;
  /** 在宅医療圏: 暫定. */
  provisional?: boolean;
  /** Municipality layer: the 在宅医療圏 the member belongs to on the date. */
  homeCareRegion?: { code: string; name: string } | null;
}

export interface RegionFeatureCollection {
  type: "FeatureCollection";
  features: { type: "Feature"; geometry: unknown; properties: RegionFeatureProperties }[];
}

function collection(features: RegionFeatureCollection["features"]): RegionFeatureCollection {
  return { type: "FeatureCollection", features: features.filter((f) => f.geometry !== null) };
}

/** Features of one level on `asOf`. The municipality level shows wards instead of their city. */
export async function regionFeatures(_actor: Actor, level: MapLevel, options: { asOf?: string } = {}): Promise<RegionFeatureCollection> {
  const prefecture = await requirePortalPrefecture();
  const date = dateOnly(options.asOf ?? todayInJapan());
  const where = { prefectureId: prefecture.id };
  if (level === "tertiary") {
    const rows = await db().tertiaryRegion.findMany({ where, orderBy: { sortOrder: "asc" }, select: { code: true, name: true, boundary: true, secondaryRegions: { select: { population2020: true } } } });
    return collection(rows.map((r) => ({ type: "Feature", geometry: r.boundary, properties: { level, code: r.code, name: r.name, population2020: sum(r.secondaryRegions.map((s) => s.population2020)) } })));
  }
  if (level === "secondary") {
    const rows = await db().secondaryRegion.findMany({ where, orderBy: { sortOrder: "asc" }, select: { code: true, name: true, boundary: true, population2020: true } });
    return collection(rows.map((r) => ({ type: "Feature", geometry: r.boundary, properties: { level, code: r.code, name: r.name, population2020: r.population2020 } })));
  }
  if (level === "homecare") {
    const rows = await db().homeCareRegion.findMany({
      where: { ...where, ...validOn(date) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: {
        code: true,
        name: true,
        provisional: true,
        boundary: true,
        validFrom: true,
        validTo: true,
        members: { select: { validFrom: true, validTo: true, municipality: { select: { id: true, population2020: true } } } },
      },
    });
    const changed = new Set(rows.filter((r) => membersChangedWithin(r, r.members)).map((r) => r.code));
    const current = rows.map((r) => ({ ...r, members: r.members.filter((x) => x.validFrom <= date && (!x.validTo || x.validTo > date)) }));
    const redrawn = await boundariesOnDate(current.filter((r) => changed.has(r.code)));
    return collection(
      current.map((r) => ({
        type: "Feature",
        geometry: redrawn.get(r.code) ?? r.boundary,
        properties: { level, code: r.code, name: r.name, provisional: r.provisional, population2020: sum(r.members.map((m) => m.municipality.population2020)) },
      })),
    );
  }
  const rows = await db().municipality.findMany({
    where: { ...where, kind: { not: "DESIGNATED_CITY" } },
    orderBy: { code: "asc" },
    select: { code: true, name: true, boundary: true, population2020: true, regionMembers: { where: validOn(date), select: { region: { select: { code: true, name: true } } } } },
  });
  return collection(
    rows.map((m) => ({
      type: "Feature",
      geometry: m.boundary,
      properties: { level, code: m.code, name: m.name, population2020: m.population2020, homeCareRegion: m.regionMembers[0]?.region ?? null },
    })),
  );
}

function sum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}
