// User-facing text of the public 在宅医療圏 pages (/regions and /regions/{code}).
import { formatNumber, formatIsoDateWareki, homeMessages } from "@/lib/geography/messages";
import type { RegionMember } from "./queries";

export const regionListMessages = {
  title: "在宅医療圏",
  lead: "在宅医療圏は、北海道医療計画に基づいて在宅医療の提供体制を整える単位となる区域です。一つまたは複数の市町村（札幌市は行政区）で構成し、区域ごとに「在宅医療に必要な連携を担う拠点」と「在宅医療において積極的役割を担う医療機関」を指定します。",
  asOf: (iso: string) => `${formatIsoDateWareki(iso)}現在`,
  pastTitle: (iso: string) => `${formatIsoDateWareki(iso)}時点の在宅医療圏を表示しています`,
  pastBody: "過去または将来の日付を指定して表示しています。",
  currentLink: "現在の在宅医療圏を表示する",
  provisionalTitle: homeMessages.provisionalTitle,
  provisionalBody: homeMessages.provisionalBody,
  mapHeading: "地図",
  tableHeading: homeMessages.tableHeading,
  tableCaption: homeMessages.tableCaption,
  columns: {
    ...homeMessages.columns,
    leads: "担当保健所",
    status: "区分",
  },
  official: "正式",
  noLead: "未設定",
  tableFootnote: homeMessages.tableFootnote,
  noRegions: "この日付に有効な在宅医療圏はありません。",
  noData: "医療圏・市町村の参照データがまだ登録されていません。",
  homeLink: "在宅医療圏の一覧と地図へ",
};

const kindLabels: Record<RegionMember["kind"], string> = {
  DESIGNATED_CITY: "市",
  CITY: "市",
  TOWN: "町",
  VILLAGE: "村",
  WARD: "区",
};

const successionLabels: Record<string, string> = { SPLIT: "分割", MERGE: "統合", REDEFINE: "区域の見直し" };

export const regionDetailMessages = {
  facts: "基本情報",
  code: "コード",
  secondary: "二次医療圏",
  tertiary: "三次医療圏",
  validity: "有効期間",
  validFrom: (iso: string) => `${formatIsoDateWareki(iso)}から`,
  validUntil: (lastDay: string) => `${formatIsoDateWareki(lastDay)}まで`,
  openEnded: "（終了日の定めなし）",
  population: "人口（令和2年国勢調査）",
  populationSum: "構成する市町村・区の人口の合計",
  memberCount: "構成市町村・区の数",
  leads: "担当保健所",
  noLead: "未設定",
  definitionSource: "区域の根拠",
  provisionalNote: "この在宅医療圏は、正式な一覧が登録されるまでの暫定の区域です（二次医療圏ごとに一つ設けています）。",
  shownOn: (iso: string) => `${formatIsoDateWareki(iso)}時点の内容を表示しています。`,
  ended: (lastDay: string) => `この在宅医療圏は${formatIsoDateWareki(lastDay)}をもって終了しました。`,
  notStarted: (firstDay: string) => `この在宅医療圏は${formatIsoDateWareki(firstDay)}から有効になります。`,
  mapHeading: "区域の地図",
  membersHeading: "構成する市町村・区",
  membersCaption: (name: string, asOf: string, count: number) => `${name}を構成する市町村・区（${asOf}、${formatNumber(count)}件）`,
  columns: {
    code: "市町村コード",
    name: "名称",
    kind: "種別",
    population: "人口（令和2年）",
    population65: "65歳以上人口（令和2年）",
    healthCenters: "所管保健所",
  },
  kind: (kind: RegionMember["kind"]) => kindLabels[kind],
  unregistered: "未登録",
  membersFootnote: "人口は令和2年国勢調査によります。行政区の所管保健所は、その市の保健所です。",
  noMembers: "この日付に構成する市町村・区はありません。",
  lineageHeading: "区域の変更",
  predecessors: "前の在宅医療圏",
  successors: "後の在宅医療圏",
  succession: (kind: string, iso: string) => `${formatIsoDateWareki(iso)}に${successionLabels[kind] ?? "変更"}`,
  backToList: "在宅医療圏の一覧へ戻る",
  notFoundTitle: "在宅医療圏が見つかりません",
  notFoundBody: "指定されたコードの在宅医療圏は登録されていません。URLをご確認いただくか、一覧からお探しください。",
};

/** The date control of the region pages (public and admin). */
export const dateControlMessages = {
  label: "表示する日付",
  submit: "表示する",
  shown: (iso: string) => `${formatIsoDateWareki(iso)}時点を表示しています。`,
  invalid: (text: string) => `指定された日付「${text}」を読み取れませんでした。年-月-日の形（例：2026-04-01）で指定してください。`,
};
