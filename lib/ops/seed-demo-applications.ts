// Demo: one open サンプル call for the current 年度 (the demo catalogue copy's 訪問診療用ポータブル機器整備)
// and a サンプル draft application of the demo applicant (函館市医師会（サンプル）) with a fixed id,
// for the route inventory. Idempotent.
import type { Db } from "../db-client";
import { demoAccounts } from "./demo-accounts";

export const SAMPLE_APPLICATION_ID = "00000000-0000-4000-8000-0000000000a1";
const MENU_CODE = "portable-equipment";

export async function seedDemoApplications(db: Db, prefectureId: number, fiscalYear: number): Promise<boolean> {
  if (await db.subsidyCall.findFirst({ where: { prefectureId, fiscalYear, isSample: true } })) return false;
  const menu = await db.subsidyMenu.findFirst({ where: { prefectureId, code: MENU_CODE, rules: { some: { ruleSet: { fiscalYear } } } } });
  const organisation = await db.organisation.findFirst({ where: { prefectureId, name: demoAccounts.find((a) => a.role === "APPLICANT")?.organisation?.name ?? "" } });
  if (!menu || !organisation) return false;
  await db.$transaction(async (tx) => {
    const call = await tx.subsidyCall.create({
      data: {
        prefectureId,
        menuId: menu.id,
        fiscalYear,
        title: `${menu.name}（サンプル募集）`,
        note: "デモ用のサンプル募集です。",
        opensOn: new Date(`${fiscalYear}-04-01T00:00:00Z`),
        // 17:00 JST on 31 March at the end of the 年度.
        deadline: new Date(`${fiscalYear + 1}-03-31T08:00:00Z`),
        isSample: true,
      },
    });
    const content = {
      title: "ポータブルエコーの整備（サンプル）",
      outline: "訪問診療で使うポータブルエコーを整備します（デモ用のサンプル）。",
      periodFrom: `${fiscalYear}-06-01`,
      periodTo: `${fiscalYear + 1}-03-31`,
      applicantType: "MEDICAL_ASSOCIATION",
      items: [{ itemCode: "equipment", costYen: 4_000_000 }],
      totalProjectCostYen: 4_000_000,
      otherIncomeYen: 0,
    };
    await tx.subsidyApplication.create({
      data: {
        id: SAMPLE_APPLICATION_ID,
        prefectureId,
        callId: call.id,
        organisationId: organisation.id,
        title: content.title,
        outline: content.outline,
        periodFrom: new Date(`${content.periodFrom}T00:00:00Z`),
        periodTo: new Date(`${content.periodTo}T00:00:00Z`),
        applicantType: "MEDICAL_ASSOCIATION",
        formVersion: 1,
        content,
        totalProjectCostYen: 4_000_000,
        requestedYen: 2_000_000,
        idempotencyKey: `sample-${SAMPLE_APPLICATION_ID}`,
        isSample: true,
        items: { create: [{ itemCode: "equipment", costYen: 4_000_000 }] },
        events: { create: [{ kind: "created", toStatus: "DRAFT", actorLabel: "system" }] },
      },
    });
    await tx.auditEntry.create({
      data: { prefectureId, actorLabel: "system", action: "demo_data.seeded", entityType: "subsidy_call", entityId: String(call.id), summary: "デモ用のサンプル募集と申請の下書きを登録しました" },
    });
  });
  return true;
}
