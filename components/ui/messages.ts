// User-facing text of the UI primitives.
export const uiMessages = {
  sampleBadge: "サンプル",
  sampleBadgeHint: "デモ用のサンプルデータです",
  provisionalBadge: "暫定",
  provisionalBadgeHint: "正式な定義が登録されるまでの暫定の内容です",
  /** Under a date or date-and-time input (components/ui/wareki-echo.tsx). */
  wareki: (text: string) => `和暦：${text}`,
  scrollableTable: (caption: string) => `${caption}（横にスクロールできます）`,
};
