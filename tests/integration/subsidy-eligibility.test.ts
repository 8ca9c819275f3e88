// Eligibility facts gathered from the database: the グループ制がとれない地域 condition reads the
// facility list (在支診 + 在支病 in the applicant's municipality ≤ 3); the 拠点 condition asks the
// designations (the seeded 十勝医師会 拠点 from 令和7年10月1日); other organisations' checks are
// refused as not found.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { NotFoundError } from "@/lib/errors";
import { checkSubsidyEligibility } from "@/lib/subsidies/eligibility";
import { startNextSubsidyYear } from "@/lib/subsidies/mutations";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);

let applicant: Actor;
let other: Actor;
let orgSmall: number;
let orgBig: number;

beforeAll(async () => {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const [small, big] = await Promise.all([
    db.municipality.findFirstOrThrow({ where: { name: "赤井川村" } }),
    db.municipality.findFirstOrThrow({ where: { name: "小樽市" } }),
  ]);
  // A facility list with 3 facilities in 赤井川村 and 4 in 小樽市.
  const snapshot = await db.facilitySnapshot.create({
    data: { prefectureId: prefecture.id, asOf: new Date("2025-10-01"), title: "テスト名簿", fileName: "t.xlsx", sizeBytes: 1, sha256: "a".repeat(64), rowCount: 7, facilityCount: 7 },
  });
  let n = 0;
  for (const [m, count] of [[small, 3], [big, 4]] as const) {
    for (let i = 0; i < count; i++) {
      n += 1;
      const f = await db.facility.create({
        data: { prefectureId: prefecture.id, prefectureCode: "01", category: "MEDICAL", institutionNumber: String(9_000_000 + n), name: `テスト診療所${n}`, kind: i === 0 ? "HOSPITAL" : "CLINIC", municipalityId: m.id },
      });
      await db.facilitySnapshotEntry.create({ data: { snapshotId: snapshot.id, facilityId: f.id, kind: f.kind!, supportType: 3, municipalityId: m.id } });
    }
  }
  orgSmall = (await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MUNICIPALITY", name: "赤井川村（テスト）", municipalityId: small.id } })).id;
  orgBig = (await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MUNICIPALITY", name: "小樽市（テスト）", municipalityId: big.id } })).id;
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: orgSmall });
  other = await createUserActor(db, { role: "APPLICANT", organisationId: orgBig });
});

describe("checkSubsidyEligibility", () => {
  it("グループ制がとれない地域: counts the municipality's 在支診 and 在支病 from the facility list", async () => {
    const small = await checkSubsidyEligibility(applicant, { menuCode: "no-group-area", fiscalYear: 2024, organisationId: orgSmall });
    expect(small.outcome).toBe("met");
    const big = await checkSubsidyEligibility(other, { menuCode: "no-group-area", fiscalYear: 2024, organisationId: orgBig });
    expect(big.outcome).toBe("notMet");
  });

  it("拠点: the designated body, and a 市町村 in its region (間接補助・委託), from the 年度 it was designated", async () => {
    const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
    const staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
    // 令和7年度's menus, copied from 令和6年度 as 本庁管理者 does.
    await startNextSubsidyYear(await createUserActor(db, { role: "PREFECTURE_ADMIN" }), 2024);
    const tokachi = await db.organisation.findFirstOrThrow({ where: { name: "十勝医師会" } });
    const obihiro = await db.municipality.findFirstOrThrow({ where: { name: "帯広市" } });
    const city = await db.organisation.create({ data: { prefectureId: prefecture.id, type: "MUNICIPALITY", name: "帯広市（テスト）", municipalityId: obihiro.id } });
    const check = (organisationId: number, fiscalYear: number) =>
      checkSubsidyEligibility(staff, { menuCode: "collaboration-base", fiscalYear, organisationId });
    // Designated 令和7年10月1日: 令和7年度 (2025) yes, 令和6年度 (2024) no.
    expect((await check(tokachi.id, 2025)).outcome).toBe("met");
    expect((await check(tokachi.id, 2024)).outcome).toBe("notMet");
    expect((await check(city.id, 2025)).outcome).toBe("met");
    // 赤井川村 lies in no region with a 拠点.
    expect((await check(orgSmall, 2025)).outcome).toBe("notMet");
  });

  it("refuses another organisation's check as not found (audited)", async () => {
    await expect(checkSubsidyEligibility(applicant, { menuCode: "no-group-area", fiscalYear: 2024, organisationId: orgBig })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEntry.count({ where: { action: "authz.denied", entityType: "organisation", entityId: String(orgBig) } })).toBe(1);
  });
});
