// 本庁's transitions: designating (at most one active 拠点 per 在宅医療圏 — checked here for a clear
// message, and by the exclusion constraint designation_region_one_active_base when two designations
// race), revoking, withdrawal, expiry and changes. Each writes its history event and audit row.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { addDays, dateOnly, isoDate } from "@/lib/dates/date-only";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentRows, loadForAction, recordEvent, type LoadedDesignation } from "./access";
import { designationMessages as m, designationStatusLabels, designationTypeShortLabels } from "./messages";
import { parseOrThrow, updateVersioned } from "./mutations";
import { ChangeDesignationSchema, DesignateSchema, EndDesignationSchema, type ChangeDesignationInput, type DesignateInput, type EndDesignationInput } from "./schema";
import { canTransition, TO } from "./workflow";

/**
 * A designation that races another for the same region waits for it at the exclusion constraint;
 * under load that wait may outlast Prisma's default 5-second transaction, so these allow longer.
 */
const RACE_TX = { maxWait: 10_000, timeout: 30_000 };

export const ONE_BASE_CONSTRAINT = "designation_region_one_active_base";

/** Whether a database error is the one-拠点-per-region exclusion constraint refusing a row. */
export function isOneBaseViolation(err: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (e: unknown): boolean => {
    if (!e || typeof e !== "object" || seen.has(e)) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    const text = [o.message, o.constraint, o.originalMessage, JSON.stringify(o.meta ?? null)].map((v) => String(v ?? "")).join(" ");
    if (text.includes(ONE_BASE_CONSTRAINT)) return true;
    return walk(o.cause) || walk(o.meta);
  };
  return walk(err);
}

/** Refuses a second 拠点 active in any of `regionIds` during [from, to). */
async function assertNoOtherActiveBase(tx: Prisma.TransactionClient, d: LoadedDesignation, from: Date, to: Date | null) {
  if (d.type !== "BASE") return;
  const clash = await tx.designationRegion.findFirst({
    where: {
      type: "BASE",
      active: true,
      designationId: { not: d.id },
      regionId: { in: currentRows(d.regions).map((r) => r.regionId) },
      ...(to ? { validFrom: { lt: to } } : {}),
      OR: [{ validTo: null }, { validTo: { gt: from } }],
    },
    select: { region: { select: { name: true } }, designation: { select: { organisation: { select: { name: true } } } } },
  });
  if (clash) throw new ValidationError(m.secondBase(clash.region.name, clash.designation.organisation.name), { designatedOn: [m.secondBase(clash.region.name, clash.designation.organisation.name)] });
}

export async function designateDesignation(actor: Actor, raw: DesignateInput): Promise<void> {
  const input = parseOrThrow(DesignateSchema, raw);
  const d = await loadForAction(actor, input.designationId, "designate");
  if (!canTransition(d.status, "designate")) throw new ValidationError(m.transitionNotAllowed(designationStatusLabels[d.status], designationStatusLabels.DESIGNATED));
  if (input.periodEndsOn && input.periodEndsOn < input.designatedOn) throw new ValidationError(m.periodBeforeDesignation, { periodEndsOn: [m.periodBeforeDesignation] });
  const from = dateOnly(input.designatedOn);
  const to = input.periodEndsOn ? dateOnly(addDays(input.periodEndsOn, 1)) : null;
  try {
    await db().$transaction(async (tx) => {
      await assertNoOtherActiveBase(tx, d, from, to);
      await updateVersioned(tx, d.id, input.expectedVersion, {
        status: "DESIGNATED",
        designatedOn: from,
        periodEndsOn: input.periodEndsOn ? dateOnly(input.periodEndsOn) : null,
        noticeNumber: input.noticeNumber ?? d.noticeNumber,
      });
      await tx.designationRegion.updateMany({ where: { id: { in: currentRows(d.regions).map((r) => r.id) } }, data: { active: true, validFrom: from, validTo: to } });
      await recordEvent(tx, actor, d.id, { kind: "designated", effectiveOn: input.designatedOn, data: { noticeNumber: input.noticeNumber ?? null, periodEndsOn: input.periodEndsOn ?? null } });
      await recordAudit(tx, actor, {
        prefectureId: d.prefectureId,
        action: "designation.designate",
        entityType: "designation",
        entityId: String(d.id),
        summary: `${d.organisation.name}を${currentRows(d.regions).map((r) => r.region.name).join("・")}の${designationTypeShortLabels[d.type]}に指定しました（${input.designatedOn}）`,
      });
    }, RACE_TX);
  } catch (err) {
    // Another 本庁 user designated a 拠点 for one of these regions at the same moment: the database
    // refused the second one; nothing of this change was written.
    if (isOneBaseViolation(err)) throw new ConflictError(m.secondBaseRaced);
    throw err;
  }
}

