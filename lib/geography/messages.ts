// User-facing text of the home page and the data-sources page, and how their figures read.
import { formatFiscalYear, formatFiscalYearWithSeireki, formatWarekiDate } from "@/lib/dates/wareki";

const numberFormat = new Intl.NumberFormat("ja-JP");

/** 12345 → 「12,345」 (ja-JP groups by three with commas). Whole numbers without Intl, which is slow in long tables. */
export const formatNumber = (n: number) => (Number.isSafeInteger(n) ? groupDigits(n) : numberFormat.format(n));
export const formatPeople = (n: number | null) => (n === null ? "—" : `${formatNumber(n)}人`);

function groupDigits(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "YYYY-MM-DD" (a day in Japan) → 「令和7年11月23日」. */
export const formatIsoDateWareki = (iso: string) => formatWarekiDate(new Date(`${iso}T12:00:00+09:00`));

const PLAN_FIRST_YEAR = 2024;
const PLAN_LAST_YEAR = 2029;

export const homeMessages = {
  lead: `北海道医療計画（${formatFiscalYear(PLAN_FIRST_YEAR)}～${formatFiscalYear(PLAN_LAST_YEAR)}）に基づき、在宅医療圏ごとの在宅医療の提供体制づくりを進めるため、北海道（本庁）、保健所、関係機関と道民の皆さまが情報を共有するポータルサイトです。`,
  purposeHeading: "このポータルの目的",
  purposes: [
    `在宅医療圏ごとに「在宅医療に必要な連携を担う拠点」と「在宅医療において積極的役割を担う医療機関」を指定し、${formatFiscalYearWithSeireki(PLAN_LAST_YEAR)}までにすべての在宅医療圏で指定を終えるという目標の進み具合を示します。`,
    "保健所が在宅医療圏の状況を報告し、本庁が全道の状況を取りまとめます。",
    "郡市医師会、医療機関、市町村、訪問看護ステーションなどが、補助事業の計画書や実績報告を提出します。",
    "道民の皆さまや医療・介護の関係者に、地域の在宅医療の取組をお知らせします。",
  ],
  currentScope: "現在は、医療圏・在宅医療圏・市町村の基礎情報と地図、データの出典を公開しています。",
  summaryHeading: (prefecture: string) => `${prefecture}の医療圏と市町村`,
  asOf: (iso: string) => `${formatIsoDateWareki(iso)}現在`,
  summaryLabel: "医療圏・市町村・保健所の数と人口",
  tertiary: "三次医療圏",
  secondary: "二次医療圏",
  homeCare: "在宅医療圏",
  regionUnit: "圏域",
  provisionalOf: (n: number) => `うち暫定 ${formatNumber(n)}圏域`,
  allOfficial: "すべて正式な定義です",
  municipalities: "市町村",
  municipalityUnit: "市町村",
  wards: (n: number) => `このほか札幌市の行政区 ${formatNumber(n)}区`,
  healthCenters: "保健所（登録済み）",
  healthCenterUnit: "か所",
  sampleOf: (n: number) => `${formatNumber(n)}か所を含みます`,
  population: "人口（令和2年国勢調査）",
  populationUnit: "人",
  populationNote: "市町村の人口の合計です。",
  provisionalTitle: "在宅医療圏は暫定の区域で表示しています",
  provisionalBody: [
    "北海道医療計画に定める在宅医療圏の正式な一覧は、まだこのポータルに登録されていません。",
    "正式な一覧が登録されるまでは、二次医療圏ごとに一つの在宅医療圏を暫定的に設けて表示しています。十勝のように一つの二次医療圏に複数の在宅医療圏がある地域もあるため、実際の区域とは異なる場合があります。",
  ],
  noData: "医療圏・市町村の参照データがまだ登録されていません。",
  tableHeading: "在宅医療圏の一覧",
  tableCaption: (asOf: string, count: number) => `在宅医療圏の一覧（${asOf}、${formatNumber(count)}圏域）`,
  columns: {
    code: "コード",
    name: "在宅医療圏",
    secondary: "二次医療圏",
    tertiary: "三次医療圏",
    members: "構成市町村・区の数",
    population: "人口（令和2年）",
    status: "区分",
  },
  official: "正式",
  tableFootnote: "人口は、構成する市町村・区の令和2年国勢調査人口の合計です。札幌市は行政区を単位として在宅医療圏に含めています。",
  noRegions: "現在有効な在宅医療圏はありません。",
};

export const sourcesMessages = {
  title: "データの出典とライセンス",
  lead: "このポータルで表示している医療圏・市町村・人口・地図などのデータの出典です。各データは、それぞれの利用条件に従って加工して表示しています。",
  boundaryTitle: "地図の境界線は表示用に簡略化しています",
  boundaryBody:
    "市町村・医療圏の境界線は、国土数値情報（行政区域データ）を表示用に簡略化（頂点を約1%に間引き）したものです。小さな島が表示されない場合があります。面積の計測や境界の確認には使わないでください。",
  publisher: "提供者",
  attribution: "出典の表記",
  licence: "利用条件",
  asOf: "時点",
  url: "入手先",
  noLicence: "記載なし",
  none: "出典の情報はまだ登録されていません。",
  formatAsOf: (value: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${formatIsoDateWareki(value)}（${value.replaceAll("-", "/")}）`;
    if (/^\d{4}$/.test(value)) return `${value}年`;
    return value;
  },
};
