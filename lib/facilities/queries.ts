// Public reads of the facility snapshots: counts of 在宅療養支援診療所・病院 by region at a date,
// a region's counts across snapshots (each counted through the region's membership on that
// snapshot's date), and facility search. Every answer names its source and 現在 date.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { queryJson, runJsonRead, type JsonRead } from "@/lib/db-json";
import { dateOnly, isoDate, todayInJapan } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { addToCounts, emptyCounts, per100k, type TypeCounts } from "./counts";
import { facilityListSql } from "./list-sql";
import { countsSql, facilityListJsonSql, regionFacilityListSql, regionSeriesSql, snapshotForListSql, type CountsJson, type FacilityListRowJson, type RegionFacilitiesJson, type SeriesPointJson, type SnapshotJson } from "./page-sql";
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

function sourceOf(snapshot: SnapshotJson): FacilitySource {
  const ds = snapshot.source;
  return {
    asOf: snapshot.asOf,
    title: ds?.title ?? snapshot.title,
    publisher: ds?.publisher ?? "地方厚生局",
    attribution: ds?.attribution ?? fm.defaultAttribution,
    url: ds?.url ?? null,
    licence: ds?.licence ?? null,
    fileName: snapshot.fileName,
    importedAt: new Date(snapshot.createdAt).toISOString(),
  };
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
  return runJsonRead(facilityCountsRead(prefecture.id, options));
}

/** getFacilityCounts as one read. */
export function facilityCountsRead(prefectureId: number, options: { level: CountLevel; asOf?: string }): JsonRead<FacilityCounts> {
  const regionsAsOf = options.asOf ?? todayInJapan();
  dateOnly(regionsAsOf); // RangeError for what is not a calendar date
  return {
    sql: countsSql(options.level, prefectureId, options.asOf, regionsAsOf),
    read: (json) => {
      if (!json) throw new NotFoundError(options.asOf ? fm.noSnapshotOn(options.asOf) : fm.noSnapshot);
      return countsOf(json as CountsJson, options.level, regionsAsOf);
    },
  };
}

/** A 在宅医療圏's population: its members' summed, unknown (null) when any member's is or it has none. */
function membersPopulation(populations: (number | null)[]): number | null {
  if (populations.length === 0 || populations.some((p) => p === null)) return null;
  return populations.reduce<number>((a, b) => a + (b ?? 0), 0);
}

