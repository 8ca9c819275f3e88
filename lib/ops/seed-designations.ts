// Designations and roadmap targets every portal has (reference data, idempotent): the one real
// designation known — 十勝医師会, 拠点, 令和7年10月1日, for 東十勝・西十勝・南十勝・北十勝, seeded on
// the provisional 十勝 region (0119) until 本庁 splits it — and the targets of the 北海道医療計画
// (DOMAIN.md "The roadmap"): R6 2–3, R7 7–8, R8 7–8 在宅医療圏, then the rest by R11 (R9–R11 are
// seeded as "the rest"; the source's R8– column is an interpretation, so 本庁管理者 may edit them).
import type { Db } from "../db-client";

export const TOKACHI_MEDICAL_ASSOCIATION = "十勝医師会";
const TOKACHI_REGION = "0119";
const TOKACHI_DESIGNATED_ON = "2025-10-01";

export const ROADMAP_TARGETS: { fiscalYear: number; min?: number; max?: number; remaining?: true; note: string }[] = [
  { fiscalYear: 2024, min: 2, max: 3, note: "先行する在宅医療圏" },
  { fiscalYear: 2025, min: 7, max: 8, note: "人口の多い在宅医療圏から" },
  { fiscalYear: 2026, min: 7, max: 8, note: "人口の少ない在宅医療圏（計画の「R8年度～」欄の解釈）" },
  { fiscalYear: 2027, remaining: true, note: "残りの在宅医療圏（令和11年度までに全圏域）" },
  { fiscalYear: 2028, remaining: true, note: "残りの在宅医療圏（令和11年度までに全圏域）" },
  { fiscalYear: 2029, remaining: true, note: "すべての在宅医療圏で指定（計画の目標）" },
];

export async function seedDesignationReference(db: Db, prefectureId: number): Promise<void> {
  for (const t of ROADMAP_TARGETS) {
    await db.roadmapTarget.upsert({
      where: { prefectureId_fiscalYear: { prefectureId, fiscalYear: t.fiscalYear } },
      create: { prefectureId, fiscalYear: t.fiscalYear, minRegions: t.min ?? null, maxRegions: t.max ?? null, remaining: t.remaining ?? false, note: t.note },
      update: {},
    });
  }
  const organisation = await db.organisation.upsert({
    where: { prefectureId_name: { prefectureId, name: TOKACHI_MEDICAL_ASSOCIATION } },
    create: { prefectureId, name: TOKACHI_MEDICAL_ASSOCIATION, type: "MEDICAL_ASSOCIATION" },
    update: {},
  });
  if ((await db.designation.count({ where: { organisationId: organisation.id } })) > 0) return;
  const designatedOn = new Date(`${TOKACHI_DESIGNATED_ON}T00:00:00Z`);
  const region = await db.homeCareRegion.findFirst({
    where: { prefectureId, code: TOKACHI_REGION, validFrom: { lte: designatedOn }, OR: [{ validTo: null }, { validTo: { gt: designatedOn } }] },
  });
  if (!region) return;
  await db.$transaction(async (tx) => {
    const d = await tx.designation.create({
      data: {
        prefectureId,
        type: "BASE",
        status: "DESIGNATED",
        organisationId: organisation.id,
        designatedOn,
        regions: { create: { regionId: region.id, type: "BASE", active: true, validFrom: designatedOn, validTo: region.validTo } },
      },
    });
    await tx.designationEvent.create({
      data: {
        designationId: d.id,
        kind: "designated",
        effectiveOn: designatedOn,
        reason: "北海道在宅医療連携拠点設置要綱による指定（東十勝・西十勝・南十勝・北十勝。暫定の在宅医療圏「十勝」に登録し、分割の際に引き継ぎます）",
        actorLabel: "system",
      },
    });
    await tx.auditEntry.create({
      data: {
        prefectureId,
        actorLabel: "system",
        action: "designation.seeded",
        entityType: "designation",
        entityId: String(d.id),
        summary: "十勝医師会（在宅医療に必要な連携を担う拠点、令和7年10月1日指定）を登録しました",
      },
    });
  });
}
