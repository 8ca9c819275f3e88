// The 在宅医療圏 editor's changes: merge, move, create, rename, 暫定/正式, the preview (same checks
// as the save), authorization, concurrency and impact providers applied inside the transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { regionFeatures } from "@/lib/geography/features";
import { previewRegionChange, saveRegionChange } from "@/lib/regions/change";
import type { RegionImpactProvider } from "@/lib/regions/impact";
import { createRegion, markOfficial, mergeRegions, moveMembers, renameRegion } from "@/lib/regions/mutations";
import { getRegionHistory } from "@/lib/regions/editor-queries";
import { findRegionOfMemberOn, listRegionsOn } from "@/lib/regions/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const ON = "2026-10-01";
const BEFORE = "2026-09-30";
let prefectureId: number;
let admin: Actor;

const version = async (code: string) => (await db.homeCareRegion.findFirstOrThrow({ where: { code } })).version;
const regionOf = async (member: string, date: string) => (await findRegionOfMemberOn(publicActor, member, date))?.code;

async function addLead(regionCode: string, centerName: string) {
  const region = await db.homeCareRegion.findFirstOrThrow({ where: { code: regionCode } });
  const center = await db.healthCenter.create({ data: { prefectureId, name: centerName, operator: "PREFECTURE", isSample: true } });
  await db.homeCareRegionLead.create({ data: { regionId: region.id, healthCenterId: center.id, validFrom: region.validFrom, isSample: true } });
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
});

describe("merging 在宅医療圏", () => {
  it("ends both on the date, starts one successor with all members, carries one lead", async () => {
    await addLead("0102", "テスト江差保健所");
    await addLead("0103", "テスト八雲保健所");
    const change = { regionCodes: ["0102", "0103"], effectiveOn: ON, expectedVersions: { "0102": 1, "0103": 1 }, successor: { code: "0102M", name: "道南西部", nameKana: "どうなんせいぶ" } };
    const preview = await previewRegionChange(admin, prefectureId, { kind: "merge", ...change });
    expect(preview.ending.map((e) => e.code)).toEqual(["0102", "0103"]);
    expect(preview.moves).toHaveLength(9);
    const leads = preview.impacts.find((i) => i.key === "health-center-leads")!.items;
    expect(leads.map((l) => l.defaultSuccessorCodes)).toEqual([["0102M"], []]);

    await mergeRegions(admin, prefectureId, change);
    const after = await listRegionsOn(publicActor, prefectureId, ON);
    expect(after.find((r) => r.code === "0102M")?.memberCodes).toHaveLength(9);
    expect(after.some((r) => r.code === "0102" || r.code === "0103")).toBe(false);
    expect((await listRegionsOn(publicActor, prefectureId, BEFORE)).filter((r) => ["0102", "0103"].includes(r.code))).toHaveLength(2);
    const merged = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0102M" }, include: { predecessors: true, leads: { include: { healthCenter: true } } } });
    expect(merged.predecessors.map((p) => p.kind)).toEqual(["MERGE", "MERGE"]);
    expect(merged.leads.map((l) => l.healthCenter.name)).toEqual(["テスト江差保健所"]);
    expect(await db.auditEntry.count({ where: { action: "home_care_region.merge" } })).toBe(1);
    // Each region's history shows the change, the lineage and the membership periods.
    const history = await getRegionHistory(admin, prefectureId, "0103");
    expect(history.changes.map((c) => c.action)).toContain("home_care_region.merge");
    expect(history.successors.map((x) => x.code)).toEqual(["0102M"]);
    expect(history.timeline.every((t) => t.validTo === ON)).toBe(true);
    expect((await getRegionHistory(admin, prefectureId, "0102M")).predecessors.map((x) => x.code).sort()).toEqual(["0102", "0103"]);
    const oldLeads = await db.homeCareRegionLead.findMany({ where: { region: { code: { in: ["0102", "0103"] } } } });
    expect(oldLeads.map((l) => l.validTo?.toISOString().slice(0, 10))).toEqual([ON, ON]);
  });
});

