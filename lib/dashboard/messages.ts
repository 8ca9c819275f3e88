// Japanese text of the 本庁 dashboard (ダッシュボード): headings, summaries, column names and the
// CSV files' names, shared by the page and the CSV export.
import { formatFiscalYear } from "@/lib/dates/wareki";
import type { OverdueKind } from "./overdue";

const num = new Intl.NumberFormat("ja-JP");
const pct = (part: number, whole: number) => (whole > 0 ? `${Math.floor((part * 1000) / whole) / 10}%` : "—");

export const dashboardMessages = {
  forbidden: "ダッシュボードは本庁の職員だけが見られます。",
  title: "ダッシュボード",
  lead: "北海道の在宅医療の推進状況を一つの画面にまとめています：ロードマップに対する指定の進み具合、予算事業ごとの執行、在支診・在支病の数の推移、状況報告の提出状況、期限を過ぎた項目。グラフはすべて「表で見る」で同じ数値の表に切り替えられ、CSV でも取得できます。",
  yearHeading: "年度の選択",
  yearLabel: "表示する年度（予算の執行）",
  yearOption: (year: number) => `${formatFiscalYear(year)}（${year}年度）`,
  yearSubmit: "表示",
  view: { chart: "グラフで見る", table: "表で見る", group: (title: string) => `${title}の表示方法` },
  csv: (title: string) => `${title}のCSVをダウンロード`,
  thousand: "千円",
  none: "—",
  total: "合計",
  sample: "サンプル",
  roadmap: {
    heading: "ロードマップに対する指定の進み具合",
    summary: (done: number, base: number, regions: number) =>
      `現在、${regions}の在宅医療圏のうち、拠点と積極的役割医療機関の両方がそろった圏域は${done}（${pct(done, regions)}）、拠点がある圏域は${base}です。目標（累計）は各年度の目標圏域数を積み上げたもので、「残りすべて」の年度で全圏域になります。`,
    caption: "年度別の目標と指定の実績（累計、在宅医療圏の数）",
    col: { year: "年度", target: "目標（その年度）", targetCumulative: "目標（累計）", planned: "計画（累計）", base: "拠点あり", activeRole: "積極的役割あり", done: "両方そろった", countedOn: "実績の基準日" },
    lines: { planned: "計画（累計）", base: "拠点あり", done: "両方そろった" },
    remaining: "残りすべて",
    range: (min: number, max: number) => (min === max ? `${min}` : `${min}〜${max}`),
    notYet: "（未到来）",
  },
  budgets: {
    heading: (year: number) => `予算事業別の執行状況（${formatFiscalYear(year)}）`,
    summary: (year: number, amount: number, committed: number, paid: number) =>
      `${formatFiscalYear(year)}の予算額（現計）は合計${num.format(Math.trunc(amount / 1000))}千円、交付決定額は${num.format(Math.trunc(committed / 1000))}千円（${pct(committed, amount)}）、確定額は${num.format(Math.trunc(paid / 1000))}千円です。`,
    empty: (year: number) => `${formatFiscalYear(year)}の予算は登録されていません。`,
    caption: (year: number) => `${formatFiscalYear(year)} 予算事業別の予算と執行（単位：千円）`,
    col: { line: "予算事業", programme: "事業区分", initial: "当初予算", supplement: "補正", amount: "現計", committed: "交付決定額", paid: "確定額", remaining: "残額", rate: "執行率（交付決定）" },
    bars: { amount: "予算額（現計）", committed: "交付決定額", paid: "確定額" },
    rate: pct,
  },
  facilities: {
    heading: "在宅療養支援診療所・病院の数の推移",
    summary: (first: string, last: string, clinics: number, hospitals: number) =>
      `取り込んだ厚生局の名簿（${first}〜${last}現在）による全道の数です。最新の名簿では在支診${clinics}、在支病${hospitals}です。`,
    empty: "厚生局の名簿がまだ取り込まれていません。",
    caption: "名簿の現在日別の在支診・在支病の数（全道）",
    col: { asOf: "名簿の現在日", clinics: "在支診 計", clinicTypes: ["在支診 機能強化型（単独）", "在支診 機能強化型（連携）", "在支診 従来型"], hospitals: "在支病 計", hospitalTypes: ["在支病 機能強化型（単独）", "在支病 機能強化型（連携）", "在支病 従来型"] },
    lines: { clinics: "在支診", hospitals: "在支病" },
  },
  reports: {
    heading: "状況報告の状況（年度別）",
    summary: (year: number, approved: number, regions: number) => `${formatFiscalYear(year)}の状況報告は、${regions}圏域のうち${approved}圏域が承認済みです。`,
    caption: "年度別・状態別の状況報告の数（在宅医療圏）",
    col: { year: "年度", notStarted: "未作成", DRAFT: "下書き", SUBMITTED: "提出済み", RETURNED: "差戻し", APPROVED: "承認済み", dueOn: "提出期限" },
  },
  overdue: {
    heading: "期限を過ぎた項目・滞っている項目",
    lead: "各欄は古いものから最大50件を表示します。件名から各画面へ移動できます。",
    kinds: {
      report: "提出期限を過ぎた状況報告（未提出）",
      review: "募集の締切後も審査待ちの申請",
      approval: "決裁中の申請",
      resultReport: "期限を過ぎた実績報告（未提出）",
    } satisfies Record<OverdueKind, string>,
    since: { report: "提出期限", review: "募集の締切", approval: "決裁の開始日", resultReport: "実績報告の期限" } satisfies Record<OverdueKind, string>,
    col: { item: "件名", subject: "在宅医療圏・団体", state: "状態", days: "経過日数" },
    notMade: "未作成",
    reportTitle: (year: number) => `${formatFiscalYear(year)}の状況報告`,
    days: (d: number) => `${d}日`,
    empty: "該当なし",
    more: (total: number, shown: number) => `全${total}件のうち${shown}件を表示しています。`,
    purpose: { DECISION: "交付決定の決裁", CONFIRMATION: "額の確定の決裁" } as Record<string, string>,
  },
  csvNames: {
    roadmap: "ロードマップの進み具合",
    budgets: (year: number) => `予算事業別の執行_${formatFiscalYear(year)}`,
    facilities: "在支診・在支病の数の推移",
    reports: "状況報告の状況",
    overdue: "期限を過ぎた項目",
  },
};
