// Japanese text of the open-data page and API.
import { dateOnly } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";

export const openDataMessages = {
  title: "オープンデータ",
  lead: "ポータルのデータを CSV（Excel で開けます）と JSON でダウンロードできます。各データセットの利用条件と出典、列の説明を確かめてからお使いください。",
  licenceHeading: "利用条件",
  portalLicence:
    "政府標準利用規約（第2.0版）に準拠します。クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）と互換で、出典を明記すれば複製・加工・再配布・商用利用ができます。",
  derivedLicence: (publisher: string) =>
    `${publisher}の公表資料（政府標準利用規約 第2.0版）をポータルが加工・集計したものです。同じ条件で利用でき、下の出典をすべて明記してください。`,
  portalAttribution: (name: string, operator: string) => `${name}（${operator}）`,
  portalLicenceShort: "政府標準利用規約（第2.0版）（CC BY 4.0 互換）",
  formatNote:
    "CSV は UTF-8（BOM 付き）、改行は CRLF、見出しは日本語です。Excel で開くとコードの先頭の 0 が消えることがあります。そのときは「データ」→「テキストまたは CSV から」で列を文字列として読み込んでください。JSON は同じ行を列の項目名で返します。",
  boundariesHeading: "区域の境界（GeoJSON）",
  boundariesBody: "地図に使う区域の境界は GeoJSON で取得できます（表示用に簡略化した精度）。",
  boundariesAttribution: "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成",
  boundaryLevels: { homecare: "在宅医療圏", secondary: "二次医療圏", tertiary: "三次医療圏", municipality: "市町村" } as const,
  apiNote: "一覧（件数・最終更新日・列の説明）は JSON でも取得できます: ",
  openApiNote: "API の仕様（OpenAPI）: ",
  facts: { updatedOn: "最終更新日", recordCount: "件数", asOf: "基準日・時点", rowMeaning: "1行", licence: "利用条件", attribution: "出典の表示" },
  recordCount: (n: number) => `${n.toLocaleString("ja-JP")}件`,
  noUpdate: "データなし",
  dictionaryCaption: (title: string) => `${title}の列`,
  dictionarySummary: (n: number) => `列の説明（データ辞書、${n}列）`,
  dictionary: { label: "見出し（CSV）", key: "項目名（JSON）", type: "型", description: "説明" },
  nullable: "（空あり）",
  download: "ダウンロード",
  downloadCsv: "CSV をダウンロード",
  downloadJson: "JSON をダウンロード",
  ofDataset: (title: string) => `（${title}）`,
  conditions: "条件を選んでダウンロード",
  defaultOption: "既定",
  notesHeading: "載せるもの・載せないもの",
  noSnapshot: "医療機関の名簿がまだ取り込まれていません。",
  noSnapshotOn: (date: string) => `${formatWarekiDate(dateOnly(date))}現在の名簿はありません（snapshot）。`,
  unavailable: "このデータセットは、いまは取得できません。",
  formatWareki: (iso: string | null) => (iso ? formatWarekiDate(dateOnly(iso)) : "—"),
};
