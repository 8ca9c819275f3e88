// Texts of the facility pages, the map measure and the facility API.
import { formatIsoDateWareki, formatNumber } from "@/lib/geography/messages";

export const facilityMessages = {
  defaultAttribution: "地方厚生局「届出受理医療機関名簿」を加工して作成",
  noSnapshot: "医療機関名簿がまだ取り込まれていません。",
  noSnapshotOn: (date: string) => `${date} 以前の医療機関名簿はありません。`,
  regionNotFound: (code: string) => `在宅医療圏（コード ${code}）が見つかりません。`,
  municipalityNotFound: (code: string) => `市町村コード ${code} が見つかりません。`,
  kinds: { CLINIC: "在宅療養支援診療所", HOSPITAL: "在宅療養支援病院" } as const,
  shortKinds: { CLINIC: "在支診", HOSPITAL: "在支病" } as const,
  types: { 1: "機能強化型（単独型）", 2: "機能強化型（連携型）", 3: "従来型" } as Record<number, string>,
  typeShort: { 1: "類型1", 2: "類型2", 3: "類型3" } as Record<number, string>,
};

/** The source line every count carries: 出典: 北海道厚生局「届出受理医療機関名簿（医科）」令和7年10月1日現在. */
export function sourceLine(source: { publisher: string; title: string; asOf: string }): string {
  return `出典: ${source.publisher}「${source.title}」${formatIsoDateWareki(source.asOf)}現在`;
}

export const formatPer100k = (n: number | null) => (n === null ? "—" : n.toFixed(1));

/** The 在宅療養支援診療所・病院 section of a 在宅医療圏's page. */
export const regionFacilityMessages = {
  heading: "在宅療養支援診療所・病院",
  asOf: (iso: string) => `${formatIsoDateWareki(iso)}現在`,
  intro:
    "在宅療養支援診療所（在支診）と在宅療養支援病院（在支病）は、24時間の往診・訪問看護の体制などを整え、地方厚生局に届け出た医療機関です。届出の類型ごとの数を、北海道全体と並べて示します。",
  noSnapshot: "医療機関名簿がまだ取り込まれていないため、在宅療養支援診療所・病院の数を表示できません。",
  noSnapshotOn: (iso: string) => `${formatIsoDateWareki(iso)}以前の医療機関名簿がないため、この日付の数は表示できません。`,
  notInSnapshot: "この在宅医療圏は名簿の時点の区域に含まれないため、数を表示できません。",
  countsHeading: "類型別の数",
  countsCaption: (name: string, asOf: string) => `${name}と北海道の在宅療養支援診療所・病院の数（${asOf}）`,
  countColumns: {
    kind: "種別",
    type1: "機能強化型（単独型）",
    type2: "機能強化型（連携型）",
    type3: "従来型",
    total: "合計",
    per100k: "人口10万人あたり",
    prefectureTotal: "北海道 合計",
    prefecturePer100k: "北海道 人口10万人あたり",
  },
  countsFootnote:
    "人口10万人あたりの数は、令和2年国勢調査の人口で割ったものです（小数第1位まで）。人口の分からない区域は「—」と表示します。在宅医療圏の数は、構成する市町村・区に所在する医療機関を数えています。",
  listHeading: "医療機関の一覧",
  listCaption: (name: string, asOf: string, count: number) => `${name}の在宅療養支援診療所・病院（${asOf}、${formatNumber(count)}件）`,
  listEmpty: "この在宅医療圏には、名簿に掲載された在宅療養支援診療所・病院はありません。",
  trendHeading: "数の推移",
  trendIntro: "取り込んだ名簿ごとに、その時点の区域（構成する市町村・区）で数えた数です。",
  trendSource: (source: { publisher: string; title: string }) => `出典: ${source.publisher}「${source.title}」（各時点の名簿）`,
  trendCaption: (name: string) => `${name}の在宅療養支援診療所・病院の数の推移`,
  trendColumns: {
    asOf: "名簿の時点",
    clinics: "在支診",
    clinicTypes: "在支診の内訳（類型1・2・3）",
    hospitals: "在支病",
    hospitalTypes: "在支病の内訳（類型1・2・3）",
  },
  typesBreakdown: (t: { type1: number; type2: number; type3: number }) => `${formatNumber(t.type1)}・${formatNumber(t.type2)}・${formatNumber(t.type3)}`,
  undefinedPoint: "区域なし",
  gapNote: "「区域なし」は、その名簿の時点ではこの在宅医療圏が設けられていなかったことを示します。グラフでは線を途切れさせています。",
  singlePoint: "取り込んだ名簿は1時点のみのため、推移はまだ示せません。名簿を取り込むと時点が増えます。",
  chartSummary: (name: string, first: string, last: string, clinics: number, hospitals: number) =>
    `${name}の在宅療養支援診療所・病院の数の推移のグラフ（${first === last ? `${first}現在の1時点` : `${first}から${last}まで`}）。最新の時点で在支診${formatNumber(clinics)}か所、在支病${formatNumber(hospitals)}か所。数値は下の表のとおりです。`,
  chartLines: { clinics: "在支診（合計）", hospitals: "在支病（合計）" },
  csvLink: "この在宅医療圏の一覧を CSV でダウンロード",
  searchLink: "医療機関を探す（市町村・名称・類型で検索）",
};

