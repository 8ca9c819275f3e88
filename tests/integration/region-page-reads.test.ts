// The five reads of the public region page (/regions/[regionCode]) pinned on factory data: members
// (wards with their city and its 保健所), leads, lineage, health centres, counts per support type,
// series with gaps, the list, and published designations. The snapshot was taken from the Prisma
// nested reads before they became single SQL statements (ADR 0030), so both give the same answer.
import { beforeAll, describe, expect, it } from "vitest";
import { publicActor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { getRegionDesignations } from "@/lib/designations/region-queries";
import { NotFoundError } from "@/lib/errors";
import { getFacilityCounts, getRegionFacilitySeries, searchFacilities } from "@/lib/facilities/queries";
import { splitRegion } from "@/lib/regions/mutations";
import { getHomeCareRegion, listRegionsOn } from "@/lib/regions/queries";
import { readRegionPage, type RegionPageData } from "@/lib/regions/page-read";
import { regionFacilityMessages } from "@/lib/facilities/page-messages";
import { todayInJapan } from "@/lib/dates/date-only";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const SPLIT_ON = "2026-04-01";
let prefectureId: number;

/** Ids differ with the template database; the snapshot keeps everything else. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "id" ? "<id>" : withoutIds(v)]));
  return value;
}

const regionId = async (code: string) => (await db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code } } })).id;
const municipalityId = async (code: string) => (await db.municipality.findUniqueOrThrow({ where: { code } })).id;
const centerId = async (name: string) => (await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId, name } } })).id;

async function snapshotWith(asOf: string, entries: [municipalityCode: string, kind: "CLINIC" | "HOSPITAL", type: number][]) {
  const s = await db.facilitySnapshot.create({
    data: { prefectureId, asOf: new Date(asOf), title: `テスト名簿 ${asOf}`, fileName: `${asOf}.xlsx`, sizeBytes: 1, sha256: asOf.replace(/-/g, "").padEnd(64, "b"), rowCount: entries.length, facilityCount: entries.length, createdAt: new Date(`${asOf}T03:00:00Z`) },
  });
  for (const [i, [code, kind, type]] of entries.entries()) {
    const institutionNumber = String(9_100_000 + i);
    const mId = await municipalityId(code);
    const f = await db.facility.upsert({
      where: { prefectureCode_category_institutionNumber: { prefectureCode: "01", category: "MEDICAL", institutionNumber } },
      create: { prefectureId, prefectureCode: "01", category: "MEDICAL", institutionNumber, name: `テスト${kind === "CLINIC" ? "診療所" : "病院"}${i}`, kind, municipalityId: mId, address: `住所${i}`, phone: i % 2 ? null : `0123-45-${i}` },
      update: {},
    });
    await db.facilitySnapshotEntry.create({ data: { snapshotId: s.id, facilityId: f.id, kind, supportType: type, municipalityId: mId, supportSince: i % 3 ? new Date("2024-04-01") : null } });
  }
}

async function designation(org: string, type: "BASE" | "ACTIVE_ROLE", status: "DESIGNATED" | "REVOKED" | "CANDIDATE", designatedOn: string | null, regions: [code: string, active: boolean, validTo: string | null][]) {
  const organisation = await db.organisation.create({ data: { prefectureId, name: org, type: "MEDICAL_CORPORATION" } });
  const ended = status === "REVOKED" ? { endedOn: new Date("2026-01-01"), endReason: "テスト取消" } : {};
  const d = await db.designation.create({ data: { prefectureId, type, status, organisationId: organisation.id, designatedOn: designatedOn ? new Date(designatedOn) : null, noticeNumber: `テスト第${org.length}号`, ...ended } });
  for (const [code, active, validTo] of regions) {
    await db.designationRegion.create({ data: { designationId: d.id, regionId: await regionId(code), type, active, validFrom: new Date("2025-04-01"), validTo: validTo ? new Date(validTo) : null } });
  }
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  // 十勝 split into four on 2026-04-01 (lineage; series gaps on either side).
  const tokachi = (await listRegionsOn(publicActor, prefectureId, "2026-03-31")).find((r) => r.code === "0119")!.memberCodes;
  const q = Math.ceil(tokachi.length / 4);
  await splitRegion(await createUserActor(db, { role: "PREFECTURE_ADMIN" }), prefectureId, {
    regionCode: "0119",
    effectiveOn: SPLIT_ON,
    expectedVersion: 1,
    successors: ["東十勝", "西十勝", "南十勝", "北十勝"].map((name, i) => ({ code: `0119-${i + 1}`, name, memberCodes: tokachi.slice(i * q, (i + 1) * q) })),
  });
  // Leads of 南檜山: one ended, one in force; jurisdictions: in force, ended, a ward's own besides its city's.
  const minamihiyama = await regionId("0102");
  await db.homeCareRegionLead.create({ data: { regionId: minamihiyama, healthCenterId: await centerId("八雲保健所"), validFrom: new Date("2024-04-01"), validTo: new Date("2025-04-01") } });
  await db.homeCareRegionLead.create({ data: { regionId: minamihiyama, healthCenterId: await centerId("江差保健所"), validFrom: new Date("2025-04-01"), isSample: true } });
  await db.healthCenterJurisdiction.createMany({
    data: [
      { healthCenterId: await centerId("江差保健所"), municipalityId: await municipalityId("01361"), validFrom: new Date("2024-04-01") },
      { healthCenterId: await centerId("江差保健所"), municipalityId: await municipalityId("01362"), validFrom: new Date("2024-04-01") },
      { healthCenterId: await centerId("渡島保健所"), municipalityId: await municipalityId("01363"), validFrom: new Date("2024-04-01"), validTo: new Date("2025-04-01") },
      { healthCenterId: await centerId("江別保健所"), municipalityId: await municipalityId("01101"), validFrom: new Date("2024-04-01") },
    ],
  });
  const [t1, t2, t4] = [tokachi[0], tokachi[q], tokachi[3 * q]];
  await snapshotWith("2025-10-01", [[t1, "CLINIC", 1], [t1, "CLINIC", 3], [t2, "HOSPITAL", 2], [t4, "CLINIC", 2], ["01101", "CLINIC", 3], ["01217", "HOSPITAL", 1], ["01361", "CLINIC", 3]]);
  await snapshotWith("2026-06-01", [[t1, "CLINIC", 1], [t1, "HOSPITAL", 3], [t2, "HOSPITAL", 2], [t2, "CLINIC", 2], [t4, "CLINIC", 3], ["01102", "CLINIC", 2], ["01362", "HOSPITAL", 3]]);
  // 南檜山's designations: a 拠点, an 積極的役割 shared with 南渡島, a revoked one, and a candidate (not public).
  await designation("テスト拠点法人", "BASE", "DESIGNATED", "2025-06-01", [["0102", true, null]]);
  await designation("テスト積極的役割法人", "ACTIVE_ROLE", "DESIGNATED", "2025-08-01", [["0101", true, null], ["0102", true, null]]);
  await designation("テスト取消法人", "ACTIVE_ROLE", "REVOKED", "2025-05-01", [["0102", true, "2026-01-01"]]);
  await designation("テスト候補法人", "ACTIVE_ROLE", "CANDIDATE", null, [["0102", false, null]]);
  await db.roadmapRegionPlan.create({ data: { regionId: minamihiyama, plannedFiscalYear: 2027 } });
});

describe("the region page's reads", () => {
  it("getHomeCareRegion: members with their city and 保健所, leads, lineage, ended and future regions", async () => {
    const sapporo = await getHomeCareRegion(publicActor, "0104", { asOf: "2026-06-01" });
    const chuo = sapporo.members.find((m) => m.code === "01101")!;
    expect(chuo.city).toEqual({ code: "01100", name: "札幌市" });
    expect(chuo.healthCenters.map((h) => h.name)).toEqual(["江別保健所", "札幌市保健所"]);
    const minamihiyama = await getHomeCareRegion(publicActor, "0102", { asOf: "2026-06-01" });
    expect(minamihiyama.leads).toEqual([{ name: "江差保健所", isSample: false }]);
    const ended = await getHomeCareRegion(publicActor, "0119", { asOf: "2026-06-01" });
    expect([ended.shownOn, ended.successors.map((s) => s.code)]).toEqual(["2026-03-31", ["0119-1", "0119-2", "0119-3", "0119-4"]]);
    const future = await getHomeCareRegion(publicActor, "0119-1", { asOf: "2025-10-01" });
    expect([future.shownOn, future.predecessors]).toEqual([SPLIT_ON, [{ code: "0119", name: "十勝", kind: "SPLIT", effectiveOn: SPLIT_ON }]]);
    await expect(getHomeCareRegion(publicActor, "9999", {})).rejects.toBeInstanceOf(NotFoundError);
    expect({ sapporo, minamihiyama, ended, future }).toMatchSnapshot();
  });

  it("getFacilityCounts: per 在宅医療圏 and support type, with the regions of the date", async () => {
    const before = await getFacilityCounts(publicActor, { level: "homecare", asOf: "2025-10-01" });
    const after = await getFacilityCounts(publicActor, { level: "homecare", asOf: "2026-06-01" });
    expect(before.data.some((r) => r.code === "0119")).toBe(true);
    expect(after.data.filter((r) => r.code.startsWith("0119")).map((r) => r.code)).toEqual(["0119-1", "0119-2", "0119-3", "0119-4"]);
    await expect(getFacilityCounts(publicActor, { level: "homecare", asOf: "2025-01-01" })).rejects.toBeInstanceOf(NotFoundError);
    const latest = await getFacilityCounts(publicActor, { level: "homecare" });
    expect(latest.asOf).toBe("2026-06-01");
    const secondary = await getFacilityCounts(publicActor, { level: "secondary", asOf: "2026-06-01" });
    const municipality = await getFacilityCounts(publicActor, { level: "municipality", asOf: "2025-10-01" });
    // Every municipality is a unit; the snapshot keeps those with facilities.
    const listed = { ...municipality, data: municipality.data.filter((u) => u.clinics.total + u.hospitals.total > 0), units: municipality.data.length };
    expect({ before, after, secondary, municipality: listed }).toMatchSnapshot();
  });

  it("searchFacilities: a region's list (an ended region read on its last day)", async () => {
    const successor = await searchFacilities(publicActor, { region: "0119-1", asOf: "2026-06-01" });
    const ended = await searchFacilities(publicActor, { region: "0119", asOf: "2026-06-01" });
    const sapporo = await searchFacilities(publicActor, { region: "0104", asOf: "2025-10-01" });
    expect(ended.data.length).toBeGreaterThan(successor.data.length);
    await expect(searchFacilities(publicActor, { region: "9999" })).rejects.toBeInstanceOf(NotFoundError);
    expect({ successor, ended, sapporo }).toMatchSnapshot();
  });

  it("getRegionFacilitySeries: every snapshot, undefined where the region did not exist", async () => {
    const old = await getRegionFacilitySeries(publicActor, "0119");
    const successor = await getRegionFacilitySeries(publicActor, "0119-1");
    expect(old.map((p) => p.defined)).toEqual([true, false]);
    expect(successor.map((p) => p.defined)).toEqual([false, true]);
    await expect(getRegionFacilitySeries(publicActor, "9999")).rejects.toBeInstanceOf(NotFoundError);
    expect({ old, successor, sapporo: await getRegionFacilitySeries(publicActor, "0104") }).toMatchSnapshot();
  });

  it("getRegionDesignations: the published ones, 拠点 first, and the planned 年度", async () => {
    const minamihiyama = await getRegionDesignations(publicActor, "0102");
    expect(minamihiyama.plannedFiscalYear).toBe(2027);
    expect(minamihiyama.designations.map((d) => d.organisation.name)).toEqual(["テスト拠点法人", "テスト積極的役割法人", "テスト取消法人"]);
    expect(await getRegionDesignations(publicActor, "9999")).toEqual({ plannedFiscalYear: null, designations: [] });
    const none = await getRegionDesignations(publicActor, "0119-1");
    expect(withoutIds({ minamihiyama, minamiOshima: await getRegionDesignations(publicActor, "0101"), none })).toMatchSnapshot();
  });

  it("readRegionPage: the five reads combined in one statement (two for a region shown on another day) answer as each read alone", async () => {
    /** The page's data as the five functions give it, one statement each (the page's reads before ADR 0036). */
    async function separately(code: string, asOf: string | null): Promise<RegionPageData | null> {
      let region;
      try {
        region = await getHomeCareRegion(publicActor, code, { asOf: asOf ?? undefined });
      } catch (err) {
        if (err instanceof NotFoundError) return null;
        throw err;
      }
      const mapAsOf = asOf ?? (region.shownOn === todayInJapan() ? null : region.shownOn);
      const at = mapAsOf ?? undefined;
      let facilities: RegionPageData["facilities"];
      try {
        const [counts, list, series] = await Promise.all([
          getFacilityCounts(publicActor, { level: "homecare", asOf: at }),
          searchFacilities(publicActor, { region: region.code, asOf: at }),
          getRegionFacilitySeries(publicActor, region.code),
        ]);
        // The page reads the counts of its region alone beside the prefecture's totals.
        const mine = counts.data.filter((r) => r.code === region.code);
        facilities = { ok: true, counts: { ...counts, data: mine }, region: mine[0] ?? null, list, series };
      } catch (err) {
        if (!(err instanceof NotFoundError)) throw err;
        facilities = { ok: false, message: at ? regionFacilityMessages.noSnapshotOn(at) : regionFacilityMessages.noSnapshot };
      }
      return { region, mapAsOf, facilities, designations: await getRegionDesignations(publicActor, region.code) };
    }
    const cases: [string, string | null][] = [["0102", null], ["0102", "2026-06-01"], ["0119", "2026-06-01"], ["0119", null], ["0119-1", "2025-10-01"], ["0104", "2025-10-01"], ["0104", "2025-01-01"], ["9999", null]];
    for (const [code, asOf] of cases) {
      const combined = await readRegionPage(code, asOf);
      expect(combined, `${code} on ${asOf ?? "today"}`).toEqual(await separately(code, asOf));
    }
    // The cases cover what the page distinguishes: no list on the day, an ended region on its last day, an unknown code.
    expect((await readRegionPage("0104", "2025-01-01"))?.facilities.ok).toBe(false);
    expect((await readRegionPage("0119", null))?.mapAsOf).toBe("2026-03-31");
    expect(await readRegionPage("9999", null)).toBeNull();
  });
});