function countsOf(counts: CountsJson, level: CountLevel, regionsAsOf: string): FacilityCounts {
  const unitOf = new Map<number, Unit>();
  const units = counts.units.map((r): Unit => {
    // A 在宅医療圏's population is its members'; the others' are their own.
    const population2020 = level !== "homecare" ? r.population2020 : membersPopulation(r.members.map(([, population]) => population));
    const u = { code: r.code, name: r.name, population2020, clinics: emptyCounts(), hospitals: emptyCounts() };
    r.members.forEach(([id]) => unitOf.set(id, u));
    return u;
  });
  const totals = { clinics: emptyCounts(), hospitals: emptyCounts() };
  for (const [municipalityId, kind, supportType, n] of counts.groups) {
    addToCounts(kind === "CLINIC" ? totals.clinics : totals.hospitals, supportType, n);
    const u = unitOf.get(municipalityId);
    if (u) addToCounts(kind === "CLINIC" ? u.clinics : u.hospitals, supportType, n);
  }
  const totalPopulation = counts.population;
  return {
    asOf: counts.asOf,
    regionsAsOf,
    source: sourceOf(counts),
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
  return runJsonRead(regionFacilitySeriesRead(prefecture.id, regionCode));
}

/** getRegionFacilitySeries as one read. */
export function regionFacilitySeriesRead(prefectureId: number, regionCode: string): JsonRead<SeriesPoint[]> {
  return {
    sql: regionSeriesSql(prefectureId, regionCode),
    read: (json) => {
      if (!json) throw new NotFoundError(fm.regionNotFound(regionCode));
      return (json as SeriesPointJson[]).map((p) => {
        const point: SeriesPoint = { asOf: p.asOf, defined: p.defined, clinics: emptyCounts(), hospitals: emptyCounts() };
        for (const [kind, supportType, n] of p.groups) addToCounts(kind === "CLINIC" ? point.clinics : point.hospitals, supportType, n);
        return point;
      });
    },
  };
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
  const regionDate = search.asOf ? dateOnly(search.asOf) : dateOnly(todayInJapan());
  const region = search.region ? { code: search.region, date: isoDate(regionDate) } : undefined;
  const [snapshot] = await queryJson<SnapshotJson & { regionMemberIds: number[] | null }>(snapshotForListSql(prefecture.id, search.asOf, region));
  if (!snapshot) throw new NotFoundError(search.asOf ? fm.noSnapshotOn(search.asOf) : fm.noSnapshot);
  let municipalityIds: number[] | undefined;
  if (search.region) {
    if (!snapshot.regionMemberIds) throw new NotFoundError(fm.regionNotFound(search.region));
    municipalityIds = snapshot.regionMemberIds;
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
  const list = facilityListSql({ snapshotId: snapshot.id, regionDate, municipalityIds, kind: search.kind, type: search.type, q });
  const [rows] = await queryJson<FacilityListRowJson[]>(facilityListJsonSql(list));
  return { asOf: snapshot.asOf, source: sourceOf(snapshot), data: rows.map(facilityRowOf) };
}

/** A region's list and what its counts are shown beside: the prefecture's entries in the same snapshot. */
export interface RegionFacilities {
  list: FacilityList;
  prefecture: { population2020: number | null; clinics: TypeCounts; hospitals: TypeCounts };
}

/**
 * searchFacilities({ region, asOf }) — a region's whole list — as one read, with the prefecture's
 * totals of the same snapshot (regionCountsOf makes the region's counts from them): the snapshot,
 * the region's members, the list and the totals in one statement instead of three.
 */
export function regionFacilitiesRead(prefectureId: number, regionCode: string, asOf: string | undefined): JsonRead<RegionFacilities> {
  const regionDate = asOf ? dateOnly(asOf) : dateOnly(todayInJapan());
  return {
    sql: regionFacilityListSql(prefectureId, asOf, { code: regionCode, date: isoDate(regionDate) }, regionDate, true),
    read: (json) => {
      if (!json) throw new NotFoundError(asOf ? fm.noSnapshotOn(asOf) : fm.noSnapshot);
      const snapshot = json as RegionFacilitiesJson;
      if (!snapshot.regionFound) throw new NotFoundError(fm.regionNotFound(regionCode));
      const prefecture = { population2020: snapshot.population, clinics: emptyCounts(), hospitals: emptyCounts() };
      for (const [kind, supportType, n] of snapshot.totals) addToCounts(kind === "CLINIC" ? prefecture.clinics : prefecture.hospitals, supportType, n);
      return { list: { asOf: snapshot.asOf, source: sourceOf(snapshot), data: snapshot.rows.map(facilityRowOf) }, prefecture };
    },
  };
}

/**
 * What facilityCountsRead({ level: "homecare", asOf: regionsAsOf }) gives for one region — its unit
 * alone beside the prefecture's totals — made from the region's list read for the same day: the list
 * holds exactly the entries of the region's members on that day. `region` is the region with its
 * members on the day, or null when it is not in force then (no unit, as the counts have none).
 */
export function regionCountsOf(f: RegionFacilities, region: { code: string; name: string; members: { population2020: number | null }[] } | null, regionsAsOf: string): FacilityCounts {
  const { prefecture } = f;
  const data: CountItem[] = [];
  if (region) {
    const population2020 = membersPopulation(region.members.map((m) => m.population2020));
    const unit = { code: region.code, name: region.name, population2020, clinics: emptyCounts(), hospitals: emptyCounts() };
    for (const row of f.list.data) addToCounts(row.kind === "CLINIC" ? unit.clinics : unit.hospitals, row.supportType);
    data.push({ ...unit, per100k: { clinics: per100k(unit.clinics.total, population2020), hospitals: per100k(unit.hospitals.total, population2020) } });
  }
  return {
    asOf: f.list.asOf,
    regionsAsOf,
    source: f.list.source,
    data,
    totals: {
      ...prefecture,
      per100k: { clinics: per100k(prefecture.clinics.total, prefecture.population2020), hospitals: per100k(prefecture.hospitals.total, prefecture.population2020) },
    },
  };
}

function facilityRowOf([kind, supportType, supportSince, institutionNumber, name, postalCode, address, phone, municipalityCode, municipalityName, regionCode, regionName]: FacilityListRowJson): FacilityRow {
  return {
    institutionNumber,
    name,
    postalCode,
    address,
    phone,
    kind,
    supportType,
    supportSince,
    municipality: { code: municipalityCode, name: municipalityName },
    homeCareRegion: regionCode && regionName ? { code: regionCode, name: regionName } : null,
  };
}