/** The public facility search (/facilities). */
export const facilitySearchMessages = {
  title: "在宅療養支援診療所・病院を探す",
  lead: "北海道厚生局の「届出受理医療機関名簿（医科）」から、在宅療養支援診療所（在支診）と在宅療養支援病院（在支病）を、市町村・在宅医療圏・名称・種別・類型で探せます。",
  formHeading: "検索条件",
  fields: {
    municipality: "市町村・区",
    region: "在宅医療圏",
    q: "医療機関の名称・所在地・医療機関番号",
    qHint: (max: number) => `名称・所在地の一部でも検索できます（例: 在宅クリニック）。${formatNumber(max)}文字以内。`,
    kind: "種別",
    type: "類型",
    asOf: "名簿の時点",
  },
  any: "すべて",
  sapporoAll: (name: string) => `${name}（全区）`,
  kindOptions: { clinic: "在宅療養支援診療所（在支診）", hospital: "在宅療養支援病院（在支病）" } as const,
  typeOption: (type: number, label: string) => `類型${type}: ${label}`,
  latest: "最新",
  submit: "検索する",
  reset: "条件をクリア",
  resultsHeading: "検索結果",
  resultsCount: (n: number) => `${formatNumber(n)}件`,
  resultsCaption: (asOf: string, n: number) => `在宅療養支援診療所・病院の検索結果（${asOf}、${formatNumber(n)}件）`,
  capped: (shown: number, total: number) => `${formatNumber(total)}件のうち先頭の${formatNumber(shown)}件を表示しています。条件を絞り込むか、CSV をダウンロードしてください。`,
  noResults: "条件に合う医療機関はありません。条件を変えて検索してください。",
  csvLink: "この条件の検索結果を CSV でダウンロード",
  invalidTitle: "検索条件に誤りがあります",
  invalidBody: "次の条件を直してから、もう一度検索してください。",
  notSearched: "検索条件に誤りがあるため、検索していません。",
  columns: {
    name: "医療機関名称",
    kind: "種別",
    type: "類型",
    since: "算定開始",
    address: "所在地",
    phone: "電話番号",
    municipality: "市町村・区",
    region: "在宅医療圏",
  },
  unknown: "—",
  postal: (code: string) => `〒${code}`,
  since: (iso: string | null) => (iso === null ? "—" : formatIsoDateWareki(iso)),
  footnote: "類型1は機能強化型（単独型）、類型2は機能強化型（連携型）、類型3は従来型です。在宅医療圏は現在の区域です。",
};

/** Messages naming a bad query parameter of /facilities (and its CSV link). */
export const searchParamMessages = {
  repeated: (param: string) => `パラメータ「${param}」が複数指定されています。一つだけ指定してください。`,
  region: (value: string) => `パラメータ「region」（在宅医療圏）の値「${value}」は使えません。在宅医療圏のコード（半角英数字とハイフン、16文字以内。例: 0104）を指定してください。`,
  municipality: (value: string) => `パラメータ「municipality」（市町村・区）の値「${value}」は使えません。5桁の市町村コードを指定してください。`,
  q: (max: number) => `パラメータ「q」（名称など）は${formatNumber(max)}文字以内で指定してください。`,
  kind: (value: string) => `パラメータ「kind」（種別）の値「${value}」は使えません。clinic（在支診）または hospital（在支病）を指定してください。`,
  type: (value: string) => `パラメータ「type」（類型）の値「${value}」は使えません。1・2・3 のいずれかを指定してください。`,
  asOf: (value: string) => `パラメータ「asOf」（名簿の時点）の値「${value}」は使えません。YYYY-MM-DD 形式の日付を指定してください。`,
};
