// Text of the status report pages and forms (client-safe).
import { formatFiscalYear } from "@/lib/dates/wareki";
import { FUNCTION_KEYS, MUNICIPAL_ITEMS, type FunctionKey, type MunicipalItem } from "./form-v1";
import { functionLabels, municipalItemLabels } from "./messages";

export const reportPageMessages = {
  title: "状況報告",
  lead: "在宅医療圏ごと・年度ごとに、主担当の保健所が在宅医療の状況（4つの医療機能、協議体の活動、市町村の取組）を報告し、本庁が確認します。",
  yearLabel: "年度",
  yearSubmit: "表示",
  overviewHeading: (y: number) => `${formatFiscalYear(y)}の状況報告`,
  overviewCaption: (y: number, n: number) => `${formatFiscalYear(y)}の状況報告（${n}圏域）`,
  col: { region: "在宅医療圏", status: "状態", submittedAt: "提出日時", action: "操作" },
  notStarted: "未作成",
  create: "作成する",
  copyLabel: "前年度の報告を複写して始める",
  open: "開く",
  deadline: (d: string | null) => (d ? `提出期限：${d}` : "提出期限は設定されていません。"),
  deadlineHeading: "提出期限と督促",
  deadlineLabel: "提出期限",
  deadlineSubmit: "期限を保存",
  deadlineSaved: "提出期限を保存しました。",
  remind: "未提出の圏域に督促を送る",
  reminded: (n: number) => `${n}件の督促メールを送信しました（送信メールに記録されています）。`,
  matrixHeading: "4つの医療機能の充足状況",
  matrixLead: "提出済み・承認済みの報告から、在宅医療圏ごとの4つの医療機能の状態を示します。色に加えて文字でも状態を示しています。",
  matrixCaption: (y: number) => `${formatFiscalYear(y)} 4つの医療機能の充足状況（在宅医療圏×機能）`,
  matrixEmpty: "提出済みの報告はまだありません。",
  exportCsv: "すべての報告をCSVでダウンロード",
  exportXlsx: "この報告をExcel（xlsx）でダウンロード",
  none: "表示できる在宅医療圏がありません。",
  forbidden: "状況報告を閲覧する権限がありません。",
  backToList: "状況報告の一覧へ戻る",
  notFoundTitle: "状況報告が見つかりません",
  notFoundBody: "指定された状況報告は存在しないか、閲覧する権限がありません。",
};

export const reportDetailMessages = {
  facts: "報告の概要",
  status: "状態",
  region: "在宅医療圏",
  fiscalYear: "年度",
  formVersion: "様式",
  formVersionValue: (v: number) => `第${v}版`,
  version: "版",
  figuresHeading: "ポータルのデータ（医療機関数・指定）",
  figuresFrozen: (d: string) => `提出時点（${d}）の値で固定されています。`,
  figuresLive: "提出するまでは最新のデータを表示します。提出した時点の値で固定されます。",
  facilitiesAsOf: (d: string | null) => (d ? `医療機関名簿 ${d}現在` : "医療機関名簿が取り込まれていません。"),
  clinics: "在宅療養支援診療所",
  hospitals: "在宅療養支援病院",
  designationsNone: "指定はありません。",
  designationsAsOf: (d: string) => `指定の状況（${d}時点）`,
  commentsHeading: "本庁からの差戻しコメント",
  reviewHeading: "審査",
  returnSubmit: "差し戻す",
  returnSuccess: "差し戻しました。",
  approveSubmit: "承認する",
  approveSuccess: "承認しました。",
  reopenHeading: "承認の取消（再開）",
  reopenReason: "再開の理由",
  reopenSubmit: "再開する",
  locked: "この報告は承認済みのため編集できません。",
  readOnly: "この報告は閲覧のみできます。",
  historyHeading: "履歴",
  historyNone: "履歴はありません。",
  changesSummary: (n: number) => `前回の提出からの変更（${n}項目）`,
  noChanges: "前回の提出からの変更はありません。",
  eventLabels: { created: "作成", submitted: "提出", resubmitted: "再提出", returned: "差戻し", approved: "承認", reopened: "再開", attachment_added: "添付ファイル追加" } as Record<string, string>,
  attachmentsHeading: "添付ファイル",
  noAttachments: "添付ファイルはありません。",
  uploadLabel: "PDFファイルを添付",
  uploadHint: (mib: number) => `PDF形式、${mib}MBまで。`,
  uploadSubmit: "添付する",
  uploaded: "添付しました。",
  saved: "保存しました。",
};

