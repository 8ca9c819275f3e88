// The API's lists as CSV (`?format=csv`): the same parsed response as the JSON, laid out as
// columns with Japanese headers. One row per item of `data` (no totals row, so the file holds
// exactly the JSON's items); the 現在 date and the source, where the data has them, are columns of
// every row (現在日, 出典), so each row stays true when the file is filtered or merged.
import type { z } from "zod";
import { todayInJapan } from "@/lib/dates/date-only";
import { facilityMessages } from "@/lib/facilities/page-messages";
import type { FacilitiesQuery, FacilitiesResponse, FacilityCountsQuery, FacilityCountsResponse } from "@/lib/facilities/schema";
import type { MunicipalitiesResponseSchema, RegionItem, RegionsResponseSchema } from "@/lib/geography/schema";
import { csvOf, type CsvColumn } from "@/lib/http/csv";
import type { FileBody } from "./endpoint";

type Counts = FacilityCountsResponse["data"][number];
type Facility = FacilitiesResponse["data"][number];
type Municipality = z.output<typeof MunicipalitiesResponseSchema>["data"][number];

const LEVEL_LABELS = { tertiary: "三次医療圏", secondary: "二次医療圏", homecare: "在宅医療圏", municipality: "市町村" } as const;
const KIND_LABELS = facilityMessages.kinds;
const TYPE_LABELS = facilityMessages.types;

/** 現在日 and 出典 of a facility list, as the last columns of every row. */
function sourceColumns<T>(source: { asOf: string; attribution: string }): CsvColumn<T>[] {
  return [
    { header: "現在日", value: () => source.asOf },
    { header: "出典", value: () => source.attribution },
  ];
}

function typeColumns(prefix: string, pick: (row: Counts) => Counts["clinics"]): CsvColumn<Counts>[] {
  return [
    { header: `${prefix} ${TYPE_LABELS[1]}`, value: (r) => pick(r).type1 },
    { header: `${prefix} ${TYPE_LABELS[2]}`, value: (r) => pick(r).type2 },
    { header: `${prefix} ${TYPE_LABELS[3]}`, value: (r) => pick(r).type3 },
    { header: `${prefix} 計`, value: (r) => pick(r).total },
  ];
}

/** Counts of 在支診・在支病 per region: GET /api/v1/facility-counts?format=csv. */
export function facilityCountsCsv(response: FacilityCountsResponse, query: FacilityCountsQuery): FileBody {
  const level = LEVEL_LABELS[query.level];
  const columns: CsvColumn<Counts>[] = [
    { header: `${level}コード`, value: (r) => r.code },
    { header: `${level}名`, value: (r) => r.name },
    { header: "人口（令和2年国勢調査）", value: (r) => r.population2020 },
    ...typeColumns("在支診", (r) => r.clinics),
    ...typeColumns("在支病", (r) => r.hospitals),
    { header: "在支診 人口10万対", value: (r) => r.per100k.clinics },
    { header: "在支病 人口10万対", value: (r) => r.per100k.hospitals },
    ...sourceColumns<Counts>(response.source),
  ];
  return {
    body: csvOf(columns, response.data),
    fileName: `facility-counts-${query.level}-${response.asOf}.csv`,
    displayName: `在支診・在支病の数_${level}別_${response.asOf}現在.csv`,
  };
}

/** 在支診・在支病 of a search: GET /api/v1/facilities?format=csv. */
export function facilitiesCsv(response: FacilitiesResponse, _query: FacilitiesQuery): FileBody {
  const columns: CsvColumn<Facility>[] = [
    { header: "医療機関番号", value: (r) => r.institutionNumber },
    { header: "医療機関名称", value: (r) => r.name },
    { header: "種別", value: (r) => KIND_LABELS[r.kind] },
    { header: "類型", value: (r) => r.supportType },
    { header: "類型名", value: (r) => TYPE_LABELS[r.supportType] ?? "" },
    { header: "算定開始年月日", value: (r) => r.supportSince },
    { header: "郵便番号", value: (r) => r.postalCode },
    { header: "住所", value: (r) => r.address },
    { header: "電話番号", value: (r) => r.phone },
    { header: "市町村コード", value: (r) => r.municipality.code },
    { header: "市町村名", value: (r) => r.municipality.name },
    { header: "在宅医療圏コード", value: (r) => r.homeCareRegion?.code },
    { header: "在宅医療圏名", value: (r) => r.homeCareRegion?.name },
    ...sourceColumns<Facility>(response.source),
  ];
  return {
    body: csvOf(columns, response.data),
    fileName: `facilities-${response.asOf}.csv`,
    displayName: `在支診・在支病の一覧_${response.asOf}現在.csv`,
  };
}

