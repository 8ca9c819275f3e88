// User-facing text of the UI primitives.
export const uiMessages = {
  sampleBadge: "サンプル",
  sampleBadgeHint: "デモ用のサンプルデータです",
  provisionalBadge: "暫定",
  provisionalBadgeHint: "正式な定義が登録されるまでの暫定の内容です",
  scrollableTable: (caption: string) => `${caption}（横にスクロールできます）`,
};
