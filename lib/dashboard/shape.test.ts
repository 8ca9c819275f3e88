import { describe, expect, it } from "vitest";
import type { RoadmapYear } from "@/lib/designations/roadmap";
import { budgetTotals, chosenYear, daysSince, facilityTrend, reportStateRows, roadmapRows, thousandYen, yearOptions } from "./shape";

const year = (fiscalYear: number, target: RoadmapYear["target"], plannedCumulative: number, base: number, activeRole: number, done: number): RoadmapYear => ({
  fiscalYear,
  label: String(fiscalYear),
  target,
  plannedRegions: 0,
  plannedCumulative,
  designatedRegions: { base, activeRole, done },
  countedOn: `${fiscalYear + 1}-03-31`,
  targetValue: { fiscalYear, minRegions: null, maxRegions: null, remaining: false, note: null, version: 1 },
});

describe("roadmapRows", () => {
  it("accumulates targets, brings 'the rest' to every region and hides actuals of years not begun", () => {
    const regions = Array.from({ length: 21 }, () => ({}) as never);
    const rows = roadmapRows({
      currentFiscalYear: 2026,
      regions,
      fiscalYears: [year(2024, { min: 2, max: 3 }, 3, 0, 0, 0), year(2025, { min: 7, max: 8 }, 10, 1, 1, 1), year(2026, { min: 7, max: 8 }, 18, 2, 1, 1), year(2027, { remaining: true }, 21, 2, 1, 1)],
    });
    expect(rows.map((r) => r.targetCumulative)).toEqual([{ min: 2, max: 3 }, { min: 9, max: 11 }, { min: 16, max: 19 }, { min: 21, max: 21 }]);
    expect(rows.map((r) => r.target)).toEqual([{ min: 2, max: 3 }, { min: 7, max: 8 }, { min: 7, max: 8 }, "remaining"]);
    expect(rows.map((r) => r.done)).toEqual([0, 1, 1, null]);
    expect(rows[3]).toMatchObject({ base: null, activeRole: null, plannedCumulative: 21 });
  });

  it("never targets more regions than exist", () => {
    const rows = roadmapRows({ currentFiscalYear: 2024, regions: [{} as never, {} as never], fiscalYears: [year(2024, { min: 2, max: 3 }, 0, 0, 0, 0)] });
    expect(rows[0].targetCumulative).toEqual({ min: 2, max: 2 });
  });
});

describe("facilityTrend", () => {
  it("adds up kinds and types per snapshot, oldest first; an empty snapshot counts zero", () => {
    const rows = facilityTrend([
      { asOf: "2026-04-01", kind: "CLINIC", supportType: 3, n: 300 },
      { asOf: "2025-10-01", kind: null, supportType: null, n: 0 },
      { asOf: "2026-04-01", kind: "CLINIC", supportType: 1, n: 10 },
      { asOf: "2026-04-01", kind: "HOSPITAL", supportType: 2, n: 5 },
    ]);
    expect(rows.map((r) => r.asOf)).toEqual(["2025-10-01", "2026-04-01"]);
    expect(rows[0].clinics.total + rows[0].hospitals.total).toBe(0);
    expect(rows[1].clinics).toEqual({ type1: 10, type2: 0, type3: 300, total: 310 });
    expect(rows[1].hospitals).toEqual({ type1: 0, type2: 5, type3: 0, total: 5 });
  });
});

describe("reportStateRows", () => {
  it("counts states per year, newest first, with the regions not started and the deadline", () => {
    const rows = reportStateRows([2025, 2026, 2025], [{ fiscalYear: 2025, status: "APPROVED", n: 2 }, { fiscalYear: 2026, status: "DRAFT", n: 3 }, { fiscalYear: 2026, status: "SUBMITTED", n: 1 }], 21, new Map([[2026, "2027-01-31"]]));
    expect(rows.map((r) => r.fiscalYear)).toEqual([2026, 2025]);
    expect(rows[0]).toEqual({ fiscalYear: 2026, counts: { DRAFT: 3, SUBMITTED: 1, RETURNED: 0, APPROVED: 0 }, notStarted: 17, dueOn: "2027-01-31" });
    expect(rows[1]).toMatchObject({ notStarted: 19, dueOn: null });
  });

  it("never shows a negative number of regions not started", () => {
    expect(reportStateRows([2025], [{ fiscalYear: 2025, status: "APPROVED", n: 5 }], 3, new Map())[0].notStarted).toBe(0);
  });
});

describe("money, days and years", () => {
  it("sums budgets and derives 補正 and 残額", () => {
    expect(budgetTotals([{ initialYen: 100_000, amountYen: 120_000, committedYen: 50_000, paidYen: 10_000 }, { initialYen: 5_000, amountYen: 4_000, committedYen: 0, paidYen: 0 }])).toEqual({
      initialYen: 105_000, amountYen: 124_000, committedYen: 50_000, paidYen: 10_000, supplementYen: 19_000, remainingYen: 74_000,
    });
  });

  it("shows 千円 toward zero", () => {
    expect([thousandYen(94_420_999), thousandYen(999), thousandYen(-1_500)]).toEqual([94_420, 0, -1]);
  });

  it("counts days across months and leap days", () => {
    expect(daysSince("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysSince("2026-11-24", "2026-11-24")).toBe(0);
  });

  it("offers the years with data and the current one, and keeps only offered ones", () => {
    const options = yearOptions([2024, 2029, 2026], 2026);
    expect(options).toEqual([2029, 2026, 2024]);
    expect(chosenYear(2024, options, 2026)).toBe(2024);
    expect(chosenYear(2031, options, 2026)).toBe(2026);
    expect(chosenYear(null, options, 2026)).toBe(2026);
  });
});
