// User-facing text of the region maps.
const numberFormat = new Intl.NumberFormat("ja-JP");

export type SwitchLevel = "homecare" | "secondary" | "municipality";

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
  tooltip: {
    population: (n: number | null) => (n === null ? "人口：—" : `人口：${numberFormat.format(n)}人（令和2年）`),
    provisional: "暫定の在宅医療圏",
    homeCareRegion: (name: string | null) => (name === null ? "在宅医療圏：未設定" : `在宅医療圏：${name}`),
    open: "クリックで在宅医療圏のページを開きます",
  },
};
