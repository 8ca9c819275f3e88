// User-facing text of the 在宅医療圏 editor (本庁): domain messages and labels of the admin pages.
import { formatIsoDateWareki } from "@/lib/geography/messages";

const names = (list: string[]) => list.map((n) => `「${n}」`).join("・");

export const regionEditorMessages = {
  // Impact providers
  leadProviderLabel: "主担当保健所（協議会の事務局）",
  leadTitle: (center: string, region: string, sample: boolean) => `${center}${sample ? "（サンプル）" : ""} — ${region}の主担当`,
  leadState: "担当中",
  leadNote: "主担当保健所は1つの在宅医療圏に1つです。統合後の在宅医療圏には、どれか1つの保健所だけを引き継げます。",
  leadTwice: (region: string) => `「${region}」に複数の主担当保健所を引き継ごうとしています。1つだけ選んでください。`,
  leadCarried: (center: string, regions: string[], date: string) => `主担当保健所「${center}」を${date}付けで${names(regions)}に引き継ぎました`,

  // Domain validation
  forbiddenRead: "在宅医療圏の定義の編集画面を利用できるのは本庁の職員だけです。",
  versionMissing: (code: string) => `在宅医療圏 ${code} の版が指定されていません。画面を読み込み直してください。`,
  effectiveNotAfterStart: (name: string, date: string) => `適用日（${date}）は「${name}」の開始日より後にしてください。`,
  notActiveOn: (name: string, date: string) => `「${name}」は ${date} 時点で有効ではありません。`,
  scheduledEnd: (name: string) => `「${name}」には既に終了日が予定されています。先にその変更を確認してください。`,
  scheduledMember: (name: string) => `${name} には適用日以降に予定された所属変更があります。先にその変更を確認してください。`,
  mergeTooFew: "統合する在宅医療圏を2つ以上選んでください。",
  memberNotIn: (name: string, region: string) => `${name} は「${region}」の構成市町村ではありません。`,
  memberUnknown: (code: string) => `市町村コード ${code} が見つかりません。`,
  memberNoRegion: (name: string) => `${name} は適用日時点でどの在宅医療圏にも属していません。`,
  memberDesignatedCity: (name: string) => `${name} は行政区ごとに所属します。行政区を選んでください。`,
  sourceEmptied: (name: string) => `「${name}」の構成市町村がなくなります。区域をなくす場合は「統合」を使ってください。`,
  sameRegion: "移動元と移動先に同じ在宅医療圏は指定できません。",
  sourceRequired: "正式な定義とする根拠（北海道医療計画の該当ページなど）を入力してください。",
  alreadyOfficial: (name: string) => `「${name}」は既に正式な定義です。`,
  alreadyProvisional: (name: string) => `「${name}」は既に暫定の定義です。`,
  nothingChanged: "変更内容がありません。",

  // Audit summaries
  audit: {
    create: (name: string, date: string, members: string[]) => `在宅医療圏「${name}」を${date}付けで新設しました（構成: ${members.join("・")}）`,
    rename: (from: string, to: string) => `在宅医療圏「${from}」の名称を「${to}」に変更しました`,
    split: (name: string, date: string, successors: string[]) => `在宅医療圏「${name}」を${date}付けで${names(successors)}に分割しました`,
    merge: (regions: string[], date: string, successor: string) => `在宅医療圏${names(regions)}を${date}付けで「${successor}」に統合しました`,
    move: (members: string[], from: string, to: string, date: string) => `${members.join("・")}を${date}付けで「${from}」から「${to}」に移しました`,
    official: (name: string, source: string) => `在宅医療圏「${name}」を正式な定義としました（根拠: ${source}）`,
    provisional: (name: string) => `在宅医療圏「${name}」を暫定の定義に戻しました`,
  },

  wareki: formatIsoDateWareki,
};
