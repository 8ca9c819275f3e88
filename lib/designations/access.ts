// Loading one designation for a change: refused as not found when the actor may not see it, as
// forbidden when they may see but not change it (both audited), and the history event writer.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel, actorUserId } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validOn } from "@/lib/validity";
import { designationMessages as m } from "./messages";
import { canActOnDesignation, isHealthCenterUser, isPrefectureStaff, PUBLISHED_STATUSES, type DesignationAction } from "./policy";

const loadInclude = (today: Date) =>
  ({
    organisation: { select: { id: true, name: true } },
    regions: {
      orderBy: { id: "asc" },
      include: { region: { select: { id: true, code: true, name: true, leads: { where: validOn(today), select: { healthCenterId: true } } } } },
    },
  }) as const;

export type LoadedDesignation = Prisma.DesignationGetPayload<{ include: ReturnType<typeof loadInclude> }>;

/** One designation with its regions and their leads today (no authorization: callers check). */
export function findLoaded(designationId: number, today = todayInJapan()): Promise<LoadedDesignation | null> {
  return db().designation.findUnique({ where: { id: designationId }, include: loadInclude(dateOnly(today)) });
}

/** Rows in force today or later (not ended): the regions a designation covers now. */
export function currentRows<T extends { validTo: Date | null }>(rows: T[], today = todayInJapan()): T[] {
  const d = dateOnly(today);
  return rows.filter((r) => r.validTo === null || r.validTo > d);
}

/** Whether the actor (a 保健所) leads the designation's regions: any of them (`some`) or all current ones. */
export function ledByActor(actor: Actor, d: LoadedDesignation, mode: "some" | "every"): boolean {
  if (!isHealthCenterUser(actor)) return false;
  const leads = (r: LoadedDesignation["regions"][number]) => r.region.leads.some((l) => l.healthCenterId === actor.healthCenterId);
  if (mode === "some") return d.regions.some(leads);
  const rows = currentRows(d.regions);
  return rows.length > 0 && rows.every(leads);
}

export function visibleTo(actor: Actor, d: LoadedDesignation): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "user" && actor.prefectureId !== d.prefectureId) return false;
  if (isPrefectureStaff(actor)) return true;
  const published = d.designatedOn !== null && PUBLISHED_STATUSES.includes(d.status);
  return published || ledByActor(actor, d, "some");
}

/** The designation, if the actor may take `action` on it; refusals are audited and thrown. */
export async function loadForAction(actor: Actor, designationId: number, action: DesignationAction): Promise<LoadedDesignation> {
  const today = todayInJapan();
  const target = { action: `designation.${action}`, entityType: "designation", entityId: String(designationId) };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  const d = await findLoaded(designationId, today);
  if (!d) throw new NotFoundError(m.notFound);
  if (!visibleTo(actor, d)) await refuseNotFound(actor, { ...target, prefectureId: d.prefectureId }, m.notFound);
  if (!canActOnDesignation(actor, action, { prefectureId: d.prefectureId, ledByActor: ledByActor(actor, d, "every") })) {
    await refuseForbidden(actor, { ...target, prefectureId: d.prefectureId }, isHealthCenterUser(actor) ? m.forbiddenDesignate : m.forbiddenChange);
  }
  return d;
}

export interface EventInput {
  kind: string;
  effectiveOn?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
}

/** One entry of the designation's history, in the transaction of the change. */
export async function recordEvent(tx: Prisma.TransactionClient, actor: Actor, designationId: number, e: EventInput) {
  await tx.designationEvent.create({
    data: {
      designationId,
      kind: e.kind,
      effectiveOn: e.effectiveOn ? dateOnly(e.effectiveOn) : null,
      reason: e.reason ?? null,
      data: e.data,
      actorUserId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      healthCenterId: actor.kind === "user" ? actor.healthCenterId : null,
    },
  });
}

/** Refuses (404, audited) an actor who does not see the designation's internal side. */
export async function seesInternalOfLoaded(actor: Actor, designationId: number): Promise<LoadedDesignation> {
  const target = { action: "designation.read_internal", entityType: "designation", entityId: String(designationId) };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  const d = await findLoaded(designationId);
  if (!d) throw new NotFoundError(m.notFound);
  const internal = actor.kind === "system" || (isPrefectureStaff(actor) && actor.prefectureId === d.prefectureId) || (actor.kind === "user" && actor.prefectureId === d.prefectureId && ledByActor(actor, d, "some"));
  if (!internal) await refuseNotFound(actor, { ...target, prefectureId: d.prefectureId }, m.notFound);
  return d;
}
