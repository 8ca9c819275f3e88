// Who may read, write and review status reports (ADR 0023). 本庁 reads all of its prefecture and
// reviews; a 保健所 writes the reports of the regions it LEADS and reads those of the regions where
// its jurisdiction lies (ADR 0019); the 在宅医療推進支援センター (閲覧者) reads APPROVED reports;
// applicants read none. Unreadable reports answer 404.
import type { Actor } from "@/lib/auth/actor";
import { canReadRegion, canWriteRegion, type ActorScope } from "@/lib/health-centers/scope";
import type { ReportStatus } from "./schema";

export function isPrefectureStaff(actor: Actor): boolean {
  return actor.kind === "user" && (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF");
}

export function isViewer(actor: Actor): boolean {
  return actor.kind === "user" && actor.role === "VIEWER";
}

/** Roles that open the reports pages at all. */
export function mayOpenReports(actor: Actor): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  // A 保健所 account not (yet) tied to a centre has no regions to read.
  if (actor.role === "HEALTH_CENTER") return actor.healthCenterId !== null;
  return ["PREFECTURE_ADMIN", "PREFECTURE_STAFF", "VIEWER"].includes(actor.role);
}

interface ReportRef {
  prefectureId: number;
  regionId: number;
  status: ReportStatus;
}

export function canReadReport(actor: Actor, scope: ActorScope, r: ReportRef): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user" || actor.prefectureId !== r.prefectureId) return false;
  if (isViewer(actor)) return r.status === "APPROVED";
  if (actor.role === "HEALTH_CENTER") return canReadRegion(scope, r.regionId);
  return isPrefectureStaff(actor);
}

/** Writing the content (and submitting): the lead 保健所 only — 本庁 reviews, it does not write. */
export function canWriteReport(actor: Actor, scope: ActorScope, r: ReportRef): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user" || actor.prefectureId !== r.prefectureId || actor.role !== "HEALTH_CENTER") return false;
  return canWriteRegion(scope, r.regionId);
}

export function canReviewReport(actor: Actor, r: { prefectureId: number }): boolean {
  if (actor.kind === "system") return true;
  return isPrefectureStaff(actor) && actor.kind === "user" && actor.prefectureId === r.prefectureId;
}
