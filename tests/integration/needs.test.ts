// Needs beside money on a real database: who sees which 在宅医療圏 (本庁 all; 保健所 A its own, not
// B's, and the reverse; others 404), the latest APPROVED report's four functions, and the region's
// organisations' applications summed by state and menu (drafts left out; a 政令指定都市's
// organisation counted in its wards' region), with exact figures.
import { beforeAll, describe, expect, it } from "vitest";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { scopeOfActor } from "@/lib/health-centers/scope";
import { getRegionNeeds, listRegionNeeds } from "@/lib/needs/queries";
import { emptyContentV1, type FunctionState } from "@/lib/status-reports/form-v1";
import { createTestCall } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let prefectureId: number;
let hcA: Actor;
let hcB: Actor;
let staff: Actor;
let applicant: Actor;
let viewer: Actor;
let n = 0;

async function region(code: string) {
  return db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code } }, include: { members: { where: { validTo: null }, include: { municipality: true } } } });
}

async function lead(code: string, healthCenter: string) {
  const r = await region(code);
  const center = await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId, name: healthCenter } } });
  await db.homeCareRegionLead.create({ data: { regionId: r.id, healthCenterId: center.id, validFrom: r.validFrom } });
}

async function report(code: string, fiscalYear: number, status: "APPROVED" | "SUBMITTED", states: [FunctionState, FunctionState, FunctionState, FunctionState], issues = "") {
  const content = emptyContentV1([]);
  (["discharge", "daily", "emergency", "endOfLife"] as const).forEach((k, i) => (content.functions[k] = { ...content.functions[k], state: states[i], issues: i === 0 ? issues : "" }));
  await db.statusReport.create({ data: { prefectureId, regionId: (await region(code)).id, fiscalYear, status, formVersion: 1, content } });
}

async function org(name: string, municipalityId: number | null) {
  return db.organisation.create({ data: { prefectureId, type: "MEDICAL_ASSOCIATION", name, municipalityId } });
}

async function apply(organisationId: number, menuCode: string, status: string, yen: { requested: number; decided?: number; confirmed?: number }) {
  const call = await createTestCall(db, { menuCode });
  await db.subsidyApplication.create({
    data: { prefectureId, callId: call.id, organisationId, title: `申請${++n}`, formVersion: 1, idempotencyKey: `needs-${n}`, status: status as "SUBMITTED", requestedYen: yen.requested, decidedAmountYen: yen.decided ?? null, confirmedAmountYen: yen.confirmed ?? null },
  });
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  await lead("0101", "市立函館保健所");
  await lead("0102", "江差保健所");
  hcA = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "市立函館保健所" });
  hcB = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "江差保健所" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  viewer = await createUserActor(db, { role: "VIEWER" });

  await report("0101", 2024, "APPROVED", ["SHORT", "SHORT", "SHORT", "SHORT"]);
  await report("0101", 2025, "APPROVED", ["PARTLY_SHORT", "SUFFICIENT", "SHORT", "SUFFICIENT"], "退院時の情報共有が遅れる");
  await report("0101", 2026, "SUBMITTED", ["SUFFICIENT", "SUFFICIENT", "SUFFICIENT", "SUFFICIENT"]);

  const hakodate = await db.municipality.findUniqueOrThrow({ where: { code: "01202" } });
  const sapporo = await db.municipality.findUniqueOrThrow({ where: { code: "01100" } });
  const a = await org("函館ニーズ医師会", hakodate.id);
  const b = await org("江差ニーズ医師会", (await region("0102")).members[0].municipalityId);
  const nowhere = await org("所在地なし医師会", null);
  const city = await org("札幌ニーズ医師会", sapporo.id);
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: a.id });

  await apply(a.id, "portable-equipment", "SUBMITTED", { requested: 2_000_000 });
  await apply(a.id, "group-practice", "DECIDED", { requested: 6_030_000, decided: 6_030_000 });
  await apply(a.id, "portable-equipment", "CONFIRMED", { requested: 2_000_000, decided: 2_000_000, confirmed: 1_900_000 });
  await apply(a.id, "ict-network", "DRAFT", { requested: 999_000 });
  await apply(b.id, "nursing-station", "REJECTED", { requested: 500_000 });
  await apply(nowhere.id, "group-practice", "SUBMITTED", { requested: 1_000_000 });
  await apply(city.id, "ict-network", "SUBMITTED", { requested: 1_075_000 });
});

