// User-facing text of the budget domain (予算・執行管理).
import { formatYen } from "./amounts";

export const budgetMessages = {
  field: {
    budgetId: "予算",
    lineCode: "予算事業",
    fiscalYear: "年度",
    menuId: "メニュー",
    amountYen: "金額（円）",
    reference: "参照番号",
    description: "内容",
    reason: "理由",
    decidedOn: "補正日",
  },
  amountInvalid: (label: string) => `${label}は整数（円）で入力してください`,
  amountPositive: (label: string) => `${label}は1円以上で入力してください`,
  amountNotZero: "補正額は0円以外で入力してください（減額はマイナスで入力）",
  amountTooLarge: (label: string) => `${label}は20億円以下で入力してください`,
  dateInvalid: "補正日を「2026-06-30」の形式で、正しい日付で入力してください",
  reasonRequired: "理由を入力してください",
  reasonTooLong: "理由は200文字以内で入力してください",
  descriptionRequired: "内容を入力してください",
  descriptionTooLong: "内容は200文字以内で入力してください",
  referenceTooLong: "参照番号は100文字以内で入力してください",
  budgetRequired: "予算（予算IDまたは予算事業コードと年度）を指定してください",
  fiscalYearInvalid: "年度を選び直してください",
  budgetNotFound: "指定された予算が見つかりません。",
  menuNotFunded: (menu: string) => `メニュー「${menu}」はこの予算事業の対象ではありません。`,
  menuUnknown: "指定されたメニューが見つかりません。",
  menuRequiredWhenSplit: "この予算はメニューごとに配分されています。メニューを指定してください。",
  menuNotAllocated: (menu: string) => `メニュー「${menu}」にはこの予算の配分がありません。先に配分を設定してください。`,
  /** The refusal of a commitment larger than what remains. */
  insufficient: (line: string, remainingYen: number, requestedYen: number) =>
    `予算の残額が不足しているため、交付決定できません（${line}：残額 ${formatYen(remainingYen)}、交付決定しようとした額 ${formatYen(requestedYen)}）。`,
  releaseTooLarge: (remainingYen: number) =>
    `減額・取消できるのは、交付決定額から確定済みの額を除いた ${formatYen(remainingYen)} までです。`,
  paymentTooLarge: (remainingYen: number) => `確定額が交付決定額を超えます（確定できる残り ${formatYen(remainingYen)}）。`,
  supplementBelowCommitted: (afterYen: number, committedYen: number) =>
    `補正後の予算額 ${formatYen(afterYen)} が交付決定額 ${formatYen(committedYen)} を下回るため、補正できません。`,
  supplementBelowAllocated: (afterYen: number, allocatedYen: number) =>
    `補正後の予算額 ${formatYen(afterYen)} がメニュー別配分の合計 ${formatYen(allocatedYen)} を下回るため、補正できません。先に配分を減らしてください。`,
  allocationOverBudget: (totalYen: number, budgetYen: number) =>
    `配分の合計 ${formatYen(totalYen)} が予算額（現計） ${formatYen(budgetYen)} を超えるため、配分できません。`,
  allocationBelowCommitted: (committedYen: number) => `配分額は、このメニューで交付決定済みの ${formatYen(committedYen)} 以上にしてください。`,
  splitAfterCommitments: "メニューを指定しない交付決定が既にあるため、この予算はメニュー別に配分できません。",
  forbiddenRead: "予算を閲覧できるのは本庁の職員だけです。",
  forbiddenEdit: "予算の補正と配分を変更できるのは本庁管理者だけです。",
  forbiddenLedger: "交付決定・確定を記録できるのは本庁の職員だけです。",
  conflict: "他の利用者がこの予算を先に更新しました。最新の内容を確認してから、もう一度操作してください。",
};
