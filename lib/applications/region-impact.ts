// Impact provider for the 在宅医療圏 editor (lib/regions/impact.ts): open subsidy applications of
// organisations located in a region that ends. Information only — an application belongs to its
// organisation, not to a region, so nothing moves; 本庁 sees which ones a split or merge touches.
import "server-only";
import { dateOnly } from "@/lib/dates/date-only";
import type { RegionImpactItem, RegionImpactProvider } from "@/lib/regions/impact";
import { applicationStatusLabels } from "./messages";
import type { ApplicationStatus } from "./workflow";

const OPEN: ApplicationStatus[] = ["SUBMITTED", "RETURNED", "RESUBMITTED", "DECIDED", "CHANGE_REQUESTED", "REPORTED"];

export const applicationRegionImpact: RegionImpactProvider = {
  key: "applications",
  label: "補助金申請（参考）",

  async preview(tx, ctx) {
    const effective = dateOnly(ctx.effectiveOn);
    const members = await tx.homeCareRegionMember.findMany({
      where: { regionId: { in: ctx.endingRegionIds }, validFrom: { lte: effective }, OR: [{ validTo: null }, { validTo: { gt: effective } }] },
      select: { regionId: true, municipalityId: true },
    });
    const regionOf = new Map(members.map((m) => [m.municipalityId, m.regionId]));
    if (regionOf.size === 0) return [];
    const apps = await tx.subsidyApplication.findMany({
      where: { prefectureId: ctx.prefectureId, status: { in: OPEN }, organisation: { municipalityId: { in: [...regionOf.keys()] } } },
      select: { id: true, title: true, status: true, isSample: true, organisation: { select: { name: true, municipalityId: true } } },
      orderBy: { createdAt: "asc" },
    });
    return apps.map((a): RegionImpactItem => {
      const region = ctx.endingRegions.find((e) => e.id === regionOf.get(a.organisation.municipalityId!))!;
      return {
        id: a.id,
        title: `${a.organisation.name}「${a.title}」${a.isSample ? "・サンプル" : ""}`,
        state: applicationStatusLabels[a.status as ApplicationStatus],
        open: true,
        regionCode: region.code,
        defaultAction: "STAY",
        defaultSuccessorCodes: [],
        choice: "none",
        note: "申請は団体に結び付いているため、在宅医療圏の変更で手続きは変わりません（参考表示）。",
      };
    });
  },

  async apply() {
    // Information only: nothing to write.
  },
};
