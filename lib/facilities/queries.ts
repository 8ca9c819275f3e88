// Public reads of the facility snapshots: counts of 在宅療養支援診療所・病院 by region at a date,
// a region's counts across snapshots (each counted through the region's membership on that
// snapshot's date), and facility search. Every answer names its source and 現在 date.
import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, isoDate, todayInJapan } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { validOn } from "@/lib/validity";
import { addToCounts, emptyCounts, per100k, type TypeCounts } from "./counts";
import { facilityListSql, type FacilityListRow } from "./list-sql";
import { facilityMessages as fm } from "./page-messages";

export type CountLevel = "homecare" | "secondary" | "municipality";

export interface FacilitySource {
  /** 現在 date of the list (ISO). */
  asOf: string;
  title: string;
  publisher: string;
  attribution: string;
  url: string | null;
  licence: string | null;
  fileName: string;
  importedAt: string;
}

export interface CountItem {
  code: string;
  name: string;
  population2020: number | null;
  clinics: TypeCounts;
  hospitals: TypeCounts;
  /** Per 100,000 people (令和2年国勢調査), one decimal; null where the population is unknown. */
  per100k: { clinics: number | null; hospitals: number | null };
}

export interface FacilityCounts {
  /** The snapshot's 現在 date. */
  asOf: string;
  /** The date the regions are taken at (the asOf asked for, or today). */
  regionsAsOf: string;
  source: FacilitySource;
  data: CountItem[];
  totals: { population2020: number | null; clinics: TypeCounts; hospitals: TypeCounts; per100k: { clinics: number | null; hospitals: number | null } };
}


export interface SnapshotRef {
  id: number;
  asOf: string;
  title: string;
  fileName: string;
  importedAt: string;
}

/** Every committed snapshot, oldest first. */
export async function listFacilitySnapshots(_actor: Actor): Promise<SnapshotRef[]> {
  const prefecture = await requirePortalPrefecture();
  const rows = await db().facilitySnapshot.findMany({ where: { prefectureId: prefecture.id }, orderBy: { asOf: "asc" } });
  return rows.map((s) => ({ id: s.id, asOf: isoDate(s.asOf), title: s.title, fileName: s.fileName, importedAt: s.createdAt.toISOString() }));
}

/** The list's data source, read once per request. */
const facilityDataSource = cache(() => db().dataSource.findUnique({ where: { key: "kouseikyoku-facility-list" } }));

async function sourceOf(snapshot: { asOf: Date; title: string; fileName: string; createdAt: Date }): Promise<FacilitySource> {
  const ds = await facilityDataSource();
  return {
    asOf: isoDate(snapshot.asOf),
    title: ds?.title ?? snapshot.title,
    publisher: ds?.publisher ?? "地方厚生局",
    attribution: ds?.attribution ?? fm.defaultAttribution,
    url: ds?.url ?? null,
    licence: ds?.licence ?? null,
    fileName: snapshot.fileName,
    importedAt: snapshot.createdAt.toISOString(),
  };
}

/** The snapshot in force on `asOf` (the latest 現在 date not after it), or the latest. */
async function snapshotOn(prefectureId: number, asOf?: string) {
  const snapshot = await db().facilitySnapshot.findFirst({
    where: { prefectureId, ...(asOf ? { asOf: { lte: dateOnly(asOf) } } : {}) },
    orderBy: { asOf: "desc" },
  });
  if (!snapshot) throw new NotFoundError(asOf ? fm.noSnapshotOn(asOf) : fm.noSnapshot);
  return snapshot;
}

/** Whether any snapshot exists (pages show a notice instead of counts when none does). */
export async function hasFacilitySnapshot(_actor: Actor): Promise<boolean> {
  const prefecture = await requirePortalPrefecture();
  return (await db().facilitySnapshot.count({ where: { prefectureId: prefecture.id } })) > 0;
}

interface Unit {
  code: string;
  name: string;
  population2020: number | null;
  clinics: TypeCounts;
  hospitals: TypeCounts;
}

