// Candidates and coordination: proposing a candidate (本庁, or the 保健所 leading every region it
// covers), starting coordination, and coordination notes. Every change writes its history event
// and its audit row in one transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validOn } from "@/lib/validity";
import { loadForAction, recordEvent } from "./access";
import { designationMessages as m, designationStatusLabels, designationTypeShortLabels } from "./messages";
import { isHealthCenterUser, isPrefectureStaff } from "./policy";
import { AddNoteSchema, ProposeDesignationSchema, StartCoordinationSchema, type AddNoteInput, type ProposeDesignationInput, type StartCoordinationInput } from "./schema";
import { canTransition } from "./workflow";

export function parseOrThrow<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

/** Updates the designation if it is still at `expectedVersion` (optimistic concurrency). */
export async function updateVersioned(tx: Prisma.TransactionClient, id: number, expectedVersion: number, data: Prisma.DesignationUpdateManyMutationInput) {
  const updated = await tx.designation.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError(m.conflict);
}

export async function proposeDesignation(actor: Actor, prefectureId: number, raw: ProposeDesignationInput): Promise<{ id: number }> {
  const target = { action: "designation.propose", entityType: "designation", prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  const allowed = actor.kind === "system" || ((isPrefectureStaff(actor) || isHealthCenterUser(actor)) && actor.prefectureId === prefectureId);
  if (!allowed) await refuseForbidden(actor, target, m.forbiddenPropose);
  const input = parseOrThrow(ProposeDesignationSchema, raw);
  const today = todayInJapan();
  const regions = await db().homeCareRegion.findMany({
    where: { prefectureId, code: { in: input.regionCodes }, ...validOn(dateOnly(today)) },
    select: { id: true, code: true, name: true, leads: { where: validOn(dateOnly(today)), select: { healthCenterId: true } } },
  });
  const unknown = input.regionCodes.find((c) => !regions.some((r) => r.code === c));
  if (unknown) throw new ValidationError(m.regionUnknown(unknown), { regionCodes: [m.regionUnknown(unknown)] });
  if (isHealthCenterUser(actor)) {
    const foreign = regions.find((r) => !r.leads.some((l) => l.healthCenterId === actor.healthCenterId));
    if (foreign) await refuseForbidden(actor, { ...target, entityType: "home_care_region", entityId: foreign.code }, m.regionNotLed(foreign.name));
  }
  const organisation = await db().organisation.findFirst({ where: { id: input.organisationId, prefectureId }, select: { id: true, name: true } });
  if (!organisation) throw new ValidationError(m.organisationUnknown, { organisationId: [m.organisationUnknown] });

  return db().$transaction(async (tx) => {
    const d = await tx.designation.create({
      data: {
        prefectureId,
        type: input.type,
        organisationId: organisation.id,
        proposedByHealthCenterId: actor.kind === "user" ? actor.healthCenterId : null,
        consultationStartedOn: input.consultationStartedOn ? dateOnly(input.consultationStartedOn) : null,
        regions: { create: regions.map((r) => ({ regionId: r.id, type: input.type, validFrom: dateOnly(today) })) },
      },
    });
    await recordEvent(tx, actor, d.id, { kind: "proposed", data: { regions: regions.map((r) => r.code) } });
    if (input.note) await recordEvent(tx, actor, d.id, { kind: "note", reason: input.note });
    await recordAudit(tx, actor, {
      prefectureId,
      action: "designation.propose",
      entityType: "designation",
      entityId: String(d.id),
      summary: `${organisation.name}を${regions.map((r) => r.name).join("・")}の${designationTypeShortLabels[input.type]}の候補として登録しました`,
    });
    return { id: d.id };
  });
}

export async function startCoordination(actor: Actor, raw: StartCoordinationInput): Promise<void> {
  const input = parseOrThrow(StartCoordinationSchema, raw);
  const d = await loadForAction(actor, input.designationId, "start_coordination");
  if (!canTransition(d.status, "start_coordination")) throw new ValidationError(m.transitionNotAllowed(designationStatusLabels[d.status], designationStatusLabels.COORDINATING));
  await db().$transaction(async (tx) => {
    await updateVersioned(tx, d.id, input.expectedVersion, { status: "COORDINATING", consultationStartedOn: dateOnly(input.consultationStartedOn) });
    await recordEvent(tx, actor, d.id, { kind: "coordination_started", effectiveOn: input.consultationStartedOn, reason: input.note ?? null });
    await recordAudit(tx, actor, {
      prefectureId: d.prefectureId,
      action: "designation.start_coordination",
      entityType: "designation",
      entityId: String(d.id),
      summary: `${d.organisation.name}の指定に向けた調整を開始しました`,
    });
  });
}

/** A coordination note (internal: never shown to the public or the API). */
export async function addDesignationNote(actor: Actor, raw: AddNoteInput): Promise<void> {
  const input = parseOrThrow(AddNoteSchema, raw);
  const d = await loadForAction(actor, input.designationId, "note");
  await db().$transaction(async (tx) => {
    await recordEvent(tx, actor, d.id, { kind: "note", reason: input.body });
    await recordAudit(tx, actor, {
      prefectureId: d.prefectureId,
      action: "designation.note",
      entityType: "designation",
      entityId: String(d.id),
      summary: `${d.organisation.name}の指定について調整メモを記録しました`,
    });
  });
}
