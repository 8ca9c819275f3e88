// User-facing text of the organisation list import.
export const importMessages = {
  noFile: "取り込むファイル（CSV または xlsx）を選んでください。",
  tooLarge: "ファイルが大きすぎます（2MB まで）。",
  badFileName: "CSV（.csv）または Excel（.xlsx）のファイルを選んでください。",
  unreadable: "ファイルを読み込めませんでした。Excel で開けるか確認してください。",
  empty: "ファイルの1行目に見出し（種別、名称など）がありません。",
  noRows: "ファイルに取り込む行がありません。",
  tooManyRows: (n: number) => `一度に取り込めるのは ${n} 行までです。ファイルを分けてください。`,
  missingColumn: (name: string) => `見出し「${name}」の列がありません。テンプレートの見出しを使ってください。`,
  unknownColumn: (name: string) => `見出し「${name}」は取り込めません。テンプレートの見出しを使ってください。`,
  typeUnknown: (v: string) => `「${v}」は団体の種別として登録されていません`,
  duplicateInFile: (column: string, row: number) => `${column}が ${row} 行目と重複しています`,
  nameTakenByOther: (name: string) => `名称「${name}」は別の団体（法人番号が異なる）が使っています`,
  rowError: (row: number, column: string, message: string) => `${row}行目「${column}」: ${message}`,
  hasErrors: (n: number, first: string) => `取り込めない行があります（${n} 件）。ファイルを直してから、もう一度読み込んでください。最初の誤り: ${first}`,
  changed: "読み込んだ後に団体の登録が変わりました。もう一度ファイルを読み込んで確認してください。",
};
