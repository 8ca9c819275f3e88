// Japanese text of status reports (domain messages and labels).
import type { FunctionKey, FunctionState, MunicipalItem } from "./form-v1";
import type { ReportStatus, ReviewSection } from "./schema";

export const reportStatusLabels: Record<ReportStatus, string> = { DRAFT: "下書き", SUBMITTED: "提出済み", RETURNED: "差戻し", APPROVED: "承認済み" };
export const functionLabels: Record<FunctionKey, string> = { discharge: "退院支援", daily: "日常の療養支援", emergency: "急変時の対応", endOfLife: "看取り" };
export const functionStateLabels: Record<FunctionState, string> = { SUFFICIENT: "充足", PARTLY_SHORT: "一部不足", SHORT: "不足" };
export const itemStateLabels = { DONE: "実施", PARTLY: "一部実施", NOT_DONE: "未実施" } as const;
export const municipalItemLabels: Record<MunicipalItem, string> = {
  a: "（ア）地域の医療・介護の資源の把握",
  b: "（イ）在宅医療・介護連携の課題の抽出と対応策の検討",
  c: "（ウ）切れ目のない在宅医療と在宅介護の提供体制の構築推進",
  d: "（エ）医療・介護関係者の情報共有の支援",
  e: "（オ）在宅医療・介護連携に関する相談支援",
  f: "（カ）医療・介護関係者の研修",
  g: "（キ）地域住民への普及啓発",
};
export const reviewSectionLabels: Record<ReviewSection, string> = {
  functions: "4つの医療機能",
  council: "協議体の活動",
  municipalities: "市町村の取組（ア）〜（キ）",
  coordination: "（ク）市町村をまたぐ連携",
  general: "全体",
};

export const reportMessages = {
  notFound: "状況報告が見つかりません。",
  forbiddenWrite: "この状況報告を編集する権限がありません（在宅医療圏の主担当の保健所のみ編集できます）。",
  forbiddenReview: "状況報告の審査は本庁の職員が行います。",
  forbiddenCreate: "この在宅医療圏の状況報告を作成する権限がありません。",
  conflict: "他の利用者が先にこの状況報告を保存しました。入力した内容は残っています。相手の変更を確認してから保存し直してください。",
  locked: "承認済みの状況報告は編集できません。",
  notEditable: (status: string) => `${status}の状況報告は編集できません。`,
  transitionNotAllowed: (from: string, to: string) => `${from}の状況報告を${to}にすることはできません。`,
  exists: "この在宅医療圏・年度の状況報告は既にあります。",
  regionUnknown: "在宅医療圏が見つかりません。",
  incomplete: (n: number) => `提出の前に、未入力の項目（${n}件）を入力してください。`,
  contentInvalid: "報告の内容を確認してください。",
  attachmentNotFound: "添付ファイルが見つかりません。",
  reminderSubject: (year: string) => `【在宅医療推進ポータル】${year}の状況報告の提出について`,
  reminderBody: (year: string, region: string, due: string) =>
    `${region}の${year}の状況報告がまだ提出されていません。提出期限は${due}です。ポータルの「状況報告」から入力・提出してください。`,
};