describe("who sees which region", () => {
  it("shows 保健所 A its regions and not B's, and the reverse", async () => {
    const scopeA = await scopeOfActor(hcA, new Date().toISOString().slice(0, 10));
    const listA = await listRegionNeeds(hcA);
    expect(listA.rows.map((r) => r.code)).toContain("0101");
    expect(listA.rows.map((r) => r.code)).not.toContain("0102");
    expect(listA.rows).toHaveLength(scopeA.kind === "health_center" ? scopeA.readRegionIds.length : -1);
    expect((await getRegionNeeds(hcA, "0101")).name).toBeTruthy();
    await expect(getRegionNeeds(hcA, "0102")).rejects.toBeInstanceOf(NotFoundError);

    const listB = await listRegionNeeds(hcB);
    expect(listB.rows.map((r) => r.code)).toContain("0102");
    expect(listB.rows.map((r) => r.code)).not.toContain("0101");
    await expect(getRegionNeeds(hcB, "0101")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows 本庁 every region and refuses others (404) and anonymous callers (401)", async () => {
    const all = await listRegionNeeds(staff);
    expect(all.rows).toHaveLength(await db.homeCareRegion.count({ where: { prefectureId, validTo: null } }));
    await expect(getRegionNeeds(staff, "9999")).rejects.toBeInstanceOf(NotFoundError);
    for (const actor of [applicant, viewer]) {
      await expect(listRegionNeeds(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRegionNeeds(actor, "0101")).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(listRegionNeeds(publicActor)).rejects.toBeInstanceOf(UnauthenticatedError);
    // Refusals are audited: A asked for 0102; B, the applicant and the viewer for 0101.
    const refusals = (entityId: string) => db.auditEntry.count({ where: { action: "authz.denied", entityType: "home_care_region", entityId } });
    expect(await refusals("0102")).toBe(1);
    expect(await refusals("0101")).toBe(3);
  });
});

describe("the figures", () => {
  it("sums each region's submitted applications and names the latest approved report's gaps", async () => {
    const { rows, total } = await listRegionNeeds(staff);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode["0101"].report).toMatchObject({ fiscalYear: 2025, gaps: ["discharge", "emergency"] });
    expect(byCode["0101"].money).toEqual({ count: 3, appliedYen: 10_030_000, decidedYen: 8_030_000, confirmedYen: 1_900_000 });
    expect(byCode["0102"]).toMatchObject({ report: null, money: { count: 1, appliedYen: 500_000, decidedYen: 0, confirmedYen: 0 } });
    // 札幌市's organisation counts in the region of its wards.
    expect(byCode["0104"].money).toEqual({ count: 1, appliedYen: 1_075_000, decidedYen: 0, confirmedYen: 0 });
    // The organisation with no municipality is in no region.
    expect(total).toEqual({ count: 5, appliedYen: 11_605_000, decidedYen: 8_030_000, confirmedYen: 1_900_000 });
  });

  it("sets each function beside the menus that address it and what the region got of each", async () => {
    const needs = await getRegionNeeds(hcA, "0101");
    expect(needs.report?.fiscalYear).toBe(2025);
    const fn = Object.fromEntries(needs.functions.map((f) => [f.key, f]));
    expect(fn.discharge).toMatchObject({ state: "PARTLY_SHORT", gap: true, issues: "退院時の情報共有が遅れる" });
    expect(fn.discharge.menus.map((m) => m.code)).toContain("ict-network");
    const emergency = Object.fromEntries(fn.emergency.menus.map((m) => [m.code, m.money]));
    expect(emergency["group-practice"]).toEqual({ count: 1, appliedYen: 6_030_000, decidedYen: 6_030_000, confirmedYen: 0 });
    expect(emergency["portable-equipment"]).toEqual({ count: 2, appliedYen: 4_000_000, decidedYen: 2_000_000, confirmedYen: 1_900_000 });
    expect(fn.daily).toMatchObject({ state: "SUFFICIENT", gap: false });
    expect(needs.byStatus.map((s) => [s.key, s.money.count])).toEqual([["SUBMITTED", 1], ["DECIDED", 1], ["CONFIRMED", 1]]);
    expect(needs.byMenu.map((s) => s.key)).toEqual(["group-practice", "portable-equipment"]);
    expect(needs.total).toEqual({ count: 3, appliedYen: 10_030_000, decidedYen: 8_030_000, confirmedYen: 1_900_000 });
  });
});
