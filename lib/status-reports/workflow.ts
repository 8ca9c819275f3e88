// The report's review: 下書き → 提出 → 差戻し → (再)提出 → 承認 (locked); 本庁 reopens an approved
// report with a reason (back to 差戻し, so the 保健所 can edit and resubmit).
import type { ReportStatus } from "./schema";

export type ReportTransition = "submit" | "return" | "approve" | "reopen";

const FROM: Record<ReportTransition, ReportStatus[]> = {
  submit: ["DRAFT", "RETURNED"],
  return: ["SUBMITTED"],
  approve: ["SUBMITTED"],
  reopen: ["APPROVED"],
};

export const TO: Record<ReportTransition, ReportStatus> = { submit: "SUBMITTED", return: "RETURNED", approve: "APPROVED", reopen: "RETURNED" };

export function canTransition(from: ReportStatus, t: ReportTransition): boolean {
  return FROM[t].includes(from);
}

/** Whether the content may be edited (drafts and returned reports). */
export function isEditable(status: ReportStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}
