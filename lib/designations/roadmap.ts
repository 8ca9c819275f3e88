// The roadmap's arithmetic, pure: per 年度, how many 在宅医療圏 were planned and how many had a 拠点,
// an 積極的役割医療機関 and both (done) in force at the 年度's end (or today, for the current and
// later 年度); per region, what is in force today and whether it is behind plan. Counts are
// 在宅医療圏, not designations.
import { formatFiscalYear } from "@/lib/dates/wareki";
import type { DesignationType } from "./schema";

export interface RoadmapTargetValue {
  fiscalYear: number;
  minRegions: number | null;
  maxRegions: number | null;
  remaining: boolean;
  note: string | null;
  version: number;
}

export interface RoadmapRegionInput {
  id: number;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  plannedFiscalYear: number | null;
  planVersion: number | null;
}

export interface ActiveRowInput {
  regionId: number;
  type: DesignationType;
  validFrom: string;
  validTo: string | null;
  designation: { id: number; organisation: string; designatedOn: string | null; periodEndsOn: string | null; isSample: boolean };
}

export type InForce = ActiveRowInput["designation"];

export interface RoadmapYear {
  fiscalYear: number;
  label: string;
  target: { min: number; max: number } | { remaining: true };
  plannedRegions: number;
  /** Planned up to and including this 年度. */
  plannedCumulative: number;
  designatedRegions: { base: number; activeRole: number; done: number };
  /** The day the designated counts are taken on. */
  countedOn: string;
  targetValue: RoadmapTargetValue;
}

export interface RoadmapRegion {
  code: string;
  name: string;
  plannedFiscalYear: number | null;
  planVersion: number | null;
  base: InForce | null;
  activeRole: InForce[];
  done: boolean;
  behindPlan: boolean;
}

export interface RoadmapView {
  today: string;
  currentFiscalYear: number;
  fiscalYears: RoadmapYear[];
  regions: RoadmapRegion[];
  /** Regions not yet done, for the final 年度 (令和11年度). */
  remaining: RoadmapRegion[];
  finalFiscalYear: number;
}

const validOn = (r: { validFrom: string; validTo: string | null }, day: string) => r.validFrom <= day && (r.validTo === null || r.validTo > day);

function inForce(rows: ActiveRowInput[], regionId: number, day: string) {
  const here = rows.filter((r) => r.regionId === regionId && validOn(r, day));
  return {
    base: here.find((r) => r.type === "BASE")?.designation ?? null,
    activeRole: here.filter((r) => r.type === "ACTIVE_ROLE").map((r) => r.designation),
  };
}

export function currentFiscalYearOf(today: string): number {
  const [y, mth] = today.split("-").map(Number);
  return mth >= 4 ? y : y - 1;
}

export function computeRoadmap(input: { today: string; targets: RoadmapTargetValue[]; regions: RoadmapRegionInput[]; rows: ActiveRowInput[] }): RoadmapView {
  const { today, rows } = input;
  const currentFiscalYear = currentFiscalYearOf(today);
  const current = input.regions.filter((r) => validOn(r, today));
  const regions: RoadmapRegion[] = current.map((r) => {
    const f = inForce(rows, r.id, today);
    const done = f.base !== null && f.activeRole.length > 0;
    return {
      code: r.code,
      name: r.name,
      plannedFiscalYear: r.plannedFiscalYear,
      planVersion: r.planVersion,
      ...f,
      done,
      behindPlan: r.plannedFiscalYear !== null && r.plannedFiscalYear < currentFiscalYear && !done,
    };
  });
  const targets = [...input.targets].sort((a, b) => a.fiscalYear - b.fiscalYear);
  let plannedCumulative = 0;
  const fiscalYears = targets.map((t): RoadmapYear => {
    const yearEnd = `${t.fiscalYear + 1}-03-31`;
    const countedOn = yearEnd < today ? yearEnd : today;
    const onDay = input.regions.filter((r) => validOn(r, countedOn)).map((r) => inForce(rows, r.id, countedOn));
    const plannedRegions = current.filter((r) => r.plannedFiscalYear === t.fiscalYear).length;
    plannedCumulative += plannedRegions;
    return {
      fiscalYear: t.fiscalYear,
      label: formatFiscalYear(t.fiscalYear),
      target: t.remaining || t.minRegions === null || t.maxRegions === null ? { remaining: true } : { min: t.minRegions, max: t.maxRegions },
      plannedRegions,
      plannedCumulative,
      designatedRegions: {
        base: onDay.filter((f) => f.base).length,
        activeRole: onDay.filter((f) => f.activeRole.length > 0).length,
        done: onDay.filter((f) => f.base && f.activeRole.length > 0).length,
      },
      countedOn,
      targetValue: t,
    };
  });
  const finalFiscalYear = targets.at(-1)?.fiscalYear ?? 2029;
  return { today, currentFiscalYear, fiscalYears, regions, remaining: regions.filter((r) => !r.done), finalFiscalYear };
}
