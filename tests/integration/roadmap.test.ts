// The roadmap: seeded targets (DOMAIN.md), editing them (本庁管理者 only, optimistic concurrency),
// planned 年度 per region, and GET /api/v1/roadmap in exactly the shape the issue gives.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as roadmapRoute } from "@/app/api/v1/roadmap/route";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { getRoadmap } from "@/lib/designations/roadmap-queries";
import { setRegionPlan, updateRoadmapTarget } from "@/lib/designations/roadmap-mutations";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let prefectureId: number;
let admin: Actor;
let staff: Actor;

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
});

describe("roadmap targets and plans", () => {
  it("is seeded from the plan: R6 2–3, R7 7–8, R8 7–8, then the rest by R11", async () => {
    const view = await getRoadmap(publicActor);
    expect(view.fiscalYears.map((y) => [y.label, y.target])).toEqual([
      ["令和6年度", { min: 2, max: 3 }],
      ["令和7年度", { min: 7, max: 8 }],
      ["令和8年度", { min: 7, max: 8 }],
      ["令和9年度", { remaining: true }],
      ["令和10年度", { remaining: true }],
      ["令和11年度", { remaining: true }],
    ]);
  });

  it("lets only 本庁管理者 edit a target, refusing stale versions and bad ranges", async () => {
    await expect(updateRoadmapTarget(staff, prefectureId, { fiscalYear: 2027, expectedVersion: 1, remaining: false, minRegions: 3, maxRegions: 5 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateRoadmapTarget(admin, prefectureId, { fiscalYear: 2027, expectedVersion: 1, remaining: false, minRegions: 5, maxRegions: 3 })).rejects.toBeInstanceOf(ValidationError);
    await updateRoadmapTarget(admin, prefectureId, { fiscalYear: 2027, expectedVersion: 1, remaining: false, minRegions: 3, maxRegions: 5 });
    await expect(updateRoadmapTarget(admin, prefectureId, { fiscalYear: 2027, expectedVersion: 1, remaining: true })).rejects.toBeInstanceOf(ConflictError);
    expect((await getRoadmap(publicActor)).fiscalYears.find((y) => y.fiscalYear === 2027)?.target).toEqual({ min: 3, max: 5 });
    expect(await db.auditEntry.count({ where: { action: "roadmap_target.update", entityId: "2027" } })).toBe(1);
  });

  it("sets a region's planned 年度 (本庁) and flags it behind plan once the year has passed", async () => {
    await expect(setRegionPlan(publicActor, prefectureId, { regionCode: "0102", plannedFiscalYear: 2024 })).rejects.toThrow(/ログイン/);
    await setRegionPlan(staff, prefectureId, { regionCode: "0102", plannedFiscalYear: 2024 });
    const region = (await getRoadmap(publicActor, { today: "2026-11-24" })).regions.find((r) => r.code === "0102")!;
    expect(region).toMatchObject({ plannedFiscalYear: 2024, behindPlan: true, base: null, done: false });
  });

  it("answers GET /api/v1/roadmap with exactly the issue's shape", async () => {
    const res = await roadmapRoute(new Request("http://localhost/api/v1/roadmap"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["fiscalYears", "regions"]);
    // 0102 was planned for 令和6年度 above.
    expect(body.fiscalYears[0]).toEqual({ fiscalYear: 2024, label: "令和6年度", target: { min: 2, max: 3 }, plannedRegions: 1, designatedRegions: { base: 0, activeRole: 0, done: 0 } });
    const tokachi = body.regions.find((r: { code: string }) => r.code === "0119");
    expect(Object.keys(tokachi).sort()).toEqual(["activeRole", "base", "behindPlan", "code", "plannedFiscalYear"]);
    expect(tokachi.base).toMatchObject({ organisation: "十勝医師会", designatedOn: "2025-10-01" });
    expect(tokachi.activeRole).toEqual([]);
    expect(body.fiscalYears.find((y: { fiscalYear: number }) => y.fiscalYear === 2025).designatedRegions).toEqual({ base: 1, activeRole: 0, done: 0 });
  });
});
