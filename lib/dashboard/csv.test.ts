import { describe, expect, it } from "vitest";
import { dashboardCsv } from "./csv";
import type { Dashboard } from "./queries";

const d: Dashboard = {
  today: "2026-11-24",
  fiscalYear: 2026,
  currentFiscalYear: 2026,
  years: [2026],
  roadmap: {
    rows: [
      { fiscalYear: 2025, target: { min: 7, max: 8 }, targetCumulative: { min: 9, max: 11 }, plannedCumulative: 10, base: 1, activeRole: 0, done: 0, countedOn: "2026-03-31" },
      { fiscalYear: 2027, target: "remaining", targetCumulative: { min: 21, max: 21 }, plannedCumulative: 21, base: null, activeRole: null, done: null, countedOn: "2026-11-24" },
    ],
    regionCount: 21,
    doneToday: 0,
    baseToday: 1,
  },
  budgets: { rows: [], totals: { initialYen: 0, amountYen: 0, committedYen: 0, paidYen: 0, supplementYen: 0, remainingYen: 0 } },
  facilities: [{ asOf: "2026-04-01", clinics: { type1: 1, type2: 2, type3: 3, total: 6 }, hospitals: { type1: 0, type2: 1, type3: 0, total: 1 } }],
  reports: [{ fiscalYear: 2026, counts: { DRAFT: 2, SUBMITTED: 1, RETURNED: 0, APPROVED: 3 }, notStarted: 15, dueOn: null }],
  overdue: [],
};

const lines = (table: Parameters<typeof dashboardCsv>[1]) => dashboardCsv(d, table).body.replace(/^\uFEFF/, "").trim().split("\r\n");

describe("dashboard CSV", () => {
  it("writes the roadmap with ranges and empty actuals for years not begun", () => {
    expect(lines("roadmap")).toEqual([
      "年度,年度（西暦）,目標（その年度）,目標（累計）,計画（累計）,拠点あり,積極的役割あり,両方そろった,実績の基準日",
      "令和7年度,2025,7〜8,9〜11,10,1,0,0,2026-03-31",
      "令和9年度,2027,残りすべて,21,21,,,,2026-11-24",
    ]);
  });

  it("writes facility counts by type and report states", () => {
    expect(lines("facilities")[1]).toBe("2026-04-01,1,2,3,6,0,1,0,1");
    expect(lines("reports")).toEqual(["年度,年度（西暦）,未作成,下書き,提出済み,差戻し,承認済み,提出期限", "令和8年度,2026,15,2,1,0,3,"]);
  });

  it("names the files in ASCII and in Japanese", () => {
    expect(dashboardCsv(d, "budgets")).toMatchObject({ fileName: "dashboard-budgets-2026-2026-11-24.csv", displayName: "予算事業別の執行_令和8年度_2026-11-24.csv" });
    expect(dashboardCsv(d, "reports").displayName).toBe("状況報告の状況_2026-11-24.csv");
  });
});
