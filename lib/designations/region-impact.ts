// Impact provider for the 在宅医療圏 editor (lib/regions/impact.ts): designations referring to a
// region that ends. Open ones (designated and in force on the effective date, or candidates still
// being coordinated) carry over to the successor regions the user ticks — all of them by default —
// and closed ones (ended before the date) stay with the region as it was. Apply runs inside the
// editor's save transaction: the designation_region row ends on the date, rows for the chosen
// successors start that day (keeping the period's end), the designation's history records it, and
// the ending region's planned 年度 is copied to its successors. Two 拠点 carried into one merged
// region are refused (one active 拠点 per region; the exclusion constraint would refuse it too).
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { dateOnly, isoDate } from "@/lib/dates/date-only";
import { ValidationError } from "@/lib/errors";
import type { RegionImpactItem, RegionImpactProvider } from "@/lib/regions/impact";
import { recordEvent } from "./access";
import { designationStatusLabels, designationTypeLabels } from "./messages";

const OPEN_STATUSES = new Set(["CANDIDATE", "COORDINATING", "DESIGNATED"]);

export const regionImpactMessages = {
  label: "拠点・積極的役割医療機関の指定",
  title: (organisation: string, type: string, sample: boolean) => `${organisation}（${type}）${sample ? "・サンプル" : ""}`,
  closedNote: "終了した指定は、元の在宅医療圏の記録として残ります。",
  secondBase: (region: string) => `「${region}」に拠点が2つ引き継がれることになります。拠点は1つの在宅医療圏に1つまでです。どちらかの引継ぎ先から外してください。`,
  carried: (organisation: string, from: string, to: string[], on: string) => `${organisation}の指定の対象を「${from}」から${to.map((n) => `「${n}」`).join("・")}に引き継ぎました（${on}から）`,
};

export const designationRegionImpact: RegionImpactProvider = {
  key: "designations",
  label: regionImpactMessages.label,

  async preview(tx, ctx) {
    const effective = dateOnly(ctx.effectiveOn);
    const rows = await tx.designationRegion.findMany({
      where: { regionId: { in: ctx.endingRegionIds } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        regionId: true,
        validTo: true,
        designation: { select: { type: true, status: true, isSample: true, organisation: { select: { name: true } } } },
      },
    });
    const items: RegionImpactItem[] = [];
    for (const row of rows) {
      const ending = ctx.endingRegions.find((e) => e.id === row.regionId)!;
      const open = OPEN_STATUSES.has(row.designation.status) && (row.validTo === null || row.validTo > effective);
      const successors = ending.successors.map((s) => s.code);
      items.push({
        id: String(row.id),
        title: regionImpactMessages.title(row.designation.organisation.name, designationTypeLabels[row.designation.type], row.designation.isSample),
        state: designationStatusLabels[row.designation.status],
        open,
        regionCode: ending.code,
        defaultAction: open && successors.length > 0 ? "CARRY_OVER" : "STAY",
        defaultSuccessorCodes: open ? successors : [],
        choice: open ? "successors" : "none",
        note: open ? undefined : regionImpactMessages.closedNote,
      });
    }
    return items;
  },

  async apply(tx, actor, ctx) {
    const effective = dateOnly(ctx.effectiveOn);
    const baseIn = new Set<number>();
    for (const [i, item] of ctx.items.entries()) {
      if (!item.open) continue;
      const decision = ctx.decisions[i];
      const row = await tx.designationRegion.findUniqueOrThrow({
        where: { id: Number(item.id) },
        select: { id: true, designationId: true, regionId: true, type: true, active: true, validFrom: true, validTo: true, region: { select: { name: true } }, designation: { select: { prefectureId: true, organisation: { select: { name: true } } } } },
      });
      // The region ends, so the link to it ends with it whatever the decision (a link starting on
      // or after the date moves entirely).
      const startsLater = row.validFrom >= effective;
      if (startsLater) await tx.designationRegion.delete({ where: { id: row.id } });
      else await tx.designationRegion.update({ where: { id: row.id }, data: { validTo: effective } });
      if (decision.action !== "CARRY_OVER") continue;
      const successors = (ctx.successorsByEndingRegionId[row.regionId] ?? []).filter((s) => decision.successorCodes.includes(s.code));
      for (const s of successors) {
        if (row.type === "BASE" && row.active) {
          if (baseIn.has(s.id)) throw new ValidationError(regionImpactMessages.secondBase(s.name), { impact: [regionImpactMessages.secondBase(s.name)] });
          baseIn.add(s.id);
        }
        await tx.designationRegion.create({
          data: { designationId: row.designationId, regionId: s.id, type: row.type, active: row.active, validFrom: startsLater ? row.validFrom : effective, validTo: row.validTo },
        });
      }
      if (successors.length === 0) continue;
      const summary = regionImpactMessages.carried(row.designation.organisation.name, row.region.name, successors.map((s) => s.name), ctx.effectiveOn);
      await recordEvent(tx, actor, row.designationId, {
        kind: "regions_carried_over",
        effectiveOn: ctx.effectiveOn,
        reason: summary,
        data: { from: item.regionCode, to: successors.map((s) => s.code), validTo: row.validTo ? isoDate(row.validTo) : null },
      });
      await recordAudit(tx, actor, { prefectureId: ctx.prefectureId, action: "designation.carry_over", entityType: "designation", entityId: String(row.designationId), summary });
    }
    // The planned 年度 of an ending region becomes its successors' (those without one).
    for (const [endingId, successors] of Object.entries(ctx.successorsByEndingRegionId)) {
      const plan = await tx.roadmapRegionPlan.findUnique({ where: { regionId: Number(endingId) } });
      if (!plan) continue;
      for (const s of successors) {
        if (await tx.roadmapRegionPlan.findUnique({ where: { regionId: s.id } })) continue;
        await tx.roadmapRegionPlan.create({ data: { regionId: s.id, plannedFiscalYear: plan.plannedFiscalYear, isSample: plan.isSample } });
      }
    }
  },
};
