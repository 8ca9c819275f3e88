// Splitting 十勝 into four in the region editor carries the 十勝医師会 拠点 to all four successors
// (the designation provider of lib/regions/impact-providers.ts, inside the save transaction); the
// roadmap then counts four regions with a 拠点, and the designation's history records the change.
import { beforeAll, describe, expect, it } from "vitest";
import { publicActor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { mayClaimBaseMenu } from "@/lib/designations/claims";
import { getDesignation, listPublishedDesignations } from "@/lib/designations/queries";
import { getRoadmap } from "@/lib/designations/roadmap-queries";
import { setRegionPlan } from "@/lib/designations/roadmap-mutations";
import { previewRegionChange } from "@/lib/regions/change";
import { splitRegion } from "@/lib/regions/mutations";
import { listRegionsOn } from "@/lib/regions/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const EFFECTIVE = "2026-04-01";
const NAMES = ["東十勝", "西十勝", "南十勝", "北十勝"];
let prefectureId: number;
let groups: string[][];

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  const tokachi = (await listRegionsOn(publicActor, prefectureId, "2026-03-31")).find((r) => r.code === "0119")!.memberCodes;
  const quarter = Math.ceil(tokachi.length / 4);
  groups = [0, 1, 2, 3].map((i) => tokachi.slice(i * quarter, (i + 1) * quarter));
});

describe("splitting 十勝 carries its designation over", () => {
  it("previews the 十勝医師会 拠点 as carrying over to all four by default", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const preview = await previewRegionChange(admin, prefectureId, {
      kind: "split",
      regionCode: "0119",
      effectiveOn: EFFECTIVE,
      expectedVersions: { "0119": 1 },
      successors: groups.map((memberCodes, i) => ({ code: `0119-${i + 1}`, name: NAMES[i], memberCodes })),
    });
    const section = preview.impacts.find((p) => p.key === "designations")!;
    expect(section.items).toHaveLength(1);
    expect(section.items[0]).toMatchObject({ title: "十勝医師会（在宅医療に必要な連携を担う拠点）", open: true, defaultAction: "CARRY_OVER", defaultSuccessorCodes: ["0119-1", "0119-2", "0119-3", "0119-4"] });
  });

  it("carries the 拠点 to the four successors; the roadmap counts four regions with a 拠点", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    await setRegionPlan(admin, prefectureId, { regionCode: "0119", plannedFiscalYear: 2025 });
    const before = await getRoadmap(publicActor, { today: "2026-03-31" });
    expect(before.regions.filter((r) => r.base).map((r) => r.code)).toEqual(["0119"]);

    await splitRegion(admin, prefectureId, {
      regionCode: "0119",
      effectiveOn: EFFECTIVE,
      expectedVersion: 1,
      successors: groups.map((memberCodes, i) => ({ code: `0119-${i + 1}`, name: NAMES[i], memberCodes })),
    });

    const after = await getRoadmap(publicActor, { today: "2026-11-24" });
    const withBase = after.regions.filter((r) => r.base);
    expect(withBase.map((r) => r.name)).toEqual(NAMES);
    expect(withBase.every((r) => r.base?.organisation === "十勝医師会" && r.base.designatedOn === "2025-10-01")).toBe(true);
    expect(withBase.every((r) => r.plannedFiscalYear === 2025 && r.behindPlan)).toBe(true);
    const r8 = after.fiscalYears.find((y) => y.fiscalYear === 2026)!;
    expect(r8.designatedRegions.base).toBe(4);
    // R7 (counted at its end, 2026-03-31) still saw one region, 十勝, with its 拠点.
    expect(after.fiscalYears.find((y) => y.fiscalYear === 2025)!.designatedRegions.base).toBe(1);

    const tokachi = (await listPublishedDesignations(publicActor)).find((d) => d.organisation.name === "十勝医師会")!;
    expect(tokachi.regions.map((r) => r.name)).toEqual(NAMES);
    const detail = await getDesignation(admin, tokachi.id);
    const event = detail.events.find((e) => e.kind === "regions_carried_over")!;
    expect(event.effectiveOn).toBe(EFFECTIVE);
    expect(event.reason).toContain("東十勝");
    // The body still may claim the 拠点 menu, and a 市町村 in 十勝 passes it on (間接補助・委託).
    expect(await mayClaimBaseMenu(admin, (await db.organisation.findFirstOrThrow({ where: { name: "十勝医師会" } })).id, 2026)).toBe(true);
  });
});