type Level = RegionItem["level"];
type ItemOf<L extends Level> = Extract<RegionItem, { level: L }>;
const ref = (r: { code: string; name: string } | null | undefined, part: "code" | "name") => r?.[part];

const regionColumns: { [L in Level]: CsvColumn<ItemOf<L>>[] } = {
  tertiary: [
    { header: "三次医療圏コード", value: (r) => r.code },
    { header: "三次医療圏名", value: (r) => r.name },
  ],
  secondary: [
    { header: "二次医療圏コード", value: (r) => r.code },
    { header: "二次医療圏名", value: (r) => r.name },
    { header: "三次医療圏コード", value: (r) => r.parents.tertiary.code },
    { header: "三次医療圏名", value: (r) => r.parents.tertiary.name },
    { header: "人口（令和2年国勢調査）", value: (r) => r.population2020 },
    { header: "面積（km²）", value: (r) => r.areaKm2 },
  ],
  homecare: [
    { header: "在宅医療圏コード", value: (r) => r.code },
    { header: "在宅医療圏名", value: (r) => r.name },
    { header: "暫定", value: (r) => (r.provisional ? "暫定" : "") },
    { header: "有効期間の開始日", value: (r) => r.validFrom },
    { header: "有効期間の終了日", value: (r) => r.validTo },
    { header: "構成市町村コード", value: (r) => r.memberCodes.join(" ") },
    { header: "人口（令和2年国勢調査）", value: (r) => r.population2020 },
    { header: "担当保健所", value: (r) => r.leadHealthCenters.map((h) => h.name).join("、") },
    { header: "二次医療圏コード", value: (r) => ref(r.parents.secondary, "code") },
    { header: "二次医療圏名", value: (r) => ref(r.parents.secondary, "name") },
    { header: "三次医療圏コード", value: (r) => ref(r.parents.tertiary, "code") },
    { header: "三次医療圏名", value: (r) => ref(r.parents.tertiary, "name") },
  ],
};

/** The regions of one level: GET /api/v1/regions?format=csv. 基準日 is the date asked for (or today). */
export function regionsCsv(response: z.output<typeof RegionsResponseSchema>, query: { level: Level; asOf?: string; date?: string }): FileBody {
  const asOf = query.asOf ?? query.date ?? todayInJapan();
  const columns = [...(regionColumns[query.level] as CsvColumn<RegionItem>[]), { header: "基準日", value: () => asOf }];
  return {
    body: csvOf(columns, response.data),
    fileName: `regions-${query.level}-${asOf}.csv`,
    displayName: `${LEVEL_LABELS[query.level]}_${asOf}.csv`,
  };
}

const KIND_OF_MUNICIPALITY = { DESIGNATED_CITY: "政令指定都市", CITY: "市", TOWN: "町", VILLAGE: "村", WARD: "区" } as const;

/** Municipalities (and wards): GET /api/v1/municipalities?format=csv. */
export function municipalitiesCsv(response: z.output<typeof MunicipalitiesResponseSchema>, query: { asOf?: string }): FileBody {
  const asOf = query.asOf ?? todayInJapan();
  const columns: CsvColumn<Municipality>[] = [
    { header: "市町村コード", value: (r) => r.code },
    { header: "検査数字付きコード", value: (r) => r.lgCode6 },
    { header: "市町村名", value: (r) => r.name },
    { header: "よみ", value: (r) => r.kana },
    { header: "種類", value: (r) => KIND_OF_MUNICIPALITY[r.kind] },
    { header: "郡", value: (r) => r.district },
    { header: "振興局", value: (r) => r.subprefecture },
    { header: "人口（令和2年国勢調査）", value: (r) => r.population2020 },
    { header: "65歳以上人口（令和2年国勢調査）", value: (r) => r.population65Plus2020 },
    { header: "市（区の場合）", value: (r) => ref(r.parents.city, "name") },
    { header: "三次医療圏コード", value: (r) => ref(r.parents.tertiary, "code") },
    { header: "三次医療圏名", value: (r) => ref(r.parents.tertiary, "name") },
    { header: "二次医療圏コード", value: (r) => ref(r.parents.secondary, "code") },
    { header: "二次医療圏名", value: (r) => ref(r.parents.secondary, "name") },
    { header: "在宅医療圏コード", value: (r) => ref(r.parents.homeCareRegion, "code") },
    { header: "在宅医療圏名", value: (r) => ref(r.parents.homeCareRegion, "name") },
    { header: "基準日", value: () => asOf },
  ];
  return { body: csvOf(columns, response.data), fileName: `municipalities-${asOf}.csv`, displayName: `市町村_${asOf}.csv` };
}