/** Counts per region of `level` from the snapshot in force on `asOf` (default: the latest). */
export async function getFacilityCounts(_actor: Actor, options: { level: CountLevel; asOf?: string }): Promise<FacilityCounts> {
  const prefecture = await requirePortalPrefecture();
  const snapshot = await snapshotOn(prefecture.id, options.asOf);
  const regionsAsOf = options.asOf ?? todayInJapan();
  const date = dateOnly(regionsAsOf);
  const entries = await db().facilitySnapshotEntry.groupBy({
    by: ["municipalityId", "kind", "supportType"],
    where: { snapshotId: snapshot.id },
    _count: { _all: true },
  });

  const units: Unit[] = [];
  const unitOf = new Map<number, Unit>();
  const unit = (code: string, name: string, population2020: number | null): Unit => {
    const u = { code, name, population2020, clinics: emptyCounts(), hospitals: emptyCounts() };
    units.push(u);
    return u;
  };
  if (options.level === "homecare") {
    const regions = await db().homeCareRegion.findMany({
      where: { prefectureId: prefecture.id, ...validOn(date) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, name: true, members: { where: validOn(date), select: { municipality: { select: { id: true, population2020: true } } } } },
    });
    for (const r of regions) {
      const pops = r.members.map((mb) => mb.municipality.population2020);
      const u = unit(r.code, r.name, pops.some((p) => p === null) || pops.length === 0 ? null : pops.reduce<number>((a, b) => a + (b ?? 0), 0));
      r.members.forEach((mb) => unitOf.set(mb.municipality.id, u));
    }
  } else if (options.level === "secondary") {
    const regions = await db().secondaryRegion.findMany({
      where: { prefectureId: prefecture.id },
      orderBy: { sortOrder: "asc" },
      select: { code: true, name: true, population2020: true, municipalities: { select: { id: true } } },
    });
    for (const r of regions) {
      const u = unit(r.code, r.name, r.population2020);
      r.municipalities.forEach((mu) => unitOf.set(mu.id, u));
    }
  } else {
    const rows = await db().municipality.findMany({
      where: { prefectureId: prefecture.id, kind: { not: "DESIGNATED_CITY" } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, population2020: true },
    });
    for (const r of rows) unitOf.set(r.id, unit(r.code, r.name, r.population2020));
  }

  const totals = { clinics: emptyCounts(), hospitals: emptyCounts() };
  for (const e of entries) {
    const n = e._count._all;
    addToCounts(e.kind === "CLINIC" ? totals.clinics : totals.hospitals, e.supportType, n);
    const u = unitOf.get(e.municipalityId);
    if (u) addToCounts(e.kind === "CLINIC" ? u.clinics : u.hospitals, e.supportType, n);
  }
  const population = await db().municipality.aggregate({ where: { prefectureId: prefecture.id, kind: { not: "DESIGNATED_CITY" } }, _sum: { population2020: true } });
  const totalPopulation = population._sum.population2020 ?? null;
  return {
    asOf: isoDate(snapshot.asOf),
    regionsAsOf,
    source: await sourceOf(snapshot),
    data: units.map((u) => ({ ...u, per100k: { clinics: per100k(u.clinics.total, u.population2020), hospitals: per100k(u.hospitals.total, u.population2020) } })),
    totals: {
      population2020: totalPopulation,
      ...totals,
      per100k: { clinics: per100k(totals.clinics.total, totalPopulation), hospitals: per100k(totals.hospitals.total, totalPopulation) },
    },
  };
}

export interface SeriesPoint {
  asOf: string;
  /** False when the region did not exist on the snapshot's date (no count is shown). */
  defined: boolean;
  clinics: TypeCounts;
  hospitals: TypeCounts;
}

/**
 * One 在宅医療圏's counts in every snapshot, each counted through the region's members on that
 * snapshot's 現在 date.
 */
export async function getRegionFacilitySeries(_actor: Actor, regionCode: string): Promise<SeriesPoint[]> {
  const prefecture = await requirePortalPrefecture();
  const region = await db().homeCareRegion.findUnique({
    where: { prefectureId_code: { prefectureId: prefecture.id, code: regionCode } },
    select: { id: true, validFrom: true, validTo: true, members: { select: { municipalityId: true, validFrom: true, validTo: true } } },
  });
  if (!region) throw new NotFoundError(fm.regionNotFound(regionCode));
  const snapshots = await db().facilitySnapshot.findMany({ where: { prefectureId: prefecture.id }, orderBy: { asOf: "asc" }, select: { id: true, asOf: true } });
  // One read for every snapshot (not one per snapshot): counts per municipality, kept where the
  // municipality was a member on that snapshot's date.
  const groups = await db().facilitySnapshotEntry.groupBy({
    by: ["snapshotId", "municipalityId", "kind", "supportType"],
    where: { snapshotId: { in: snapshots.map((s) => s.id) }, municipalityId: { in: [...new Set(region.members.map((mb) => mb.municipalityId))] } },
    _count: { _all: true },
  });
  return snapshots.map((s) => {
    const on = s.asOf;
    const defined = region.validFrom <= on && (region.validTo === null || region.validTo > on);
    const point: SeriesPoint = { asOf: isoDate(on), defined, clinics: emptyCounts(), hospitals: emptyCounts() };
    if (defined) {
      const members = new Set(region.members.filter((mb) => mb.validFrom <= on && (mb.validTo === null || mb.validTo > on)).map((mb) => mb.municipalityId));
      for (const g of groups) {
        if (g.snapshotId === s.id && members.has(g.municipalityId)) addToCounts(g.kind === "CLINIC" ? point.clinics : point.hospitals, g.supportType, g._count._all);
      }
    }
    return point;
  });
}

