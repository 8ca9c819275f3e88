// Who may see and change applications (ADR 0024). An applicant (申請者 with an organisation) sees
// and acts on its organisation's applications only; 本庁 (管理者・担当) sees its prefecture's and
// fires the office transitions. Anything the actor may not see is 404 (audited), its existence not
// revealed; a visible application the actor may not act on that way is 403 (audited).
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applicationMessages as m } from "./messages";

const OFFICE_ROLES = new Set(["PREFECTURE_ADMIN", "PREFECTURE_STAFF"]);

export type ApplicantActor = UserActor & { organisationId: number };

export function isOffice(actor: Actor): boolean {
  return actor.kind === "user" && OFFICE_ROLES.has(actor.role);
}

export function isApplicant(actor: Actor): actor is ApplicantActor {
  return actor.kind === "user" && actor.role === "APPLICANT" && actor.organisationId !== null;
}

/** Applications the actor may see (nothing for other roles). */
export function visibleApplications(actor: Actor): Prisma.SubsidyApplicationWhereInput {
  if (actor.kind === "system") return {};
  if (actor.kind === "user" && isOffice(actor)) return { prefectureId: actor.prefectureId };
  if (isApplicant(actor)) return { organisationId: actor.organisationId, prefectureId: actor.prefectureId };
  return { id: { in: [] } };
}

export function visibleCalls(actor: Actor): Prisma.SubsidyCallWhereInput {
  if (actor.kind === "user") return { prefectureId: actor.prefectureId };
  return actor.kind === "system" ? {} : { id: { in: [] } };
}

const target = (action: string, entityId: string | null) => ({ action, entityType: "subsidy_application", entityId });

export async function assertApplicant(actor: Actor, action: string, entityId: string | null = null): Promise<ApplicantActor> {
  if (isApplicant(actor)) return actor;
  if (actor.kind === "public") return refuseAnonymous(actor, target(action, entityId));
  return refuseForbidden(actor, target(action, entityId), m.forbiddenApply);
}

/** 本庁 or the system (jobs, tests). */
export async function assertOffice(actor: Actor, action: string, entityId: string | null = null): Promise<Actor> {
  if (actor.kind === "system" || isOffice(actor)) return actor;
  if (actor.kind === "public") return refuseAnonymous(actor, target(action, entityId));
  return refuseForbidden(actor, target(action, entityId), m.forbiddenOffice);
}

export async function assertCallManager(actor: Actor, action: string, entityId: string | null = null): Promise<Actor> {
  if (actor.kind === "system" || isOffice(actor)) return actor;
  const t = { action, entityType: "subsidy_call", entityId };
  if (actor.kind === "public") return refuseAnonymous(actor, t);
  return refuseForbidden(actor, t, m.forbiddenCalls);
}

export function refuseUnknownApplication(actor: Actor, action: string, entityId: string): Promise<never> {
  return refuseNotFound(actor, target(action, entityId), m.notFound);
}
