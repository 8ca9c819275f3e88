// Impact provider for the 在宅医療圏 editor (lib/regions/impact.ts): status reports of a region
// that ends. Information only: a report belongs to the region and 年度 it was written for, so it
// stays with the old region (ADR 0023); the preview lists the open ones (not yet approved) so 本庁
// knows which reports are still in progress for a region about to end. Apply writes nothing.
import "server-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import type { RegionImpactProvider } from "@/lib/regions/impact";
import { reportStatusLabels } from "./messages";

export const reportImpactMessages = {
  label: "状況報告（在宅医療圏ごと・年度ごと）",
  title: (region: string, year: number, sample: boolean) => `${region} ${formatFiscalYear(year)}の状況報告${sample ? "・サンプル" : ""}`,
  note: "状況報告は作成した在宅医療圏・年度の記録として元の在宅医療圏に残ります（引き継ぎません）。",
};

export const statusReportRegionImpact: RegionImpactProvider = {
  key: "status-reports",
  label: reportImpactMessages.label,

  async preview(tx, ctx) {
    const rows = await tx.statusReport.findMany({
      where: { regionId: { in: ctx.endingRegionIds }, status: { not: "APPROVED" } },
      orderBy: [{ fiscalYear: "asc" }, { id: "asc" }],
      select: { id: true, fiscalYear: true, status: true, isSample: true, region: { select: { code: true, name: true } } },
    });
    return rows.map((r) => ({
      id: String(r.id),
      title: reportImpactMessages.title(r.region.name, r.fiscalYear, r.isSample),
      state: reportStatusLabels[r.status],
      open: true,
      regionCode: r.region.code,
      defaultAction: "STAY" as const,
      defaultSuccessorCodes: [],
      choice: "none" as const,
      note: reportImpactMessages.note,
    }));
  },

  async apply() {
    // Reports stay with the region they were written for: nothing to change.
  },
};
