// A 保健所 user's scope follows its centre's jurisdiction and lead at a date: before the effective
// date the old scope, from it the new; "at most one 保健所" per municipality and per region on any
// date (domain and database); only 本庁管理者 change it, and every change and refusal is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { addDays } from "@/lib/dates/date-only";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { setJurisdiction, setRegionLead, updateHealthCenter } from "@/lib/health-centers/mutations";
import { getHealthCenter } from "@/lib/health-centers/queries";
import { canReadRegion, canWriteRegion, healthCenterScope, scopeOfActor } from "@/lib/health-centers/scope";
import { findRegionOfMemberOn } from "@/lib/regions/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const D1 = "2027-04-01";
const D2 = "2028-04-01";
let admin: Actor;
let hokenjo: Actor;
let esashi: { id: number };
let yakumo: { id: number };
let town: { id: number; code: string };
let region: { id: number; code: string };

beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  hokenjo = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "江差保健所" });
  esashi = await db.healthCenter.findFirstOrThrow({ where: { name: "江差保健所" } });
  yakumo = await db.healthCenter.findFirstOrThrow({ where: { name: "八雲保健所" } });
  town = await db.municipality.findFirstOrThrow({ where: { name: "江差町" }, select: { id: true, code: true } });
  const ref = (await findRegionOfMemberOn(publicActor, town.code, D1))!;
  region = await db.homeCareRegion.findFirstOrThrow({ where: { code: ref.code }, select: { id: true, code: true } });
});

describe("a 保健所 user's scope at a date", () => {
  it("follows the jurisdiction: nothing before the effective date, the municipality and its region from it", async () => {
    const before = await scopeOfActor(hokenjo, addDays(D1, -1), db);
    expect(before.kind).toBe("health_center");
    if (before.kind !== "health_center") return;
    expect(before.municipalityIds).not.toContain(town.id);
    expect(canReadRegion(before, region.id)).toBe(false);

    await setJurisdiction(admin, { healthCenterId: esashi.id, municipalityCodes: [town.code], effectiveOn: "令和9年4月1日" });

    const after = await scopeOfActor(hokenjo, D1, db);
    if (after.kind !== "health_center") throw new Error("expected a health-centre scope");
    expect(after.municipalityIds).toContain(town.id);
    // Jurisdiction gives read scope only: writing needs the lead.
    expect(canReadRegion(after, region.id)).toBe(true);
    expect(canWriteRegion(after, region.id)).toBe(false);
    // The day before is unchanged.
    const dayBefore = await scopeOfActor(hokenjo, addDays(D1, -1), db);
    if (dayBefore.kind !== "health_center") throw new Error("expected a health-centre scope");
    expect(dayBefore.municipalityIds).not.toContain(town.id);
  });

  it("follows the lead: write scope from the date the centre becomes the region's lead", async () => {
    await setRegionLead(admin, { healthCenterId: esashi.id, regionCode: region.code, effectiveOn: D1 });
    expect((await healthCenterScope(db, esashi.id, D1)).regionIds).toContain(region.id);
    expect((await healthCenterScope(db, esashi.id, addDays(D1, -1))).regionIds).not.toContain(region.id);
    const scope = await scopeOfActor(hokenjo, D1, db);
    expect(canWriteRegion(scope, region.id)).toBe(true);
  });

  it("moves with a later change of jurisdiction and lead to another centre", async () => {
    await setJurisdiction(admin, { healthCenterId: yakumo.id, municipalityCodes: [town.code], effectiveOn: D2 });
    await setRegionLead(admin, { healthCenterId: yakumo.id, regionCode: region.code, effectiveOn: D2 });
    const onD2 = await scopeOfActor(hokenjo, D2, db);
    const dayBefore = await scopeOfActor(hokenjo, addDays(D2, -1), db);
    expect(canReadRegion(dayBefore, region.id) && canWriteRegion(dayBefore, region.id)).toBe(true);
    expect(canReadRegion(onD2, region.id)).toBe(false);
    expect(canWriteRegion(onD2, region.id)).toBe(false);
    // One lead per region per date, and the history keeps both periods.
    const leads = await db.homeCareRegionLead.findMany({ where: { regionId: region.id, validFrom: { gte: new Date(D1) } }, orderBy: { validFrom: "asc" } });
    expect(leads.map((l) => [l.healthCenterId, l.validFrom.toISOString().slice(0, 10), l.validTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      [esashi.id, D1, D2],
      [yakumo.id, D2, null],
    ]);
    const detail = await getHealthCenter(admin, esashi.id, { asOf: D1 });
    expect(detail.jurisdictionOn.map((j) => j.code)).toEqual([town.code]);
    expect(detail.jurisdictionHistory).toContainEqual(expect.objectContaining({ code: town.code, validFrom: D1, validTo: D2 }));
    expect((await getHealthCenter(admin, esashi.id, { asOf: D2 })).jurisdictionOn).toEqual([]);
  });

  it("refuses overlapping jurisdiction: a change before a scheduled one, and the database itself", async () => {
    await expect(setJurisdiction(admin, { healthCenterId: esashi.id, municipalityCodes: [town.code], effectiveOn: "2027-10-01" })).rejects.toThrow(/予定された管轄の変更/);
    await expect(
      db.healthCenterJurisdiction.create({ data: { healthCenterId: esashi.id, municipalityId: town.id, validFrom: new Date("2027-06-01") } }),
    ).rejects.toThrow();
    await expect(setJurisdiction(admin, { healthCenterId: yakumo.id, municipalityCodes: [town.code], effectiveOn: "2029-01-01" })).rejects.toBeInstanceOf(ValidationError);
    // 札幌市 is under 札幌市保健所, so one of its wards cannot be put under another centre.
    await expect(setJurisdiction(admin, { healthCenterId: esashi.id, municipalityCodes: ["01101"], effectiveOn: D1 })).rejects.toThrow(/政令指定都市とその区の一方にだけ/);
  });

  it("lets only 本庁管理者 change it, auditing changes and refusals", async () => {
    const staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
    const input = { healthCenterId: esashi.id, municipalityCodes: [town.code], effectiveOn: "2030-04-01" };
    await expect(setJurisdiction(staff, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setJurisdiction(hokenjo, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setJurisdiction(publicActor, input)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(setRegionLead(hokenjo, { healthCenterId: esashi.id, regionCode: region.code, effectiveOn: "2030-04-01" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEntry.count({ where: { action: "authz.denied", entityType: "health_center" } })).toBeGreaterThanOrEqual(3);
    expect(await db.auditEntry.count({ where: { action: "health_center.jurisdiction_set", entityId: String(esashi.id) } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "home_care_region.lead_set", entityId: region.code } })).toBe(2);
    // Staff read.
    await expect(getHealthCenter(staff, esashi.id)).resolves.toMatchObject({ name: "江差保健所" });
  });

  it("refuses a stale edit of the health centre", async () => {
    const current = await db.healthCenter.findUniqueOrThrow({ where: { id: esashi.id } });
    const input = { name: "江差保健所", operator: "PREFECTURE" as const, code: "69", expectedVersion: current.version };
    await updateHealthCenter(admin, esashi.id, input);
    await expect(updateHealthCenter(admin, esashi.id, input)).rejects.toThrow(/他の利用者が先に/);
  });
});