export const editorMessages = {
  indexLabel: "この報告の目次",
  indexMunicipalities: "市町村ごとの項目へ",
  functionsHeading: "4つの医療機能",
  state: "状態",
  stateNone: "選択してください",
  issues: "課題",
  measures: "対応策",
  indicators: "指標（入退院支援ルールの有無、24時間対応体制、看取り件数など）",
  councilHeading: "協議体の活動",
  meetings: "協議体の会議",
  trainings: "研修",
  publicLectures: "住民向け講演会",
  workingGroups: "WG・部会の活動",
  eventDate: "日付",
  eventTitle: "内容",
  eventParticipants: "参加者数",
  addRow: (what: string) => `${what}を追加`,
  removeRow: "削除",
  municipalitiesHeading: "市町村の取組（ア）〜（キ）",
  itemState: "実施状況",
  note: "備考",
  coordinationHeading: "（ク）市町村をまたぐ連携（保健所の取組）",
  remarks: "その他",
  saving: "保存しています…",
  savedAt: (v: number) => `自動保存しました（版${v}）。`,
  dirty: "未保存の変更があります。",
  saveNow: "今すぐ保存",
  submit: "提出する",
  resubmit: "再提出する",
  submitted: "提出しました。",
  conflictTitle: "他の利用者がこの報告を先に保存しました",
  conflictBody: "あなたの入力内容は画面に残っています。下の表で相手の変更を確認し、どちらかを選んでください。",
  conflictCaption: "相手の保存内容とあなたの入力の違い",
  conflictField: "項目",
  conflictTheirs: "相手の保存内容",
  conflictMine: "あなたの入力",
  keepMine: "自分の入力で上書き保存する",
  takeTheirs: "相手の内容に置き換える",
  error: "保存できませんでした。",
  restore: "前回保存されなかった入力を復元する",
};

const eventSections: Record<string, string> = { meetings: "協議体の会議", trainings: "研修", publicLectures: "住民向け講演会" };
const fields: Record<string, string> = { state: "状態", issues: "課題", measures: "対応策", indicators: "指標", date: "日付", title: "内容", participants: "参加者数", note: "備考" };

/** A content path ("functions.discharge.issues") as a reader reads it ("退院支援：課題"). */
export function pathLabel(path: string, municipalities: { name: string }[] = []): string {
  const p = path.split(".");
  if (p[0] === "functions" && FUNCTION_KEYS.includes(p[1] as FunctionKey)) return `${functionLabels[p[1] as FunctionKey]}：${fields[p[2]] ?? p[2]}`;
  if (p[0] === "council") return p[1] === "workingGroups" ? "WG・部会の活動" : `${eventSections[p[1]] ?? p[1]} ${Number(p[2]) + 1}件目：${fields[p[3]] ?? p[3]}`;
  if (p[0] === "municipalities") {
    const name = municipalities[Number(p[1])]?.name ?? `${Number(p[1]) + 1}番目の市町村`;
    if (p[2] === "items" && MUNICIPAL_ITEMS.includes(p[3] as MunicipalItem)) return `${name} ${municipalItemLabels[p[3] as MunicipalItem]}：${fields[p[4]] ?? p[4]}`;
    return `${name}：${p.slice(2).join(".")}`;
  }
  if (p[0] === "coordination") return "（ク）市町村をまたぐ連携";
  if (p[0] === "remarks") return "その他";
  return path;
}
