// User-facing text of the region maps.
const numberFormat = new Intl.NumberFormat("ja-JP");

export type SwitchLevel = "homecare" | "secondary" | "municipality";
type MeasureKey = "none" | "clinics" | "hospitals" | "clinicsPer100k" | "hospitalsPer100k";

const rate = (n: number) => n.toFixed(1);

export const mapMessages = {
  levelLegend: "地図に表示する区域",
  levels: {
    homecare: "在宅医療圏",
    secondary: "二次医療圏",
    municipality: "市町村",
  } satisfies Record<SwitchLevel, string>,
  overviewLabel: "北海道の医療圏の地図",
  focusLabel: (name: string) => `在宅医療圏「${name}」の地図`,
  /** The name of the focusable Leaflet surface inside the map region. */
  surfaceLabel: "地図（矢印キーで移動、＋キー・−キーで拡大・縮小）",
  surfaceRole: "地図",
  tableAlternative: "地図と同じ内容を下の表に掲載しています。",
  keyboardHint: "地図を選択すると、矢印キーで表示位置を動かし、＋キー・−キーで拡大・縮小できます。",
  pointerHint: "区域にマウスを重ねると名称と人口を表示し、クリックするとその在宅医療圏のページを開きます。",
  focusPointerHint: "太線がこの在宅医療圏の境界、内側の細線が構成する市町村・区の境界です。周囲の在宅医療圏をクリックすると、そのページを開きます。",
  provisionalLegend: "破線の境界は暫定の在宅医療圏です。",
  loading: "地図を読み込んでいます…",
  showing: (level: string) => `地図に${level}を表示しています。`,
  failed: "地図のデータを読み込めませんでした。下の表で同じ内容をご覧いただけます。",
  noBoundary: "この在宅医療圏の境界データが登録されていないため、地図に表示できません。",
  zoomIn: "拡大",
  zoomOut: "縮小",
  boundaryAttribution: "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成",
  measureLegend: "地図の色分け",
  measures: {
    none: "区域のみ",
    clinics: "在支診数",
    hospitals: "在支病数",
    clinicsPer100k: "在支診（10万人あたり）",
    hospitalsPer100k: "在支病（10万人あたり）",
  } satisfies Record<MeasureKey, string>,
  /** The measure in full, for the legend's title and the table's header. */
  measureTitles: {
    none: "",
    clinics: "在宅療養支援診療所（在支診）の数（か所）",
    hospitals: "在宅療養支援病院（在支病）の数（か所）",
    clinicsPer100k: "人口10万人あたりの在宅療養支援診療所（在支診）の数",
    hospitalsPer100k: "人口10万人あたりの在宅療養支援病院（在支病）の数",
  } satisfies Record<MeasureKey, string>,
  noCounts: "この日付に使える医療機関名簿（厚生局の届出受理医療機関名簿）が取り込まれていないため、在宅療養支援診療所・病院の数による色分けと表は表示できません。",
  legendTitle: (measure: string, level: string) => `凡例: ${level}ごとの${measure}`,
  legendClass: (c: { from: number; to: number | null; zero: boolean }, isRate: boolean) => {
    if (c.zero) return isRate ? "0.0（なし）" : "0か所（なし）";
    if (isRate) {
      if (c.to === null) return `${rate(c.from)}以上`;
      return `${rate(c.from)}以上${rate(c.to)}未満`;
    }
    if (c.to === null) return `${numberFormat.format(c.from)}か所以上`;
    if (c.to - 1 === c.from) return `${numberFormat.format(c.from)}か所`;
    return `${numberFormat.format(c.from)}～${numberFormat.format(c.to - 1)}か所`;
  },
  legendCount: (n: number) => `（${numberFormat.format(n)}区域）`,
  noData: "データなし（人口が不明）",
  colouredBy: (measure: string, level: string) => `地図は${level}を${measure}で色分けしています。`,
  measureValue: (label: string, value: number | null, isRate: boolean) =>
    `${label}：${value === null ? "—" : isRate ? rate(value) : `${numberFormat.format(value)}か所`}`,
  countsHeading: (level: string) => `${level}ごとの在宅療養支援診療所・病院の数`,
  countsCaption: (level: string, asOf: string, count: number) => `${level}ごとの在宅療養支援診療所・病院の数（${asOf}、${numberFormat.format(count)}区域）`,
  countColumns: {
    name: (level: string) => level,
    population: "人口（令和2年）",
    clinics: "在支診",
    hospitals: "在支病",
    clinicsPer100k: "在支診（10万人あたり）",
    hospitalsPer100k: "在支病（10万人あたり）",
    colourClass: (measure: string) => `地図の区分（${measure}）`,
  },
  countsFootnote: (level: SwitchLevel) =>
    `在支診は在宅療養支援診療所、在支病は在宅療養支援病院です。10万人あたりの数は令和2年国勢調査の人口によります。${level === "municipality" ? "札幌市は区ごとに数えています。" : "区域の数は、構成する市町村・区に所在する医療機関を数えています。"}`,
  formatCount: (n: number) => numberFormat.format(n),
  formatRate: (n: number | null) => (n === null ? "—" : rate(n)),
  tooltip: {
    population: (n: number | null) => (n === null ? "人口：—" : `人口：${numberFormat.format(n)}人（令和2年）`),
    provisional: "暫定の在宅医療圏",
    homeCareRegion: (name: string | null) => (name === null ? "在宅医療圏：未設定" : `在宅医療圏：${name}`),
    open: "クリックで在宅医療圏のページを開きます",
  },
};
