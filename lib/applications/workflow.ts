// The application lifecycle as a pure state machine (issue 11, ADR 0024):
//   下書き → 提出 → 差戻し (comments) → 再提出 → 交付決定 → 変更承認申請 ⇄ 交付決定 → 実績報告 → 確定,
//   or 取下げ (by the applicant, before 確定) / 不採択 (by 本庁, before 交付決定).
// Who may fire a transition is part of the machine: the server refuses anything else.

export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "RESUBMITTED",
  "DECIDED",
  "CHANGE_REQUESTED",
  "REPORTED",
  "CONFIRMED",
  "WITHDRAWN",
  "REJECTED",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type ApplicationTransition =
  | "submit"
  | "return"
  | "resubmit"
  | "decide"
  | "request_change"
  | "approve_change"
  | "refuse_change"
  | "report"
  | "return_report"
  | "confirm"
  | "withdraw"
  | "reject";

/** Who fires it: the applicant organisation or 本庁. */
export type Side = "applicant" | "office";

interface Rule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: Side;
}

const RULES: Record<ApplicationTransition, Rule> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", by: "applicant" },
  return: { from: ["SUBMITTED", "RESUBMITTED"], to: "RETURNED", by: "office" },
  resubmit: { from: ["RETURNED"], to: "RESUBMITTED", by: "applicant" },
  decide: { from: ["SUBMITTED", "RESUBMITTED"], to: "DECIDED", by: "office" },
  request_change: { from: ["DECIDED"], to: "CHANGE_REQUESTED", by: "applicant" },
  approve_change: { from: ["CHANGE_REQUESTED"], to: "DECIDED", by: "office" },
  refuse_change: { from: ["CHANGE_REQUESTED"], to: "DECIDED", by: "office" },
  report: { from: ["DECIDED"], to: "REPORTED", by: "applicant" },
  return_report: { from: ["REPORTED"], to: "DECIDED", by: "office" },
  confirm: { from: ["REPORTED"], to: "CONFIRMED", by: "office" },
  withdraw: { from: ["DRAFT", "SUBMITTED", "RETURNED", "RESUBMITTED", "DECIDED", "CHANGE_REQUESTED"], to: "WITHDRAWN", by: "applicant" },
  reject: { from: ["SUBMITTED", "RESUBMITTED"], to: "REJECTED", by: "office" },
};

export const TRANSITIONS = Object.keys(RULES) as ApplicationTransition[];

export function canTransition(from: ApplicationStatus, t: ApplicationTransition, side?: Side): boolean {
  const rule = RULES[t];
  return rule.from.includes(from) && (side === undefined || rule.by === side);
}

/** The status a transition leads to (regardless of where it starts). */
export function targetOf(t: ApplicationTransition): ApplicationStatus {
  return RULES[t].to;
}

export function sideOf(t: ApplicationTransition): Side {
  return RULES[t].by;
}

/** The transitions a side may fire from a status (the pages offer one action each). */
export function transitionsFrom(from: ApplicationStatus, side?: Side): ApplicationTransition[] {
  return TRANSITIONS.filter((t) => canTransition(from, t, side));
}

/** The applicant may edit the plan (items, figures, outline) while these hold. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** Finished: nothing more happens. */
export function isFinal(status: ApplicationStatus): boolean {
  return status === "CONFIRMED" || status === "WITHDRAWN" || status === "REJECTED";
}

/** Submitted and not yet finished: counts as an "open application" (region impact, queues). */
export function isOpen(status: ApplicationStatus): boolean {
  return status !== "DRAFT" && !isFinal(status);
}

/** A decision's budget commitment stays until 確定 pays it or a withdrawal releases it. */
export function holdsCommitment(status: ApplicationStatus): boolean {
  return status === "DECIDED" || status === "CHANGE_REQUESTED" || status === "REPORTED";
}
