import { describe, expect, it } from "vitest";
import { MENU_FUNCTIONS, menusByFunction } from "./menu-functions";
import { functionNeeds, gapsOf, sumMoney, totalsBy, totalsByRegion, type ApplicationAggregate } from "./shape";
import { SEED_MENUS_R6 } from "@/lib/subsidies/catalogue-r6";
import { FUNCTION_KEYS } from "@/lib/status-reports/form-v1";

const agg = (regionId: number, status: string, menuCode: string, count: number, requested: number, decided = 0, confirmed = 0): ApplicationAggregate => ({ regionId, status, menuCode, count, requestedYen: requested, decidedYen: decided, confirmedYen: confirmed });

const rows = [
  agg(1, "SUBMITTED", "portable-equipment", 2, 4_000_000),
  agg(1, "DECIDED", "portable-equipment", 1, 2_000_000, 1_500_000),
  agg(1, "CONFIRMED", "group-practice", 1, 6_030_000, 6_030_000, 5_900_000),
  agg(2, "REJECTED", "ict-network", 1, 1_000_000),
];

describe("totals", () => {
  it("sums per region", () => {
    const t = totalsByRegion(rows);
    expect(t.get(1)).toEqual({ count: 4, appliedYen: 12_030_000, decidedYen: 7_530_000, confirmedYen: 5_900_000 });
    expect(t.get(2)).toEqual({ count: 1, appliedYen: 1_000_000, decidedYen: 0, confirmedYen: 0 });
    expect(t.has(3)).toBe(false);
  });

  it("sums per status in the order given, unknown keys last and sorted", () => {
    const t = totalsBy(rows, "status", ["CONFIRMED", "SUBMITTED", "DECIDED"]);
    expect(t.map((x) => x.key)).toEqual(["CONFIRMED", "SUBMITTED", "DECIDED", "REJECTED"]);
    expect(t[1].money).toEqual({ count: 2, appliedYen: 4_000_000, decidedYen: 0, confirmedYen: 0 });
  });

  it("adds money", () => {
    expect(sumMoney([{ count: 1, appliedYen: 2, decidedYen: 3, confirmedYen: 4 }, { count: 10, appliedYen: 20, decidedYen: 30, confirmedYen: 40 }])).toEqual({ count: 11, appliedYen: 22, decidedYen: 33, confirmedYen: 44 });
  });
});

describe("functions beside menus", () => {
  const menus = [
    { code: "group-practice", name: "グループ診療" },
    { code: "portable-equipment", name: "ポータブル機器" },
    { code: "ict-network", name: "ICT" },
    { code: "disaster-backup", name: "防災" },
  ];

  it("lists for each function the menus addressing it, with what the region got", () => {
    const needs = functionNeeds(
      { discharge: { state: "SHORT", issues: "退院時の連携" }, daily: { state: "SUFFICIENT", issues: "" }, emergency: { state: "PARTLY_SHORT", issues: "夜間" }, endOfLife: { state: "", issues: "" } },
      menus,
      rows.filter((r) => r.regionId === 1),
    );
    expect(needs.map((n) => [n.key, n.gap])).toEqual([["discharge", true], ["daily", false], ["emergency", true], ["endOfLife", false]]);
    expect(needs[0].menus.map((x) => x.code)).toEqual(["ict-network"]);
    expect(needs[0].menus[0].money.count).toBe(0);
    expect(needs[2].menus.map((x) => [x.code, x.money.count, x.money.decidedYen])).toEqual([["group-practice", 1, 6_030_000], ["portable-equipment", 3, 1_500_000]]);
    expect(needs[3].menus.map((x) => x.code)).toEqual(["group-practice"]);
  });

  it("shows empty states when there is no approved report", () => {
    const needs = functionNeeds(null, menus, []);
    expect(needs.every((n) => n.state === "" && !n.gap && n.issues === "")).toBe(true);
  });

  it("names the gaps in report order", () => {
    expect(gapsOf({ endOfLife: "SHORT", discharge: "PARTLY_SHORT", daily: "SUFFICIENT", emergency: "" })).toEqual(["discharge", "endOfLife"]);
  });
});

describe("the menu → function mapping", () => {
  it("names only catalogue menus and only the four functions", () => {
    const codes = new Set(SEED_MENUS_R6.map((mn) => mn.code));
    for (const [code, fns] of Object.entries(MENU_FUNCTIONS)) {
      expect(codes.has(code), code).toBe(true);
      expect(fns.length).toBeGreaterThan(0);
      for (const f of fns) expect(FUNCTION_KEYS).toContain(f);
    }
  });

  it("gives every function at least one menu of the 令和6年度 catalogue", () => {
    const by = menusByFunction(SEED_MENUS_R6);
    for (const k of FUNCTION_KEYS) expect(by[k].length, k).toBeGreaterThan(0);
    expect(by.discharge.map((mn) => mn.code)).toContain("collaboration-base");
  });
});