const END_EVENT = { revoke: "revoked", withdraw: "withdrawn", expire: "expired" } as const;

/** 取消 (revoke), 辞退 (withdraw) or 期間満了 (expire), effective `endedOn`, with its reason. */
export async function endDesignation(actor: Actor, raw: EndDesignationInput): Promise<void> {
  const input = parseOrThrow(EndDesignationSchema, raw);
  const d = await loadForAction(actor, input.designationId, input.kind);
  const to = TO[input.kind]!;
  if (!canTransition(d.status, input.kind)) throw new ValidationError(m.transitionNotAllowed(designationStatusLabels[d.status], designationStatusLabels[to]));
  const ended = dateOnly(input.endedOn);
  if (d.designatedOn && ended <= d.designatedOn) throw new ValidationError(m.endBeforeStart, { endedOn: [m.endBeforeStart] });
  await db().$transaction(async (tx) => {
    await updateVersioned(tx, d.id, input.expectedVersion, { status: to, endedOn: ended, endReason: input.reason });
    // Rows in force end on the day (the period of a designation never grows by ending it).
    await tx.designationRegion.updateMany({ where: { designationId: d.id, active: true, OR: [{ validTo: null }, { validTo: { gt: ended } }] }, data: { validTo: ended } });
    await recordEvent(tx, actor, d.id, { kind: END_EVENT[input.kind], effectiveOn: input.endedOn, reason: input.reason });
    await recordAudit(tx, actor, {
      prefectureId: d.prefectureId,
      action: `designation.${input.kind}`,
      entityType: "designation",
      entityId: String(d.id),
      summary: `${d.organisation.name}の${designationTypeShortLabels[d.type]}を「${designationStatusLabels[to]}」としました（${input.endedOn}）: ${input.reason}`,
    });
  });
}

/** Changes the notice number or the period's end (with a reason), recorded in the history. */
export async function changeDesignation(actor: Actor, raw: ChangeDesignationInput): Promise<void> {
  const input = parseOrThrow(ChangeDesignationSchema, raw);
  const d = await loadForAction(actor, input.designationId, "change");
  if (!canTransition(d.status, "change")) throw new ValidationError(m.transitionNotAllowed(designationStatusLabels[d.status], designationStatusLabels[d.status]));
  if (d.designatedOn && input.periodEndsOn && dateOnly(input.periodEndsOn) < d.designatedOn) throw new ValidationError(m.periodBeforeDesignation, { periodEndsOn: [m.periodBeforeDesignation] });
  const before = { noticeNumber: d.noticeNumber, periodEndsOn: d.periodEndsOn ? isoDate(d.periodEndsOn) : null };
  const after = { noticeNumber: input.noticeNumber ?? null, periodEndsOn: input.periodEndsOn ?? null };
  const to = after.periodEndsOn ? dateOnly(addDays(after.periodEndsOn, 1)) : null;
  try {
    await db().$transaction(async (tx) => {
      if (d.status === "DESIGNATED" && d.designatedOn) await assertNoOtherActiveBase(tx, d, d.designatedOn, to);
      await updateVersioned(tx, d.id, input.expectedVersion, { noticeNumber: after.noticeNumber, periodEndsOn: after.periodEndsOn ? dateOnly(after.periodEndsOn) : null });
      if (d.status === "DESIGNATED") {
        await tx.designationRegion.updateMany({ where: { id: { in: currentRows(d.regions).map((r) => r.id) }, active: true }, data: { validTo: to } });
      }
      await recordEvent(tx, actor, d.id, { kind: "changed", reason: input.reason, data: { before, after } });
      await recordAudit(tx, actor, {
        prefectureId: d.prefectureId,
        action: "designation.change",
        entityType: "designation",
        entityId: String(d.id),
        summary: `${d.organisation.name}の${designationTypeShortLabels[d.type]}の内容を変更しました: ${input.reason}`,
        data: { before, after },
      });
    }, RACE_TX);
  } catch (err) {
    if (isOneBaseViolation(err)) throw new ConflictError(m.secondBaseRaced);
    throw err;
  }
}