export interface FacilityRow {
  institutionNumber: string;
  name: string;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  kind: "HOSPITAL" | "CLINIC";
  supportType: number;
  /** 算定開始年月日 of the support type (ISO), when listed. */
  supportSince: string | null;
  municipality: { code: string; name: string };
  homeCareRegion: { code: string; name: string } | null;
}

export interface FacilitySearch {
  /** 在宅医療圏 code. */
  region?: string;
  /** Municipality or ward code; a 政令指定都市's code covers its wards. */
  municipality?: string;
  /** Part of the name (or the 医療機関番号). */
  q?: string;
  kind?: "HOSPITAL" | "CLINIC";
  type?: 1 | 2 | 3;
  /** Snapshot in force on this date (default: the latest). */
  asOf?: string;
}

export interface FacilityList {
  asOf: string;
  source: FacilitySource;
  data: FacilityRow[];
}

/** 在支診・在支病 of a snapshot matching the search, in municipality then name order. */
export async function searchFacilities(_actor: Actor, search: FacilitySearch): Promise<FacilityList> {
  const prefecture = await requirePortalPrefecture();
  const snapshot = await snapshotOn(prefecture.id, search.asOf);
  const regionDate = search.asOf ? dateOnly(search.asOf) : dateOnly(todayInJapan());
  let municipalityIds: number[] | undefined;
  if (search.region) {
    const region = await db().homeCareRegion.findUnique({
      where: { prefectureId_code: { prefectureId: prefecture.id, code: search.region } },
      select: { validFrom: true, validTo: true, members: { select: { municipalityId: true, validFrom: true, validTo: true } } },
    });
    if (!region) throw new NotFoundError(fm.regionNotFound(search.region));
    // A region that has ended (or not yet begun) is read on its last (or first) day.
    let on = regionDate;
    if (region.validTo && on >= region.validTo) on = new Date(region.validTo.getTime() - 86_400_000);
    if (on < region.validFrom) on = region.validFrom;
    municipalityIds = region.members.filter((mb) => mb.validFrom <= on && (mb.validTo === null || mb.validTo > on)).map((mb) => mb.municipalityId);
  }
  if (search.municipality) {
    const mu = await db().municipality.findFirst({
      where: { prefectureId: prefecture.id, code: search.municipality },
      select: { id: true, wards: { select: { id: true } } },
    });
    if (!mu) throw new NotFoundError(fm.municipalityNotFound(search.municipality));
    const ids = [mu.id, ...mu.wards.map((w) => w.id)];
    municipalityIds = municipalityIds ? municipalityIds.filter((id) => ids.includes(id)) : ids;
  }
  const q = search.q?.normalize("NFKC").trim();
  const rows = await db().$queryRaw<FacilityListRow[]>(facilityListSql({ snapshotId: snapshot.id, regionDate, municipalityIds, kind: search.kind, type: search.type, q }));
  return {
    asOf: isoDate(snapshot.asOf),
    source: await sourceOf(snapshot),
    data: rows.map((r) => ({
      institutionNumber: r.institutionNumber,
      name: r.name,
      postalCode: r.postalCode,
      address: r.address,
      phone: r.phone,
      kind: r.kind,
      supportType: r.supportType,
      supportSince: r.supportSince ? isoDate(r.supportSince) : null,
      municipality: { code: r.municipalityCode, name: r.municipalityName },
      homeCareRegion: r.regionCode && r.regionName ? { code: r.regionCode, name: r.regionName } : null,
    })),
  };
}
