// Japanese labels of states and purposes (client-safe).
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: "下書き",
  SUBMITTED: "提出済み",
  RETURNED: "差戻し",
  RESUBMITTED: "再提出",
  DECIDED: "交付決定",
  CHANGE_REQUESTED: "変更承認申請中",
  REPORTED: "実績報告済み",
  CONFIRMED: "額の確定",
  WITHDRAWN: "取下げ",
  REJECTED: "不採択",
};

export const PURPOSE_LABELS = { DECISION: "交付決定", CONFIRMATION: "確定" } as const;

export const APPROVAL_STATUS_LABELS: Record<string, string> = { IN_PROGRESS: "決裁中", APPROVED: "決裁済み", RETURNED: "差戻し（決裁）" };

export const TEMPLATE_KIND_LABELS = {
  PLAN: "別記1号様式　事業計画書",
  STATEMENT: "所要額（精算額）明細書",
  DECISION_NOTICE: "交付決定通知書",
  CONFIRMATION_NOTICE: "確定通知書",
} as const;
