import { describe, expect, it } from "vitest";
import { computeRoadmap, type ActiveRowInput, type RoadmapRegionInput } from "./roadmap";

const target = (fiscalYear: number, min: number | null, max: number | null, remaining = false) => ({ fiscalYear, minRegions: min, maxRegions: max, remaining, note: null, version: 1 });
const region = (id: number, code: string, planned: number | null, validFrom = "2024-04-01", validTo: string | null = null): RoadmapRegionInput => ({
  id, code, name: code, validFrom, validTo, plannedFiscalYear: planned, planVersion: planned ? 1 : null,
});
const row = (regionId: number, type: "BASE" | "ACTIVE_ROLE", validFrom: string, validTo: string | null = null): ActiveRowInput => ({
  regionId, type, validFrom, validTo, designation: { id: regionId * 10, organisation: "x", designatedOn: validFrom, periodEndsOn: null, isSample: false },
});

describe("computeRoadmap", () => {
  const view = computeRoadmap({
    today: "2026-11-24",
    targets: [target(2024, 2, 3), target(2025, 7, 8), target(2026, 7, 8), target(2029, null, null, true)],
    regions: [region(1, "A", 2025), region(2, "B", 2025), region(3, "C", 2027), region(4, "OLD", 2024, "2024-04-01", "2026-04-01")],
    rows: [row(1, "BASE", "2025-10-01"), row(1, "ACTIVE_ROLE", "2026-06-01"), row(2, "BASE", "2025-10-01", "2026-05-01"), row(4, "BASE", "2024-06-01", "2026-04-01")],
  });

  it("counts regions in force at each 年度's end, or today", () => {
    const [r6, r7, r8] = view.fiscalYears;
    expect(r6.designatedRegions).toEqual({ base: 1, activeRole: 0, done: 0 });
    expect(r7.designatedRegions).toEqual({ base: 3, activeRole: 0, done: 0 });
    expect(r8.countedOn).toBe("2026-11-24");
    expect(r8.designatedRegions).toEqual({ base: 1, activeRole: 1, done: 1 });
    expect(r6.target).toEqual({ min: 2, max: 3 });
    expect(view.fiscalYears[3].target).toEqual({ remaining: true });
    expect(view.fiscalYears[3].label).toBe("令和11年度");
  });

  it("flags regions whose planned 年度 has passed without both designations", () => {
    const byCode = Object.fromEntries(view.regions.map((r) => [r.code, r]));
    expect(Object.keys(byCode)).toEqual(["A", "B", "C"]);
    expect(byCode.A.done).toBe(true);
    expect(byCode.A.behindPlan).toBe(false);
    expect(byCode.B.behindPlan).toBe(true);
    expect(byCode.C.behindPlan).toBe(false);
    expect(view.remaining.map((r) => r.code)).toEqual(["B", "C"]);
    expect(view.fiscalYears[1].plannedRegions).toBe(2);
    expect(view.fiscalYears[1].plannedCumulative).toBe(2);
  });
});
