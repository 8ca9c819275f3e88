// Demo data, created only for the demo portal (embedded database, or DEMO_DATA=true): each
// 在宅医療圏 gets a lead 保健所, labelled サンプル, because the real jurisdiction table has not been
// entered yet. Where the sources name no centre for a region, a sample centre is made up and
// named as such. Idempotent.
import type { Db } from "../db-client";
import { seedDemoAccounts } from "./demo-accounts";
import { fiscalYearOf } from "../dates/wareki";
import { seedDemoBudgets } from "./seed-budgets";
import { seedDemoApplications } from "./seed-demo-applications";
import { seedDemoDesignations } from "./seed-demo-designations";
import { seedDemoReports } from "./seed-demo-reports";
import { seedDemoReviews } from "./seed-demo-reviews";
import { seedFacilityList } from "./seed-facilities";
import { seedSampleSubsidyYear } from "./seed-subsidies";
import { loadManifest, type ReferenceManifest } from "./reference-manifest";

export async function seedDemoData(db: Db, manifest: ReferenceManifest = loadManifest()): Promise<boolean> {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: manifest.prefecture.code } });
  await seedDemoAccounts(db, manifest.prefecture.code);
  const facilities = await seedFacilityList(db, manifest);
  const subsidies = await seedSampleSubsidyYear(db, prefecture.id, fiscalYearOf(new Date()));
  await seedDemoBudgets(db, manifest);
  await seedDemoDesignations(db, prefecture.id);
  await seedDemoReports(db, prefecture.id);
  await seedDemoApplications(db, prefecture.id, fiscalYearOf(new Date()));
  await seedDemoReviews(db, prefecture.id);
  const already = await db.homeCareRegionLead.count({ where: { isSample: true, region: { prefectureId: prefecture.id } } });
  if (already > 0) return facilities || subsidies;
  await db.$transaction(async (tx) => {
    const regions = await tx.homeCareRegion.findMany({
      where: { prefectureId: prefecture.id, validTo: null },
      orderBy: { sortOrder: "asc" },
    });
    for (const region of regions) {
      const named = manifest.demoLeads[region.code];
      const center = named
        ? await tx.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId: prefecture.id, name: named } } })
        : await tx.healthCenter.create({
            data: {
              prefectureId: prefecture.id,
              name: `${region.name}地域保健所（サンプル）`,
              operator: "PREFECTURE",
              isSample: true,
            },
          });
      await tx.homeCareRegionLead.create({
        data: { regionId: region.id, healthCenterId: center.id, validFrom: region.validFrom, isSample: true },
      });
    }
    await tx.auditEntry.create({
      data: {
        prefectureId: prefecture.id,
        actorLabel: "system",
        action: "demo_data.seeded",
        entityType: "prefecture",
        entityId: prefecture.code,
        summary: "デモ用のサンプルデータ（在宅医療圏の担当保健所）を登録しました",
      },
    });
  });
  return true;
}
