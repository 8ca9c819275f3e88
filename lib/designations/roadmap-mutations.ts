// Editing the roadmap: a 年度's target (本庁管理者) and a region's planned 年度 (本庁).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { validOn } from "@/lib/validity";
import { designationMessages as m } from "./messages";
import { parseOrThrow } from "./mutations";
import { canEditPlans, canEditTargets } from "./policy";
import { RegionPlanSchema, RoadmapTargetSchema, type RegionPlanInput, type RoadmapTargetInput } from "./schema";

export async function updateRoadmapTarget(actor: Actor, prefectureId: number, raw: RoadmapTargetInput): Promise<void> {
  const target = { action: "roadmap_target.update", entityType: "roadmap_target", prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!canEditTargets(actor, prefectureId)) await refuseForbidden(actor, target, m.forbiddenTargets);
  const input = parseOrThrow(RoadmapTargetSchema, raw);
  await db().$transaction(async (tx) => {
    const data = input.remaining
      ? { remaining: true, minRegions: null, maxRegions: null }
      : { remaining: false, minRegions: input.minRegions ?? null, maxRegions: input.maxRegions ?? null };
    const updated = await tx.roadmapTarget.updateMany({
      where: { prefectureId, fiscalYear: input.fiscalYear, version: input.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      const exists = await tx.roadmapTarget.count({ where: { prefectureId, fiscalYear: input.fiscalYear } });
      if (!exists) throw new NotFoundError();
      throw new ConflictError(m.targetConflict);
    }
    const label = formatFiscalYear(input.fiscalYear);
    await recordAudit(tx, actor, {
      prefectureId,
      action: "roadmap_target.update",
      entityType: "roadmap_target",
      entityId: String(input.fiscalYear),
      summary: input.remaining ? `${label}の目標を「残りすべて」にしました` : `${label}の目標を${data.minRegions}〜${data.maxRegions}圏域にしました`,
      data,
    });
  });
}

/** Sets (or clears, with null) the planned 年度 of a region valid today. */
export async function setRegionPlan(actor: Actor, prefectureId: number, raw: RegionPlanInput): Promise<void> {
  const target = { action: "roadmap_plan.update", entityType: "home_care_region", entityId: raw?.regionCode ?? null, prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!canEditPlans(actor, prefectureId)) await refuseForbidden(actor, target, m.forbiddenPlans);
  const input = parseOrThrow(RegionPlanSchema, raw);
  const region = await db().homeCareRegion.findFirst({ where: { prefectureId, code: input.regionCode, ...validOn(dateOnly(todayInJapan())) } });
  if (!region) throw new ValidationError(m.regionUnknown(input.regionCode), { regionCode: [m.regionUnknown(input.regionCode)] });
  await db().$transaction(async (tx) => {
    if (input.plannedFiscalYear === null) await tx.roadmapRegionPlan.deleteMany({ where: { regionId: region.id } });
    else {
      await tx.roadmapRegionPlan.upsert({
        where: { regionId: region.id },
        create: { regionId: region.id, plannedFiscalYear: input.plannedFiscalYear },
        update: { plannedFiscalYear: input.plannedFiscalYear, isSample: false, version: { increment: 1 } },
      });
    }
    await recordAudit(tx, actor, {
      prefectureId,
      action: "roadmap_plan.update",
      entityType: "home_care_region",
      entityId: region.code,
      summary: input.plannedFiscalYear === null ? `${region.name}の計画年度を未定にしました` : `${region.name}の計画年度を${formatFiscalYear(input.plannedFiscalYear)}にしました`,
    });
  });
}
