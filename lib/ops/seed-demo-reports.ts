// Demo status reports, labelled サンプル (isSample): approved 令和7年度 reports for 十勝 (0119, the
// first report made: id 1 in a fresh database) and 南渡島 (0101, so the demo 保健所 can copy last
// year's report). 令和8年度 stays empty for people (and the e2e tests) to try the workflow. Idempotent.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { emptyContentV1, type ReportContentV1 } from "../status-reports/form-v1";

const SAMPLE_YEAR = 2025;

function sampleContent(municipalities: { code: string; name: string }[], region: string): ReportContentV1 {
  const c = emptyContentV1(municipalities);
  c.functions.discharge = { state: "PARTLY_SHORT", issues: `${region}では入退院支援ルールの運用が病院によって異なる（サンプル）。`, measures: "入退院支援ルールの見直しを協議体で検討する（サンプル）。", indicators: "入退院支援ルール：あり" };
  c.functions.daily = { state: "SUFFICIENT", issues: "", measures: "", indicators: "訪問診療を行う医療機関：圏域内に複数（サンプル）" };
  c.functions.emergency = { state: "SHORT", issues: "夜間・休日の往診体制が不足している（サンプル）。", measures: "輪番制の検討（サンプル）。", indicators: "24時間対応体制：一部" };
  c.functions.endOfLife = { state: "PARTLY_SHORT", issues: "在宅での看取りの件数が少ない（サンプル）。", measures: "住民向け講演会で人生会議を周知（サンプル）。", indicators: "看取り件数：不明" };
  c.council.meetings = [{ date: "2025-06-20", title: "在宅医療推進協議会（サンプル）", participants: 24 }, { date: "2026-01-23", title: "在宅医療推進協議会（サンプル）", participants: 22 }];
  c.council.workingGroups = "入退院支援WG（3回）（サンプル）";
  c.council.trainings = [{ date: "2025-10-10", title: "多職種連携研修（サンプル）", participants: 58 }];
  c.council.publicLectures = [{ date: "2025-11-15", title: "人生会議を考える講演会（サンプル）", participants: 120 }];
  for (const m of c.municipalities) for (const k of Object.keys(m.items) as (keyof typeof m.items)[]) m.items[k] = { state: k === "g" ? "PARTLY" : "DONE", note: "" };
  c.coordination = "圏域の市町村合同で入退院支援ルールを運用（サンプル）。";
  return c;
}

export async function seedDemoReports(db: Db, prefectureId: number): Promise<void> {
  if ((await db.statusReport.count({ where: { prefectureId, isSample: true } })) > 0) return;
  await db.$transaction(async (tx) => {
    for (const code of ["0119", "0101"]) {
      const region = await tx.homeCareRegion.findFirst({
        where: { prefectureId, code, validTo: null },
        select: { id: true, name: true, members: { where: { validTo: null }, orderBy: { municipality: { code: "asc" } }, select: { municipality: { select: { code: true, name: true } } } } },
      });
      if (!region) continue;
      const content = sampleContent(region.members.map((m) => m.municipality), region.name) as unknown as Prisma.InputJsonValue;
      const submittedAt = new Date("2026-02-27T01:00:00Z");
      await tx.statusReport.create({
        data: {
          prefectureId,
          regionId: region.id,
          fiscalYear: SAMPLE_YEAR,
          status: "APPROVED",
          formVersion: 1,
          content,
          frozenFacts: { facilitiesAsOf: null, clinics: null, hospitals: null, designationsAsOf: "2026-02-27", designations: [] },
          submittedAt,
          approvedAt: new Date("2026-03-13T01:00:00Z"),
          isSample: true,
          version: 3,
          events: {
            create: [
              { kind: "submitted", version: 2, content, actorLabel: "サンプル", occurredAt: submittedAt },
              { kind: "approved", version: 3, content, actorLabel: "サンプル", occurredAt: new Date("2026-03-13T01:00:00Z") },
            ],
          },
        },
      });
    }
  });
}