describe("moving members between regions", () => {
  it("moves 本別町 from 十勝 to 釧路 on the date; both keep their code and get a new version", async () => {
    await moveMembers(admin, prefectureId, { fromRegionCode: "0119", toRegionCode: "0120", effectiveOn: ON, expectedVersions: { "0119": 1, "0120": 1 }, memberCodes: ["01646"] });
    expect(await regionOf("01646", BEFORE)).toBe("0119");
    expect(await regionOf("01646", ON)).toBe("0120");
    expect(await version("0119")).toBe(2);
    expect(await version("0120")).toBe(2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "home_care_region.move" } });
    expect(audit.summary).toContain("本別町");
    // The map draws each region as it was on the date asked for.
    const kushiro = async (asOf: string) => JSON.stringify((await regionFeatures(publicActor, "homecare", { asOf })).features.find((f) => f.properties.code === "0120")?.geometry);
    expect(await kushiro(BEFORE)).not.toBe(await kushiro(ON));
    const stored = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0120" }, select: { boundary: true } });
    expect(await kushiro(ON)).toBe(JSON.stringify(stored.boundary));
  });

  it("refuses emptying a region and members that are not in the source region", async () => {
    const base = { fromRegionCode: "0121", toRegionCode: "0120", effectiveOn: "2026-11-01", expectedVersions: { "0121": 1, "0120": 2 } };
    await expect(moveMembers(admin, prefectureId, { ...base, memberCodes: ["01207"] })).rejects.toThrow(/01207 は「根室」の構成市町村ではありません/);
    const nemuro = (await listRegionsOn(publicActor, prefectureId, "2026-11-01")).find((r) => r.code === "0121")!.memberCodes;
    const error = await moveMembers(admin, prefectureId, { ...base, memberCodes: nemuro }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.memberCodes?.[0]).toMatch(/構成市町村がなくなります/);
  });
});

describe("creating, renaming and marking official", () => {
  it("creates a region from members of another; the source keeps the rest", async () => {
    await createRegion(admin, prefectureId, { region: { code: "0121N", name: "中標津・標津" }, effectiveOn: ON, expectedVersions: { "0121": 1 }, memberCodes: ["01692", "01693"] });
    expect(await regionOf("01692", ON)).toBe("0121N");
    expect(await regionOf("01692", BEFORE)).toBe("0121");
    expect(await regionOf("01691", ON)).toBe("0121");
    const created = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0121N" } });
    expect(created.provisional).toBe(true);
    expect((created.boundary as { type: string }).type).toMatch(/Polygon/);
  });

  it("renames without making a new region", async () => {
    await renameRegion(admin, prefectureId, { regionCode: "0116", expectedVersions: { "0116": 1 }, name: "宗谷圏", nameKana: "そうやけん" });
    const region = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0116" } });
    expect([region.name, region.nameKana, region.version]).toEqual(["宗谷圏", "そうやけん", 2]);
    expect(await db.homeCareRegion.count({ where: { code: { startsWith: "0116" } } })).toBe(1);
  });

  it("removes 暫定 only with a source, and can put it back", async () => {
    const missing = await markOfficial(admin, prefectureId, { regionCode: "0115", expectedVersions: { "0115": 1 }, provisional: false }).catch((e: unknown) => e);
    expect((missing as ValidationError).fieldErrors.source?.[0]).toMatch(/根拠/);
    await markOfficial(admin, prefectureId, { regionCode: "0115", expectedVersions: { "0115": 1 }, provisional: false, source: "北海道医療計画（令和6年3月）第5章" });
    let region = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0115" } });
    expect([region.provisional, region.definitionSource]).toEqual([false, "北海道医療計画（令和6年3月）第5章"]);
    await markOfficial(admin, prefectureId, { regionCode: "0115", expectedVersions: { "0115": 2 }, provisional: true });
    region = await db.homeCareRegion.findFirstOrThrow({ where: { code: "0115" } });
    expect(region.provisional).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "home_care_region.official" } })).toBe(2);
  });
});

