// Open datasets of the 在宅療養支援診療所・病院: counts per region and the list, per snapshot of the
// 地方厚生局's 「届出受理医療機関名簿」.
import type { Column } from "./columns";
import { OPEN_DATA_BASE, type OpenDataset } from "./types";

const TYPES = ["機能強化型（単独型）", "機能強化型（連携型）", "従来型"];

const countColumns = (key: "clinics" | "hospitals", label: string): Column[] => [
  ...TYPES.map((t, i) => ({ key: `${key}Type${i + 1}`, label: `${label} ${t}`, type: "integer" as const, description: `${label}のうち${t}の数` })),
  { key: `${key}Total`, label: `${label} 計`, type: "integer", description: `${label}の数（医療機関番号ごとに1件）` },
];

const snapshotColumns: Column[] = [
  { key: "snapshotAsOf", label: "現在日", type: "date", description: "名簿の「現在」日付（どの行にも同じ値）" },
  { key: "attribution", label: "出典", type: "string", description: "出典の表示（どの行にも同じ値。利用時に明記してください）" },
];

const snapshotParameter = { name: "snapshot", label: "名簿の時点", description: "名簿の「現在」日付 YYYY-MM-DD（省略時は最新の名簿）" };

export const facilityCountsDataset: OpenDataset = {
  key: "facility-counts",
  title: "在宅療養支援診療所・病院の数（区域ごと・名簿の時点ごと）",
  description: "地方厚生局の「届出受理医療機関名簿」から数えた在宅療養支援診療所（在支診）・在宅療養支援病院（在支病）の数を、類型別に区域ごとに。区域は名簿の「現在」日付時点の構成で数えます。",
  portalOwn: false,
  sourceKeys: ["kouseikyoku-facility-list", "census-2020"],
  path: `${OPEN_DATA_BASE}/facility-counts`,
  rowMeaning: "1行に1区域（合計の行はありません）",
  parameters: [
    { name: "level", label: "区域", description: "homecare=在宅医療圏（既定）、secondary=二次医療圏、municipality=市町村（札幌市は区）" },
    snapshotParameter,
  ],
  columns: [
    { key: "code", label: "区域コード", type: "string", description: "在宅医療圏・二次医療圏・市町村（区）のコード" },
    { key: "name", label: "区域名", type: "string", description: "区域の名称" },
    { key: "population2020", label: "人口（令和2年国勢調査）", type: "integer", nullable: true, description: "令和2年国勢調査人口" },
    ...countColumns("clinics", "在支診"),
    ...countColumns("hospitals", "在支病"),
    { key: "clinicsPer100k", label: "在支診 人口10万対", type: "number", nullable: true, description: "人口10万人あたりの在支診の数（小数第1位）" },
    { key: "hospitalsPer100k", label: "在支病 人口10万対", type: "number", nullable: true, description: "人口10万人あたりの在支病の数（小数第1位）" },
    ...snapshotColumns,
  ],
};

export const facilitiesDataset: OpenDataset = {
  key: "facilities",
  title: "在宅療養支援診療所・病院の一覧（名簿の時点ごと）",
  description: "名簿に在支診・在支病として掲載された医療機関と、その類型・算定開始年月日・所在地、名簿の「現在」日付時点の在宅医療圏。",
  portalOwn: false,
  sourceKeys: ["kouseikyoku-facility-list"],
  path: `${OPEN_DATA_BASE}/facilities`,
  rowMeaning: "1行に1医療機関（2つの類型に載っていたものは算定開始年月日が新しい方の1行）",
  parameters: [snapshotParameter],
  columns: [
    { key: "institutionNumber", label: "医療機関番号", type: "string", description: "医療機関番号（7桁）" },
    { key: "name", label: "医療機関名称", type: "string", description: "名簿の名称" },
    { key: "kind", label: "種別", type: "string", description: "在宅療養支援診療所・在宅療養支援病院" },
    { key: "supportType", label: "類型", type: "integer", description: "1=機能強化型（単独型）、2=機能強化型（連携型）、3=従来型" },
    { key: "supportTypeName", label: "類型名", type: "string", description: "類型の名称" },
    { key: "supportSince", label: "算定開始年月日", type: "date", nullable: true, description: "その類型の算定開始年月日" },
    { key: "postalCode", label: "郵便番号", type: "string", nullable: true, description: "名簿の郵便番号" },
    { key: "address", label: "住所", type: "string", nullable: true, description: "名簿の所在地" },
    { key: "phone", label: "電話番号", type: "string", nullable: true, description: "名簿の電話番号" },
    { key: "municipalityCode", label: "市町村コード", type: "string", description: "所在地から判定した市町村（札幌市は区）のコード" },
    { key: "municipalityName", label: "市町村名", type: "string", description: "所在する市町村（区）" },
    { key: "homeCareRegionCode", label: "在宅医療圏コード", type: "string", nullable: true, description: "名簿の「現在」日付時点の在宅医療圏" },
    { key: "homeCareRegionName", label: "在宅医療圏名", type: "string", nullable: true, description: "在宅医療圏の名称" },
    ...snapshotColumns,
  ],
};
