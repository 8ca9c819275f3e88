// Text of the health-centre pages (保健所の管轄).
import { dateOnly } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";

/** "2026-04-01" → 令和8年4月1日; null → the given fallback. */
export function wareki(iso: string | null, fallback = "—"): string {
  return iso ? formatWarekiDate(dateOnly(iso)) : fallback;
}

export const healthCenterPageMessages = {
  title: "保健所の管轄",
  lead: "保健所ごとの管轄市町村と、主管する在宅医療圏（協議会の事務局）を日付を指定して確認します。変更は適用日を指定して行い、それ以前の管轄はそのまま残ります。変更できるのは本庁管理者です。",
  listCaption: (date: string) => `保健所の一覧（${date}時点）`,
  asOfLabel: "基準日",
  asOfHint: "「令和8年4月1日」または「2026-04-01」の形式で入力します。",
  asOfSubmit: "表示する",
  asOfInvalid: "基準日の形式が正しくないため、今日の時点で表示しています。",
  col: {
    name: "名称",
    code: "コード",
    operator: "設置主体",
    municipalities: "管轄市町村数",
    leads: "主管する在宅医療圏",
    status: "状態",
    municipality: "市町村・区",
    region: "在宅医療圏",
    from: "開始日",
    to: "終了日（最終日）",
  },
  inactive: "廃止・未開始",
  none: "なし",
  openEnded: "（継続中）",
  backToList: "保健所の一覧へ戻る",
  createHeading: "保健所を登録",
  createSubmit: "登録する",
  created: "登録しました。",
  detailsHeading: "基本情報",
  editHeading: "基本情報を変更",
  editSubmit: "変更を保存",
  saved: "保存しました。",
  jurisdictionHeading: (date: string) => `${date}時点の管轄市町村`,
  jurisdictionCaption: (date: string) => `管轄市町村（${date}時点）`,
  noJurisdiction: "この日に管轄する市町村はありません。",
  leadsHeading: (date: string) => `${date}時点で主管する在宅医療圏`,
  leadsCaption: (date: string) => `主管する在宅医療圏（${date}時点）`,
  noLeads: "この日に主管する在宅医療圏はありません。",
  historyHeading: "変更の履歴",
  jurisdictionHistoryCaption: "管轄の履歴",
  leadHistoryCaption: "主管する在宅医療圏の履歴",
  noHistory: "履歴はありません。",
  changeJurisdictionHeading: "管轄を変更",
  changeJurisdictionLead: "選んだ市町村・区を、適用日からこの保健所の管轄にします。前の保健所の管轄は適用日の前日で終わります。",
  municipalitiesHint: "Ctrl キー（Mac は command キー）を押しながら選ぶと複数選べます。括弧内は今日の管轄です。",
  changeJurisdictionSubmit: "管轄を変更する",
  changeLeadHeading: "主管する在宅医療圏を変更",
  changeLeadLead: "選んだ在宅医療圏の主管保健所を、適用日からこの保健所にします。前の主管保健所は適用日の前日で終わります。",
  changeLeadSubmit: "主管保健所にする",
  changed: "変更しました。",
  effectiveHint: "「令和9年4月1日」または「2027-04-01」の形式で入力します。",
  periodHint: "空欄のときは期限を設けません。",
  operatingCityHint: "市立の保健所のとき、設置市の市町村コード（5桁）を入力します。",
  readOnly: "本庁担当は閲覧のみできます。変更は本庁管理者に依頼してください。",
};
