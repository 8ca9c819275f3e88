// User-facing messages of the facility list import and the facility pages.
const MB = 1024 * 1024;

export const listMessages = {
  emptyFile: "ファイルが空です（0 バイト）。厚生局が公開している xlsx ファイルを選んでください。",
  notXlsx: (what: string) => `xlsx 形式のファイルではありません（${what}のファイルのようです）。地方厚生局の「届出受理医療機関名簿」の xlsx ファイルをそのまま選んでください。`,
  oldExcel: "旧形式の Excel ファイル（.xls）は読み込めません。xlsx 形式のファイルを選んでください。",
  unreadable: "ファイルを読み込めませんでした。xlsx ファイルが壊れているか、途中で切れている可能性があります。もう一度ダウンロードしてから選んでください。",
  emptySheet: "シートが空です。データのある「届出受理医療機関名簿」を選んでください。",
  noHeader: (rows: number) => `先頭 ${rows} 行に見出し行（「医療機関番号」「医療機関名称」などが並ぶ行）が見つかりません。地方厚生局の「届出受理医療機関名簿」を選んでください。`,
  missingColumns: (headers: string[], row: number) => `${row}行目の見出しに「${headers.join("」「")}」の列がありません。地方厚生局の「届出受理医療機関名簿」（医科）を加工せずに選んでください。`,
  noAsOf: (title: string) => `表題${title ? `「${title}」` : ""}から「現在」の日付（例: 令和７年１０月１日 現在）が読み取れません。`,
  noDataRows: "見出し行の後にデータがありません。",
  otherPrefecture: (found: string, expected: string, row: number) => `このファイルは${found}の名簿です（${row}行目）。${expected}に取り込めるのは${expected}の名簿だけです。`,
  badInstitutionNumber: (row: number, value: string) => `${row}行目: 医療機関番号「${value}」が7桁の数字ではありません。`,
  badCategory: (row: number, value: string) => `${row}行目: 区分「${value}」の名簿は取り込めません（医科・歯科のみ）。`,
  missingName: (row: number) => `${row}行目: 医療機関名称が空欄です。`,
  tooLarge: (limitBytes: number) =>
    `ファイルが大きすぎます。${limitBytes >= MB ? `${Math.floor(limitBytes / MB)} MB` : `${Math.max(1, Math.floor(limitBytes / 1024))} KB`} 以下のファイルを選んでください。`,
  noFile: "ファイルを選んでください。",
  badFileName: "ファイル名の拡張子が .xlsx ではありません。xlsx ファイルを選んでください。",
};

export const importMessages = {
  forbidden: "医療機関名簿を取り込めるのは本庁の職員だけです。",
  notFound: "指定された取込みが見つかりません。",
  notPreview: (status: string) => `この取込みは「${status}」のため、確定・取消し・市町村の割当てはできません。`,
  interrupted: "処理が中断されました（サーバーの再起動など）。もう一度ファイルを選んで取り込んでください。",
  unassigned: (count: number, first: string) => `住所から市町村を判定できなかった在支診・在支病が ${count} 件あります（${first} など）。市町村を割り当ててから確定してください。`,
  unknownMunicipality: (code: string) => `市町村コード ${code} は選べません。一覧から選んでください。`,
  unknownFacility: (number: string) => `医療機関番号 ${number} はこの取込みにありません。`,
  conflict: "他の利用者がこの取込みを先に更新しました。画面を再読み込みしてから、もう一度操作してください。",
  alreadyImported: (date: string) => `同じファイルは${date}に取り込み済みです。確定しても変更はありません。`,
  unchanged: "同じファイルが既に取り込まれているため、変更はありませんでした。",
  replaces: (asOf: string, fileName: string) => `同じ${asOf}現在の名簿（${fileName}）を置き換えます。`,
  failedGeneric: "取込みに失敗しました。時間をおいてもう一度お試しください。",
};

export const statusLabels = {
  PARSING: "読み込み中",
  PREVIEW: "確認待ち",
  COMMITTED: "取込済み",
  FAILED: "失敗",
  DISCARDED: "取消し",
} as const;
