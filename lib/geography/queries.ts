// Public reads of the prefecture's geography for the home page and the sources page: counts of
// regions, municipalities and health centres, the current 在宅医療圏 and the data sources.
import "server-only";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findPortalPrefecture } from "./prefecture";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { validOn, validOnOptionalStart } from "@/lib/validity";

export interface PortalSummary {
  prefectureName: string;
  /** The day the counts hold for, "YYYY-MM-DD" in Japan. */
  asOf: string;
  tertiaryRegionCount: number;
  secondaryRegionCount: number;
  homeCareRegionCount: number;
  provisionalHomeCareRegionCount: number;
  /** 市町村 (札幌市 counted once). */
  municipalityCount: number;
  /** 行政区 of 政令指定都市. */
  wardCount: number;
  healthCenterCount: number;
  /** Of healthCenterCount, the ones that are demo data. */
  sampleHealthCenterCount: number;
  /** 令和2年国勢調査, summed over 市町村 (wards excluded, so nothing is counted twice). */
  population2020: number | null;
}

/** Counts for the home page; null when no reference data has been loaded yet. */
export async function getPortalSummary(_actor: Actor = publicActor): Promise<PortalSummary | null> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) return null;
  const asOf = todayInJapan();
  const day = dateOnly(asOf);
  const prefectureId = prefecture.id;
  const client = db();
  const [tertiary, secondary, regions, provisional, municipalities, wards, centers, sampleCenters, population] =
    await Promise.all([
      client.tertiaryRegion.count({ where: { prefectureId } }),
      client.secondaryRegion.count({ where: { prefectureId } }),
      client.homeCareRegion.count({ where: { prefectureId, ...validOn(day) } }),
      client.homeCareRegion.count({ where: { prefectureId, provisional: true, ...validOn(day) } }),
      client.municipality.count({ where: { prefectureId, kind: { not: "WARD" } } }),
      client.municipality.count({ where: { prefectureId, kind: "WARD" } }),
      client.healthCenter.count({ where: { prefectureId, ...validOnOptionalStart(day) } }),
      client.healthCenter.count({ where: { prefectureId, isSample: true, ...validOnOptionalStart(day) } }),
      client.municipality.aggregate({ where: { prefectureId, kind: { not: "WARD" } }, _sum: { population2020: true } }),
    ]);
  return {
    prefectureName: prefecture.name,
    asOf,
    tertiaryRegionCount: tertiary,
    secondaryRegionCount: secondary,
    homeCareRegionCount: regions,
    provisionalHomeCareRegionCount: provisional,
    municipalityCount: municipalities,
    wardCount: wards,
    healthCenterCount: centers,
    sampleHealthCenterCount: sampleCenters,
    population2020: population._sum.population2020,
  };
}

export interface DataSourceRow {
  key: string;
  title: string;
  publisher: string;
  attribution: string;
  url: string | null;
  licence: string | null;
  asOf: string | null;
}

/** The data sources the portal credits: the prefecture's and the deployment-wide ones. */
export async function listDataSources(_actor: Actor = publicActor): Promise<DataSourceRow[]> {
  const prefecture = await findPortalPrefecture();
  return db().dataSource.findMany({
    where: prefecture ? { OR: [{ prefectureId: prefecture.id }, { prefectureId: null }] } : { prefectureId: null },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { key: true, title: true, publisher: true, attribution: true, url: true, licence: true, asOf: true },
  });
}
