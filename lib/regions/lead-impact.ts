// Impact provider: the lead 保健所 (secretariat of the 協議会) of each ending region carries over to
// its successors from the effective date. In a merge only one lead can carry over to the merged
// region (one lead per region at a time, ADR 0005): the first ending region's lead by default.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { dateOnly } from "@/lib/dates/date-only";
import { ValidationError } from "@/lib/errors";
import { validOn } from "@/lib/validity";
import type { RegionImpactItem, RegionImpactProvider } from "./impact";
import { regionEditorMessages as m } from "./editor-messages";

export const healthCenterLeadImpact: RegionImpactProvider = {
  key: "health-center-leads",
  label: m.leadProviderLabel,

  async preview(tx, ctx) {
    const leads = await tx.homeCareRegionLead.findMany({
      where: { regionId: { in: ctx.endingRegionIds }, ...validOn(ctx.effectiveOn) },
      orderBy: { id: "asc" },
      select: { id: true, regionId: true, healthCenter: { select: { name: true, isSample: true } } },
    });
    const taken = new Set<string>();
    const items: RegionImpactItem[] = [];
    for (const ending of ctx.endingRegions) {
      const lead = leads.find((l) => l.regionId === ending.id);
      if (!lead) continue;
      const free = ending.successors.map((s) => s.code).filter((c) => !taken.has(c));
      free.forEach((c) => taken.add(c));
      items.push({
        id: String(lead.id),
        title: m.leadTitle(lead.healthCenter.name, ending.name, lead.healthCenter.isSample),
        state: m.leadState,
        open: true,
        regionCode: ending.code,
        defaultAction: free.length > 0 ? "CARRY_OVER" : "STAY",
        defaultSuccessorCodes: free,
        choice: "successors",
        note: ending.successors.length > 1 || free.length === 0 ? m.leadNote : undefined,
      });
    }
    return items;
  },

  async apply(tx, actor, ctx) {
    const effective = dateOnly(ctx.effectiveOn);
    const assigned = new Map<number, string>();
    for (const [i, item] of ctx.items.entries()) {
      const decision = ctx.decisions[i];
      const lead = await tx.homeCareRegionLead.findUniqueOrThrow({
        where: { id: Number(item.id) },
        select: { id: true, regionId: true, healthCenterId: true, isSample: true, healthCenter: { select: { name: true } } },
      });
      // The lead itself has been ended with its region (change-apply.ts); carry it over if chosen.
      if (decision.action !== "CARRY_OVER") continue;
      const successors = (ctx.successorsByEndingRegionId[lead.regionId] ?? []).filter((s) => decision.successorCodes.includes(s.code));
      for (const s of successors) {
        if (assigned.has(s.id)) throw new ValidationError(m.leadTwice(s.name), { impact: [m.leadTwice(s.name)] });
        assigned.set(s.id, lead.healthCenter.name);
        await tx.homeCareRegionLead.create({ data: { regionId: s.id, healthCenterId: lead.healthCenterId, validFrom: effective, isSample: lead.isSample } });
      }
      if (successors.length > 0) {
        await recordAudit(tx, actor, {
          prefectureId: ctx.prefectureId,
          action: "home_care_region_lead.carry_over",
          entityType: "home_care_region_lead",
          entityId: String(lead.id),
          summary: m.leadCarried(lead.healthCenter.name, successors.map((s) => s.name), m.wareki(ctx.effectiveOn)),
          data: { effectiveOn: ctx.effectiveOn, successorCodes: successors.map((s) => s.code) },
        });
      }
    }
  },
};
