// Demo designations and planned 年度, labelled サンプル (isSample), so the roadmap and the
// designation pages have something to show: a 積極的役割医療機関 in 十勝 (making it "done" beside
// the real 十勝医師会 拠点), a designated 拠点 in 上川中部, a 拠点 candidate in coordination in 札幌,
// and a planned 年度 for every region. Nothing in 南渡島 (0101): the demo 保健所's own region stays
// free for people (and the e2e tests) to try the workflow. Idempotent.
import type { Db } from "../db-client";
import type { DesignationStatus, DesignationType } from "../generated/prisma/client";

interface Sample {
  organisation: string;
  type: DesignationType;
  status: DesignationStatus;
  region: string;
  designatedOn?: string;
  consultationStartedOn?: string;
}

const SAMPLES: Sample[] = [
  { organisation: "帯広在宅クリニック（サンプル）", type: "ACTIVE_ROLE", status: "DESIGNATED", region: "0119", designatedOn: "2025-11-01" },
  { organisation: "旭川市医師会（サンプル）", type: "BASE", status: "DESIGNATED", region: "0112", designatedOn: "2026-04-01", consultationStartedOn: "2025-09-01" },
  { organisation: "札幌市医師会（サンプル）", type: "BASE", status: "COORDINATING", region: "0104", consultationStartedOn: "2026-06-01" },
];

/** Planned 年度 by region code; regions not listed get 令和11年度. */
const PLANS: Record<string, number> = { "0119": 2025, "0112": 2025, "0104": 2026, "0101": 2026, "0110": 2026, "0109": 2026, "0106": 2027, "0105": 2027 };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedDemoDesignations(db: Db, prefectureId: number): Promise<void> {
  if ((await db.designation.count({ where: { prefectureId, isSample: true } })) > 0) return;
  await db.$transaction(async (tx) => {
    for (const s of SAMPLES) {
      const region = await tx.homeCareRegion.findFirst({ where: { prefectureId, code: s.region, validTo: null } });
      if (!region) continue;
      const organisation = await tx.organisation.upsert({
        where: { prefectureId_name: { prefectureId, name: s.organisation } },
        create: { prefectureId, name: s.organisation, type: s.type === "BASE" ? "MEDICAL_ASSOCIATION" : "MEDICAL_CORPORATION", isSample: true },
        update: {},
      });
      const designated = s.status === "DESIGNATED" && s.designatedOn;
      const d = await tx.designation.create({
        data: {
          prefectureId,
          type: s.type,
          status: s.status,
          organisationId: organisation.id,
          consultationStartedOn: s.consultationStartedOn ? day(s.consultationStartedOn) : null,
          designatedOn: designated ? day(s.designatedOn!) : null,
          isSample: true,
          regions: { create: { regionId: region.id, type: s.type, active: !!designated, validFrom: designated ? day(s.designatedOn!) : region.validFrom } },
        },
      });
      await tx.designationEvent.create({ data: { designationId: d.id, kind: "proposed", actorLabel: "system（サンプル）" } });
      if (s.consultationStartedOn) await tx.designationEvent.create({ data: { designationId: d.id, kind: "coordination_started", effectiveOn: day(s.consultationStartedOn), actorLabel: "system（サンプル）" } });
      if (designated) await tx.designationEvent.create({ data: { designationId: d.id, kind: "designated", effectiveOn: day(s.designatedOn!), actorLabel: "system（サンプル）" } });
    }
    const regions = await tx.homeCareRegion.findMany({ where: { prefectureId, validTo: null }, select: { id: true, code: true } });
    for (const r of regions) {
      await tx.roadmapRegionPlan.upsert({ where: { regionId: r.id }, create: { regionId: r.id, plannedFiscalYear: PLANS[r.code] ?? 2029, isSample: true }, update: {} });
    }
    await tx.auditEntry.create({
      data: { prefectureId, actorLabel: "system", action: "demo_data.seeded", entityType: "designation", summary: "デモ用のサンプルデータ（指定と計画年度）を登録しました" },
    });
  });
}