describe("preview, authorization and concurrency", () => {
  const split = (v: number, memberCodes: string[][]) => ({
    kind: "split",
    regionCode: "0117",
    effectiveOn: ON,
    expectedVersions: { "0117": v },
    successors: memberCodes.map((codes, i) => ({ code: `0117-${i + 1}`, name: `北網${i + 1}`, memberCodes: codes })),
  });
  let hokumo: string[];
  beforeAll(async () => {
    hokumo = (await listRegionsOn(publicActor, prefectureId, ON)).find((r) => r.code === "0117")!.memberCodes;
  });

  it("the preview refuses exactly what the save refuses", async () => {
    const bad = split(1, [hokumo.slice(0, 2), hokumo.slice(3)]);
    const previewError = await previewRegionChange(admin, prefectureId, bad).catch((e: unknown) => e);
    const saveError = await saveRegionChange(admin, prefectureId, bad).catch((e: unknown) => e);
    expect(previewError).toBeInstanceOf(ValidationError);
    expect((previewError as Error).message).toBe((saveError as Error).message);
    expect((previewError as ValidationError).fieldErrors).toEqual((saveError as ValidationError).fieldErrors);
    expect(await version("0117")).toBe(1);
  });

  it("本庁担当 may preview but not save; 保健所 and anonymous may do neither; refusals are audited", async () => {
    const staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
    const center = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
    const ok = split(1, [hokumo.slice(0, 2), hokumo.slice(2)]);
    expect((await previewRegionChange(staff, prefectureId, ok)).starting).toHaveLength(2);
    await expect(saveRegionChange(staff, prefectureId, ok)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveRegionChange(center, prefectureId, ok)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewRegionChange(center, prefectureId, ok)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveRegionChange(publicActor, prefectureId, ok)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await db.auditEntry.count({ where: { action: "authz.denied", entityId: "0117" } })).toBe(4);
    expect(await version("0117")).toBe(1);
  });

  it("a provider's apply runs in the save's transaction, and its refusal rolls the change back", async () => {
    const calls: string[] = [];
    const provider = (fail: boolean): RegionImpactProvider => ({
      key: "test",
      label: "テスト",
      preview: async (_tx, ctx) => ctx.endingRegions.map((e) => ({ id: e.code, title: `テスト ${e.name}`, state: "有効", open: true, regionCode: e.code, defaultAction: "CARRY_OVER", defaultSuccessorCodes: e.successors.map((s) => s.code), choice: "successors" })),
      apply: async (tx, _actor, ctx) => {
        const ids = Object.values(ctx.successorsByEndingRegionId).flat().map((s) => s.id);
        const seen = await tx.homeCareRegion.count({ where: { id: { in: ids } } });
        calls.push(`${seen}:${ctx.decisions.map((d) => d.successorCodes.join("+")).join()}`);
        if (fail) throw new ValidationError("テストで拒否しました");
      },
    });
    const ok = split(1, [hokumo.slice(0, 2), hokumo.slice(2)]);
    const decisions = { test: { "0117": { action: "CARRY_OVER" as const, successorCodes: ["0117-2", "bogus"] } } };
    await expect(saveRegionChange(admin, prefectureId, ok, decisions, { providers: [provider(true)] })).rejects.toThrow("テストで拒否しました");
    expect(await version("0117")).toBe(1);
    expect(await db.homeCareRegion.count({ where: { code: "0117-1" } })).toBe(0);
    await saveRegionChange(admin, prefectureId, ok, decisions, { providers: [provider(false)] });
    expect(calls).toEqual(["2:0117-2", "2:0117-2"]);
    expect(await db.homeCareRegion.count({ where: { code: { in: ["0117-1", "0117-2"] } } })).toBe(2);
  });

  it("a stale version is a conflict, in the preview and the save", async () => {
    const stale = split(1, [hokumo.slice(0, 2), hokumo.slice(2)]);
    await expect(previewRegionChange(admin, prefectureId, { ...stale, regionCode: "0118", expectedVersions: { "0118": 5 } })).rejects.toBeInstanceOf(ConflictError);
    await expect(renameRegion(admin, prefectureId, { regionCode: "0116", expectedVersions: { "0116": 1 }, name: "宗谷" })).rejects.toBeInstanceOf(ConflictError);
  });
});
