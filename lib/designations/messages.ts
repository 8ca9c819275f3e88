// What people read about designations and the roadmap: labels, refusals and validation messages.
import type { DesignationStatus, DesignationType } from "./schema";

export const designationTypeLabels: Record<DesignationType, string> = {
  BASE: "在宅医療に必要な連携を担う拠点",
  ACTIVE_ROLE: "在宅医療において積極的役割を担う医療機関",
};

export const designationTypeShortLabels: Record<DesignationType, string> = {
  BASE: "拠点",
  ACTIVE_ROLE: "積極的役割",
};

export const designationStatusLabels: Record<DesignationStatus, string> = {
  CANDIDATE: "候補",
  COORDINATING: "調整中",
  DESIGNATED: "指定",
  REVOKED: "取消",
  WITHDRAWN: "辞退",
  EXPIRED: "期間満了",
};

export const eventKindLabels: Record<string, string> = {
  proposed: "候補として登録",
  coordination_started: "調整開始",
  designated: "指定",
  revoked: "指定の取消",
  withdrawn: "辞退",
  expired: "期間満了",
  changed: "内容の変更",
  regions_carried_over: "在宅医療圏の変更（分割・統合による引継ぎ）",
  note: "調整メモ",
  attachment_added: "添付ファイルの追加",
};

export const designationMessages = {
  notFound: "指定の記録が見つかりません。",
  forbiddenChange: "この指定を変更する権限がありません。",
  forbiddenPropose: "候補を登録できるのは、本庁の担当者と、その在宅医療圏を担当する保健所です。",
  forbiddenDesignate: "指定・取消・変更は本庁の担当者が行います。",
  forbiddenTargets: "目標を変更できるのは本庁管理者です。",
  forbiddenPlans: "計画年度を変更できるのは本庁の担当者です。",
  forbiddenClaim: "他の団体の補助対象の確認はできません。",
  conflict: "他の利用者が先にこの指定を更新しました。最新の内容を確認してから、もう一度操作してください。",
  targetConflict: "他の利用者が先に目標を更新しました。最新の内容を確認してから、もう一度保存してください。",
  planConflict: "他の利用者が先に計画年度を更新しました。最新の内容を確認してから、もう一度保存してください。",
  regionNotLed: (name: string) => `在宅医療圏「${name}」は、あなたの保健所の担当ではありません。`,
  regionUnknown: (code: string) => `在宅医療圏（コード ${code}）が見つからないか、今日の時点で有効ではありません。`,
  organisationUnknown: "団体が見つかりません。団体名簿に登録されている団体を選んでください。",
  transitionNotAllowed: (from: string, to: string) => `「${from}」の指定を「${to}」にすることはできません。`,
  secondBase: (regionName: string, holder: string) =>
    `在宅医療圏「${regionName}」には、すでに有効な拠点（${holder}）があります。拠点は1つの在宅医療圏に1つまでです。先に現在の拠点の指定を取り消すか、期間を確認してください。`,
  secondBaseRaced: "同じ在宅医療圏に、同時に別の拠点が指定されました。拠点は1つの在宅医療圏に1つまでです。一覧で最新の状態を確認してください。",
  endBeforeStart: "終了日は指定日より後の日付にしてください。",
  periodBeforeDesignation: "指定期間の終了日は指定日以降の日付にしてください。",
  attachmentType: "添付できるのは PDF ファイルだけです。",
  attachmentEmpty: "ファイルを選んでください。",
  attachmentTooLarge: (mib: number) => `ファイルが大きすぎます（${mib} MB まで）。`,
  attachmentNotFound: "添付ファイルが見つかりません。",
};
