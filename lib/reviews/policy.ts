// Who may review (ADR 0025): 本庁管理者 and 本庁担当 of the application's prefecture read the queue,
// propose decisions and act on 決裁 steps the route gives them; only 本庁管理者 configures the 決裁
// route and uploads templates. 保健所, 申請者 and 閲覧者 are refused (403, audited) before any lookup;
// an application of another prefecture is 404 (audited).
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import { reviewMessages as m } from "./messages";

const HQ_ROLES = new Set(["PREFECTURE_ADMIN", "PREFECTURE_STAFF"]);

export function canReview(actor: Actor): actor is UserActor {
  return actor.kind === "user" && HQ_ROLES.has(actor.role);
}

export function canConfigureReview(actor: Actor): actor is UserActor {
  return actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
}

type Ability = "review" | "configure";

/** The actor may review (or configure), or the refusal (401 anonymous, 403 otherwise; audited). */
export async function assertReviewAbility(actor: Actor, ability: Ability, action: string, entityId: string | null = null): Promise<UserActor> {
  const allowed = ability === "review" ? canReview(actor) : canConfigureReview(actor);
  if (allowed) return actor as UserActor;
  const target = { action, entityType: ability === "review" ? "subsidy_application" : "approval_route", entityId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, ability === "review" ? m.forbiddenReview : m.forbiddenSettings);
}

/** An application outside the actor's prefecture, or none: 404, audited. */
export function refuseUnknownApplication(actor: Actor, action: string, applicationId: string): Promise<never> {
  return refuseNotFound(actor, { action, entityType: "subsidy_application", entityId: applicationId }, m.applicationNotFound);
}

