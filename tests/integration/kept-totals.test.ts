// What the database keeps for the region page's counts (ADR 0040): facility_snapshot_total — whoever
// inserts, changes or deletes a snapshot's entries, its totals per kind and support type are its
// entries counted — and prefecture_population, its municipalities' population summed (wards, not
// designated cities). The app's role may read both but never write them.
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";

const db = createPrismaClient(process.env.DATABASE_URL!);
const owner = createPrismaClient(process.env.TEST_OWNER_DATABASE_URL!);
let prefectureId: number;
let municipalityIds: number[];

type Kind = "CLINIC" | "HOSPITAL";

async function snapshot(asOf: string) {
  return db.facilitySnapshot.create({
    data: { prefectureId, asOf: new Date(asOf), title: `合計テスト ${asOf}`, fileName: `${asOf}.xlsx`, sizeBytes: 1, sha256: asOf.replace(/-/g, "").padEnd(64, "c"), rowCount: 0, facilityCount: 0 },
  });
}

async function facility(i: number, kind: Kind) {
  const institutionNumber = String(9_200_000 + i);
  return db.facility.upsert({
    where: { prefectureCode_category_institutionNumber: { prefectureCode: "01", category: "MEDICAL", institutionNumber } },
    create: { prefectureId, prefectureCode: "01", category: "MEDICAL", institutionNumber, name: `合計テスト${i}`, kind, municipalityId: municipalityIds[i % municipalityIds.length] },
    update: {},
  });
}

const sorted = (rows: [Kind, number, number][]) => rows.sort((x, y) => x[0].localeCompare(y[0]) || x[1] - y[1]);

/** [kind, support type, count] sorted: what the table holds for the snapshot. */
async function stored(snapshotId: number) {
  const rows = await db.facilitySnapshotTotal.findMany({ where: { snapshotId } });
  return sorted(rows.map((r) => [r.kind, r.supportType, r.facilityCount]));
}

/** The same counted from the entries. */
async function counted(snapshotId: number) {
  const groups = await db.facilitySnapshotEntry.groupBy({ by: ["kind", "supportType"], where: { snapshotId }, _count: { _all: true } });
  return sorted(groups.map((g) => [g.kind, g.supportType, g._count._all]));
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  municipalityIds = (await db.municipality.findMany({ where: { prefectureId, kind: { not: "DESIGNATED_CITY" } }, select: { id: true }, orderBy: { code: "asc" }, take: 3 })).map((m) => m.id);
});

