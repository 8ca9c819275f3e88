// 在宅医療圏 split at a date: membership before and after, each member in exactly one region at
// every date, and the rules that keep it so (authorization, concurrency, partition, database).
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { addDays } from "@/lib/dates/date-only";
import { systemActor, publicActor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { splitRegion } from "@/lib/regions/mutations";
import { findRegionOfMemberOn, listRegionsOn } from "@/lib/regions/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const EFFECTIVE = "2026-04-01";
let prefectureId: number;
let tokachi: string[];

/** Members (wards, and municipalities without wards) and how many regions each is in on `date`. */
async function regionCountsOn(date: string) {
  return db.$queryRaw<{ code: string; regions: bigint }[]>`
    SELECT m.code, count(hm.id) AS regions
    FROM municipality m
    LEFT JOIN home_care_region_member hm ON hm.municipality_id = m.id
      AND hm.valid_from <= ${date}::date AND (hm.valid_to IS NULL OR hm.valid_to > ${date}::date)
    WHERE m.kind <> 'DESIGNATED_CITY'
    GROUP BY m.code`;
}

beforeAll(async () => {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  prefectureId = prefecture.id;
  const region = (await listRegionsOn(publicActor, prefectureId, "2026-03-31")).find((r) => r.name === "十勝")!;
  tokachi = region.memberCodes;
});

describe("splitting 十勝 into four 在宅医療圏", () => {
  it("refuses a 保健所 user, a 本庁担当 and an anonymous reader", async () => {
    const healthCenter = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
    const staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
    const input = { regionCode: "0119", effectiveOn: EFFECTIVE, expectedVersion: 1, successors: [] };
    await expect(splitRegion(healthCenter, prefectureId, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(splitRegion(staff, prefectureId, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(splitRegion(publicActor, prefectureId, input)).rejects.toBeInstanceOf(UnauthenticatedError);
    // Every refusal is in the audit trail.
    const refusals = await db.auditEntry.count({ where: { action: "authz.denied", entityId: "0119" } });
    expect(refusals).toBe(3);
  });

  it("refuses a partition that leaves a member out or names one twice", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const [first, ...rest] = tokachi;
    const missing = splitRegion(admin, prefectureId, {
      regionCode: "0119",
      effectiveOn: EFFECTIVE,
      expectedVersion: 1,
      successors: [
        { code: "0119-1", name: "東十勝", memberCodes: [first] },
        { code: "0119-2", name: "西十勝", memberCodes: rest.slice(1) },
      ],
    });
    await expect(missing).rejects.toThrow(/どの分割後の在宅医療圏にも含まれていません/);
    const twice = splitRegion(admin, prefectureId, {
      regionCode: "0119",
      effectiveOn: EFFECTIVE,
      expectedVersion: 1,
      successors: [
        { code: "0119-1", name: "東十勝", memberCodes: [first, rest[0]] },
        { code: "0119-2", name: "西十勝", memberCodes: rest },
      ],
    });
    await expect(twice).rejects.toThrow(/複数の分割後の在宅医療圏に含まれています/);
  });

  it("ends 十勝 on the date and starts the four successors, the past unchanged", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const quarter = Math.ceil(tokachi.length / 4);
    const groups = [0, 1, 2, 3].map((i) => tokachi.slice(i * quarter, (i + 1) * quarter));
    const names = ["東十勝", "西十勝", "南十勝", "北十勝"];
    const result = await splitRegion(admin, prefectureId, {
      regionCode: "0119",
      effectiveOn: EFFECTIVE,
      expectedVersion: 1,
      successors: groups.map((memberCodes, i) => ({ code: `0119-${i + 1}`, name: names[i], memberCodes })),
    });
    expect(result.successors.map((s) => s.name)).toEqual(names);

    const before = await listRegionsOn(publicActor, prefectureId, addDays(EFFECTIVE, -1));
    const after = await listRegionsOn(publicActor, prefectureId, EFFECTIVE);
    expect(before.find((r) => r.code === "0119")?.memberCodes).toEqual([...tokachi].sort());
    expect(after.find((r) => r.code === "0119")).toBeUndefined();
    for (const [i, group] of groups.entries()) {
      expect(after.find((r) => r.code === `0119-${i + 1}`)?.memberCodes).toEqual([...group].sort());
    }
    expect(before).toHaveLength(21);
    expect(after).toHaveLength(24);

    // The first member of each group: 十勝 the day before, its successor from the date on.
    for (const [i, group] of groups.entries()) {
      expect((await findRegionOfMemberOn(publicActor, group[0], addDays(EFFECTIVE, -1)))?.name).toBe("十勝");
      expect((await findRegionOfMemberOn(publicActor, group[0], EFFECTIVE))?.name).toBe(names[i]);
    }

    // Every member is in exactly one region on every date around and long after the split.
    for (const date of ["2024-04-01", addDays(EFFECTIVE, -1), EFFECTIVE, addDays(EFFECTIVE, 1), "2029-03-31"]) {
      const counts = await regionCountsOn(date);
      expect(counts).toHaveLength(188);
      expect(counts.filter((c) => Number(c.regions) !== 1)).toEqual([]);
    }

    // Each successor's boundary is the union of its members' boundaries.
    const successors = await db.homeCareRegion.findMany({ where: { code: { startsWith: "0119-" } }, select: { boundary: true } });
    for (const s of successors) expect(["Polygon", "MultiPolygon"]).toContain((s.boundary as { type: string }).type);

    const audit = await db.auditEntry.findFirst({ where: { action: "home_care_region.split", entityId: "0119" } });
    expect(audit?.summary).toContain("東十勝");
    expect(audit?.actorUserId).toBe(admin.kind === "user" ? admin.userId : null);
  });

  it("reports a conflict when the region changed since it was read", async () => {
    await expect(
      splitRegion(systemActor(), prefectureId, {
        regionCode: "0101",
        effectiveOn: EFFECTIVE,
        expectedVersion: 7,
        successors: [
          { code: "0101-1", name: "A", memberCodes: ["01192"] },
          { code: "0101-2", name: "B", memberCodes: ["01236"] },
        ],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses reusing a code and a date outside the region's period", async () => {
    const tooEarly = splitRegion(systemActor(), prefectureId, {
      regionCode: "0101",
      effectiveOn: "2024-04-01",
      expectedVersion: 1,
      successors: [
        { code: "X1", name: "A", memberCodes: ["01192"] },
        { code: "X2", name: "B", memberCodes: ["01236"] },
      ],
    });
    await expect(tooEarly).rejects.toBeInstanceOf(ValidationError);
  });

  it("the database itself refuses a second region for a member on the same dates", async () => {
    const otherRegion = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0101" } });
    const obihiro = await db.municipality.findUniqueOrThrow({ where: { code: tokachi[0] } });
    await expect(
      db.homeCareRegionMember.create({
        data: { regionId: otherRegion.id, municipalityId: obihiro.id, validFrom: new Date("2027-01-01") },
      }),
    ).rejects.toThrow(/home_care_region_member_no_overlap|exclusion|23P01/);
  });
});
