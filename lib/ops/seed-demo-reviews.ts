// Demo data for the review side (ADR 0025), demo mode only and labelled サンプル: a 令和6年度 call of
// 訪問診療用ポータブル機器整備 and two submitted applications of the demo applicant (函館市医師会),
// with fixed ids — b1 stays submitted, b2 is decided by the review journey (tests/e2e/reviews.e2e.test.ts).
// Idempotent.
import type { Db } from "../db-client";

export const SAMPLE_REVIEW_APPLICATION_IDS = ["00000000-0000-4000-8000-0000000000b1", "00000000-0000-4000-8000-0000000000b2"] as const;

const content = (title: string) => ({
  title,
  outline: "訪問診療で使うポータブルエコーを整備する（サンプル）。",
  periodFrom: "2024-06-01",
  periodTo: "2025-03-31",
  applicantType: "MEDICAL_ASSOCIATION",
  items: [{ itemCode: "equipment", costYen: 4_000_000 }],
  totalProjectCostYen: 4_000_000,
  otherIncomeYen: 0,
});

export async function seedDemoReviews(db: Db, prefectureId: number): Promise<boolean> {
  if (await db.subsidyApplication.findUnique({ where: { id: SAMPLE_REVIEW_APPLICATION_IDS[0] } })) return false;
  const menu = await db.subsidyMenu.findFirst({ where: { prefectureId, code: "portable-equipment" } });
  const organisation = await db.organisation.findFirst({ where: { prefectureId, name: "函館市医師会（サンプル）" } });
  const year = await db.fiscalYear.findUnique({ where: { year: 2024 } });
  if (!menu || !organisation || !year) return false;
  await db.$transaction(async (tx) => {
    const call = await tx.subsidyCall.create({
      data: {
        prefectureId,
        menuId: menu.id,
        fiscalYear: 2024,
        // A past call (令和6年度), closed: its two submitted applications wait in 本庁's review queue.
        title: "訪問診療用ポータブル機器整備（令和6年度・サンプル募集）",
        opensOn: new Date("2024-04-01T00:00:00Z"),
        deadline: new Date("2024-06-28T08:00:00Z"),
        state: "CLOSED",
        isSample: true,
      },
    });
    for (const [i, id] of SAMPLE_REVIEW_APPLICATION_IDS.entries()) {
      const title = i === 0 ? "ポータブルエコーの整備（サンプル）" : "ポータブル心電計の整備（サンプル）";
      await tx.subsidyApplication.create({
        data: {
          id,
          prefectureId,
          callId: call.id,
          organisationId: organisation.id,
          status: "SUBMITTED",
          title,
          outline: content(title).outline,
          periodFrom: new Date("2024-06-01T00:00:00Z"),
          periodTo: new Date("2025-03-31T00:00:00Z"),
          applicantType: "MEDICAL_ASSOCIATION",
          formVersion: 1,
          content: content(title),
          totalProjectCostYen: 4_000_000,
          otherIncomeYen: 0,
          requestedYen: 2_000_000,
          submittedAt: new Date("2024-05-20T01:00:00Z"),
          idempotencyKey: `sample-review-${id}`,
          isSample: true,
          items: { create: [{ itemCode: "equipment", costYen: 4_000_000, sortOrder: 0 }] },
        },
      });
    }
  });
  return true;
}