describe("facility_snapshot_total", () => {
  it("is each snapshot's entries counted per kind and support type after inserts, changes and deletes", async () => {
    const [a, b] = [await snapshot("2031-04-01"), await snapshot("2031-10-01")];
    const spec: [Kind, number][] = [["CLINIC", 1], ["CLINIC", 1], ["CLINIC", 3], ["HOSPITAL", 2], ["HOSPITAL", 3], ["CLINIC", 2]];
    const fs: Awaited<ReturnType<typeof facility>>[] = [];
    for (const [i, [kind]] of spec.entries()) fs.push(await facility(i, kind));
    const entry = (snapshotId: number, i: number) => ({ snapshotId, facilityId: fs[i].id, kind: spec[i][0], supportType: spec[i][1], municipalityId: fs[i].municipalityId! });

    // One statement writing two snapshots, then single rows.
    await db.facilitySnapshotEntry.createMany({ data: [0, 1, 2, 3].flatMap((i) => [entry(a.id, i), entry(b.id, i)]) });
    await db.facilitySnapshotEntry.create({ data: entry(b.id, 4) });
    expect(await stored(a.id)).toEqual([["CLINIC", 1, 2], ["CLINIC", 3, 1], ["HOSPITAL", 2, 1]]);
    expect(await stored(b.id)).toEqual([["CLINIC", 1, 2], ["CLINIC", 3, 1], ["HOSPITAL", 2, 1], ["HOSPITAL", 3, 1]]);

    // A changed type moves the entry from one total to another; a total that reaches 0 disappears.
    await db.facilitySnapshotEntry.updateMany({ where: { snapshotId: a.id, facilityId: fs[2].id }, data: { supportType: 1 } });
    expect(await stored(a.id)).toEqual([["CLINIC", 1, 3], ["HOSPITAL", 2, 1]]);
    expect(await stored(b.id)).toEqual(await counted(b.id));

    // An entry moved to another snapshot counts in the new one only.
    await db.facilitySnapshotEntry.update({ where: { snapshotId_facilityId: { snapshotId: a.id, facilityId: fs[3].id } }, data: { snapshotId: b.id, facilityId: fs[5].id, kind: "CLINIC", supportType: 2 } });
    expect(await stored(a.id)).toEqual([["CLINIC", 1, 3]]);
    expect(await stored(b.id)).toEqual([["CLINIC", 1, 2], ["CLINIC", 2, 1], ["CLINIC", 3, 1], ["HOSPITAL", 2, 1], ["HOSPITAL", 3, 1]]);

    await db.facilitySnapshotEntry.deleteMany({ where: { snapshotId: a.id, facilityId: { in: [fs[0].id, fs[1].id] } } });
    expect(await stored(a.id)).toEqual([["CLINIC", 1, 1]]);
    await db.facilitySnapshotEntry.deleteMany({ where: { snapshotId: a.id } });
    expect(await stored(a.id)).toEqual([]);
    expect(await stored(b.id)).toEqual(await counted(b.id));

    // Deleting a snapshot takes its entries and totals with it.
    await db.facilitySnapshot.delete({ where: { id: b.id } });
    expect(await db.facilitySnapshotTotal.count({ where: { snapshotId: { in: [a.id, b.id] } } })).toBe(0);
    await db.facilitySnapshot.delete({ where: { id: a.id } });
  });

  it("holds for entries written by the owner role too (migrations, loaders)", async () => {
    const s = await snapshot("2032-04-01");
    const f = await facility(10, "HOSPITAL");
    await owner.$executeRaw`INSERT INTO facility_snapshot_entry (snapshot_id, facility_id, kind, support_type, municipality_id) VALUES (${s.id}, ${f.id}, 'HOSPITAL', 1, ${f.municipalityId})`;
    expect(await stored(s.id)).toEqual([["HOSPITAL", 1, 1]]);
    await db.facilitySnapshot.delete({ where: { id: s.id } });
  });

  it("cannot be written by the app's role", async () => {
    const s = await snapshot("2033-04-01");
    const f = await facility(11, "CLINIC");
    await db.facilitySnapshotEntry.create({ data: { snapshotId: s.id, facilityId: f.id, kind: "CLINIC", supportType: 3, municipalityId: f.municipalityId! } });
    await expect(db.facilitySnapshotTotal.create({ data: { snapshotId: s.id, kind: "HOSPITAL", supportType: 1, facilityCount: 5 } })).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE facility_snapshot_total SET facility_count = 99 WHERE snapshot_id = ${s.id}`).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`DELETE FROM facility_snapshot_total WHERE snapshot_id = ${s.id}`).rejects.toThrow(/permission denied/);
    expect(await stored(s.id)).toEqual([["CLINIC", 3, 1]]);
    await db.facilitySnapshot.delete({ where: { id: s.id } });
  });
});

describe("prefecture_population", () => {
  const population = async (id: number) => (await db.prefecturePopulation.findUnique({ where: { prefectureId: id } }))?.population2020;

  it("is the seeded prefecture's municipalities summed, wards counted and designated cities not", async () => {
    const [{ sum }] = await db.$queryRaw<{ sum: number }[]>`SELECT sum(population_2020)::int AS sum FROM municipality WHERE prefecture_id = ${prefectureId} AND kind <> 'DESIGNATED_CITY'`;
    expect(sum).toBeGreaterThan(5_000_000);
    expect(await population(prefectureId)).toBe(sum);
  });

  it("follows its municipalities' inserts, changes and deletes, and cannot be written by the app's role", async () => {
    const p = await owner.prefecture.create({ data: { code: "46", name: "鹿児島県" } });
    expect(await population(p.id)).toBeUndefined();
    const city = await owner.municipality.create({ data: { prefectureId: p.id, code: "46100", name: "政令市（テスト）", kind: "DESIGNATED_CITY", population2020: 1_000 } });
    expect(await population(p.id)).toBeNull();
    await owner.municipality.createMany({
      data: [
        { prefectureId: p.id, code: "46101", name: "一区", kind: "WARD", parentId: city.id, population2020: 600 },
        { prefectureId: p.id, code: "46102", name: "二区", kind: "WARD", parentId: city.id, population2020: 400 },
        { prefectureId: p.id, code: "46201", name: "市（テスト）", kind: "CITY", population2020: 250 },
        { prefectureId: p.id, code: "46301", name: "町（テスト）", kind: "TOWN", population2020: null },
      ],
    });
    expect(await population(p.id)).toBe(1_250);
    await owner.municipality.update({ where: { code: "46201" }, data: { population2020: 300 } });
    expect(await population(p.id)).toBe(1_300);
    await expect(db.$executeRaw`UPDATE prefecture_population SET population_2020 = 1 WHERE prefecture_id = ${p.id}`).rejects.toThrow(/permission denied/);
    await expect(db.prefecturePopulation.deleteMany({ where: { prefectureId: p.id } })).rejects.toThrow();
    await owner.municipality.deleteMany({ where: { code: { in: ["46101", "46102"] } } });
    expect(await population(p.id)).toBe(300);
    expect(await population(prefectureId)).toBeGreaterThan(5_000_000);
    await owner.municipality.deleteMany({ where: { prefectureId: p.id } });
    expect(await population(p.id)).toBeUndefined();
    await owner.prefecture.delete({ where: { id: p.id } });
  });
});
