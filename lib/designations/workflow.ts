// The designation state machine: 候補 → 調整中 → 指定 → 取消 / 期間満了, and 辞退 before designation.
import type { DesignationStatus } from "./schema";

export type Transition = "start_coordination" | "designate" | "revoke" | "withdraw" | "expire" | "change";

const FROM: Record<Transition, DesignationStatus[]> = {
  start_coordination: ["CANDIDATE"],
  designate: ["CANDIDATE", "COORDINATING"],
  revoke: ["DESIGNATED"],
  withdraw: ["CANDIDATE", "COORDINATING"],
  expire: ["DESIGNATED"],
  change: ["CANDIDATE", "COORDINATING", "DESIGNATED"],
};

export const TO: Record<Transition, DesignationStatus | null> = {
  start_coordination: "COORDINATING",
  designate: "DESIGNATED",
  revoke: "REVOKED",
  withdraw: "WITHDRAWN",
  expire: "EXPIRED",
  change: null,
};

export function canTransition(from: DesignationStatus, t: Transition): boolean {
  return FROM[t].includes(from);
}

/** The transitions open from a status (the detail page offers a form for each). */
export function transitionsFrom(from: DesignationStatus): Transition[] {
  return (Object.keys(FROM) as Transition[]).filter((t) => FROM[t].includes(from));
}

/** Whether two half-open day ranges [from, to) overlap (to null = open). */
export function periodsOverlap(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);
}
