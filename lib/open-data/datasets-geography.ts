// Open datasets of geography: 医療圏 and 在宅医療圏 with their members, and 市町村.
import type { Column } from "./columns";
import { OPEN_DATA_BASE, type OpenDataset } from "./types";

const regionColumns: Column[] = [
  { key: "level", label: "区域の階層", type: "string", description: "在宅医療圏・二次医療圏・三次医療圏" },
  { key: "code", label: "区域コード", type: "string", description: "在宅医療圏は本庁が付番し再利用しないコード、二次医療圏は厚生労働省の4桁コード、三次医療圏は2桁" },
  { key: "name", label: "区域名", type: "string", description: "区域の名称" },
  { key: "provisional", label: "暫定", type: "boolean", nullable: true, description: "在宅医療圏が正式な定義の登録前の暫定の区域か（在宅医療圏以外は空）" },
  { key: "validFrom", label: "有効期間の開始日", type: "date", nullable: true, description: "在宅医療圏の有効期間の開始日（在宅医療圏以外は空）" },
  { key: "validTo", label: "有効期間の終了日", type: "date", nullable: true, description: "在宅医療圏の有効期間の終了日（この日を含まない。空は継続中）" },
  { key: "tertiaryCode", label: "三次医療圏コード", type: "string", nullable: true, description: "属する三次医療圏のコード（三次医療圏の行では空）" },
  { key: "tertiaryName", label: "三次医療圏名", type: "string", nullable: true, description: "属する三次医療圏の名称" },
  { key: "secondaryCode", label: "二次医療圏コード", type: "string", nullable: true, description: "属する二次医療圏のコード（在宅医療圏が複数の二次医療圏にまたがる場合は空）" },
  { key: "secondaryName", label: "二次医療圏名", type: "string", nullable: true, description: "属する二次医療圏の名称" },
  { key: "memberCodes", label: "構成区域コード", type: "list", description: "構成する区域のコード: 在宅医療圏・二次医療圏は市町村（札幌市は区）の全国地方公共団体コード5桁、三次医療圏は二次医療圏コード" },
  { key: "memberNames", label: "構成区域名", type: "list", description: "構成する区域の名称（構成区域コードと同じ順）" },
  { key: "population2020", label: "人口（令和2年国勢調査）", type: "integer", nullable: true, description: "構成市町村の令和2年国勢調査人口の合計（不明な市町村を含むときは空）" },
  { key: "asOf", label: "基準日", type: "date", description: "この日時点の区域と構成" },
];

export const regionsDataset: OpenDataset = {
  key: "regions",
  title: "在宅医療圏・二次医療圏・三次医療圏と構成市町村",
  description: "在宅医療圏（本庁が定める在宅医療の圏域）、二次医療圏、三次医療圏の一覧と、それぞれを構成する市町村（区）。在宅医療圏は基準日時点の定義です。",
  portalOwn: true,
  sourceKeys: ["census-2020", "mhlw-r7-regions", "soumu-lg-code"],
  path: `${OPEN_DATA_BASE}/regions`,
  rowMeaning: "1行に1区域",
  parameters: [
    { name: "level", label: "区域の階層", description: "homecare=在宅医療圏（既定）、secondary=二次医療圏、tertiary=三次医療圏" },
    { name: "asOf", label: "基準日", description: "YYYY-MM-DD（省略時は今日）" },
  ],
  columns: regionColumns,
};

export const municipalitiesDataset: OpenDataset = {
  key: "municipalities",
  title: "市町村（人口・医療圏・在宅医療圏）",
  description: "道内の市町村（札幌市は1件。includeWards=true で区も）と、令和2年国勢調査の人口、属する三次・二次医療圏と基準日時点の在宅医療圏。",
  portalOwn: true,
  sourceKeys: ["soumu-lg-code", "census-2020", "mhlw-r7-regions"],
  path: `${OPEN_DATA_BASE}/municipalities`,
  rowMeaning: "1行に1市町村（区）",
  parameters: [
    { name: "asOf", label: "基準日", description: "YYYY-MM-DD（省略時は今日）" },
    { name: "includeWards", label: "区を含める", description: "true で政令指定都市の区も含める（既定 false）" },
  ],
  columns: [
    { key: "code", label: "市町村コード", type: "string", description: "全国地方公共団体コード（5桁、検査数字なし）" },
    { key: "lgCode6", label: "検査数字付きコード", type: "string", nullable: true, description: "全国地方公共団体コード（6桁、検査数字付き）" },
    { key: "name", label: "市町村名", type: "string", description: "市町村（区）の名称" },
    { key: "kana", label: "よみ", type: "string", nullable: true, description: "名称のよみ（カタカナ）" },
    { key: "kind", label: "種類", type: "string", description: "政令指定都市・市・町・村・区" },
    { key: "subprefecture", label: "振興局", type: "string", nullable: true, description: "総合振興局・振興局" },
    { key: "population2020", label: "人口（令和2年国勢調査）", type: "integer", nullable: true, description: "令和2年国勢調査の人口（政令指定都市の行は市全体。区を含めたときに合計すると重複します）" },
    { key: "population65Plus2020", label: "65歳以上人口（令和2年国勢調査）", type: "integer", nullable: true, description: "令和2年国勢調査の65歳以上人口" },
    { key: "cityCode", label: "市コード（区の場合）", type: "string", nullable: true, description: "区の行で、その区が属する市のコード" },
    { key: "tertiaryCode", label: "三次医療圏コード", type: "string", nullable: true, description: "属する三次医療圏" },
    { key: "tertiaryName", label: "三次医療圏名", type: "string", nullable: true, description: "属する三次医療圏の名称" },
    { key: "secondaryCode", label: "二次医療圏コード", type: "string", nullable: true, description: "属する二次医療圏（厚生労働省コード）" },
    { key: "secondaryName", label: "二次医療圏名", type: "string", nullable: true, description: "属する二次医療圏の名称" },
    { key: "homeCareRegionCode", label: "在宅医療圏コード", type: "string", nullable: true, description: "基準日時点の在宅医療圏（政令指定都市は区ごとに属するため空）" },
    { key: "homeCareRegionName", label: "在宅医療圏名", type: "string", nullable: true, description: "基準日時点の在宅医療圏の名称" },
    { key: "asOf", label: "基準日", type: "date", description: "この日時点の在宅医療圏" },
  ],
};
