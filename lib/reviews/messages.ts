// User-facing text of the review side of subsidy applications (審査・決裁・通知書).
export const reviewMessages = {
  // 決裁 configuration
  stepsRequired: "決裁の段階を1つ以上設定してください",
  stepsTooMany: "決裁の段階は3つまでです",
  stepLabelRequired: "段階の名称を入力してください",
  stepLabelTooLong: "段階の名称は40文字以内で入力してください",
  stepApproverRequired: "段階ごとに、決裁できる役割または利用者を指定してください",
  stepRoleInvalid: "決裁できる役割は本庁管理者または本庁担当から選んでください",
  stepUserUnknown: "指定された利用者は、この都道府県の本庁の利用者ではありません",
  // 決裁 chain
  chainNotOpen: "この決裁はすでに終了しています。画面を読み込み直してください。",
  chainAlreadyOpen: "この申請にはすでに進行中の決裁があります。",
  notYourStep: (label: string) => `この段階（${label}）を決裁する権限がありません。`,
  approvedTwice: "同じ決裁で、同じ人が二度承認することはできません。",
  chainStale: "決裁の状況が他の操作で変わりました。画面を読み込み直してください。",
  returnCommentRequired: "差し戻す理由を入力してください",
  // Notices inside a 決裁
  notifyYourStep: (purpose: string, target: string, step: string) => `${target}の${purpose}の決裁が回ってきました（${step}）`,
  notifyReturned: (purpose: string, target: string, step: string) => `${target}の${purpose}の決裁が差し戻されました（${step}）`,
  notifyFooter: "詳細は北海道在宅医療推進ポータルの「審査」でご確認ください。",
  // Decision form
  notDecidable: "この申請は今の状態では決裁を起案できません。画面を読み込み直してください。",
  amountInvalid: "交付決定額は0円以上の整数（円）で入力してください",
  amountAboveCalculated: (max: string) => `交付決定額は算定額（${max}）以下で入力してください`,
  confirmAmountMismatch: (amount: string) => `確定額は実績額による算定額（${amount}）です。この金額で起案してください`,
  rateInvalid: "補助率を「1/2」のような分数で入力してください",
  rateAboveCeiling: (ceiling: string) => `補助率は上限（${ceiling}）以下で入力してください`,
  commentTooLong: "コメントは1,000文字以内で入力してください",
  // Documents
  templateKindInvalid: "様式の種類を選んでください",
  templateNotXlsx: "様式はExcelブック（.xlsx）を選んでください",
  templateTooLarge: "様式のファイルは2MB以下にしてください",
  templateMissingNames: (names: string) => `様式に必要な名前付きセルがありません: ${names}`,
  templateUnreadable: "様式のファイルを読み取れませんでした。Excelで開ける.xlsxファイルか確認してください",
  documentNotIssued: "この通知書はまだ発行されていません。",
  // Authorization
  forbiddenReview: "申請の審査は本庁の利用者だけが行えます。",
  forbiddenSettings: "決裁と様式の設定は本庁管理者だけが変更できます。",
  applicationNotFound: "指定された申請が見つかりません。",
} as const;
